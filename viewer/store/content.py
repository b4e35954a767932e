"""Read-only queries on the content database, returning plain records."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path

from viewer.errors import DatabaseError
from viewer.records import SOURCE_FIELDS
from viewer.schema import SCHEMA_VERSION, TABLES
from viewer.sqlite_guard import connect_read_only, time_limit
from viewer.store.full_text import PAGE, Found, FullText
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
from viewer.store.sqlite_errors import WorldFault, world_fault
from viewer.vocabulary import EVIDENCE_TAB, QUESTIONS_TAB

_SOURCE_COLUMNS = ", ".join(SOURCE_FIELDS)
_MAGIC = b"SQLite format 3\x00"


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file read-only, or raise DatabaseError saying what is wrong.

    The checks here read the file's first 100 bytes, whatever its size: the whole
    file is checked (``PRAGMA integrity_check``) when it is built or installed, not
    at every start. A file cut short or not a database fails here; damage inside is
    met by a query later, which raises DatabaseError too.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: the database file is missing")
    try:
        _check_header(path)
        return connect_read_only(path)  # SQLite's settings for a file someone else made
    except OSError as err:
        raise DatabaseError(f"{path}: not a readable database ({err})") from err
    except sqlite3.Error as err:
        raise _sorted(err, path, "not a readable database") from err


def _sorted(err: sqlite3.Error, path: Path, what: str) -> DatabaseError:
    """The world's fault as a DatabaseError naming it; our own SQL's fault raises as it is."""
    fault = world_fault(err)
    if fault is None:
        raise err
    if not fault.damaged:
        what = "the disk did not let the app read it"
    return DatabaseError(f"{path}: {what} ({err})", fault)


def _check_header(path: Path) -> None:
    """The SQLite header: its magic, a sane page size, and the file as long as it says."""
    with open(path, "rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DatabaseError(f"{path}: not a readable database (no SQLite header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError(f"{path}: not a readable database (page size {page_size} "
                            "in the header)")
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    if size % page_size or (counter_valid and pages and size != pages * page_size):
        raise DatabaseError(f"{path}: not a readable database (the file is {size} bytes, "
                            f"its header promises {pages} pages of {page_size}: it was cut short)")


class ContentStore:
    """The content database, opened read-only; the only reader of its SQL."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = open_read_only(self.path)
        try:
            self._check_opened()
        except BaseException:  # a file refused here is not left open
            self._db.close()
            raise

    def _check_opened(self) -> None:
        path = self.path
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            have = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.Error as err:
            raise _sorted(err, self.path, "not a readable database") from err
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
            raise _sorted(err, self.path, "the database is damaged") from err

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
        rows = self._rows("SELECT slug, title, summary, reviewed, stage, stage_label, current_to "
                          "FROM topics ORDER BY position")
        return tuple(TopicInfo(*row, stage_citations=self._citations("topic", row[0]))
                     for row in rows)

    def topic(self, slug: str) -> TopicInfo:
        for topic in self._topics:
            if topic.slug == slug:
                return topic
        raise KeyError(slug)

    def tabs(self, slug: str) -> list[tuple[str, str]]:
        return self._rows("SELECT tab, title FROM sections WHERE topic_slug = ? "
                          "ORDER BY position", slug)

    def section(self, slug: str, tab: str) -> Section:
        row = self._rows("SELECT title, grade FROM sections WHERE topic_slug = ? AND tab = ?",
                         slug, tab)
        if not row:
            raise KeyError((slug, tab))
        blocks: list[tuple[int, Statement | EvidenceCard | Question]] = []
        for sid, position, kind, text in self._rows(
                "SELECT id, position, kind, text FROM statements WHERE topic_slug = ? "
                "AND tab = ?", slug, tab):
            blocks.append((position, Statement(sid, kind, text,
                                               self._citations("statement", sid))))
        if tab == EVIDENCE_TAB:
            blocks += [(pos, card) for pos, card in self._evidence(slug)]
        if tab == QUESTIONS_TAB:
            blocks += [(pos, q) for pos, q in self._questions("topic_slug = ?", slug)]
        blocks.sort(key=lambda item: item[0])
        return Section(slug, tab, row[0][0], row[0][1], [b for _, b in blocks])

    def _evidence(self, slug: str) -> list[tuple[int, EvidenceCard]]:
        rows = self._rows("SELECT position, id, found, in_whom, number, stage, reported_by, "
                          "reported_when, peer_reviewed, official_only, disagree "
                          "FROM evidence WHERE topic_slug = ?", slug)
        return [(r[0], EvidenceCard(*r[1:9], bool(r[9]), r[10],
                                    self._citations("evidence", r[1]))) for r in rows]

    def _questions(self, where: str, *params: object) -> list[tuple[int, Question]]:
        rows = self._rows("SELECT q.position, q.id, q.topic_slug, q.grp, q.text, q.why "
                          "FROM questions q JOIN topics t ON t.slug = q.topic_slug "
                          f"WHERE {where} ORDER BY t.position, q.position", *params)
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
        """Three queries whatever its length; SQLite reads the other forms' JSON. The first
        page needs the glossary for its word links: a query per term, and the json module,
        cost it start-up time."""
        bad = self._rows("SELECT term FROM glossary WHERE NOT json_valid(also) LIMIT 1")
        if bad:  # damage the file's own checks cannot see; json_each would call it our bug
            raise DatabaseError(f"{self.path}: the database is damaged (malformed JSON in the "
                                f"other forms of '{bad[0][0]}')", WorldFault.CORRUPT)
        also: dict[str, list[str]] = {}
        for term, form in self._rows("SELECT g.term, j.value FROM glossary AS g, json_each(g.also)"
                                     " AS j ORDER BY g.position, j.key"):
            also.setdefault(term, []).append(form)
        cited: dict[str, list[Citation]] = {}
        for owner, *citation in self._rows(
                "SELECT owner_id, source_id, paragraph_n, quote, start, \"end\" FROM citations "
                "WHERE owner_type = 'glossary' ORDER BY owner_id, position"):
            cited.setdefault(owner, []).append(Citation(*citation))
        return tuple(Term(term, definition, also.get(term, []), cited.get(term, []))
                     for term, definition in self._rows(
                         "SELECT term, definition FROM glossary ORDER BY position"))

    def term(self, name: str) -> Term | None:
        """The entry for a term or one of its other forms, ignoring case."""
        return self._term_index.get(name.strip().lower())

    @cached_property
    def _term_index(self) -> dict[str, Term]:
        return {name.lower(): term for term in self._glossary for name in [term.term, *term.also]}

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
        return SourceIndex(self)

    def _sources_with(self, ids: list[str]) -> list[SourceInfo]:
        marks = ", ".join("?" * len(ids))
        return [SourceInfo(*r) for r in self._rows(
            f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id IN ({marks}) ORDER BY position", *ids)]

    # -- search (viewer/store/full_text.py) ------------------------------------------------

    @cached_property
    def _full_text(self) -> FullText:
        return FullText(self._db, lambda: self._topics)

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
            raise _sorted(err, self.path, "the database is damaged") from err

    def reader(self) -> ContentStore:
        """Another store on the same file, for another thread (a connection serves one)."""
        return ContentStore(self.path)
