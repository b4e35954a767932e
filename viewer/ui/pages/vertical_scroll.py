"""A scroll area for a column of text: up and down only, and no Tab stop of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """A scroll area that scrolls up and down only, so it is never narrower than its content:
    its least width is the content's, and the window keeps to it (nothing cut at the right).
    It is no Tab stop: Tab goes to what is inside it, a stop with nothing to read or press
    is one a keyboard user cannot see; a click on it still gives it the scrolling keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        """The area's name, and its scroll bar's after it: a screen reader names every control."""
        super().setAccessibleName(name)
        self.verticalScrollBar().setAccessibleName(
            QCoreApplication.translate("page", "Scroll {area}").format(area=name))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = content.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())
