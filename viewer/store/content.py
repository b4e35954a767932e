"""Read-only queries on the content database, returning plain records."""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from functools import cached_property
from pathlib import Path

from viewer.errors import DatabaseError
from viewer.records import SOURCE_FIELDS
from viewer.schema import SCHEMA_VERSION, TABLES
from viewer.store.models import (
    Citation,
    DroppedLine,
    EvidenceCard,
    Paragraph,
    Question,
    Reference,
    SearchHit,
    Section,
    SourceDoc,
    SourceInfo,
    Statement,
    Term,
    TopicInfo,
)
from viewer.vocabulary import MARK_END, MARK_START

_SOURCE_COLUMNS = ", ".join(SOURCE_FIELDS)
_WORD = re.compile(r"\w+")


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file read-only, or raise DatabaseError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: the database file is missing")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(f"{path}: the database is damaged")
        return conn
    except sqlite3.DatabaseError as err:
        raise DatabaseError(f"{path}: not a readable database ({err})") from err


class ContentStore:
    """The content database, opened read-only; the only reader of its SQL."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = open_read_only(self.path)
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            have = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as err:
            raise DatabaseError(f"{path}: not a readable database ({err})") from err
        if version != SCHEMA_VERSION:
            raise DatabaseError(f"{path}: schema version {version}, this app reads "
                                f"version {SCHEMA_VERSION}")
        missing = [t for t in TABLES if t not in have]
        if missing:
            raise DatabaseError(f"{path}: tables missing: {', '.join(missing)}")

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, *params: object) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    # -- meta, topics, sections ---------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM meta"))

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
        if tab == "evidence":
            blocks += [(pos, card) for pos, card in self._evidence(slug)]
        if tab == "questions":
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
        return [Term(term, definition, json.loads(also), self._citations("glossary", term))
                for term, definition, also in self._rows(
                    "SELECT term, definition, also FROM glossary ORDER BY position")]

    def term(self, name: str) -> Term | None:
        """The entry for a term or one of its other forms, ignoring case."""
        return self._term_index.get(name.strip().lower())

    @cached_property
    def _term_index(self) -> dict[str, Term]:
        index: dict[str, Term] = {}
        for term in self.glossary():
            for name in [term.term, *term.also]:
                index[name.lower()] = term
        return index

    # -- sources ----------------------------------------------------------------------------

    def sources(self) -> list[SourceInfo]:
        return list(self._sources)

    @cached_property
    def _sources(self) -> tuple[SourceInfo, ...]:
        return tuple(SourceInfo(*r) for r in self._rows(
            f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY position"))

    def source_info(self, source_id: str) -> SourceInfo:
        for info in self._sources:
            if info.id == source_id:
                return info
        raise KeyError(source_id)

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

    def topic_sources(self, slug: str) -> list[SourceInfo]:
        """The sources a topic's pages cite, in the library's order."""
        ids = {r[0] for r in self._rows(
            "SELECT DISTINCT c.source_id FROM citations c "
            "LEFT JOIN statements s ON c.owner_type = 'statement' AND s.id = c.owner_id "
            "LEFT JOIN evidence e ON c.owner_type = 'evidence' AND e.id = c.owner_id "
            "LEFT JOIN questions q ON c.owner_type = 'question' AND q.id = c.owner_id "
            "WHERE s.topic_slug = ?1 OR e.topic_slug = ?1 OR q.topic_slug = ?1 "
            "OR (c.owner_type = 'topic' AND c.owner_id = ?1)", slug)}
        return [s for s in self.sources() if s.id in ids]

    # -- search -----------------------------------------------------------------------------

    @cached_property
    def _vocabulary(self) -> list[str]:
        words: set[str] = set()
        for sql in ("SELECT text FROM paragraphs", "SELECT title || ' ' || body FROM sections",
                    "SELECT text || ' ' || why FROM questions",
                    "SELECT term || ' ' || definition FROM glossary",
                    "SELECT title || ' ' || summary FROM topics"):
            for (text,) in self._rows(sql):
                words.update(w.lower() for w in _WORD.findall(text))
        return sorted(words)

    def search_terms(self, query: str) -> list[str]:
        """The query as words the library holds: "JX594" and "jx 594" become jx, 594;
        a misspelt word ("enteromics") becomes the nearest word of the library."""
        spaced = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ", query)
        terms: list[str] = []
        vocabulary = self._vocabulary
        for word in (w.lower() for w in _WORD.findall(spaced)):
            if any(v.startswith(word) for v in vocabulary):
                terms.append(word)
                continue
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
            if close:
                terms.append(close[0])
        return terms

    def search(self, query: str, limit: int = 40) -> list[SearchHit]:
        terms = self.search_terms(query)
        if not terms:
            return []
        fts = " ".join(f'"{t}"' for t in terms[:-1]) + f' "{terms[-1]}"*'
        hits: list[SearchHit] = []
        for topic in self._topics:
            text = f"{topic.title} {topic.summary}".lower()
            if all(t in text for t in terms):
                hits.append(SearchHit("topic", topic.title, _mark(topic.summary, terms),
                                      topic_slug=topic.slug, tab="what"))
        snippet = f"'{MARK_START}', '{MARK_END}', '\u2026', 12"
        titles = {t.slug: t.title for t in self._topics}
        for slug, tab, title, snip in self._fts(
                f"SELECT s.topic_slug, s.tab, s.title, snippet(sections_fts, 1, {snippet}) "
                "FROM sections_fts JOIN sections s ON s.rowid = sections_fts.rowid "
                "WHERE sections_fts MATCH ? ORDER BY rank LIMIT ?", fts, limit):
            hits.append(SearchHit("section", f"{titles[slug]} \u2013 {title}", snip,
                                  topic_slug=slug, tab=tab))
        for qid, slug, snip in self._fts(
                f"SELECT q.id, q.topic_slug, snippet(questions_fts, 0, {snippet}) "
                "FROM questions_fts JOIN questions q ON q.rowid = questions_fts.rowid "
                "WHERE questions_fts MATCH ? ORDER BY rank LIMIT ?", fts, limit):
            hits.append(SearchHit("question", f"Question \u2013 {titles[slug]}", snip,
                                  topic_slug=slug, tab="questions", question_id=qid))
        for term, snip in self._fts(
                f"SELECT g.term, snippet(glossary_fts, 1, {snippet}) "
                "FROM glossary_fts JOIN glossary g ON g.rowid = glossary_fts.rowid "
                "WHERE glossary_fts MATCH ? ORDER BY rank LIMIT ?", fts, limit):
            hits.append(SearchHit("glossary", f"Glossary \u2013 {term}", snip, term=term))
        source_titles = {s.id: s.title for s in self._sources}
        for source_id, n, snip in self._fts(
                f"SELECT p.source_id, p.n, snippet(paragraphs_fts, 0, {snippet}) "
                "FROM paragraphs_fts JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid "
                "WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT ?", fts, limit):
            hits.append(SearchHit("paragraph", source_titles[source_id], snip,
                                  source_id=source_id, paragraph_n=n))
        return hits[:limit]

    def _fts(self, sql: str, fts: str, limit: int) -> list[tuple]:
        try:
            return self._rows(sql, fts, limit)
        except sqlite3.OperationalError:
            return []  # a query FTS5 cannot parse finds nothing


def _mark(text: str, terms: list[str]) -> str:
    for term in terms:
        text = re.sub(f"({re.escape(term)}\\w*)", f"{MARK_START}\\1{MARK_END}", text,
                      flags=re.IGNORECASE)
    return text
