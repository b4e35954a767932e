"""The source panel: beside the page when there is room, over the page when there is not.

The topic list keeps its width either way: opening or closing a source never moves it.
On a small window it gives up width (never below what its text needs, never above 28%
of the window) and takes it back when the window grows. The panel remembers which control opened it
(a link in the page, with its place in the text) and gives the focus back on close.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QSplitter, QTextEdit, QWidget

if TYPE_CHECKING:
    from viewer.ui.pages.source_view import SourceView

PAGE_CHARS, PANEL_CHARS = 62, 42  # the least room for the page and for the panel beside it
LEFT_WIDTH, LEFT_SHARE = 340, 0.28  # the topic list's width, and the most of the window it takes


def _alive(widget: QWidget | None) -> bool:
    try:
        return widget is not None and widget.isVisible()
    except RuntimeError:  # deleted on the C++ side (a page rendered again)
        return False


class SourcePanel(QObject):
    """Places a ``SourceView`` as the splitter's third pane, or over the page."""

    moved = Signal()  # opened, or closed: a place to come back to (see history.py)

    def __init__(self, splitter: QSplitter, left: QWidget, make_view: Callable[[], SourceView],
                 page: QWidget) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.left = left
        self.page = page  # the area the panel covers when it cannot sit beside it
        self._make_view = make_view
        self._view: SourceView | None = None
        self._return_to: QWidget | None = None
        self._cursor: QTextCursor | None = None
        self._left_wanted = LEFT_WIDTH  # the topic list's width, until the user drags it
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_left_wanted", self.left.width()))
        page.installEventFilter(self)

    @property
    def view(self) -> SourceView:
        if self._view is None:
            self._view = self._make_view()
            self._view.hide()
            self.splitter.addWidget(self._view)
            self.splitter.setStretchFactor(2, 0)
        return self._view

    def made(self) -> list[SourceView]:
        """The view, if it was made: a list of none or one."""
        return [self._view] if self._view is not None else []

    def is_open(self) -> bool:
        return self._view is not None and self._view.isVisible()

    def over_page(self) -> bool:
        """True when the panel covers the page (no room beside it)."""
        return self._view is not None and self._view.parentWidget() is not self.splitter

    def open(self) -> SourceView:
        """Show the panel, beside the page or over it; remember what had the focus."""
        view = self.view
        if not view.isVisible():
            focus = QApplication.focusWidget()
            self._return_to = focus
            self._cursor = QTextCursor(focus.textCursor()) if isinstance(focus, QTextEdit) else None
            view.show()
            self._place()
            if self.over_page():
                view.text.setFocus()  # the page under it cannot be read now
        self.moved.emit()  # (the view shows what it is asked next, before the place is read)
        return view

    def close(self) -> bool:
        """Hide the panel; True if the focus went back to what opened it."""
        if self._view is None or not self._view.isVisible():
            return False
        self._view.hide()
        self.moved.emit()
        back = self._return_to
        self._return_to = None
        if _alive(back):
            back.setFocus()
            if self._cursor is not None and isinstance(back, QTextEdit):
                back.setTextCursor(self._cursor)
            return True
        return False

    def room_beside(self) -> bool:
        chars = self.splitter.fontMetrics().averageCharWidth()
        page = max(PAGE_CHARS * chars, self.page.minimumSizeHint().width())
        return self.splitter.width() - self.left.width() >= page + PANEL_CHARS * chars

    def _fit_left(self) -> None:
        """The topic list's width for this window: as wanted, within its share of the window."""
        most = max(self.left.minimumSizeHint().width(), int(self.splitter.width() * LEFT_SHARE))
        left = min(self._left_wanted, most)
        sizes = self.splitter.sizes()
        if sizes and sizes[0] != left:
            sizes[1] += sizes[0] - left
            sizes[0] = left
            self.splitter.setSizes(sizes)

    def _place(self) -> None:
        view = self._view
        if view is None or not view.isVisible():
            return
        left = self.left.width()
        if self.room_beside():
            view.close_button.setText(QCoreApplication.translate("sourcePanel", "Close"))
            if view.parentWidget() is not self.splitter:
                self.splitter.insertWidget(2, view)
                view.show()
            total = self.splitter.width() - 2 * self.splitter.handleWidth()
            panel = max(PANEL_CHARS * self.splitter.fontMetrics().averageCharWidth(),
                        int((total - left) * 0.38))
            self.splitter.setSizes([left, total - left - panel, panel])
        else:
            view.close_button.setText(QCoreApplication.translate("sourcePanel", "Back to the page"))
            host = self.splitter.parentWidget()
            if view.parentWidget() is not host:
                view.setParent(host)
                view.show()
            self.splitter.setSizes([left, self.splitter.width() - left])
            view.setGeometry(QRect(self.page.mapTo(host, QPoint(0, 0)), self.page.size()))
            view.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.splitter:
            self._fit_left()
            self._place()
        elif event.type() == QEvent.Type.Resize and self.over_page():
            self._place()
        return super().eventFilter(watched, event)
