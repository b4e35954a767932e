"""A scroll area for a column of text: up and down only, and no Tab stop of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

# what changes the area's own least size, its scroll bar's width or its frame
_RESTYLED = (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange)


class VerticalScroll(QScrollArea):
    """A scroll area that scrolls up and down only, so it is never narrower than its content:
    its least width is the content's, and the window keeps to it (nothing cut at the right).
    It is no Tab stop: Tab goes to what is inside it, a stop with nothing to read or press
    is one a keyboard user cannot see; a click on it still gives it the scrolling keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._frame: tuple[int, QSize, int] | None = None  # frame width: own least size, bar + frame

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in _RESTYLED:
            self._frame = None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        """The area's name, and its scroll bar's after it: a screen reader names every control."""
        super().setAccessibleName(name)
        self.verticalScrollBar().setAccessibleName(
            QCoreApplication.translate("page", "Scroll {area}").format(area=name))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Asked on every layout pass, some hundreds of times as the window opens: the parts
        that only the style, the font and the frame change are kept until one does. (A style
        given to the scroll bar alone, which the app never does, would not be seen until
        then; nor, on macOS, a change of the system's "Show scroll bars" setting.)"""
        frame = self.frameWidth()
        if self._frame is None or self._frame[0] != frame:
            self._frame = (frame, super().minimumSizeHint(),
                           self.verticalScrollBar().sizeHint().width() + 2 * frame)
        _, hint, extra = self._frame
        content = self.widget()
        if content is None:
            return hint
        return QSize(max(hint.width(), content.minimumSizeHint().width() + extra), hint.height())
