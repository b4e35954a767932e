"""Every glossary word with its plain meaning, with a box to find one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.store.content import ContentStore
from viewer.store.models import Term
from viewer.translation import fallback_name, language_name
from viewer.ui.reading.read_bar import ReadAloudBar
from viewer.ui.text.rich import PageLinks, esc
from viewer.ui.text.safe_text import SafeText

translate = QCoreApplication.translate


def term_html(term: Term, links: PageLinks, reader: str = "") -> str:
    """A word's entry; ``reader``: the reader's language, which an entry not yet translated
    into it names (it is shown in English)."""
    also = ('<p class="muted">' + esc(translate("glossary", "Also written as: {names}").format(
        names=translate("glossary", ", ", "between names").join(term.also))) + "</p>" if term.also else "")
    where = ('<p class="muted">' + esc(translate("glossary", "Where this comes from:"))
             + f"{links.cite(term.citations)}</p>") \
        if term.citations else ""
    notice = ('<p class="muted">' + esc(translate("glossary", "This word is not yet explained in "
                                                  "{language}; it is shown in {shown}.").format(
        language=language_name(reader), shown=fallback_name(term.language))) + "</p>"
              if reader and term.language != reader else "")
    return f"<h1>{esc(term.term)}</h1>{notice}<p>{esc(term.definition)}</p>{also}{where}"


def matches(term: Term, text: str) -> bool:
    text = text.strip().lower()
    return not text or any(text in name.lower() for name in (term.term, *term.also)) \
        or text in term.definition.lower()


class GlossaryPage(QWidget):
    citations_requested = Signal(list)

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("glossary", "Glossary"))
        self.content = content
        self.css = css
        self.terms = content.glossary()
        self._links = PageLinks(content.source_index(), content.term)
        self._roomy: bool | None = None  # room for the intro line (resizeEvent)

        title = QLabel("<h1>" + esc(translate("glossary", "Glossary")) + "</h1>")
        title.setObjectName("panelHeading")
        intro = QLabel(translate("glossary", "Plain meanings of the harder words on the pages."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("glossary", "Find a word"))
        self.filter.setAccessibleName(translate("glossary", "Find a word in the glossary"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("glossary", "Glossary words"))
        self.list.setObjectName("plainList")
        self.list.setMinimumWidth(240)
        self.list.setWordWrap(True)  # a long word wraps: the list never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = SafeText(translate("glossary", "Meaning of the chosen word"))
        self.detail.setObjectName("termText")
        self.detail.link_activated.connect(self._link)
        for term in self.terms:
            item = QListWidgetItem(term.term)
            item.setData(Qt.ItemDataRole.UserRole, term.term)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._chosen)
        self.filter.returnPressed.connect(self._first_visible)

        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.list, 2)
        row.addWidget(self.detail, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.intro = intro
        find = QHBoxLayout()  # the find box and Read aloud share a row: the words keep the room
        find.setSpacing(12)
        find.addWidget(self.filter, 1)
        self.read_aloud = ReadAloudBar(self.detail, self)  # reads the meaning of the chosen word
        find.addWidget(self.read_aloud)
        layout.addLayout(find)
        layout.addLayout(row, 1)
        if self.terms:
            self.list.setCurrentRow(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """On a short page (the largest text on a small screen) the one-line intro steps
        aside, so the words and their meanings keep half the window."""
        super().resizeEvent(event)
        roomy = self.height() >= 14 * self.fontMetrics().height()
        if roomy == self._roomy:  # each change of spacing lays the page out again
            return
        self._roomy = roomy
        self.intro.setVisible(roomy)
        self.layout().setSpacing(12 if roomy else 4)
        self.layout().setContentsMargins(24, 16 if roomy else 4, 24, 24 if roomy else 8)

    def show_term(self, name: str) -> None:
        term = self.content.term(name)
        if term is None:
            return
        self.filter.clear()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == term.term:
                self.list.setCurrentRow(row)
                return

    def set_css(self, css: str) -> None:
        self.css = css
        self._chosen(self.list.currentItem())

    def _filter(self, text: str) -> None:
        by_name = {t.term: t for t in self.terms}
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not matches(by_name[item.data(Qt.ItemDataRole.UserRole)], text))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self._first_visible()

    def _first_visible(self) -> None:
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        term = self.content.term(item.data(Qt.ItemDataRole.UserRole))
        if term is not None:
            self._links.groups.clear()
            self._links.numbers.clear()
            self.read_aloud.text_changing()
            self.detail.language = term.language  # read aloud in the entry's own voice
            self.detail.set_page(term_html(term, self._links, self.content.language), self.css)

    def _link(self, href: str) -> None:
        if href.startswith("cite:"):
            self.citations_requested.emit(self._links.group(href))
