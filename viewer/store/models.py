"""Plain records the store hands to the ui. No Qt, no SQL."""

from __future__ import annotations

from datetime import date

from viewer.plain_records import Record, field
from viewer.records import Reference, SourceInfo
from viewer.vocabulary import KEY

__all__ = ["Reference", "SourceInfo"]  # shared with the builder; the store hands them on


class Paragraph(Record, frozen=True):
    n: int
    text: str
    kind: str  # text, heading, item


class DroppedLine(Record, frozen=True):
    line: int
    text: str
    reason: str


class SourceDoc(Record, frozen=True):
    info: SourceInfo
    paragraphs: list[Paragraph]
    references: list[Reference]
    dropped: list[DroppedLine]


class Citation(Record, frozen=True):
    """A source passage: ``quote`` stands at [start, end) of paragraph ``paragraph_n``."""

    source_id: str
    paragraph_n: int
    quote: str
    start: int
    end: int


class Statement(Record, frozen=True):
    id: str
    kind: str  # key, heading, text, howto (an app instruction, never cited), unknown
    text: str  # may hold glossary marks: {shown|term}; see viewer.marks.split_marks
    citations: list[Citation] = field(default_factory=list)


class EvidenceCard(Record, frozen=True):
    id: str
    found: str
    in_whom: str  # cells, animals, people
    number: str
    stage: str
    reported_by: str
    reported_when: str
    peer_reviewed: str  # yes, no, not stated
    official_only: bool
    disagree: str
    citations: list[Citation] = field(default_factory=list)


class Question(Record, frozen=True):
    id: str
    topic_slug: str
    group: str
    text: str
    why: str
    citations: list[Citation] = field(default_factory=list)


class Term(Record, frozen=True):
    term: str  # as its language writes it
    definition: str
    also: list[str]
    citations: list[Citation] = field(default_factory=list)
    entry: str = ""  # the English term: what glossary marks name, in every language
    language: str = "en"  # of this entry: the reader's, or English where not translated


class TopicInfo(Record, frozen=True):
    slug: str
    title: str
    summary: str
    reviewed: str
    stage: str
    stage_label: str
    current_to: str = ""  # YYYY-MM: how current the page's facts are; empty if not given
    stage_citations: list[Citation] = field(default_factory=list)
    language: str = "en"  # of this page: the reader's, or English where not translated

    def facts_age_months(self, today: date, floor: str = "") -> int | None:
        """Whole months from the page's facts-current-to month to ``today``'s month.

        None when the page gives no month, or when ``today`` is before ``floor`` (a
        YYYY-MM-DD day the content cannot predate, such as its newest review): a clock
        that is obviously wrong gets no age rather than a false one.
        """
        return months_since(self.current_to, today, floor)


def months_since(month: str, today: date, floor: str = "") -> int | None:
    """Whole months from ``month`` (YYYY-MM) to ``today``; None if unknown or the clock is wrong."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return None
    if floor and today.isoformat() < floor:
        return None
    return (today.year - year) * 12 + today.month - number


class Section(Record, frozen=True):
    """One tab of a topic: its blocks in order (statements and evidence cards)."""

    topic_slug: str
    tab: str
    title: str
    grade: float
    blocks: list[Statement | EvidenceCard | Question]
    language: str = "en"  # its topic's (TopicInfo.language)

    @property
    def key_points(self) -> list[Statement]:
        return [b for b in self.blocks if isinstance(b, Statement) and b.kind == KEY]


class SearchHit(Record, frozen=True):
    kind: str  # topic, section, question, glossary, paragraph
    title: str  # what the result is, e.g. "Enteromix - How it works"
    snippet: str  # plain text; the matched words stand between MARK_START and MARK_END
    topic_slug: str = ""
    tab: str = ""
    source_id: str = ""
    paragraph_n: int = 0
    question_id: str = ""
    term: str = ""


class ContentOrigin(Record, frozen=True):
    """Which content the app is showing, for ``content-info`` and the Sources page."""

    kind: str  # "shipped" (came with the app), "pack" (an installed update), "file" (--database)
    database: str
    pack_file: str  # the installed pack's head file; "" unless kind is "pack"
    sequence: int
    content_hash: str
    reviewed: str
    facts_current_to: str
    key_id: str  # the signer's key id; "" unless kind is "pack"


class Header(Record, frozen=True):
    """The top of a question sheet: who, when, with whom (the user store keeps it)."""

    name: str = ""
    appointment: str = ""
    doctor: str = ""

    def is_blank(self) -> bool:
        return not (self.name or self.appointment or self.doctor)
