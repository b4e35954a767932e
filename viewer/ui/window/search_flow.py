"""Searching from the header: the results page takes the stack's place, and goes back.

What the user types is searched off the GUI thread, so a keystroke never waits
for a query: a worker of Qt's thread pool asks the store through a read-only
connection of its own thread (a SQLite connection serves one thread), and hands
the answer back by a signal. Every query has a generation number; an answer to
any but the newest is dropped. The worker calls no widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.errors import DatabaseError
from viewer.store.models import SearchHit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from viewer.store.content import ContentStore
    from viewer.store.full_text import Found
    from viewer.ui.pages.search import SearchResults

_readers = threading.local()  # each pool thread's own store, opened on its first query


class _Answers(QObject):
    """Lives on the GUI thread; a worker's emit reaches it through Qt's event queue."""

    found = Signal(int, str, object)  # generation, kind ("" for a new search), Found
    failed = Signal(int, str)


class _Query(QRunnable):
    def __init__(self, content: ContentStore, answers: _Answers, generation: int,
                 newest: Callable[[], int], query: str, kind: str, offset: int) -> None:
        super().__init__()
        self.content, self.answers, self.generation = content, answers, generation
        self.newest, self.query, self.kind, self.offset = newest, query, kind, offset

    def run(self) -> None:  # on a pool thread: the store only, no widget
        if self.generation != self.newest():
            return  # typed over before it started
        try:
            store = _reader(self.content)
            found = (store.more(self.query, self.kind, self.offset) if self.kind
                     else store.find(self.query))
            self.answers.found.emit(self.generation, self.kind, found)
        except DatabaseError as err:
            self.answers.failed.emit(self.generation, str(err))
        except RuntimeError:
            pass  # the window closed while this ran: nobody to tell


def _reader(content: ContentStore) -> ContentStore:
    readers = getattr(_readers, "stores", None)
    if readers is None:
        readers = _readers.stores = {}
    key = (content.path, content.language)  # a window in another language: another reader
    if key not in readers:
        readers[key] = content.reader()
    return readers[key]


class SearchFlow:
    """Shows the results page while there is a query, and the page from before after."""

    def __init__(self, stack: QStackedWidget, results: Callable[[], SearchResults],
                 made: Callable[[], QWidget | None], content: ContentStore,
                 failed: Callable[[str], None] | None = None) -> None:
        self.stack = stack
        self._results = results
        self._made = made
        self.page_before: QWidget | None = stack.currentWidget()
        self.content = content
        self.generation = 0
        self._failed = failed
        self._answers: _Answers | None = None
        self._wired: SearchResults | None = None  # the page whose "Show more" asks here

    def showing(self) -> bool:
        page = self._made()
        return page is not None and self.stack.currentWidget() is page

    def run(self, text: str) -> list[SearchHit]:
        """Search now, on this thread; the hits shown."""
        self.generation += 1
        if not text.strip():
            self.cancel()
            return []
        return self._show_page().search(text)

    def typed(self, text: str) -> None:
        """Search off the GUI thread; the results appear when the answer comes."""
        self.generation += 1
        if not text.strip():
            self.cancel()
            return
        self._show_page()
        self._ask(text, "", 0)

    def submit(self, text: str) -> None:
        """Enter in the search box: the results at once, whatever the wait, the first chosen."""
        if not text.strip():
            return
        if not self.showing() or self._results().query != text:
            self.run(text)
        self._results().focus_results()

    def cancel(self) -> None:
        self.generation += 1
        if self.showing() and self.page_before is not None:
            self.stack.setCurrentWidget(self.page_before)

    def remember(self) -> None:
        """The page now shown is the one to come back to."""
        self.page_before = self.stack.currentWidget()

    def _show_page(self) -> SearchResults:
        page = self._results()
        if page is not self._wired:
            page.more_wanted.connect(lambda kind, offset: self._more(page, kind, offset))
            self._wired = page
        if not self.showing():
            self.page_before = self.stack.currentWidget()
            self.stack.setCurrentWidget(page)
        return page

    def _more(self, page: SearchResults, kind: str, offset: int) -> None:
        self._ask(page.query, kind, offset)

    def _ask(self, query: str, kind: str, offset: int) -> None:
        if self._answers is None:
            self._answers = _Answers(self.stack)
            self._answers.found.connect(self._answered)
            self._answers.failed.connect(self._answer_failed)
        QThreadPool.globalInstance().start(_Query(
            self.content, self._answers, self.generation, lambda: self.generation, query, kind,
            offset))

    def _answered(self, generation: int, kind: str, found: Found) -> None:
        if generation != self.generation or not self.showing():
            return  # an answer to a query typed over since
        if kind:
            self._results().add_more(found, kind)
        else:
            self._results().show_found(found)

    def _answer_failed(self, generation: int, message: str) -> None:
        if generation == self.generation and self._failed is not None:
            self._failed(message)
