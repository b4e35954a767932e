"""Read-only queries on the content database, returning plain records."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path

from viewer.errors import DatabaseError
from viewer.records import SOURCE_FIELDS
from viewer.schema import SCHEMA_VERSION, TABLES
from viewer.sqlite_guard import time_limit
from viewer.store.content_file import database_error, open_read_only
from viewer.store.full_text import PAGE, Found, FullText
from viewer.store.languages import Languages
from viewer.store.models import (
    Citation,
    DroppedLine,
    EvidenceCard,
    Paragraph,
    Question,
    Reference,
    Section,
    SourceDoc,
    SourceInfo,
    Statement,
    Term,
    TopicInfo,
)
from viewer.store.source_index import SourceIndex
from viewer.store.sqlite_errors import WorldFault
from viewer.vocabulary import EVIDENCE_TAB, QUESTIONS_TAB

_SOURCE_COLUMNS = ", ".join(SOURCE_FIELDS)


class ContentStore:
    """The content database, read-only (search, review and languages read it in their modules).

    It answers in one language (``in_language``): each topic and glossary entry in the
    reader's language where it is translated, else in English (``store/languages.py``);
    every record says which (``TopicInfo.language``, ``Section.language``, ``Term.language``).
    """

    def __init__(self, path: Path, language: str = "") -> None:
        self.path = Path(path)
        self._db = open_read_only(self.path)
        try:
            self._check_opened()
        except BaseException:  # a file refused here is not left open
            self._db.close()
            raise
        self._languages = Languages(self.pages_language, self.pages_language)
        self._languages = self.in_language(language)._languages if language else self._languages

    @property
    def pages_language(self) -> str:  # the one every topic and glossary entry has (English)
        return self._meta.get("language", "en")

    @property
    def language(self) -> str:  # the one this store answers in, as the content names it
        return self._languages.reader

    def languages(self) -> list[str]:
        """The languages the content holds pages in, its own first."""
        return list(self._held)

    @cached_property
    def _held(self) -> tuple[str, ...]:  # read-only file: read once
        held = {r[0] for r in self._rows("SELECT DISTINCT language FROM topics")} - {self.pages_language}
        return (self.pages_language, *sorted(held))

    def in_language(self, language: str) -> ContentStore:
        """This content answering in ``language`` (or its base language, ``es`` for
        ``es-MX``), on the same connection; itself if that is the language it answers in."""
        languages = Languages.matching(language, set(self.languages()), self.pages_language)
        if languages == self._languages:
            return self
        other = object.__new__(type(self))  # a shallow copy, without loading the copy module
        other.__dict__.update(self.__dict__)
        for cached in ("_topics", "_glossary", "_term_index", "_full_text"):
            other.__dict__.pop(cached, None)  # answered in the other language
        other._languages = languages
        return other

    def _check_opened(self) -> None:
        path = self.path
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            have = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.Error as err:
            raise database_error(err, self.path, "not a readable database") from err
        if version != SCHEMA_VERSION:
            raise DatabaseError(f"{path}: schema version {version}, this app reads "
                                f"version {SCHEMA_VERSION}")
        missing = [t for t in TABLES if t not in have]
        if missing:
            raise DatabaseError(f"{path}: tables missing: {', '.join(missing)}")
        if not self.meta().get("content_hash"):
            raise DatabaseError(f"{path}: no content hash recorded in its meta table")

    def close(self) -> None:
        self._db.close()

    def time_limit(self, seconds: float):
        """Within this, any query running past ``seconds`` stops with DatabaseError."""
        return time_limit(self._db, seconds)

    def _rows(self, sql: str, *params: object) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as err:  # damage inside the file, met only now
            raise database_error(err, self.path, "the database is damaged") from err

    # -- meta, topics, sections ---------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self._meta)  # a copy: the caller may change it

    @cached_property
    def _meta(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM meta"))  # read-only file: read once

    def topics(self) -> list[TopicInfo]:
        return list(self._topics)

    @cached_property
    def _topics(self) -> tuple[TopicInfo, ...]:
        """Read once: the file is opened read-only and search asks on every keystroke."""
        shown, params = self._languages.topic_rows("t")
        rows = self._rows("SELECT slug, title, summary, reviewed, stage, stage_label, current_to, "
                          f"language FROM topics t WHERE {shown} ORDER BY position", *params)
        return tuple(TopicInfo(*row[:7], stage_citations=self._citations("topic", row[0]),
                               language=row[7]) for row in rows)

    def topic(self, slug: str) -> TopicInfo:
        for topic in self._topics:
            if topic.slug == slug:
                return topic
        raise KeyError(slug)

    def _shown_in(self, slug: str) -> str:
        """The language a topic is shown in (a topic the content lacks: the pages' own)."""
        return next((t.language for t in self._topics if t.slug == slug), self.pages_language)

    def tabs(self, slug: str) -> list[tuple[str, str]]:
        return self._rows("SELECT tab, title FROM sections WHERE topic_slug = ? AND language = ? "
                          "ORDER BY position", slug, self._shown_in(slug))

    def section(self, slug: str, tab: str) -> Section:
        language = self._shown_in(slug)
        row = self._rows("SELECT title, grade FROM sections WHERE topic_slug = ? AND tab = ? "
                         "AND language = ?", slug, tab, language)
        if not row:
            raise KeyError((slug, tab))
        blocks: list[tuple[int, Statement | EvidenceCard | Question]] = []
        for sid, position, kind, text in self._rows(
                "SELECT id, position, kind, text FROM statements WHERE topic_slug = ? "
                "AND tab = ? AND language = ?", slug, tab, language):
            blocks.append((position, Statement(sid, kind, text,
                                               self._citations("statement", sid))))
        if tab == EVIDENCE_TAB:
            blocks += [(pos, card) for pos, card in self._evidence(slug, language)]
        if tab == QUESTIONS_TAB:
            blocks += [(pos, q) for pos, q in self._questions("q.topic_slug = ?", slug)]
        blocks.sort(key=lambda item: item[0])
        return Section(slug, tab, row[0][0], row[0][1], [b for _, b in blocks], language)

    def _evidence(self, slug: str, language: str) -> list[tuple[int, EvidenceCard]]:
        rows = self._rows("SELECT position, id, found, in_whom, number, stage, reported_by, "
                          "reported_when, peer_reviewed, official_only, disagree "
                          "FROM evidence WHERE topic_slug = ? AND language = ?", slug, language)
        return [(r[0], EvidenceCard(*r[1:9], bool(r[9]), r[10],
                                    self._citations("evidence", r[1]))) for r in rows]

    def _questions(self, where: str, *params: object) -> list[tuple[int, Question]]:
        shown, languages = self._languages.topic_rows("t")
        rows = self._rows("SELECT q.position, q.id, q.topic_slug, q.grp, q.text, q.why "
                          "FROM questions q JOIN topics t ON t.slug = q.topic_slug "
                          f"AND t.language = q.language WHERE {shown} AND {where} "
                          "ORDER BY t.position, q.position", *languages, *params)
        return [(r[0], Question(*r[1:], citations=self._citations("question", r[1])))
                for r in rows]

    def questions(self, slug: str | None = None) -> list[Question]:
        if slug is None:
            return [q for _, q in self._questions("1")]
        return [q for _, q in self._questions("q.topic_slug = ?", slug)]

    def question(self, qid: str) -> Question:
        found = self._questions("q.id = ?", qid)
        if not found:
            raise KeyError(qid)
        return found[0][1]

    def _citations(self, owner_type: str, owner_id: str) -> list[Citation]:
        return [Citation(*r) for r in self._rows(
            "SELECT source_id, paragraph_n, quote, start, \"end\" FROM citations "
            "WHERE owner_type = ? AND owner_id = ? ORDER BY position", owner_type, owner_id)]

    # -- glossary -------------------------------------------------------------------------

    def glossary(self) -> list[Term]:
        return list(self._glossary)

    @cached_property
    def _glossary(self) -> tuple[Term, ...]:
        """Three queries whatever its length, SQLite reading the other forms' JSON: the first
        page's word links need it all. Each entry in the reader's language where translated."""
        bad = self._rows("SELECT term FROM glossary WHERE NOT json_valid(also) LIMIT 1")
        if bad:  # damage the file's own checks cannot see; json_each would call it our bug
            raise DatabaseError(f"{self.path}: the database is damaged (malformed JSON in the "
                                f"other forms of '{bad[0][0]}')", WorldFault.CORRUPT)
        shown, params = self._languages.glossary_rows("g")
        also: dict[str, list[str]] = {}
        for entry, form in self._rows("SELECT g.entry, j.value FROM glossary AS g, "
                                      f"json_each(g.also) AS j WHERE {shown} "
                                      "ORDER BY g.position, j.key", *params):
            also.setdefault(entry, []).append(form)
        cited: dict[str, list[Citation]] = {}
        for owner, *citation in self._rows(
                "SELECT owner_id, source_id, paragraph_n, quote, start, \"end\" FROM citations "
                "WHERE owner_type = 'glossary' ORDER BY owner_id, position"):
            cited.setdefault(owner, []).append(Citation(*citation))
        terms = [Term(term, definition, also.get(entry, []), cited.get(entry, []), entry, language)
                 for entry, term, definition, language in self._rows(
                     f"SELECT entry, term, definition, language FROM glossary AS g WHERE {shown} "
                     "ORDER BY position", *params)]
        if self._languages.translated:  # English is in order already; another language not
            terms.sort(key=lambda t: t.term.casefold())
        return tuple(terms)

    def term(self, name: str) -> Term | None:
        """The entry for a term or one of its other forms, ignoring case."""
        return self._term_index.get(name.strip().lower())

    @cached_property
    def _term_index(self) -> dict[str, Term]:
        return {name.lower(): term for term in self._glossary
                for name in [term.entry, term.term, *term.also]}

    # -- sources ----------------------------------------------------------------------------

    def sources(self) -> list[SourceInfo]:
        return list(self._sources)

    @cached_property
    def _sources(self) -> tuple[SourceInfo, ...]:
        return tuple(SourceInfo(*r) for r in self._rows(
            f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY position"))

    def source(self, source_id: str) -> SourceDoc:
        info = self._rows(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?", source_id)
        if not info:
            raise KeyError(source_id)
        return SourceDoc(
            SourceInfo(*info[0]),
            [Paragraph(*r) for r in self._rows("SELECT n, text, kind FROM paragraphs "
                                               "WHERE source_id = ? ORDER BY n", source_id)],
            [Reference(*r) for r in self._rows("SELECT paragraph_n, title, url FROM "
                                               "source_references WHERE source_id = ?",
                                               source_id)],
            [DroppedLine(*r) for r in self._rows("SELECT line, text, reason FROM dropped "
                                                 "WHERE source_id = ? ORDER BY line",
                                                 source_id)])

    def source_index(self) -> Mapping[str, SourceInfo]:
        """Sources by id, each read when first asked for: a page cites a few of thousands."""
        return SourceIndex(self._sources_with, lambda: [s.id for s in self.sources()],
                           lambda: self._rows("SELECT count(*) FROM sources")[0][0])

    def _sources_with(self, ids: list[str]) -> list[SourceInfo]:
        marks = ", ".join("?" * len(ids))
        return [SourceInfo(*r) for r in self._rows(
            f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id IN ({marks}) ORDER BY position", *ids)]

    # -- search (viewer/store/full_text.py) ------------------------------------------------

    @cached_property
    def _full_text(self) -> FullText:
        return FullText(self._db, lambda: self._topics, self._languages)

    def find(self, query: str, per_kind: int = PAGE) -> Found:
        """The first page of hits of each kind, best first, and which kinds have more."""
        return self._searching(lambda full_text: full_text.find(query, per_kind))

    def more(self, query: str, kind: str, offset: int, count: int = PAGE) -> Found:
        """The next page of one kind's hits."""
        return self._searching(lambda full_text: full_text.more(query, kind, offset, count))

    def _searching(self, ask: Callable[[FullText], Found]) -> Found:
        try:
            return ask(self._full_text)
        except sqlite3.Error as err:  # damage inside the file, met only now
            raise database_error(err, self.path, "the database is damaged") from err

    def reader(self) -> ContentStore:
        """Another store on the same file, for another thread (a connection serves one)."""
        return ContentStore(self.path, self.language)
