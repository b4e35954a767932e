"""Everything a medical reviewer signs off, read from one content database for comparing.

The review sheet (``patient-viewer review``) reads two of these, the old version
and the new, and shows what changed. Read-only, like every content read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from viewer.errors import DatabaseError
from viewer.marks import plain
from viewer.store.content import open_read_only
from viewer.store.sqlite_errors import world_fault
from viewer.vocabulary import EVIDENCE_TAB, QUESTIONS_TAB, TABS


@dataclass(frozen=True)
class Passage:
    """A cited quote, in its source paragraph: ``quote`` is ``paragraph[start:end]``."""

    source_id: str
    source_title: str
    paragraph_n: int
    paragraph: str
    start: int
    end: int


@dataclass(frozen=True)
class Item:
    """A statement, evidence card or question, as a reader sees it."""

    kind: str  # statement, evidence, question
    topic: str
    tab: str
    text: str
    passages: tuple[Passage, ...] = ()

    @property
    def signature(self) -> tuple:
        return (self.text, tuple((p.source_id, p.paragraph_n, p.start, p.end, p.paragraph)
                                 for p in self.passages))


@dataclass
class Snapshot:
    path: Path
    meta: dict[str, str]
    topics: dict[str, str]  # slug -> title, in order
    sources: dict[str, str]  # id -> title
    grades: dict[tuple[str, str], float]  # (slug, tab) -> reading grade
    items: list[Item] = field(default_factory=list)  # in reading order
    tab_titles: dict[tuple[str, str], str] = field(default_factory=dict)  # (slug, tab) -> its title


def read_snapshot(path: Path) -> Snapshot:
    conn = open_read_only(path)
    try:
        return _read(conn, Path(path))
    except sqlite3.Error as err:
        if world_fault(err) is None:
            raise  # our SQL, not the file: a bug
        raise DatabaseError(f"{path}: not a content database this app can compare ({err})",
                            world_fault(err)) from err
    finally:
        conn.close()


_READS = ("meta", "topics", "sections", "sources", "paragraphs", "citations", "statements",
          "evidence", "questions")


def _read(conn: sqlite3.Connection, path: Path) -> Snapshot:
    rows = conn.execute
    missing = set(_READS) - {r[0] for r in rows("SELECT name FROM sqlite_master")}
    if missing:  # a file of another kind: the world's doing, unlike a misspelt column below
        raise DatabaseError(f"{path}: not a content database this app can compare "
                            f"(no table {', '.join(sorted(missing))})")
    sources = dict(rows("SELECT id, title FROM sources ORDER BY position"))
    paragraphs = {(s, n): t for s, n, t in rows("SELECT source_id, n, text FROM paragraphs")}
    cited: dict[tuple[str, str], list[Passage]] = {}
    for owner_type, owner_id, source_id, n, start, end in rows(
            "SELECT owner_type, owner_id, source_id, paragraph_n, start, end FROM citations "
            "ORDER BY owner_type, owner_id, position"):
        cited.setdefault((owner_type, owner_id), []).append(Passage(
            source_id, sources.get(source_id, source_id), n, paragraphs.get((source_id, n), ""),
            start, end))

    def item(kind: str, owner: str, slug: str, tab: str, text: str) -> Item:
        return Item(kind, slug, tab, text, tuple(cited.get((kind, owner), ())))

    english = _english_only(conn)
    placed: list[tuple[str, str, int, Item]] = []
    for sid, slug, tab, pos, text in rows("SELECT id, topic_slug, tab, position, text "
                                          f"FROM statements {english('statements')}"):
        placed.append((slug, tab, pos, item("statement", sid, slug, tab, plain(text))))
    for eid, slug, pos, found, in_whom, number, stage, by, when, peer, disagree in rows(
            "SELECT id, topic_slug, position, found, in_whom, number, stage, reported_by, "
            f"reported_when, peer_reviewed, disagree FROM evidence {english('evidence')}"):
        text = (f"{plain(found)} [in: {in_whom}; number: {number}; stage: {stage}; reported by "
                f"{by}, {when}; peer reviewed: {peer}]" + (f" Sources differ: {disagree}"
                                                           if disagree else ""))
        placed.append((slug, EVIDENCE_TAB, pos, item("evidence", eid, slug, EVIDENCE_TAB, text)))
    for qid, slug, pos, group, text, why in rows("SELECT id, topic_slug, position, grp, text, why "
                                                 f"FROM questions {english('questions')}"):
        placed.append((slug, QUESTIONS_TAB, pos, item("question", qid, slug, QUESTIONS_TAB,
                                                     f"{text} [{group}] Why ask: {why}")))
    topics = dict(rows(f"SELECT slug, title FROM topics {english('topics')} ORDER BY position"))
    order = {slug: i for i, slug in enumerate(topics)}
    tab_order = {tab: i for i, tab in enumerate(TABS)}
    placed.sort(key=lambda p: (order.get(p[0], len(order)), tab_order.get(p[1], len(TABS)), p[2]))
    grades, titles = {}, {}
    for slug, tab, grade, title in rows("SELECT topic_slug, tab, grade, title FROM sections "
                                        f"{english('sections')}"):
        grades[(slug, tab)], titles[(slug, tab)] = grade, title
    return Snapshot(path, dict(rows("SELECT key, value FROM meta")), topics, sources, grades,
                    [p[3] for p in placed], titles)


def _english_only(conn: sqlite3.Connection):
    """A WHERE clause keeping a table's rows in the pages' own language (English): the review
    sheet compares the English pages. A database from before several languages has no
    ``language`` column and no other rows."""
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    language = meta.get("language", "en").replace("'", "''")

    def where(table: str) -> str:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        return f"WHERE language = '{language}'" if "language" in columns else ""
    return where
