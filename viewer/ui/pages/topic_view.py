"""The tabs of one topic, rendered when shown, each link handed up to the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from viewer.errors import DatabaseError
from viewer.helplines import who_to_call_title
from viewer.store.content import ContentStore
from viewer.store.models import Statement
from viewer.ui import deferred
from viewer.ui.pages.page import (
    PageContext,
    PageView,
    footer_html,
    heading_html,
    key_points_html,
    statement_html,
    text_page_html,
)
from viewer.ui.pages.tab_bar import fit_tab_bar, fit_titles
from viewer.ui.pages.who_to_call import language_notice_html, old_facts_html, who_to_call_html
from viewer.ui.text.labels import short_tab_title, tab_title
from viewer.ui.text.rich import PageLinks, esc
from viewer.vocabulary import EVIDENCE_TAB, KEY, QUESTIONS_TAB, TABS, UNKNOWN

if TYPE_CHECKING:

    from viewer.store.user import UserStore
    from viewer.ui.pages.ladder import LadderWidget
    from viewer.ui.questions.questions_tab import QuestionsTab


SETTLE_MS = 600  # how long the Questions tab keeps its first question in sight as it lays out
PAGE_DAMAGED = QT_TRANSLATE_NOOP("topicView", "This page could not be shown: {error}. Nothing of yours "
                                              "was changed. Please reinstall the app, or ask the person "
                                              "who looks after this computer.")
translate = QCoreApplication.translate


class TopicView(QTabWidget):
    citations_requested = Signal(list)  # list[Citation]: open the source at these quotes
    source_requested = Signal(str)  # a source id: open it at the top
    tab_changed = Signal(str)
    questions_tab_made = Signal(object)  # the QuestionsTab, made when the tab is first shown

    def __init__(self, context: PageContext, user: UserStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(translate("topicView", "Topic pages"))
        self.setDocumentMode(True)
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tabBar().setAccessibleName(translate("topicView", "Topic tabs"))
        self.slug = ""
        self.pages: dict[str, PageView] = {}
        self.links: dict[str, PageLinks] = {}
        self.ladder: LadderWidget | None = None
        self._rendered: set[str] = set()
        self.user = user
        self.questions_tab: QuestionsTab | None = None  # made when the tab is first shown
        for tab in TABS:
            page = PageView(tab_title(tab))
            page.link_activated.connect(lambda href, t=tab: self._link(t, href))
            self.pages[tab] = page
            self.addTab(page if tab != QUESTIONS_TAB else self._questions_holder(page), tab_title(tab))
        fit_tab_bar(self.tabBar())
        self._least_width = 0
        self.fit_titles()
        self.currentChanged.connect(self._current_changed)

    def _questions_holder(self, page: PageView) -> QWidget:
        """The Questions tab is not one scrolling page: the page of questions sits beside
        My sheet, each scrolling on its own, once the tab is first shown."""
        holder = QWidget()
        holder.setAccessibleName(tab_title(QUESTIONS_TAB))
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        holder.layout().addWidget(page)
        return holder

    @property
    def content(self) -> ContentStore:
        return self.context.content

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_titles()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_titles()

    def fit_titles(self) -> None:
        least = fit_titles(self.tabBar(), [tab_title(t) for t in TABS], self.width(),
                           [short_tab_title(t) for t in TABS])
        if least != self._least_width:
            self._least_width = least
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the tabs with their titles on two lines (not the width of the titles
        on one line, which would keep the window wide), and no narrower: no tab is ever cut."""
        pages = max((self.widget(TABS.index(tab)).minimumSizeHint().width() for tab in self._rendered),
                    default=0)  # a page not yet rendered is empty: it asks for no width
        return QSize(max(pages, self._least_width), super().minimumSizeHint().height())

    def set_topic(self, slug: str) -> None:
        if slug == self.slug:
            return
        self.slug = slug
        self._rendered.clear()
        self._render(self.current_tab())

    def set_tab(self, tab: str) -> None:
        if tab in TABS:
            self.setCurrentIndex(TABS.index(tab))

    def current_tab(self) -> str:
        return TABS[max(0, self.currentIndex())]

    def set_css(self, css: str) -> None:
        """A new theme: render the pages again with its colours."""
        self.context.css = css
        self.refresh()

    def refresh(self) -> None:
        """Render the pages again, the one shown now first (a new theme, phone or day)."""
        self._rendered.clear()
        self._render(self.current_tab())

    def _current_changed(self, index: int) -> None:
        tab = TABS[index]
        self._render(tab)
        self.tab_changed.emit(tab)

    def _render(self, tab: str) -> None:
        if not self.slug or tab in self._rendered:
            return
        self._rendered.add(tab)
        self.updateGeometry()  # its width now counts (minimumSizeHint)
        page = self.pages[tab]
        page.clear()  # (the questions' rows are kept: made once, moved back in)
        try:
            self._fill(page, tab)
        except DatabaseError as err:  # damage inside the file, met by this page's queries
            page.clear()
            damaged = translate("topicView", PAGE_DAMAGED).format(error=err)
            page.add_text(f"<p>{esc(damaged)}</p>", self.context.css, tab_title(tab))
            page.finish()

    def _fill(self, page: PageView, tab: str) -> None:
        css = self.context.css
        topic = self.content.topic(self.slug)
        section = self.content.section(self.slug, tab)
        page.language = section.language  # read aloud in this page's voice
        reviewed = self.content.meta().get("last_reviewed", "")
        links = self.context.links()
        self.links[tab] = links
        # the newest review day: the content was not built before it, so a clock before it is wrong
        notice = (language_notice_html(topic, self.content.language)
                  + old_facts_html(topic, self.context.today(), reviewed))
        call = who_to_call_html(self.context.clinic_phone)
        if tab == EVIDENCE_TAB:
            self.ladder = deferred.render_evidence()(page, topic, section, links, css, reviewed, notice, call)
        elif tab == QUESTIONS_TAB:
            self._render_questions(page, topic, section, links, reviewed, notice, call)
        else:
            page.add_text(text_page_html(topic, section, links, reviewed, notice, footer=False),
                          css, tab_title(tab))
            page.add_text(call, css, who_to_call_title())  # its own block (see render_evidence)
            page.add_text(footer_html(topic, links, reviewed), css,
                          translate("topicView", "About this page"))
        page.tips = links.tips
        page.finish()
        page.verticalScrollBar().setValue(0)
        if tab == QUESTIONS_TAB and self.questions_tab is not None and self.questions_tab.rows:
            # the tab opens with its first question in sight, under the heading and key points
            # (at large text they alone fill the window)
            first = next(iter(self.questions_tab.rows.values()))
            bar = page.verticalScrollBar()

            def again(*_: int) -> None:  # the blocks above take their heights as they settle
                self._bring_into_view(page, first)

            bar.rangeChanged.connect(again)
            QTimer.singleShot(0, page, again)
            QTimer.singleShot(SETTLE_MS, bar, lambda: bar.rangeChanged.disconnect(again))

    @staticmethod
    def _bring_into_view(page: PageView, row: QWidget) -> None:
        try:
            if page.isVisible():
                page.widget().layout().activate()  # where the row is now, not before layout
                page.ensureWidgetVisible(row, 0, 2 * row.fontMetrics().lineSpacing())
        except RuntimeError:  # the row was deleted: another topic was chosen meanwhile
            pass

    def _render_questions(self, page: PageView, topic, section, links: PageLinks,
                          reviewed: str, notice: str = "", call: str = "") -> None:
        css = self.context.css
        intro = "".join(statement_html(b, links) for b in section.blocks
                        if isinstance(b, Statement) and b.kind not in (KEY, UNKNOWN))
        page.add_text(heading_html(topic, QUESTIONS_TAB, notice) + key_points_html(section.key_points, links)
                      + intro, css, translate("topicView", "Key points"))
        if self.questions_tab is None:
            holder = page.parentWidget()
            self.questions_tab = deferred.questions_tab()(self.content, self.user, list_page=page)
            self.questions_tab.source_requested.connect(lambda c: self.citations_requested.emit([c]))
            holder.layout().addWidget(self.questions_tab)
            self.questions_tab_made.emit(self.questions_tab)
        self.questions_tab.set_topic(self.slug, css)
        page.add_widget(self.questions_tab.rows_host, keep=True)
        for question in self.content.questions(self.slug):  # their sources go in the footer too
            for citation in question.citations:
                links.number(citation.source_id)
        page.add_text(call, css, who_to_call_title())
        page.add_text(footer_html(topic, links, reviewed), css,
                      translate("topicView", "About this page"))
        deferred.questions_first()(self.questions_tab)  # the questions, then My sheet

    def _link(self, tab: str, href: str) -> None:
        if href.startswith("cite:"):
            self.citations_requested.emit(self.links[tab].group(href))
        elif href.startswith("source:"):
            self.source_requested.emit(href.removeprefix("source:"))

