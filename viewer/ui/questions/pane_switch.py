"""When the Questions tab has room for only one pane (large text on a small screen), it
shows one at a time: the topic's questions, or My sheet, chosen with two buttons at the
top. One scroll area fills the tab instead of two thin ones side by side, and the
My sheet button counts what is on the sheet, so a tick is seen to land."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class PaneSwitch(QWidget):
    """Shows ``questions`` or ``sheet`` while active; both, and itself hidden, when not."""

    def __init__(self, questions: QWidget, sheet: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panes = (questions, sheet)
        self.questions_button = QPushButton(translate("questions", "Questions"))
        self.questions_button.setAccessibleName(translate("questions", "Show the questions"))
        self.sheet_button = QPushButton()
        # one of the two is chosen; each is a Tab stop of its own (in a button group only the
        # chosen one is): the questions' button before the questions, My sheet's after them
        # (focus_order.py), so Tab reaches My sheet on this layout too
        for button, sheet in ((self.questions_button, False), (self.sheet_button, True)):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, sheet=sheet: self.show_sheet(sheet))
        self.questions_button.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 8)
        row.addWidget(self.questions_button)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        self.active = False
        self.count(0)
        self.hide()

    def count(self, n: int) -> None:
        """The My sheet button says how many questions the sheet holds."""
        self.sheet_button.setText(translate("questions", "My sheet (%n)", "", n))
        self.sheet_button.setAccessibleName(
            translate("questions", "Show my sheet: %n question(s) on it", "", n))

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self.setVisible(active)
            self._show()

    def show_sheet(self, sheet: bool) -> None:
        self.questions_button.setChecked(not sheet)
        self.sheet_button.setChecked(sheet)
        self._show()

    def _show(self) -> None:
        questions, sheet = self.panes
        questions.setVisible(not self.active or self.questions_button.isChecked())
        sheet.setVisible(not self.active or self.sheet_button.isChecked())


def two_panes(host: QWidget, questions: QWidget, sheet: QWidget) -> tuple[PaneSwitch, QBoxLayout]:
    """``host``'s layout: the switch above the two panes, which stand side by side (or, by
    the box's direction, one above the other)."""
    switch = PaneSwitch(questions, sheet)
    panes = QWidget()
    box = QBoxLayout(QBoxLayout.Direction.LeftToRight, panes)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(12)
    box.addWidget(questions, 1)
    box.addWidget(sheet, 1)
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(switch)
    outer.addWidget(panes, 1)
    return switch, box
