"""The pages the window makes on first use, and how each is wired into the window.

Each page's module is imported only when the page is first wanted: start-up shows
one topic. The pages reach the window through ``PageHost``, the few methods they
call, and are given the store and the widgets they sit in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from viewer.store.content import ContentStore
from viewer.store.models import Citation, ContentOrigin, SearchHit
from viewer.ui import deferred
from viewer.ui.window.lazy import LazyPages
from viewer.ui.window.source_panel import SourcePanel

if TYPE_CHECKING:
    from viewer.ui.pages.source_view import SourceView


class PageHost(Protocol):
    def open_source_link(self, href: str) -> None: ...
    def open_citations(self, citations: list[Citation]) -> None: ...
    def go_to_hit(self, hit: SearchHit) -> None: ...
    def close_source(self) -> None: ...
    def show_message(self, text: str, ms: int) -> None: ...


def make_pages(host: PageHost, content: ContentStore, origin: ContentOrigin | None,
               css: Callable[[], str], stack: QStackedWidget, splitter: QSplitter,
               left: QWidget) -> tuple[LazyPages, SourcePanel]:
    """``css`` gives the theme's page CSS of the moment a page is made."""
    def sources() -> QWidget:
        page = deferred.sources_page()(content, css(), origin=origin)
        page.link_activated.connect(host.open_source_link)
        stack.addWidget(page)
        return page

    def glossary() -> QWidget:
        page = deferred.glossary_page()(content, css())
        page.citations_requested.connect(host.open_citations)
        stack.addWidget(page)
        return page

    def results() -> QWidget:
        page = deferred.search_results()(content, css())
        page.chosen.connect(host.go_to_hit)
        stack.addWidget(page)
        return page

    def source() -> SourceView:
        panel = deferred.source_view()(content, css())
        panel.closed.connect(host.close_source)
        panel.message.connect(lambda text: host.show_message(text, 5000))
        return panel

    pages = LazyPages()
    for key, factory in (("sources", sources), ("glossary", glossary), ("results", results)):
        pages.register(key, factory)
    return pages, SourcePanel(splitter, left, source, stack)
