"""The source panel beside the page: where it opens, how wide, and what steps aside for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from viewer.ui.pages.source_view import SourceView

WIDE = 1700  # below this window width, the topic list steps aside while a source is open


class SourcePanel:
    """Places a ``SourceView`` as the third pane of the window's splitter."""

    def __init__(self, splitter: QSplitter, left: QWidget, make_view: Callable[[], SourceView],
                 window_width: Callable[[], int]) -> None:
        self.splitter = splitter
        self.left = left
        self._make_view = make_view
        self._window_width = window_width
        self._view: SourceView | None = None

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

    def open(self) -> SourceView:
        """Show the panel; on a narrow window the topic list makes room."""
        view = self.view
        if not view.isVisible():
            sizes = self.splitter.sizes()
            total = sum(sizes)
            left = sizes[0]
            if self._window_width() < WIDE:
                self.left.hide()
                left = 0
            view.show()
            panel = max(400, int((total - left) * 0.38))
            self.splitter.setSizes([left, total - left - panel, panel])
        return view

    def close(self) -> None:
        if self._view is not None:
            self._view.hide()
        self.left.show()
