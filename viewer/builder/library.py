"""The build's records: what each step reads, adds to and hands to the next.

The steps (``seeds`` → ``pages`` → ``citations`` and ``rules`` → ``readability`` →
``writer``) share these records and never call one another; ``pipeline`` calls
them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from viewer.builder.furniture import Dropped
from viewer.plain_records import field as record_field
from viewer.records import Reference, SourceInfo


@dataclass(frozen=True)
class Paragraph:
    n: int
    text: str
    kind: str  # "text", "heading" or "item"
    line: int  # where it starts in the seed file


class Source(SourceInfo, frozen=True):
    """A source's metadata (``SourceInfo``) with its text read into paragraphs."""

    path: Path
    body: str
    paragraphs: list[Paragraph] = record_field(default_factory=list)
    dropped: list[Dropped] = record_field(default_factory=list)
    references: list[Reference] = record_field(default_factory=list)

    def paragraph(self, n: int) -> Paragraph | None:
        return self.paragraphs[n - 1] if 1 <= n <= len(self.paragraphs) else None


#: A block's fields a translation keeps as they are: ids, and keys the app shows in words
#: of its own.
KEPT_FIELDS = ("id", "group", "in", "peer-reviewed", "official-only")


@dataclass
class Cite:
    source_id: str
    paragraph_n: int | None
    quote: str
    path: str
    line: int


@dataclass
class Block:
    """One unit of a tab: a key point, subheading, statement, result, unknown or question."""

    kind: str  # key, heading, text, howto, result, unknown, question, stage
    text: str
    path: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    cites: list[Cite] = field(default_factory=list)


@dataclass
class Section:
    tab: str
    title: str
    line: int
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Topic:
    slug: str
    title: str
    summary: str
    order: int
    reviewed: str
    stage: str
    stage_label: str
    path: str
    stage_block: Block
    sections: list[Section] = field(default_factory=list)
    current_to: str = ""  # YYYY-MM: how current the facts of the page are


@dataclass
class Term:
    term: str
    also: list[str]
    definition: str
    path: str
    line: int
    cites: list[Cite] = field(default_factory=list)
    english: str = ""  # in a translated glossary: the English term this entry translates


@dataclass
class Library:
    """Everything read from the files, before any check. ``translations`` and
    ``glossaries``: the translated pages and glossary entries, by language."""

    sources: list[Source]
    topics: list[Topic]
    glossary: list[Term]
    translations: dict[str, list[Topic]] = field(default_factory=dict)
    glossaries: dict[str, list[Term]] = field(default_factory=dict)


@dataclass(frozen=True)
class Located:
    """A citation found in its source: paragraph and character offsets."""

    cite: Cite
    paragraph_n: int
    start: int
    end: int


@dataclass(frozen=True)
class Grade:
    """The Flesch-Kincaid grade of one tab; of a translated tab, its language's own
    measure (``readability.FORMULAS``), 0 where the field has none."""

    topic: str
    tab: str
    grade: float
    path: str
    line: int
    language: str = "en"
