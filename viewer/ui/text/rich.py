"""Page text as HTML for the app's own text browsers; everything from the data is escaped.

Links use the app's own schemes, handled by the window: ``cite:N`` (the N-th group
of citations on the page), ``term:NAME``, ``source:ID``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication

from viewer.dates import human_date, month_year, source_date
from viewer.errors import CONTROL_CHARACTERS, escape, printable
from viewer.marks import split_marks
from viewer.plain_records import Record, field
from viewer.store.models import Citation, SourceInfo, Term
from viewer.translation import fallback_name
from viewer.ui.text.labels import SOURCE_KIND_LABELS, label
from viewer.vocabulary import MARK_END, MARK_START

translate = QCoreApplication.translate
__all__ = ["human_date", "month_year"]  # the pages' dates, written in viewer/dates.py


# Markup characters as entities; control characters of the data written as their escapes
# (``\\x1b``), as the command line shows them, never drawn as boxes or as nothing. A line
# break, a tab and the search snippet's match marks are kept.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                          **{c: escape(c)
                             for c in CONTROL_CHARACTERS if c not in ("\n\t" + MARK_START + MARK_END)}})


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as the characters it is: Qt guesses rich text for a
    tooltip with anything like a tag in it, so it is given as escaped rich text."""
    if not text:
        return ""
    return "<qt>" + esc(text).replace("\n", "<br>") + "</qt>"


def esc(text: str) -> str:
    """As ``html.escape(text, quote=True)``, whose module (and its table of every named
    entity) the first screen would import for this alone, with control characters escaped."""
    return text.translate(_ESCAPES)


def shown_plain(text: str) -> str:
    """Text from the data for a plain-text label or row: its control characters escaped."""
    return printable(text, keep_newlines=True)


def marked(snippet: str) -> str:
    """A search snippet with its MARK_START..MARK_END matches as highlighted spans, escaped."""
    out = esc(snippet)
    return out.replace(MARK_START, '<span class="mark">').replace(MARK_END, "</span>")


def term_href(term: str) -> str:
    return "term:" + quote(term, safe="")


def term_from_href(href: str) -> str:
    return unquote(href.removeprefix("term:"))


class PageLinks(Record):
    """Numbers the sources of one page in order of first use; remembers what each link cites."""

    sources: Mapping[str, SourceInfo]  # a page cites a few; the store reads them on demand
    glossary: Callable[[str], Term | None]  # a term by any name it goes by
    groups: list[list[Citation]] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    tips: dict[str, str] = field(default_factory=dict)  # href -> what hovering shows
    reader: str = ""  # the reader's language: a glossary entry in another says so

    def number(self, source_id: str) -> int:
        return self.numbers.setdefault(source_id, len(self.numbers) + 1)

    def cite(self, citations: list[Citation]) -> str:
        """Small numbered links, one per source, in number order; each opens that source at
        its quotes."""
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source_id, []).append(citation)
        links = []
        numbered = [(self.number(source_id), source_id, group) for source_id, group in by_source.items()]
        for n, source_id, group in sorted(numbered, key=lambda each: each[0]):  # [1] [3], not [3] [1]
            self.groups.append(group)
            title = self.sources[source_id].title if source_id in self.sources else source_id
            tip = translate("rich", "Source {number}: {title}").format(number=n, title=title)
            self.tips[f"cite:{len(self.groups) - 1}"] = tip
            links.append(f'<a class="cite" href="cite:{len(self.groups) - 1}" '
                         f'title="{esc(tip)}">[{n}]</a>')
        return "&nbsp;" + "&nbsp;".join(links) if links else ""

    def text(self, text: str) -> str:
        """Page text with its glossary words as links to their definitions."""
        out = []
        for run in split_marks(text):
            shown, term = run.shown, run.term
            entry = self.glossary(term) if term else None
            if run.topic:
                out.append(f'<a class="topic" href="topic:{esc(run.topic)}">{esc(shown)}</a>')
            elif entry is None:
                out.append(esc(shown))
            else:
                meaning = entry.definition
                if self.reader and entry.language != self.reader:  # not yet translated
                    meaning = translate("rich", "{meaning} (in {language})").format(
                        meaning=meaning, language=fallback_name(entry.language))
                self.tips[term_href(entry.term)] = translate("rich", "{term}: {meaning}").format(
                    term=entry.term, meaning=meaning)
                out.append(f'<a class="term" href="{term_href(entry.term)}" '
                           f'title="{esc(entry.definition)}">{esc(shown)}</a>')
        return "".join(out)

    def statement(self, text: str, citations: list[Citation]) -> str:
        return self.text(text) + self.cite(citations)

    def group(self, href: str) -> list[Citation]:
        return self.groups[int(href.removeprefix("cite:"))]


def source_line(info: SourceInfo) -> str:
    """Kind, outlet and date of a source in one plain line, honest about gaps."""
    when = source_date(info)
    if info.is_editors_notes:
        return translate("rich", "Written by the editors of this app from public references, {date}").format(
            date=when)
    outlet = info.outlet or translate("rich", "outlet not named")
    return translate("rich", "{kind}, {outlet}, {date}").format(
        kind=_kind(info.kind), outlet=outlet, date=when)


def _kind(kind: str) -> str:
    return label(SOURCE_KIND_LABELS, kind) if kind in SOURCE_KIND_LABELS else kind


def not_recorded() -> str:
    return translate("rich", "not recorded")


def source_details_html(info: SourceInfo) -> str:
    """Kind, outlet, author, date and web address, one a line: the Sources page and the
    source panel show the same details."""
    unnamed = translate("rich", "not named in the text")
    rows = [(translate("rich", "Kind"), _kind(info.kind)),
            (translate("rich", "Outlet"), info.outlet or unnamed),
            (translate("rich", "Author"), info.author or unnamed),
            (translate("rich", "Date"), source_date(info)),
            (translate("rich", "Web address"), info.url or not_recorded())]
    return "<br>".join(translate("rich", "<b>{label}:</b> {value}").format(label=esc(k), value=esc(v))
                       for k, v in rows)
