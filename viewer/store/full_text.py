"""Search: ranked full-text matches, a page of each kind at a time, typos corrected.

Every query is bounded: each kind is one FTS5 query ranked by bm25 with a LIMIT,
and a misspelt word is corrected against the few words that share its trigrams
(``words_fts``, written by the builder), never against the whole vocabulary.
Kinds come in the order a patient wants them: topic pages, then questions and the
glossary, then the articles.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from viewer.plain_records import Record
from viewer.store.languages import Languages
from viewer.store.models import SearchHit, TopicInfo
from viewer.vocabulary import HIT_KINDS, MARK_END, MARK_START, QUESTIONS_TAB, TABS

PAGE = 8  # results of one kind shown at first, and added by each "show more"
CANDIDATES = 40  # words sharing trigrams with a misspelt word, to pick the closest from
_WORD = re.compile(r"\w+")
_LETTERS_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
#: Words too common to narrow a search of several words ("the immune system").
_STOP = frozenset("a an and are as at be by for from has have in is it of on or that the this "
                  "to was were with".split())
_SNIPPET = f"'{MARK_START}', '{MARK_END}', '\u2026', 12"
_PARAGRAPH_SNIPPET = (f"SELECT snippet(paragraphs_fts, 0, {_SNIPPET}) FROM paragraphs_fts "
                      "WHERE paragraphs_fts MATCH ? AND rowid = ?")

#: Per kind: what a hit reads from its FTS5 index ``{fts}`` and rows, the columns weighted
#: (a title counts more than a body); ``{keep}`` keeps the rows its reader is shown.
_SELECT = {
    "section": "SELECT s.topic_slug, s.tab, t.title || ' \u2013 ' || s.title, "
               f"snippet({{fts}}, 1, {_SNIPPET}), bm25({{fts}}, 10.0, 1.0) AS score, "
               "s.rowid AS rid FROM {fts} "
               "JOIN sections s ON s.rowid = {fts}.rowid JOIN topics t ON t.slug = s.topic_slug "
               "AND t.language = s.language WHERE {fts} MATCH ? AND {keep}",
    "question": "SELECT q.id, q.topic_slug, 'Question \u2013 ' || t.title, "
                f"snippet({{fts}}, 0, {_SNIPPET}), bm25({{fts}}, 4.0, 1.0) AS score, "
                "q.rowid AS rid FROM {fts} "
                "JOIN questions q ON q.rowid = {fts}.rowid JOIN topics t ON t.slug = q.topic_slug "
                "AND t.language = q.language WHERE {fts} MATCH ? AND {keep}",
    "glossary": "SELECT g.term, 'Glossary \u2013 ' || g.term, "
                f"snippet({{fts}}, 1, {_SNIPPET}), bm25({{fts}}, 10.0, 1.0) AS score, "
                "g.rowid AS rid FROM {fts} "
                "JOIN glossary g ON g.rowid = {fts}.rowid WHERE {fts} MATCH ? AND {keep}",
}
_TABLE = {"section": "sections", "question": "questions", "glossary": "glossary"}
_ROW = {"section": "s", "question": "q", "glossary": "g"}
_ARTICLES = ("SELECT s.id, s.title, s.rowid FROM articles_fts "
             "JOIN sources s ON s.rowid = articles_fts.rowid WHERE articles_fts MATCH ? "
             "ORDER BY bm25(articles_fts, 5.0, 1.0), s.rowid LIMIT ? OFFSET ?")


def _query(kind: str, languages: Languages) -> tuple[str, int]:
    """The query of one kind of page hit for a reader, and how many of its parameters are
    the match. In English, one index. In another language, its translated rows first
    (``<table>_fts_translated``), then the English rows of what is not translated, each part
    ranked in itself: the rows a reader of that language is shown, and no others."""
    table, row = _TABLE[kind], _ROW[kind]
    if not languages.translated:
        part = _SELECT[kind].format(fts=f"{table}_fts", keep="1")
        return f"SELECT * FROM ({part}) ORDER BY score, rid LIMIT ? OFFSET ?", 1
    untranslated = (f"NOT EXISTS (SELECT 1 FROM glossary x WHERE x.entry = {row}.entry "
                    "AND x.language = ?)" if kind == "glossary" else
                    f"NOT EXISTS (SELECT 1 FROM topics x WHERE x.slug = {row}.topic_slug "
                    "AND x.language = ?)")
    ours = _SELECT[kind].format(fts=f"{table}_fts_translated", keep=f"{row}.language = ?")
    english = _SELECT[kind].format(fts=f"{table}_fts", keep=untranslated)
    return (f"SELECT * FROM (SELECT *, 0 AS part FROM ({ours}) UNION ALL "
            f"SELECT *, 1 FROM ({english})) ORDER BY part, score, rid LIMIT ? OFFSET ?", 2)


class Found(Record, frozen=True):
    """Hits in the order shown, and the kinds that have more past them."""

    query: str
    hits: list[SearchHit]
    more: frozenset[str] = frozenset()

    def of_kind(self, kind: str) -> list[SearchHit]:
        return [h for h in self.hits if h.kind == kind]


class FullText:
    """The search queries of one read-only connection (a connection serves one thread)."""

    def __init__(self, db: sqlite3.Connection, topics: Callable[[], tuple[TopicInfo, ...]],
                 languages: Languages | None = None) -> None:
        self._db = db
        self._topics = topics
        self._languages = languages or Languages("en", "en")

    def terms(self, query: str) -> list[str]:
        """The query as words the library holds: "JX594" and "jx 594" become jx, 594;
        a misspelt word ("enteromics") becomes the nearest word of the library."""
        words = [w.lower() for w in _WORD.findall(_LETTERS_DIGITS.sub(" ", query))]
        if len(words) > 1 and any(w not in _STOP for w in words):
            words = [w for w in words if w not in _STOP]
        terms: list[str] = []
        for word in words:
            if self._starts_a_word(word):
                terms.append(word)
            elif (close := self._closest(word)) is not None:
                terms.append(close)
        return terms

    def find(self, query: str, per_kind: int = PAGE) -> Found:
        """The first ``per_kind`` hits of every kind."""
        terms = self.terms(query)
        if not terms:
            return Found(query, [])
        hits: list[SearchHit] = []
        more: set[str] = set()
        for kind in HIT_KINDS:
            page = self._page(kind, terms, 0, per_kind + 1)
            if len(page) > per_kind:
                more.add(kind)
            hits += page[:per_kind]
        return Found(query, hits, frozenset(more))

    def more(self, query: str, kind: str, offset: int, count: int = PAGE) -> Found:
        """The next ``count`` hits of one kind, after the first ``offset``."""
        terms = self.terms(query)
        page = self._page(kind, terms, offset, count + 1) if terms else []
        return Found(query, page[:count], frozenset({kind} if len(page) > count else ()))

    # -- the queries --------------------------------------------------------------------

    def _page(self, kind: str, terms: list[str], offset: int, limit: int) -> list[SearchHit]:
        if kind == "topic":
            return self._topic_hits(terms)[offset:offset + limit]
        # the query holds only quoted letters and digits (terms), so FTS5 always parses it:
        # an error here is damage (the store names it) or a bug, never "nothing found"
        match = self._match(terms)
        if kind == "paragraph":
            rows = self._db.execute(_ARTICLES, (match, limit, offset)).fetchall()
            return [self._best_paragraph(terms, source_id, title) for source_id, title, _ in rows]
        sql, parts = _query(kind, self._languages)
        reader = (self._languages.reader,) if parts > 1 else ()
        params = (match, *reader) * parts
        rows = self._db.execute(sql, (*params, limit, offset)).fetchall()
        if kind == "section":
            return [SearchHit("section", r[2], r[3], topic_slug=r[0], tab=r[1]) for r in rows]
        if kind == "question":
            return [SearchHit("question", r[2], r[3], topic_slug=r[1], tab=QUESTIONS_TAB,
                              question_id=r[0]) for r in rows]
        return [SearchHit("glossary", r[1], r[2], term=r[0]) for r in rows]

    def _best_paragraph(self, terms: list[str], source_id: str, title: str) -> SearchHit:
        """An article's hit at its paragraph with the most of the words, most densely.

        Chosen here from the article's own few paragraphs, then cut by FTS5 ``snippet()``
        on that one row: a full-text query over a range of rows reads the word's whole
        list of rows, which grows with the library."""
        found = [re.compile(rf"\b{re.escape(t)}", re.IGNORECASE) for t in terms]
        best: tuple[tuple[int, float], int, int, str] | None = None
        for rowid, n, text in self._db.execute("SELECT rowid, n, text FROM paragraphs "
                                               "WHERE source_id = ? ORDER BY n", (source_id,)):
            counts = [len(f.findall(text)) for f in found]
            score = (sum(1 for c in counts if c), sum(counts) / (len(text) + 50))
            if best is None or score > best[0]:
                best = (score, rowid, n, text)
        if best is None:
            return SearchHit("paragraph", title, "", source_id=source_id, paragraph_n=1)
        _, rowid, n, text = best
        for match in (self._match(terms), " OR ".join(f'"{t}"*' for t in terms)):
            row = self._db.execute(_PARAGRAPH_SNIPPET, (match, rowid)).fetchone()
            if row:
                return SearchHit("paragraph", title, row[0], source_id=source_id, paragraph_n=n)
        return SearchHit("paragraph", title, _mark(text[:200], terms), source_id=source_id,
                         paragraph_n=n)

    def _match(self, terms: list[str]) -> str:
        """An FTS5 query of every term; the last one also as the start of a longer word,
        unless it is a whole word of the library (a prefix query reads many words' lists)."""
        last = f'"{terms[-1]}"' if self._is_word(terms[-1]) else f'"{terms[-1]}"*'
        return " ".join([*(f'"{t}"' for t in terms[:-1]), last])

    def _is_word(self, word: str) -> bool:
        return self._db.execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone() is not None

    def _topic_hits(self, terms: list[str]) -> list[SearchHit]:
        hits = []
        for topic in self._topics():
            text = f"{topic.title} {topic.summary}".lower()
            if all(t in text for t in terms):
                hits.append(SearchHit("topic", topic.title, _mark(topic.summary, terms),
                                      topic_slug=topic.slug, tab=TABS[0]))
        return hits

    def _starts_a_word(self, prefix: str) -> bool:
        """Whether some word of the library starts with ``prefix`` (one index lookup)."""
        return self._db.execute("SELECT 1 FROM words WHERE word >= ? AND word < ? LIMIT 1",
                                (prefix, prefix + "\U0010ffff")).fetchone() is not None

    def _closest(self, word: str) -> str | None:
        grams = {word[i:i + 3] for i in range(len(word) - 2)}
        if not grams:
            return None
        match = " OR ".join(f'"{g}"' for g in sorted(grams))
        candidates = [r[0] for r in self._db.execute(
            "SELECT word FROM words_fts WHERE words_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, CANDIDATES))]
        import difflib  # only for a misspelt word; not at start

        close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
        return close[0] if close else None


def _mark(text: str, terms: list[str]) -> str:
    for term in terms:
        text = re.sub(f"({re.escape(term)}\\w*)", f"{MARK_START}\\1{MARK_END}", text,
                      flags=re.IGNORECASE)
    return text
