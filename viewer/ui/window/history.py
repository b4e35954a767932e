"""Back and Forward across topics, tabs, the glossary and sources pages, and sources.

Each place the reader goes is recorded once it is shown; Back (the header's button,
Alt+Left, the mouse's back button) returns to the one before, Forward (its button,
Alt+Right, the mouse's forward button) undoes a Back, as in a web browser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from viewer.plain_records import Record
from viewer.ui.text.two_line_list import KEY_ROLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStackedWidget, QWidget

    from viewer.store.models import Citation
    from viewer.ui.pages.topic_view import TopicView
    from viewer.ui.window.header import HeaderBar
    from viewer.ui.window.navigation import Navigation
    from viewer.ui.window.search_flow import SearchFlow
    from viewer.ui.window.source_panel import SourcePanel

LIMIT = 100  # places kept behind the reader


class Place(Record, frozen=True):
    key: str  # a topic's slug, or the glossary's or sources page's key in the topic list
    tab: str = ""  # a topic's tab
    source: str = ""  # the source open beside the page, if any
    quotes: tuple[Citation, ...] = ()  # the passages highlighted in it
    paragraph: int = 0


class Ways(Record, frozen=True):
    """What Back and Forward read and move, handed over by the window once it has made them:
    its parts and three of its doings, never the window's own attributes."""

    window: QWidget  # the mouse's buttons count while it is the active window
    left: Navigation  # the topic list, with the glossary and sources pages
    topic_view: TopicView
    stack: QStackedWidget  # the page shown
    source_panel: SourcePanel
    search: SearchFlow
    header: HeaderBar  # Back, Forward and the search box
    open_citations: Callable[[list[Citation]], None]
    open_source: Callable[..., None]  # (source id, paragraph_n=)
    close_source: Callable[[], None]


class History(QObject):
    changed = Signal()  # Back or Forward became possible or impossible

    def __init__(self, ways: Ways) -> None:
        super().__init__(ways.window)
        self.ways = ways
        self.behind: list[Place] = []
        self.ahead: list[Place] = []
        self.current: Place | None = None
        self._pending = False
        ways.left.chosen.connect(lambda _key: self.record_soon())
        ways.topic_view.tab_changed.connect(lambda _tab: self.record_soon())
        ways.source_panel.moved.connect(self.record_soon)
        buttons = ways.header
        buttons.back.clicked.connect(self.back)
        buttons.forward.clicked.connect(self.forward)
        self.changed.connect(lambda: (buttons.back.setEnabled(self.can_go_back()),
                                      buttons.forward.setEnabled(self.can_go_forward())))
        self.record()

    def place_now(self) -> Place | None:
        ways = self.ways
        item = ways.left.list.currentItem()
        if item is None or ways.search.showing():
            return None  # search results are not a place to come back to
        key = item.data(KEY_ROLE)
        tab = ways.topic_view.current_tab() if ways.stack.currentWidget() is ways.topic_view else ""
        if not ways.source_panel.is_open() or ways.source_panel.view.doc is None:
            return Place(key, tab)
        view = ways.source_panel.view
        return Place(key, tab, view.doc.info.id, tuple(view.quotes), view.paragraph)

    def record_soon(self) -> None:
        """Record where the reader is once this event is done (a tab change and a topic change
        may come together)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.record)

    def record(self) -> None:
        self._pending = False
        place = self.place_now()
        if place is None or place == self.current:
            return
        if self.current is not None:
            self.behind = (self.behind + [self.current])[-LIMIT:]
        self.ahead.clear()
        self.current = place
        self.changed.emit()

    def can_go_back(self) -> bool:
        return bool(self.behind)

    def can_go_forward(self) -> bool:
        return bool(self.ahead)

    def back(self) -> None:
        self.record()  # where the reader is now, if it was not yet recorded
        if self.behind:
            self.ahead.append(self.current)
            self._go(self.behind.pop())

    def forward(self) -> None:
        self.record()
        if self.ahead:
            self.behind.append(self.current)
            self._go(self.ahead.pop())

    def _go(self, place: Place) -> None:
        ways = self.ways
        self.current = place
        if ways.search.showing():
            ways.header.search_box.clear()
            ways.search.cancel()
        ways.left.select(place.key)
        if place.tab:
            ways.topic_view.set_tab(place.tab)
        if place.quotes:
            ways.open_citations(list(place.quotes))
        elif place.source:
            ways.open_source(place.source, paragraph_n=place.paragraph)
        elif ways.source_panel.is_open():
            ways.close_source()
        self._pending = False
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The mouse's back and forward buttons, anywhere in the window (filters the app's
        events: enter_key.attach installs it)."""
        if event.type() == QEvent.Type.MouseButtonPress and self.ways.window.isActiveWindow():
            button = event.button()
            if button == Qt.MouseButton.BackButton:
                self.back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return False

