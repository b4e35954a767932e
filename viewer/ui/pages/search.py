"""One search box (Ctrl+F) over everything; results as you type, the matches highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from viewer.store.content import ContentStore
from viewer.store.full_text import Found
from viewer.store.models import SearchHit
from viewer.ui.text.html_list import HtmlList, list_item
from viewer.ui.text.labels import HIT_KIND_LABELS, SHOW_MORE_LABELS, label, tab_title
from viewer.ui.text.rich import esc, marked, shown_plain
from viewer.vocabulary import HIT_KINDS, MARK_END, MARK_START

translate = QCoreApplication.translate


def hit_title(hit: SearchHit, topic_title: str = "") -> str:
    """What the result is, in the reader's words: a page or a question is named by its topic."""
    if hit.kind == "section" and topic_title and hit.tab:
        return translate("search", "{topic} – {tab}").format(topic=topic_title, tab=tab_title(hit.tab))
    if hit.kind == "question" and topic_title:
        return translate("search", "Question – {topic}").format(topic=topic_title)
    if hit.kind == "glossary" and hit.term:
        return translate("search", "Glossary – {term}").format(term=hit.term)
    return hit.title


def hit_html(hit: SearchHit, title: str = "") -> str:
    return (f'<p style="margin: 0px;"><b>{esc(title or hit.title)}</b> '
            f'<span class="muted">\u2013 {esc(label(HIT_KIND_LABELS, hit.kind))}</span><br>'
            f"{marked(hit.snippet)}</p>")


@dataclass(frozen=True)
class ShowMore:
    """The row under a kind's results that loads the next page of that kind."""

    kind: str


def more_text(kind: str) -> str:
    return label(SHOW_MORE_LABELS, kind)


class SearchResults(QWidget):
    """The results page: the best of each kind, and a "Show more" row under a kind
    with more. ``chosen`` says which result the user picked; ``more_wanted`` (kind,
    offset) asks for the next page of a kind, which ``add_more`` then shows."""

    chosen = Signal(object)  # SearchHit
    more_wanted = Signal(str, int)

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setAccessibleName(translate("search", "Search results"))
        self.heading = QLabel()
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        self.list = HtmlList(translate("search", "Search results"), css)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.hits: list[SearchHit] = []
        self.query = ""

    def search(self, text: str) -> list[SearchHit]:
        """Search now, on this thread (the window's search box asks off it)."""
        return self.show_found(self.content.find(text) if text.strip() else Found(text, []))

    def show_found(self, found: Found) -> list[SearchHit]:
        self.query = found.query
        self.hits = list(found.hits)
        self.list.clear()
        for kind in HIT_KINDS:
            for hit in found.of_kind(kind):
                self._add_hit(hit)
            if kind in found.more:
                self._add_more_row(kind)
        text = shown_plain(found.query.strip())  # pasted text may hold control characters
        if not text:
            self.heading.setText("")
        elif self.hits:
            self.heading.setText(translate("search", "Results for “{query}”, the best first. "
                                                     "Press Enter on one to go there.").format(query=text))
        else:
            self.heading.setText(translate("search", "Nothing found for “{query}”. Try a shorter "
                                                     "or different word.").format(query=text))
        self.heading.setAccessibleName(self.heading.text())
        return self.hits

    def add_more(self, found: Found, kind: str) -> None:
        """Put the next page of ``kind`` in place of its "Show more" row."""
        row = self._more_row(kind)
        if found.query != self.query or row is None:
            return  # an answer to a search no longer shown
        self.list.takeItem(row)
        first = row
        for hit in found.hits:
            self.list.insertItem(row, self._item(hit))
            self.hits.append(hit)
            row += 1
        if kind in found.more:
            self.list.insertItem(row, self._more_item(kind))
        if self.list.hasFocus() and first < self.list.count():
            self.list.setCurrentRow(first)

    def shown(self, kind: str) -> int:
        return sum(1 for h in self.hits if h.kind == kind)

    def set_css(self, css: str) -> None:
        self.list.set_css(css)

    def focus_results(self) -> None:
        if self.list.count():
            self.list.setFocus()
            row = max(0, self.list.currentRow())
            # chosen and shown as chosen: a current row alone is not drawn as selected
            self.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        plain = hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
        topic = self._topic_titles().get(hit.topic_slug, "") if hit.topic_slug else ""
        title = hit_title(hit, topic)
        return list_item(hit_html(hit, title), f"{title}. {plain}", hit)

    def _topic_titles(self) -> dict[str, str]:
        if not hasattr(self, "_titles"):
            self._titles = {t.slug: t.title for t in self.content.topics()}
        return self._titles

    def _add_hit(self, hit: SearchHit) -> None:
        self.list.addItem(self._item(hit))

    def _more_item(self, kind: str) -> QListWidgetItem:
        return list_item(f'<p style="margin: 0px;"><b>{esc(more_text(kind))} \u2026</b></p>',
                         more_text(kind), ShowMore(kind))

    def _add_more_row(self, kind: str) -> None:
        self.list.addItem(self._more_item(kind))

    def _more_row(self, kind: str) -> int | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == ShowMore(kind):
                return row
        return None

    def _activated(self, item) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(data, ShowMore):
            self.more_wanted.emit(data.kind, self.shown(data.kind))
        else:
            self.chosen.emit(data)
