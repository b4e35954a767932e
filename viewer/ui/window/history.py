"""Back and Forward across topics, tabs, the glossary and sources pages, and sources.

Each place the reader goes is recorded once it is shown; Back (the header's button,
Alt+Left, the mouse's back button) returns to the one before, Forward (its button,
Alt+Right, the mouse's forward button) undoes a Back, as in a web browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from viewer.ui.text.two_line_list import KEY_ROLE

if TYPE_CHECKING:
    from viewer.store.models import Citation
    from viewer.ui.window.main_window import MainWindow

LIMIT = 100  # places kept behind the reader


@dataclass(frozen=True)
class Place:
    key: str  # a topic's slug, or the glossary's or sources page's key in the topic list
    tab: str = ""  # a topic's tab
    source: str = ""  # the source open beside the page, if any
    quotes: tuple[Citation, ...] = ()  # the passages highlighted in it
    paragraph: int = 0


class History(QObject):
    changed = Signal()  # Back or Forward became possible or impossible

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.behind: list[Place] = []
        self.ahead: list[Place] = []
        self.current: Place | None = None
        self._pending = False
        window.left.chosen.connect(lambda _key: self.record_soon())
        window.topic_view.tab_changed.connect(lambda _tab: self.record_soon())
        window.source_panel.moved.connect(self.record_soon)
        buttons = window.header
        buttons.back.clicked.connect(self.back)
        buttons.forward.clicked.connect(self.forward)
        self.changed.connect(lambda: (buttons.back.setEnabled(self.can_go_back()),
                                      buttons.forward.setEnabled(self.can_go_forward())))
        self.record()

    def place_now(self) -> Place | None:
        window = self.window
        item = window.nav.currentItem()
        if item is None or window.search.showing():
            return None  # search results are not a place to come back to
        key = item.data(KEY_ROLE)
        tab = window.topic_view.current_tab() if window.stack.currentWidget() is window.topic_view else ""
        if not window.source_panel.is_open() or window.source_view.doc is None:
            return Place(key, tab)
        view = window.source_view
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
        window = self.window
        self.current = place
        if window.search.showing():
            window.search_box.clear()
            window.search.cancel()
        window.left.select(place.key)
        if place.tab:
            window.topic_view.set_tab(place.tab)
        if place.quotes:
            window.open_citations(list(place.quotes))
        elif place.source:
            window.open_source(place.source, paragraph_n=place.paragraph)
        elif window.source_panel.is_open():
            window.close_source()
        self._pending = False
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The mouse's back and forward buttons, anywhere in the window (filters the app's
        events: main_window installs it)."""
        if event.type() == QEvent.Type.MouseButtonPress and self.window.isActiveWindow():
            button = event.button()
            if button == Qt.MouseButton.BackButton:
                self.back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return False

