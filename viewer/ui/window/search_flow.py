"""Searching from the header: the results page takes the stack's place, and goes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from viewer.store.models import SearchHit

if TYPE_CHECKING:
    from viewer.ui.pages.search import SearchResults


class SearchFlow:
    """Shows the results page while there is a query, and the page from before after."""

    def __init__(self, stack: QStackedWidget, results: Callable[[], SearchResults],
                 made: Callable[[], QWidget | None]) -> None:
        self.stack = stack
        self._results = results
        self._made = made
        self.page_before: QWidget | None = stack.currentWidget()

    def showing(self) -> bool:
        page = self._made()
        return page is not None and self.stack.currentWidget() is page

    def run(self, text: str) -> list[SearchHit]:
        if not text.strip():
            self.cancel()
            return []
        if not self.showing():
            self.page_before = self.stack.currentWidget()
            self.stack.setCurrentWidget(self._results())
        return self._results().search(text)

    def cancel(self) -> None:
        if self.showing() and self.page_before is not None:
            self.stack.setCurrentWidget(self.page_before)

    def remember(self) -> None:
        """The page now shown is the one to come back to."""
        self.page_before = self.stack.currentWidget()
