"""The main window: topics on the left, the chosen page in the middle, a source on the right.

The window owns no content logic: it wires the pages together. Its parts live
beside it: the header bar (``header``), the menu and shortcut table
(``actions``), the source panel (``source_panel``), pages made on first use
(``lazy``), what it remembers (``window_state``) and the theme (``theme``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from viewer import fonts, translation
from viewer.store.content import ContentStore
from viewer.store.models import Citation, ContentOrigin, SearchHit
from viewer.ui.pages.page import PageContext
from viewer.ui.pages.topic_view import TopicView
from viewer.ui.text.rich import term_from_href
from viewer.ui.window import enter_key, give_way, history
from viewer.ui.window.actions import build_actions
from viewer.ui.window.appearance import apply_theme, enable_size_buttons, style_window
from viewer.ui.window.frame import frame
from viewer.ui.window.header import HeaderBar, app_title
from viewer.ui.window.howto import HowToStrip
from viewer.ui.window.navigation import GLOSSARY, SOURCES, Navigation
from viewer.ui.window.page_factories import make_pages
from viewer.ui.window.search_flow import SearchFlow
from viewer.ui.window.theme import clamp_text_size, theme_named
from viewer.ui.window.window_state import (
    Settings,
    WindowState,
    load_state,
    open_settings,
    place_window,
    save_state,
)
from viewer.vocabulary import TABS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent  # a type only: made when the window closes

    from viewer.store.user import UserStore
    from viewer.ui.clinic.kiosk import ClinicMode
    from viewer.ui.pages.glossary_page import GlossaryPage
    from viewer.ui.pages.search import SearchResults
    from viewer.ui.pages.source_view import SourceView

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    """Its parts are its own: other modules get a signal, a method (``ActionHost``,
    ``PageHost``, ``ClinicHost``) or a record of the widgets they need (``give_way.Room``,
    ``history.Ways``), never an attribute (tests/test_architecture.py)."""

    language_chosen = Signal(str)  # View › Language: the app makes the window again in it
    questions_tab_made = Signal(object)  # the Questions tab, made when it is first shown

    def __init__(self, content: ContentStore, user: UserStore,
                 settings: Settings | None = None, settings_path: Path | None = None,
                 origin: ContentOrigin | None = None, clinic_keys: Sequence[str] = (),
                 clinic_phone: str = "") -> None:
        super().__init__()
        fonts.load()
        translation.ensure()
        self.content = content = content.in_language(translation.current())  # reader's pages
        self.origin = origin  # which content this is, for the Sources page
        self.clinic_keys = list(clinic_keys)  # the clinic settings' trusted_keys, for installs
        self.user = user
        self.clinic_mode: ClinicMode | None = None  # attached by app.start in a clinic
        self.settings = settings if settings is not None else open_settings(settings_path)
        self.state: WindowState = load_state(self.settings)
        self.theme = theme_named(self.state.theme)
        self.setWindowTitle(app_title())
        self.setObjectName("mainWindow")
        style_window(self, self.theme, self.text_size)

        self.header = HeaderBar()
        self.search_box = self.header.search_box
        self.header.smaller.clicked.connect(lambda: self.set_text_size(self.text_size - 1))
        self.header.larger.clicked.connect(lambda: self.set_text_size(self.text_size + 1))

        self.left = Navigation(content.topics(), self.theme.page_css, content.language)
        self.nav = self.left.list
        self.left.chosen.connect(self._nav_changed)

        self.topic_view = TopicView(PageContext(content, self.theme.page_css, clinic_phone), user)
        self.stack = give_way.CurrentPageStack()
        self.stack.setAccessibleName(translate("window", "Page"))
        self.stack.addWidget(self.topic_view)
        self.topic_view.citations_requested.connect(self.open_citations)
        self.topic_view.source_requested.connect(self.open_source)
        self.topic_view.tab_changed.connect(self._tab_changed)
        self.topic_view.questions_tab_made.connect(self.questions_tab_made)
        for page in self.topic_view.pages.values():
            page.link_activated.connect(self._page_link)
        self.search_box.go_down.connect(lambda: self.results.focus_results())

        self._build_layout()
        self.pages, self.source_panel = make_pages(self, content, origin, lambda: self.theme.page_css,
                                                   self.stack, self.splitter, self.left)
        build_actions(self, self.clinic_keys)
        self.search = SearchFlow(self.stack, lambda: self.results, lambda: self.pages.made("results"),
                                 content, lambda text: self.statusBar().showMessage(text, 10000))
        self.search_box.query.connect(self.search.typed)
        self.search_box.cancelled.connect(self.search.cancel)
        give_way.attach(self.room)  # fits before placing: a window too wide for the screen is never made
        place_window(self, self.state)  # the saved place if it still fits, else fit the screen
        enable_size_buttons(self.header.smaller, self.header.larger, self.text_size)
        self.header.contrast.setChecked(self.theme.name == "high-contrast")
        self.header.contrast.toggled.connect(lambda on: self.set_theme("high-contrast" if on else "day"))
        self._restore_view()
        self.history = enter_key.attach(history.Ways(  # Back, Forward and Enter, from the view restored
            self, self.left, self.topic_view, self.stack, self.source_panel, self.search, self.header,
            self.open_citations, self.open_source, self.close_source))
        self.nav.setFocus()

    def _build_layout(self) -> None:
        self.howto = HowToStrip(self.settings)
        self.howto.dismissed.connect(lambda: self.nav.setFocus())
        central, self.splitter = frame(self.header, self.howto, self.left, self.stack)
        self.setCentralWidget(central)
        self.room = give_way.Room(self, self.header, self.left, self.stack, self.splitter, self.howto,
                                  self.topic_view.tabBar())
        self.setTabOrder(self.header.contrast, self.howto.button)
        self.setTabOrder(self.howto.button, self.nav)  # then the topic list

    @property
    def glossary_page(self) -> GlossaryPage:
        return self.pages.get("glossary")

    @property
    def results(self) -> SearchResults:
        return self.pages.get("results")

    @property
    def source_view(self) -> SourceView:
        return self.source_panel.view

    # -- what the user can do ---------------------------------------------------------------

    def show_topic(self, slug: str, tab: str | None = None) -> None:
        self.left.select(slug)
        if tab:
            self.topic_view.set_tab(tab)

    def show_sources(self) -> None:
        self.left.select(SOURCES)

    def show_glossary(self, term: str | None = None) -> None:
        self.left.select(GLOSSARY)
        if term:
            self.glossary_page.show_term(term)

    def open_citations(self, citations: list[Citation]) -> None:
        if citations:
            self.source_panel.open().show_citations(citations)

    def open_source(self, source_id: str, paragraph_n: int = 0) -> None:
        self.source_panel.open().show_source(source_id, paragraph_n=paragraph_n)

    def close_source(self) -> None:
        if not self.source_panel.close():  # back to the link that opened it, or to the page
            self.stack.currentWidget().setFocus()

    def focus_topics(self) -> None:
        give_way.focus_topics(self.room)

    def show_howto(self) -> None:
        """Help › How to use this app: the strip again, whatever the room, until "Got it"."""
        self.howto.show_again(asked=True)
        self.layout().activate()  # sizes as they are now, not as the last page left them
        give_way.fit_howto(self.room)
        self.howto.button.setFocus()

    def show_message(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def add_to_header(self, widget: QWidget) -> None:
        self.header.layout().addWidget(widget)

    def cancel_search(self) -> None:
        self.search.cancel()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_for(self, text: str) -> list[SearchHit]:
        """Run a search at once (the box waits a moment after each key)."""
        self.search_box.setText(text)
        return self.search.run(text)

    def go_to_hit(self, hit: SearchHit) -> None:
        if hit.topic_slug:  # a topic, one of its tabs or one of its questions
            self.show_topic(hit.topic_slug, hit.tab or TABS[0])
            self.topic_view.currentWidget().setFocus()
        elif hit.kind == "glossary":
            self.show_glossary(hit.term)
        elif hit.kind == "paragraph":
            self.open_source(hit.source_id, hit.paragraph_n)

    def go_tab(self, tab: str) -> None:
        if self.stack.currentWidget() is not self.topic_view:
            self.stack.setCurrentWidget(self.topic_view)
        self.topic_view.set_tab(tab)

    def escape(self) -> None:
        typed = self.search_box.hasFocus() and self.search_box.text()  # Escape empties it first
        if self.source_panel.is_open() and not typed:
            self.close_source()
        elif typed or self.search.showing():
            self.search_box.clear()
            self.search.cancel()

    # -- text size and theme ----------------------------------------------------------------

    @property
    def text_size(self) -> int:
        return self.state.text_size

    def set_text_size(self, points: int, save: bool = True) -> None:
        self.state.text_size = clamp_text_size(points)
        style_window(self, self.theme, self.text_size)
        enable_size_buttons(self.header.smaller, self.header.larger, self.text_size)
        give_way.fit(self.room)
        if save:
            self._save()

    def toggle_contrast(self) -> None:
        self.header.contrast.toggle()

    def set_theme(self, name: str, save: bool = True) -> None:
        self.theme = theme_named(name)
        self.state.theme = self.theme.name
        apply_theme(self, self.theme, self.text_size, (self.topic_view, self.nav, *self.pages.all_made(),
                                                      *self.source_panel.made()), self.header.contrast)
        if save:
            self._save()

    # -- wiring -----------------------------------------------------------------------------

    def _restore_view(self) -> None:
        slugs = [t.slug for t in self.content.topics()]
        topic = self.state.topic if self.state.topic in slugs else (slugs[0] if slugs else "")
        if topic:
            self._restoring = True  # showing what the settings say: nothing new to write
            self.show_topic(topic, self.state.tab if self.state.tab in TABS else TABS[0])
            self._restoring = False

    def _nav_changed(self, key: str) -> None:
        if key in (SOURCES, GLOSSARY):
            self.stack.setCurrentWidget(self.pages.get(key.removeprefix("page:")))
        else:
            self.topic_view.set_topic(key)
            self.stack.setCurrentWidget(self.topic_view)
            self.state.topic = key
            self._save()
        self.search.remember()

    def _tab_changed(self, tab: str) -> None:
        self.state.tab = tab
        self._save()

    def _page_link(self, href: str) -> None:
        if href.startswith("topic:"):
            self.show_topic(href.removeprefix("topic:"), TABS[0])
        elif href.startswith("term:"):
            term = self.content.term(term_from_href(href))
            meaning = translate("window", "{term}: {meaning}")
            message = (meaning.format(term=term.term, meaning=term.definition) if term
                       else term_from_href(href))
            self.statusBar().showMessage(message, 10000)

    def open_source_link(self, href: str) -> None:
        if href.startswith("source:"):
            self.open_source(href.removeprefix("source:"))

    def _save(self) -> None:
        if getattr(self, "_restoring", False):
            return
        if not self.isMaximized():
            self.state.width, self.state.height = self.width(), self.height()
        self.state.geometry = self.saveGeometry()
        save_state(self.settings, self.state)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        give_way.fit(self.room)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self._save()
        super().closeEvent(event)
