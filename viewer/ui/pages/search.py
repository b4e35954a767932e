"""One search box (Ctrl+F) over everything; results as you type, the matches highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from viewer.store.content import ContentStore
from viewer.store.models import SearchHit
from viewer.ui.text.html_list import HtmlList
from viewer.ui.text.labels import HIT_KIND_LABELS
from viewer.ui.text.rich import esc, marked

DELAY_MS = 150


class SearchBox(QLineEdit):
    """Emits ``query`` a moment after typing stops, and ``cancelled`` on Esc."""

    query = Signal(str)
    cancelled = Signal()
    go_down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Search topics, questions, words and articles  (Ctrl+F)")
        self.setAccessibleName("Search")
        self.setAccessibleDescription("Results appear as you type. Press Down to reach them.")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(lambda: self.query.emit(self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.go_down.emit)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cancelled.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        super().keyPressEvent(event)


def hit_html(hit: SearchHit) -> str:
    return (f'<p style="margin: 0px;"><b>{esc(hit.title)}</b> '
            f'<span class="muted">\u2013 {esc(HIT_KIND_LABELS[hit.kind])}</span><br>'
            f"{marked(hit.snippet)}</p>")


class SearchResults(QWidget):
    """The results page; ``chosen`` says which result the user picked."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setAccessibleName("Search results")
        self.heading = QLabel()
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.list = HtmlList("Search results", css)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.hits: list[SearchHit] = []

    def search(self, text: str) -> list[SearchHit]:
        self.hits = self.content.search(text) if text.strip() else []
        self.list.clear()
        for hit in self.hits:
            spoken = f"{hit.title}. {hit.snippet.replace(chr(2), '').replace(chr(3), '')}"
            self.list.add(hit_html(hit), spoken, hit)
        if not text.strip():
            self.heading.setText("")
        elif self.hits:
            self.heading.setText(f"{len(self.hits)} results for \u201c{text.strip()}\u201d. "
                                 "Press Enter on one to go there.")
        else:
            self.heading.setText(f"Nothing found for \u201c{text.strip()}\u201d. "
                                 "Try a shorter or different word.")
        self.heading.setAccessibleName(self.heading.text())
        return self.hits

    def set_css(self, css: str) -> None:
        self.list.set_css(css)

    def focus_results(self) -> None:
        if self.list.count():
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)

    def _activated(self, item) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
