"""The pages the window makes on first use, and how each is wired into the window.

Each page's module is imported only when the page is first wanted: start-up shows
one topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from viewer.ui.window.lazy import LazyPages
from viewer.ui.window.source_panel import SourcePanel

if TYPE_CHECKING:
    from viewer.ui.pages.source_view import SourceView
    from viewer.ui.window.main_window import MainWindow


def make_pages(window: MainWindow) -> tuple[LazyPages, SourcePanel]:
    def css() -> str:
        return window.theme.page_css  # the theme of the moment the page is made

    def sources() -> QWidget:
        from viewer.ui.pages.sources_page import SourcesPage

        page = SourcesPage(window.content, css(), origin=window.origin)
        page.link_activated.connect(window.open_source_link)
        window.stack.addWidget(page)
        return page

    def glossary() -> QWidget:
        from viewer.ui.pages.glossary_page import GlossaryPage

        page = GlossaryPage(window.content, css())
        page.citations_requested.connect(window.open_citations)
        window.stack.addWidget(page)
        return page

    def results() -> QWidget:
        from viewer.ui.pages.search import SearchResults

        page = SearchResults(window.content, css())
        page.chosen.connect(window.go_to_hit)
        window.stack.addWidget(page)
        return page

    def source() -> SourceView:
        from viewer.ui.pages.source_view import SourceView

        panel = SourceView(window.content, css())
        panel.closed.connect(window.close_source)
        panel.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        return panel

    pages = LazyPages()
    for key, factory in (("sources", sources), ("glossary", glossary), ("results", results)):
        pages.register(key, factory)
    return pages, SourcePanel(window.splitter, window.left, source, window.stack)
