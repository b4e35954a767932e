"""The article a statement comes from, inside the app, scrolled to the quote and highlighted.

Article text is escaped and shown as text, whatever it contains. The web address
can be copied; it opens in a browser only when the user presses that button.
The editors' notes are shown as notes by the editors of this app, each with its
references, never dressed up as an article.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.dates import source_date
from viewer.store.content import ContentStore
from viewer.store.models import Citation, Paragraph, SourceDoc
from viewer.ui.text.labels import SOURCE_KIND_LABELS, label
from viewer.ui.text.rich import esc, not_recorded, source_details_html, source_line
from viewer.ui.text.safe_text import SafeText
from viewer.vocabulary import EDITORS_NOTES, PARAGRAPH_HEADING, PARAGRAPH_ITEM

translate = QCoreApplication.translate


def notes_title() -> str:
    """Never "editors' notes": a patient reads what the notes are, and that each has a reference."""
    return label(SOURCE_KIND_LABELS, EDITORS_NOTES)


def details_html(doc: SourceDoc) -> str:
    info = doc.info
    lines = source_details_html(info)
    about = ('<p class="muted">' + translate("sourceView", "<b>About this source:</b> {note}").format(
        note=esc(info.note)) + "</p>" if info.note else "")
    return f"<h1>{esc(info.title)}</h1><p>{lines}</p>{about}"


def paragraph_html(p: Paragraph, quotes: list[Citation], whole: bool, first_anchor: list[bool]) -> str:
    """One paragraph as text, with the quoted passages (or all of it) highlighted."""
    text = p.text
    spans = sorted((c.start, c.end) for c in quotes if 0 <= c.start < c.end <= len(text))
    if whole:
        spans = [(0, len(text))]
    out, at = [], 0
    for start, end in spans:
        start = max(start, at)
        if start >= end:
            continue
        anchor = ""
        if not first_anchor:
            anchor = '<a name="quote"></a>'
            first_anchor.append(True)
        out.append(esc(text[at:start]) + anchor + f'<span class="quote">{esc(text[start:end])}</span>')
        at = end
    out.append(esc(text[at:]))
    body = "".join(out)
    if p.kind == PARAGRAPH_HEADING:
        return f"<h3>{body}</h3>"
    if p.kind == PARAGRAPH_ITEM:
        return f"<p>\u2022 {body}</p>"
    return f"<p>{body}</p>"


def article_html(doc: SourceDoc, quotes: list[Citation], paragraph_n: int) -> str:
    first: list[bool] = []
    body = "".join(paragraph_html(p, [c for c in quotes if c.paragraph_n == p.n], p.n == paragraph_n,
                                  first) for p in doc.paragraphs)
    dropped = ""
    if doc.dropped:
        reasons = sorted({d.reason for d in doc.dropped})
        left_out = translate("sourceView", "<b>Left out of this copy:</b> {what}.")
        dropped = '<p class="muted">' + left_out.format(what=esc("; ".join(reasons))) + "</p>"
    return (details_html(doc) + "<hr><h2>" + esc(translate("sourceView", "The article")) + "</h2>" + body
            + "<hr>" + dropped)


def notes_html(doc: SourceDoc, quotes: list[Citation], paragraph_n: int) -> str:
    refs: dict[int, list[tuple[str, str]]] = {}
    for ref in doc.references:
        refs.setdefault(ref.paragraph_n, []).append((ref.title, ref.url))
    first: list[bool] = []
    parts = [f"<h1>{esc(notes_title())}</h1>",
             '<table class="notes" width="100%" border="1" cellspacing="0" cellpadding="14" '
             'style="border-style: solid;"><tr><td><p>'
             + esc(translate("sourceView", "These are not a news article. The editors of this app wrote "
                                           "them to add what the articles leave out, and to say where the "
                                           "articles are wrong or out of date. Each note lists the public "
                                           "reference it comes from."))
             + "</p><p>" + translate("sourceView", "<b>Written:</b> {date}").format(
                 date=esc(source_date(doc.info))) + "</p></td></tr></table>"]
    for p in doc.paragraphs:
        parts.append(paragraph_html(p, [c for c in quotes if c.paragraph_n == p.n],
                                    p.n == paragraph_n, first))
        for title, url in refs.get(p.n, []):
            where = url or not_recorded()
            reference = translate("sourceView", "Reference: {title} – {address}")
            parts.append('<p class="ref">' + esc(reference.format(title=title, address=where)) + "</p>")
    return "".join(parts)


# set True on the window by a kiosk: a browser is a way out to files and the web
NO_BROWSER = "noWebBrowser"
WEB_SCHEMES = ("http", "https")  # all a browser is ever asked to open; never file:, javascript: or data:


def web_address(url: str) -> QUrl | None:
    """``url`` as an address a browser may open: http or https with a host, else None.

    The builder checks addresses too, but a database can come from elsewhere, so the
    check is made here, where the browser is started."""
    address = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if not address.isValid() or address.scheme().lower() not in WEB_SCHEMES or not address.host():
        return None
    return address


class SourceView(QFrame):
    """A side panel showing one source; ``closed`` when the user is done with it."""

    closed = Signal()
    message = Signal(str)

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.css = css
        self.setObjectName("sourcePanel")
        self.setAccessibleName(translate("sourceView", "Source panel"))
        self.doc: SourceDoc | None = None
        self._quotes: list[Citation] = []
        self._paragraph = 0

        self.heading = QLabel(translate("sourceView", "Source"))
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)  # a long heading wraps beside the button, never cut
        # what this source is, in view above the highlighted passage wherever the text scrolls
        self.details = QLabel()
        self.details.setObjectName("sourceDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.close_button = QPushButton(translate("sourceView", "Close"))
        self.close_button.setAccessibleName(translate("sourceView", "Close the source panel"))
        self.close_button.setToolTip(translate("sourceView", "Close the source panel (Esc)"))
        self.close_button.clicked.connect(self.closed.emit)
        self.text = SafeText(translate("sourceView", "Source text"))
        self.text.setObjectName("panelText")
        self.copy_button = QPushButton(translate("sourceView", "Copy web address"))
        self.copy_button.setAccessibleName(translate("sourceView", "Copy the web address of this source"))
        self.copy_button.clicked.connect(self.copy_address)
        self.open_button = QPushButton(translate("sourceView", "Open in web browser"))
        self.open_button.setAccessibleName(translate("sourceView", "Open this source in a web browser "
                                                                   "(needs internet)"))
        self.open_button.setToolTip(translate("sourceView", "Opens your web browser. Needs an internet "
                                                            "connection."))
        self.open_button.clicked.connect(self.open_in_browser)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    @property
    def quotes(self) -> list[Citation]:
        """The passages highlighted now."""
        return list(self._quotes)

    @property
    def paragraph(self) -> int:
        return self._paragraph

    @property
    def url(self) -> str:
        return self.doc.info.url if self.doc else ""

    def show_citations(self, citations: list[Citation]) -> None:
        """Open the source of these quotes, highlight each, and scroll to the first."""
        if citations:
            self.show_source(citations[0].source_id, quotes=citations)

    def show_source(self, source_id: str, quotes: list[Citation] | None = None,
                    paragraph_n: int = 0) -> None:
        self.doc = self.content.source(source_id)
        self._quotes = [q for q in quotes or [] if q.source_id == source_id]
        self._paragraph = paragraph_n
        notes = self.doc.info.is_editors_notes
        self.heading.setText(notes_title() if notes else translate("sourceView", "Source article"))
        info = self.doc.info
        self.details.setText(f"<b>{esc(info.title)}</b><br>{esc(source_line(info))}")
        said = translate("sourceView", "This source: {title}. {line}")
        self.details.setAccessibleName(said.format(title=info.title, line=source_line(info)))
        self.copy_button.setVisible(bool(self.url))  # "not recorded" is said in the text
        self.show_open_button()
        self._render()

    def browser_allowed(self) -> bool:
        return not self.window().property(NO_BROWSER)

    def show_open_button(self) -> None:
        """Only where a browser may be opened, and only for a web address."""
        self.open_button.setVisible(self.browser_allowed() and web_address(self.url) is not None)

    def set_css(self, css: str) -> None:
        self.css = css
        if self.doc is not None:
            self._render()

    def _render(self) -> None:
        assert self.doc is not None
        make = notes_html if self.doc.info.is_editors_notes else article_html
        self.text.set_page(make(self.doc, self._quotes, self._paragraph), self.css)
        if self._quotes or self._paragraph:
            self.text.scrollToAnchor("quote")
            cursor = self.text.document().find(self._first_quote_text())
            if not cursor.isNull():
                cursor.clearSelection()
                self.text.setTextCursor(cursor)
        else:
            self.text.verticalScrollBar().setValue(0)

    def _first_quote_text(self) -> str:
        if self._quotes:
            return self._quotes[0].quote
        para = next((p for p in self.doc.paragraphs if p.n == self._paragraph), None)
        return para.text[:60] if para else ""

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._quotes or self._paragraph:
            self.text.scrollToAnchor("quote")

    def copy_address(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self.message.emit(translate("sourceView", "The web address was copied."))

    def open_in_browser(self) -> None:
        """Only ever on the user's request, and only a web address; the app itself never
        goes online."""
        address = web_address(self.url)
        if self.browser_allowed() and address is not None:
            QDesktopServices.openUrl(address)
