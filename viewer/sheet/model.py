"""What goes on a question sheet, gathered from the content and user stores. Of Qt, only
the translation of the sheet's own words.

The window's sheet and the command line's sheet are both made here, so they match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from viewer.dates import source_date
from viewer.errors import ViewerError
from viewer.store.content import ContentStore
from viewer.store.models import Header, Question, SourceInfo, months_since
from viewer.vocabulary import OLD_FACTS_MONTHS

if TYPE_CHECKING:
    from viewer.store.user import UserStore  # the window's sheet; the command has none

TITLE = QT_TRANSLATE_NOOP("sheet", "Questions for my appointment")
CARE_TEAM_LINE = QT_TRANSLATE_NOOP("sheet", "This sheet is for discussion with your care team. "
                                            "It is not medical advice.")


def sheet_title() -> str:
    """The sheet's title in the reader's language (also the printed document's name)."""
    return QCoreApplication.translate("sheet", TITLE)


class SheetError(ViewerError):
    """A sheet was asked for with something that does not exist or cannot be read."""


@dataclass(frozen=True)
class SheetQuestion:
    text: str
    own: bool = False
    topic_title: str = ""
    source_numbers: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SheetSource:
    number: int
    title: str
    outlet: str
    date_text: str
    url: str
    references: tuple[str, ...] = ()  # for our background notes: the references of what is cited


@dataclass(frozen=True)
class Letterhead:
    """What a clinic prints on every page (its name, phone, front-desk line) and its paper."""

    lines: tuple[str, ...] = ()
    paper: str = "A4"  # or "Letter"
    phone: str = ""  # the clinic's phone: the sheet's "Who to call" gives it first


SCREEN_POINTS = 14  # the screen's normal text size: the sheet prints at 1x there
MOST_SCALE = 2.0  # the largest screen text (30 pt) prints at twice the normal sheet


def print_scale(screen_points: float) -> float:
    """How much larger the sheet prints for a reader who reads the screen at
    ``screen_points``: never smaller than normal, at most ``MOST_SCALE``."""
    return max(1.0, min(MOST_SCALE, screen_points / SCREEN_POINTS))


@dataclass(frozen=True)
class Sheet:
    topics: list[str]
    questions: list[SheetQuestion]
    made_on: date
    header: Header = field(default_factory=Header)
    notes: str = ""
    sources: list[SheetSource] = field(default_factory=list)
    large_print: bool = False
    title: str = ""  # the standard title, ``sheet_title()``
    print_scale: float = 1.0  # every size on the sheet times this: the screen's text size
    letterhead: Letterhead = field(default_factory=Letterhead)
    #: (topic title, facts-current-to month) of each topic on the sheet, and the content's
    #: newest review day: the sheet says how old the facts are when they are old.
    facts: tuple[tuple[str, str], ...] = ()
    reviewed: str = ""
    #: the reader's language, and (topic title, language shown) of each topic on the sheet
    #: not yet translated into it: its questions are in English, and the sheet says so.
    language: str = ""
    untranslated: tuple[tuple[str, str], ...] = ()

    def old_facts(self) -> list[tuple[str, str, int]]:
        """(title, month, age in months) of each topic whose facts are more than a year
        older than the day the sheet was made; none when that day is before ``reviewed``."""
        out = []
        for title, month in self.facts:
            age = months_since(month, self.made_on, self.reviewed)
            if age is not None and age > OLD_FACTS_MONTHS:
                out.append((title, month, age))
        return out


def _sheet(content: ContentStore, items: list[Question | SheetQuestion], topic_slugs: list[str],
           header: Header, notes: str, large_print: bool, made_on: date | None,
           letterhead: Letterhead) -> Sheet:
    topics = {t.slug: t for t in content.topics()}
    titles = {slug: t.title for slug, t in topics.items()}
    infos = content.source_index()  # only the sources the sheet cites are read
    numbers: dict[str, int] = {}
    cited: dict[str, set[int]] = {}  # source -> paragraphs the sheet's questions cite
    questions: list[SheetQuestion] = []
    for item in items:
        if isinstance(item, SheetQuestion):
            questions.append(item)
            continue
        used: list[int] = []
        for citation in item.citations:
            n = numbers.setdefault(citation.source_id, len(numbers) + 1)
            cited.setdefault(citation.source_id, set()).add(citation.paragraph_n)
            if n not in used:
                used.append(n)
        questions.append(SheetQuestion(item.text, False, titles[item.topic_slug], used))
    sources = [SheetSource(n, infos[sid].title, infos[sid].outlet, source_date(infos[sid]),
                           infos[sid].url, _references(content, infos[sid], cited[sid]))
               for sid, n in numbers.items()]
    return Sheet(topics=[titles[s] for s in topic_slugs], questions=questions,
                 made_on=made_on or date.today(), header=header, notes=notes, sources=sources,
                 large_print=large_print, letterhead=letterhead,
                 facts=tuple((titles[s], topics[s].current_to) for s in topic_slugs),
                 language=content.language,
                 untranslated=tuple((titles[s], topics[s].language) for s in topic_slugs
                                    if topics[s].language != content.language),
                 reviewed=content.meta().get("last_reviewed", ""))


def _references(content: ContentStore, info: SourceInfo, paragraphs: set[int]) -> tuple[str, ...]:
    """Our background notes are not an article: the sheet prints the public reference behind
    each note it cites, so a reader can check it without the app."""
    if not info.is_editors_notes:
        return ()
    refs = [f"{r.title} \u2013 {r.url}" for r in content.source(info.id).references
            if r.paragraph_n in paragraphs]
    return tuple(dict.fromkeys(refs))


@dataclass(frozen=True)
class Chosen:
    """One entry of the patient's sheet: their own question or one from the library."""

    kind: str  # "question" (from the library) or "own", as the user store keeps it (Entry.kind)
    ref: str
    text: str
    own: bool
    topic_slug: str
    question: Question | None  # the library question, for its citations


def chosen(content: ContentStore, user: UserStore) -> list[Chosen]:
    """The patient's sheet in their order; library questions the content no longer has are
    left out. The My sheet list and the printed sheet both read this."""
    items: list[Chosen] = []
    for entry in user.entries():
        if entry.is_own:
            own = user.own_question(int(entry.ref))
            items.append(Chosen(entry.kind, entry.ref, own.text, True, own.topic_slug, None))
            continue
        try:
            question = content.question(entry.ref)
        except KeyError:
            continue  # a question the library no longer has
        items.append(Chosen(entry.kind, entry.ref, question.text, False, question.topic_slug,
                            question))
    return items


def sheet_from_user(content: ContentStore, user: UserStore, made_on: date | None = None,
                    letterhead: Letterhead | None = None) -> Sheet:
    """The sheet the patient made in the window: their order, own questions and notes."""
    items: list[Question | SheetQuestion] = []
    slugs: list[str] = []
    known = {t.slug for t in content.topics()}
    for item in chosen(content, user):
        items.append(SheetQuestion(item.text, own=True) if item.question is None else item.question)
        if item.topic_slug in known and item.topic_slug not in slugs:
            slugs.append(item.topic_slug)
    return _sheet(content, items, slugs, user.header(), user.notes(),
                  user.option("large_print") == "1", made_on, letterhead or Letterhead())


def sheet_for_topics(content: ContentStore, topic_slugs: list[str],
                     question_ids: list[str] | None = None, header: Header | None = None,
                     large_print: bool = False, made_on: date | None = None,
                     letterhead: Letterhead | None = None) -> Sheet:
    """A sheet for the command line: the given questions, or every question of the topics."""
    known = {t.slug for t in content.topics()}
    for slug in topic_slugs:
        if slug not in known:
            raise SheetError(f"no topic {slug!r}; the topics are: {', '.join(sorted(known))}")
    slugs = list(dict.fromkeys(topic_slugs))
    if question_ids is None:
        items: list[Question | SheetQuestion] = [q for s in slugs for q in content.questions(s)]
    else:
        items = []
        for qid in question_ids:
            try:
                question = content.question(qid)
            except KeyError:
                raise SheetError(f"no question {qid!r} in the library") from None
            if question.topic_slug not in slugs:
                raise SheetError(f"question {qid!r} belongs to topic {question.topic_slug!r}, "
                                 "which is not one of the --topic options")
            items.append(question)
    return _sheet(content, items, slugs, header or Header(), "", large_print, made_on,
                  letterhead or Letterhead())
