"""The main window: topics on the left, the chosen page in the middle, a source on the right.

The window owns no content logic: it wires the pages together, remembers the
view (``window_state``) and applies the theme and text size.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer import fonts
from viewer.store.content import ContentStore
from viewer.store.models import Citation, SearchHit
from viewer.ui.pages.page import PageContext
from viewer.ui.pages.search import SearchBox
from viewer.ui.pages.topic_view import TopicView
from viewer.ui.text.html_list import HtmlList
from viewer.ui.text.rich import esc, term_from_href
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, clamp_text_size, theme_named
from viewer.ui.window.window_state import WindowState, load_state, open_settings, save_state
from viewer.vocabulary import TABS

if TYPE_CHECKING:
    from viewer.store.user import UserStore
    from viewer.ui.pages.glossary_page import GlossaryPage
    from viewer.ui.pages.search import SearchResults
    from viewer.ui.pages.source_view import SourceView
    from viewer.ui.pages.sources_page import SourcesPage

APP_TITLE = "Cancer vaccines: plain facts and sources"
WIDE = 1700  # below this, the topic list steps aside while a source is open
GLOSSARY, SOURCES = "page:glossary", "page:sources"


class MainWindow(QMainWindow):
    def __init__(self, content: ContentStore, user: UserStore,
                 settings: QSettings | None = None, settings_path: Path | None = None) -> None:
        super().__init__()
        fonts.load()
        self.content = content
        self.settings = settings if settings is not None else open_settings(settings_path)
        self.state: WindowState = load_state(self.settings)
        self.theme = theme_named(self.state.theme)
        css = self.theme.page_css
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("mainWindow")

        self.search_box = SearchBox()
        self.smaller = self._button("A\u2212", "Smaller text", "Make the text smaller (Ctrl+Minus)")
        self.larger = self._button("A+", "Larger text", "Make the text larger (Ctrl+Plus)")
        self.contrast = self._button("High contrast", "High contrast colours",
                                     "Switch between calm colours and high contrast")
        self.contrast.setCheckable(True)
        self.smaller.clicked.connect(lambda: self.set_text_size(self.state.text_size - 1))
        self.larger.clicked.connect(lambda: self.set_text_size(self.state.text_size + 1))

        self.nav = HtmlList("Topics", css)
        self.nav.setMinimumWidth(260)
        for topic in content.topics():
            self.nav.add(_nav_html(topic.title, topic.summary), f"{topic.title}. {topic.summary}",
                         topic.slug)
        self.nav.add(_nav_html("Glossary", "Plain meanings of the harder words"),
                     "Glossary. Plain meanings of the harder words", GLOSSARY)
        self.nav.add(_nav_html("Sources", "The articles these pages are written from"),
                     "Sources. The articles these pages are written from", SOURCES)
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.topic_view = TopicView(PageContext(content, css), user)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Page")
        self.stack.addWidget(self.topic_view)
        self._made: dict[str, QWidget] = {}  # the other pages, made when first wanted

        self.topic_view.citations_requested.connect(self.open_citations)
        self.topic_view.source_requested.connect(self.open_source)
        self.topic_view.tab_changed.connect(self._tab_changed)
        for page in self.topic_view.pages.values():
            page.link_activated.connect(self._term_link)
        self.search_box.query.connect(self._search)
        self.search_box.cancelled.connect(self._search_cancelled)
        self.search_box.go_down.connect(lambda: self.results.focus_results())

        self._build_layout()
        self._build_actions()
        self._page_before_search: QWidget = self.topic_view
        self.resize(self.state.width, self.state.height)
        self._set_font()
        self._apply_style()
        self.contrast.setChecked(self.theme.name == "high-contrast")
        self.contrast.toggled.connect(lambda on: self.set_theme("high-contrast" if on else "day"))
        self._restore_view()
        self.nav.setFocus()

    # -- building -------------------------------------------------------------------------------

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        return button

    def _build_layout(self) -> None:
        header = QWidget()
        header.setObjectName("header")
        title = QLabel(APP_TITLE)
        title.setObjectName("appTitle")
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(12)
        row.addWidget(title)
        row.addWidget(self.search_box, 1)
        for button in (self.smaller, self.larger, self.contrast):
            row.addWidget(button)

        self.left = left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 8, 16)
        left_layout.setSpacing(8)
        label = QLabel("Topics")
        label.setObjectName("panelHeading")
        label.setBuddy(self.nav)
        left_layout.addWidget(label)
        left_layout.addWidget(self.nav, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(760, 540)
        self.statusBar().setAccessibleName("Messages")
        self.setTabOrder(self.search_box, self.smaller)
        self.setTabOrder(self.smaller, self.larger)
        self.setTabOrder(self.larger, self.contrast)
        self.setTabOrder(self.contrast, self.nav)

    def _build_actions(self) -> None:
        view = self.menuBar().addMenu("&View")
        go = self.menuBar().addMenu("&Go")
        self.menuBar().setAccessibleName("Menu")

        def add(menu, text: str, keys: list[QKeySequence | str], slot) -> QAction:
            action = QAction(text, self)
            unique: dict[str, QKeySequence] = {}
            for key in keys:  # a standard key may repeat one we list: keep one of each
                sequence = QKeySequence(key)
                unique.setdefault(sequence.toString(), sequence)
            action.setShortcuts([s for s in unique.values() if not s.isEmpty()])
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)
            return action

        add(view, "Larger text", [QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
            lambda: self.set_text_size(self.state.text_size + 1))
        add(view, "Smaller text", [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
            lambda: self.set_text_size(self.state.text_size - 1))
        add(view, "Normal text size", ["Ctrl+0"], lambda: self.set_text_size(DEFAULT_TEXT_SIZE))
        add(view, "High contrast on or off", ["Ctrl+Shift+H"], self.contrast.toggle)
        add(go, "Search", [QKeySequence.StandardKey.Find, "Ctrl+F"], self.focus_search)
        add(go, "Topic list", ["Ctrl+L"], self.nav.setFocus)
        for i, tab in enumerate(TABS, start=1):
            add(go, f"Tab {i}: {self.topic_view.tabText(i - 1)}", [f"Ctrl+{i}"],
                lambda _=False, t=tab: self._go_tab(t))
        add(go, "Glossary", ["Ctrl+G"], lambda: self.show_glossary())
        add(go, "Sources", ["Ctrl+Shift+S"], self.show_sources)
        add(go, "Close the source, or the search", ["Esc"], self._escape)

    # -- what the user can do ---------------------------------------------------------------------

    def show_topic(self, slug: str, tab: str | None = None) -> None:
        self._select_nav(slug)
        if tab:
            self.topic_view.set_tab(tab)

    def show_sources(self) -> None:
        self._select_nav(SOURCES)

    def show_glossary(self, term: str | None = None) -> None:
        self._select_nav(GLOSSARY)
        if term:
            self.glossary_page.show_term(term)

    def open_citations(self, citations: list[Citation]) -> None:
        if citations:
            self._show_panel()
            self.source_view.show_citations(citations)

    def open_source(self, source_id: str, paragraph_n: int = 0) -> None:
        self._show_panel()
        self.source_view.show_source(source_id, paragraph_n=paragraph_n)

    def close_source(self) -> None:
        self.source_view.hide()
        self.left.show()
        self.stack.currentWidget().setFocus()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_for(self, text: str) -> list[SearchHit]:
        """Run a search at once (the box waits a moment after each key)."""
        self.search_box.setText(text)
        return self._search(text)

    def go_to_hit(self, hit: SearchHit) -> None:
        if hit.kind in ("topic", "section", "question"):
            self.show_topic(hit.topic_slug, hit.tab or "what")
            self.topic_view.currentWidget().setFocus()
        elif hit.kind == "glossary":
            self.show_glossary(hit.term)
        elif hit.kind == "paragraph":
            self.open_source(hit.source_id, hit.paragraph_n)

    def set_text_size(self, points: int, save: bool = True) -> None:
        self.state.text_size = clamp_text_size(points)
        self._set_font()
        self._apply_style()
        if save:
            self._save()

    @property
    def text_size(self) -> int:
        return self.state.text_size

    def set_theme(self, name: str, save: bool = True) -> None:
        self.theme = theme_named(name)
        self.state.theme = self.theme.name
        self._apply_style()
        css = self.theme.page_css
        self.topic_view.set_css(css)
        self.nav.set_css(css)
        for widget in self._made.values():
            widget.set_css(css)
        self.contrast.blockSignals(True)
        self.contrast.setChecked(self.theme.name == "high-contrast")
        self.contrast.blockSignals(False)
        if save:
            self._save()

    def _set_font(self) -> None:
        font = fonts.text_font(self.state.text_size)
        self.setFont(font)
        QToolTip.setFont(font)
        self.smaller.setEnabled(self.state.text_size > clamp_text_size(0))
        self.larger.setEnabled(self.state.text_size < clamp_text_size(10_000))

    # -- pages made (and their modules imported) when first wanted: startup shows one topic --

    @property
    def sources_page(self) -> SourcesPage:
        if "sources" not in self._made:
            from viewer.ui.pages.sources_page import SourcesPage

            page = self._made["sources"] = SourcesPage(self.content, self.theme.page_css)
            page.link_activated.connect(self._sources_link)
            self.stack.addWidget(page)
        return self._made["sources"]

    @property
    def glossary_page(self) -> GlossaryPage:
        if "glossary" not in self._made:
            from viewer.ui.pages.glossary_page import GlossaryPage

            page = self._made["glossary"] = GlossaryPage(self.content, self.theme.page_css)
            page.citations_requested.connect(self.open_citations)
            self.stack.addWidget(page)
        return self._made["glossary"]

    @property
    def results(self) -> SearchResults:
        if "results" not in self._made:
            from viewer.ui.pages.search import SearchResults

            page = self._made["results"] = SearchResults(self.content, self.theme.page_css)
            page.chosen.connect(self.go_to_hit)
            self.stack.addWidget(page)
        return self._made["results"]

    @property
    def source_view(self) -> SourceView:
        if "source" not in self._made:
            from viewer.ui.pages.source_view import SourceView

            panel = self._made["source"] = SourceView(self.content, self.theme.page_css)
            panel.hide()
            panel.closed.connect(self.close_source)
            panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(2, 0)
        return self._made["source"]

    def _showing(self, key: str) -> bool:
        widget = self._made.get(key)
        return widget is not None and (widget.isVisible() if key == "source"
                                       else self.stack.currentWidget() is widget)

    def _apply_style(self) -> None:
        """The theme's stylesheet and the text size together: widgets the stylesheet
        styles take their font from it, not from their parent, so the size goes in it."""
        size = f'QWidget {{ font-family: "{fonts.load()}"; font-size: {self.state.text_size}pt; }}\n'
        self.setStyleSheet(size + self.theme.qss)

    # -- wiring ---------------------------------------------------------------------------------------

    def _restore_view(self) -> None:
        slugs = [t.slug for t in self.content.topics()]
        topic = self.state.topic if self.state.topic in slugs else (slugs[0] if slugs else "")
        tab = self.state.tab
        if topic:
            self.show_topic(topic, tab if tab in TABS else "what")

    def _select_nav(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.nav.currentRow() == row:
                    self._nav_changed(self.nav.item(row))
                else:
                    self.nav.setCurrentRow(row)
                return

    def _nav_changed(self, item, _previous=None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == SOURCES:
            self.stack.setCurrentWidget(self.sources_page)
        elif key == GLOSSARY:
            self.stack.setCurrentWidget(self.glossary_page)
        else:
            self.topic_view.set_topic(key)
            self.stack.setCurrentWidget(self.topic_view)
            self.state.topic = key
            self._save()
        self._page_before_search = self.stack.currentWidget()

    def _tab_changed(self, tab: str) -> None:
        self.state.tab = tab
        self._save()

    def _go_tab(self, tab: str) -> None:
        if self.stack.currentWidget() is not self.topic_view:
            self.stack.setCurrentWidget(self.topic_view)
        self.topic_view.set_tab(tab)

    def _term_link(self, href: str) -> None:
        if href.startswith("term:"):
            self.statusBar().showMessage(self._term_message(term_from_href(href)), 10000)

    def _term_message(self, name: str) -> str:
        term = self.content.term(name)
        return f"{term.term}: {term.definition}" if term else name

    def _sources_link(self, href: str) -> None:
        if href.startswith("source:"):
            self.open_source(href.removeprefix("source:"))

    def _show_panel(self) -> None:
        """Open the source beside the page; on a narrow screen the topic list makes room."""
        if not self.source_view.isVisible():
            sizes = self.splitter.sizes()
            total = sum(sizes)
            left = sizes[0]
            if self.width() < WIDE:
                self.left.hide()
                left = 0
            self.source_view.show()
            panel = max(400, int((total - left) * 0.38))
            self.splitter.setSizes([left, total - left - panel, panel])

    def _search(self, text: str) -> list[SearchHit]:
        if not text.strip():
            self._search_cancelled()
            return []
        if not self._showing("results"):
            self._page_before_search = self.stack.currentWidget()
            self.stack.setCurrentWidget(self.results)
        return self.results.search(text)

    def _search_cancelled(self) -> None:
        if self._showing("results"):
            self.stack.setCurrentWidget(self._page_before_search)

    def _escape(self) -> None:
        if self.search_box.hasFocus() and self.search_box.text():
            self.search_box.clear()
            self._search_cancelled()
        elif self._showing("source"):
            self.close_source()
        elif self._showing("results"):
            self.search_box.clear()
            self._search_cancelled()

    def _save(self) -> None:
        if not self.isMaximized():
            self.state.width, self.state.height = self.width(), self.height()
        save_state(self.settings, self.state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self._save()
        super().closeEvent(event)


def _nav_html(title: str, summary: str) -> str:
    return (f'<p style="margin: 0px;"><b>{esc(title)}</b><br>'
            f'<span class="muted">{esc(summary)}</span></p>')
