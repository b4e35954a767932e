"""One question of the Questions tab: its tick box, a "Why ask this?" that opens, its sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from viewer.marks import plain
from viewer.store.models import Citation, Question
from viewer.ui.text.rich import esc, shown_plain


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class QuestionRow(QWidget):
    """One question: tick box and text, a "Why ask this?" that opens, its sources."""

    ticked = Signal(str, bool)
    source_clicked = Signal(object)  # Citation

    def __init__(self, question: Question, source_titles: dict[str, str], checked: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        text = shown_plain(plain(question.text))
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        self.box.toggled.connect(lambda on: self.ticked.emit(question.id, on))
        self.label = _ClickLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the database's words, as they are
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        top.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        layout.addLayout(top)

        self.why_button = QToolButton()
        self.why_button.setText(QCoreApplication.translate("questionRow", "Why ask this?"))
        # each of the tab's toggles named by its question, so a screen reader tells them apart
        self.why_button.setAccessibleName(QCoreApplication.translate("questionRow", "Why ask: {question}")
                                          .format(question=text))
        self.why_button.setCheckable(True)
        self.why_button.setArrowType(self._closed_arrow())
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setAutoRaise(True)
        self.why_button.toggled.connect(self._show_why)
        layout.addWidget(self.why_button)
        links = " ".join(f'<a href="{i}">[{i + 1}] {esc(source_titles.get(c.source_id, c.source_id))}'
                         "</a>" for i, c in enumerate(question.citations))
        self.why = QLabel(f"{esc(plain(question.why))}"
                          + ("<br><small>" + QCoreApplication.translate("questionRow", "From: {sources}")
                             .format(sources=links) + "</small>" if links else ""))
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setWordWrap(True)
        self.why.setIndent(24)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.why.linkActivated.connect(self._link)
        self.why.hide()
        layout.addWidget(self.why)

    def _show_why(self, shown: bool) -> None:
        self.why.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else self._closed_arrow())

    def _closed_arrow(self) -> Qt.ArrowType:
        """Points the way the reader reads: right, or left in a right-to-left language."""
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _link(self, href: str) -> None:
        citation: Citation = self.question.citations[int(href)]
        self.source_clicked.emit(citation)

    def set_checked(self, on: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)
