"""Page text as HTML for the app's own text browsers; everything from the data is escaped.

Links use the app's own schemes, handled by the window: ``cite:N`` (the N-th group
of citations on the page), ``term:NAME``, ``source:ID``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from viewer.marks import split_marks
from viewer.store.models import Citation, SourceInfo, Term
from viewer.ui.text.labels import SOURCE_KIND_LABELS
from viewer.vocabulary import MARK_END, MARK_START

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def esc(text: str) -> str:
    """As ``html.escape(text, quote=True)``, whose module (and its table of every named
    entity) the first screen would import for this alone."""
    return text.translate(_ESCAPES)


def human_date(text: str) -> str:
    """ISO dates in a text as a reader says them: 2025-01-02 -> 2 January 2025."""
    def say(m: re.Match[str]) -> str:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        return f"{day} {MONTHS[month - 1]} {year}" if 1 <= month <= 12 else m[0]
    return _ISO.sub(say, text)


def month_year(text: str) -> str:
    """``2025-12`` as "December 2025"; anything else as it is."""
    year, _, month = text.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS[int(month) - 1]} {year}"
    return text


def marked(snippet: str) -> str:
    """A search snippet with its MARK_START..MARK_END matches as highlighted spans, escaped."""
    out = esc(snippet)
    return out.replace(MARK_START, '<span class="mark">').replace(MARK_END, "</span>")


def term_href(term: str) -> str:
    return "term:" + quote(term, safe="")


def term_from_href(href: str) -> str:
    return unquote(href.removeprefix("term:"))


@dataclass
class PageLinks:
    """Numbers the sources of one page in order of first use; remembers what each link cites."""

    sources: Mapping[str, SourceInfo]  # a page cites a few; the store reads them on demand
    glossary: Callable[[str], Term | None]  # a term by any name it goes by
    groups: list[list[Citation]] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    tips: dict[str, str] = field(default_factory=dict)  # href -> what hovering shows

    def number(self, source_id: str) -> int:
        return self.numbers.setdefault(source_id, len(self.numbers) + 1)

    def cite(self, citations: list[Citation]) -> str:
        """Small numbered links, one per source; each opens that source at its quotes."""
        by_source: dict[str, list[Citation]] = {}
        for citation in citations:
            by_source.setdefault(citation.source_id, []).append(citation)
        links = []
        for source_id, group in by_source.items():
            n = self.number(source_id)
            self.groups.append(group)
            title = self.sources[source_id].title if source_id in self.sources else source_id
            self.tips[f"cite:{len(self.groups) - 1}"] = f"Source {n}: {title}"
            links.append(f'<a class="cite" href="cite:{len(self.groups) - 1}" '
                         f'title="Source {n}: {esc(title)}">[{n}]</a>')
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
                self.tips[term_href(entry.term)] = f"{entry.term}: {entry.definition}"
                out.append(f'<a class="term" href="{term_href(entry.term)}" '
                           f'title="{esc(entry.definition)}">{esc(shown)}</a>')
        return "".join(out)

    def statement(self, text: str, citations: list[Citation]) -> str:
        return self.text(text) + self.cite(citations)

    def group(self, href: str) -> list[Citation]:
        return self.groups[int(href.removeprefix("cite:"))]


def source_line(info: SourceInfo) -> str:
    """Kind, outlet and date of a source in one plain line, honest about gaps."""
    if info.is_editors_notes:
        return f"Written by the editors of this app from public references, {human_date(info.date_text)}"
    outlet = info.outlet or "outlet not named"
    return f"{SOURCE_KIND_LABELS[info.kind]}, {outlet}, {human_date(info.date_text)}"


NOT_RECORDED = "not recorded"


def source_details_html(info: SourceInfo) -> str:
    """Kind, outlet, author, date and web address, one a line: the Sources page and the
    source panel show the same details."""
    rows = [("Kind", SOURCE_KIND_LABELS[info.kind]), ("Outlet", info.outlet or "not named in the text"),
            ("Author", info.author or "not named in the text"),
            ("Date", human_date(info.date_text)), ("Web address", info.url or NOT_RECORDED)]
    return "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in rows)
