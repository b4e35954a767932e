"""Write the content database with sqlite-utils, inside one transaction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlite_utils

from viewer.builder.library import Block, Grade, Library, Located
from viewer.errors import DatabaseError
from viewer.marks import plain
from viewer.records import source_row
from viewer.schema import SCHEMA_VERSION
from viewer.vocabulary import QUESTION, RESULT

_WORD = re.compile(r"\w+")


#: The language of the patient pages and glossary. Translated pages
#: (resources/content/translations) are checked against them, not yet written.
PAGES_LANGUAGE = "en"


def write_database(path: Path, library: Library, located: list[Located], grades: list[Grade],
                   content_hash: str, pack_sequence: int = 0) -> None:
    db = sqlite_utils.Database(path, recreate=True)
    where = {id(found.cite): found for found in located}
    cite_rows: list[dict] = []

    def cites(owner_type: str, owner_id: str, block_cites: list) -> None:
        for position, cite in enumerate(block_cites, start=1):
            found = where[id(cite)]
            cite_rows.append({"owner_type": owner_type, "owner_id": owner_id,
                              "position": position, "source_id": cite.source_id,
                              "paragraph_n": found.paragraph_n, "quote": cite.quote,
                              "start": found.start, "end": found.end})

    grade_of = {(g.topic, g.tab): g.grade for g in grades}
    rows: dict[str, list[dict]] = {name: [] for name in (
        "sources", "paragraphs", "dropped", "source_references", "topics", "sections",
        "statements", "evidence", "questions", "glossary")}
    for position, s in enumerate(library.sources, start=1):
        rows["sources"].append({**source_row(s), "position": position})
        rows["paragraphs"] += [{"source_id": s.id, "n": p.n, "text": p.text, "kind": p.kind,
                                "line": p.line} for p in s.paragraphs]
        rows["dropped"] += [{"source_id": s.id, "line": d.line, "text": d.text,
                             "reason": d.reason} for d in s.dropped]
        rows["source_references"] += [{"source_id": s.id, "paragraph_n": r.paragraph_n,
                                       "title": r.title, "url": r.url} for r in s.references]
    for t_pos, topic in enumerate(library.topics, start=1):
        rows["topics"].append({"slug": topic.slug, "title": topic.title,
                               "summary": topic.summary, "position": t_pos,
                               "reviewed": topic.reviewed, "stage": topic.stage,
                               "stage_label": topic.stage_label,
                               "current_to": topic.current_to, "language": PAGES_LANGUAGE})
        cites("topic", topic.slug, topic.stage_block.cites)
        for s_pos, section in enumerate(topic.sections, start=1):
            rows["sections"].append({"topic_slug": topic.slug, "tab": section.tab,
                                     "title": section.title, "position": s_pos,
                                     "body": _body(section.blocks),
                                     "grade": grade_of[(topic.slug, section.tab)]})
            counts = {"result": 0}
            for b_pos, block in enumerate(section.blocks, start=1):
                _block_rows(rows, topic.slug, section.tab, b_pos, block, counts, cites)
    for position, term in enumerate(sorted(library.glossary, key=lambda t: t.term.lower()),
                                    start=1):
        rows["glossary"].append({"term": term.term, "definition": term.definition,
                                 "also": json.dumps(term.also), "position": position,
                                 "language": PAGES_LANGUAGE})
        cites("glossary", term.term, term.cites)

    pks = {"sources": "id", "paragraphs": ("source_id", "n"), "topics": "slug",
           "sections": ("topic_slug", "tab"), "statements": "id", "evidence": "id",
           "questions": "id", "glossary": "term"}
    fks = {"paragraphs": [("source_id", "sources", "id")],
           "dropped": [("source_id", "sources", "id")],
           "source_references": [("source_id", "sources", "id")],
           "sections": [("topic_slug", "topics", "slug")],
           "statements": [("topic_slug", "topics", "slug")],
           "evidence": [("topic_slug", "topics", "slug")],
           "questions": [("topic_slug", "topics", "slug")],
           "citations": [("source_id", "sources", "id")]}
    with db.conn:
        for name, data in rows.items():
            db[name].insert_all(data, pk=pks.get(name), foreign_keys=fks.get(name))
        db["citations"].insert_all(cite_rows, pk="id", foreign_keys=fks["citations"])
        db["citations"].create_index(["owner_type", "owner_id"])
        db["citations"].create_index(["source_id", "paragraph_n"])
        db["meta"].insert_all([
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "content_hash", "value": content_hash},
            {"key": "last_reviewed", "value": max((t.reviewed for t in library.topics),
                                                  default="")},
            {"key": "facts_current_to", "value": max((d for s in library.sources
                                                      for d in (s.published, s.reviewed) if d),
                                                     default="")},
            {"key": "pack_sequence", "value": str(pack_sequence)},
            {"key": "language", "value": PAGES_LANGUAGE},
        ], pk="key")
        # Each full-text index is filled once, after the rows: no triggers, the app only reads.
        # The pages are searched in the pages' language, the articles in theirs.
        articles = articles_language(library)
        for name, columns, language in (("paragraphs", ["text"], articles),
                                        ("sections", ["title", "body"], PAGES_LANGUAGE),
                                        ("questions", ["text", "why"], PAGES_LANGUAGE),
                                        ("glossary", ["term", "definition"], PAGES_LANGUAGE)):
            db[name].enable_fts(columns, tokenize=tokenizer(language), replace=True)
        _write_articles(db, rows, tokenizer(articles))
        _write_words(db, rows)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.vacuum()
    check = db.execute("PRAGMA integrity_check").fetchall()
    db.close()
    if check != [("ok",)]:
        raise DatabaseError(f"{path}: the database just written fails its integrity check "
                            f"({check[0][0]}); is the disk failing?")


def tokenizer(language: str) -> str:
    """FTS5's tokenizer for a language: English words are stemmed (Porter's stemmer is for
    English only); any other language is split into words with its accents folded, so
    "pagina" finds "página"."""
    return "porter unicode61" if language == "en" else "unicode61 remove_diacritics 2"


def articles_language(library: Library) -> str:
    """The articles' language, or "mixed" when they are in more than one."""
    languages = {s.language or "en" for s in library.sources}
    return languages.pop() if len(languages) == 1 else "mixed"


def _write_articles(db: sqlite_utils.Database, rows: dict[str, list[dict]], tokenize: str) -> None:
    """One full-text row per article (contentless: the text is in ``paragraphs``), so a
    search ranks articles, not every paragraph of every article, then finds the best
    paragraph of the few it shows."""
    texts: dict[str, list[str]] = {}
    for row in rows["paragraphs"]:
        texts.setdefault(row["source_id"], []).append(row["text"])
    db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content = '', "
               f"tokenize = '{tokenize}')")
    db.conn.executemany(
        "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
        [(rowid, title, "\n".join(texts.get(sid, []))) for rowid, sid, title
         in db.execute("SELECT rowid, id, title FROM sources ORDER BY rowid").fetchall()])


def _write_words(db: sqlite_utils.Database, rows: dict[str, list[dict]]) -> None:
    """Every word of the library once, with a trigram index: search corrects a misspelt
    word against words sharing its trigrams, not against the whole vocabulary."""
    words: set[str] = set()
    for table, columns in (("paragraphs", ("text",)), ("sections", ("title", "body")),
                           ("questions", ("text", "why")), ("glossary", ("term", "definition")),
                           ("topics", ("title", "summary"))):
        for row in rows[table]:
            for column in columns:
                words.update(_WORD.findall(row[column].lower()))
    db.execute("CREATE TABLE words (word TEXT PRIMARY KEY)")
    db.conn.executemany("INSERT INTO words (word) VALUES (?)", ((w,) for w in sorted(words)))
    db.execute("CREATE VIRTUAL TABLE words_fts USING fts5(word, tokenize = 'trigram', "
               "content = 'words', content_rowid = 'rowid')")
    db.execute("INSERT INTO words_fts (words_fts) VALUES ('rebuild')")


def _block_rows(rows: dict[str, list[dict]], slug: str, tab: str, position: int, block: Block,
                counts: dict[str, int], cites) -> None:
    if block.kind == QUESTION:
        f = block.fields
        rows["questions"].append({"id": f["id"], "topic_slug": slug, "position": position,
                                  "grp": f["group"], "text": plain(f["text"]),
                                  "why": plain(f["why"])})
        cites("question", f["id"], block.cites)
    elif block.kind == RESULT:
        counts["result"] += 1
        f = block.fields
        rid = f"{slug}-result-{counts['result']}"
        rows["evidence"].append({
            "id": rid, "topic_slug": slug, "position": position, "found": block.text,
            "in_whom": f["in"], "number": f["number"], "stage": f["stage"],
            "reported_by": f["reported-by"], "reported_when": f["when"],
            "peer_reviewed": f["peer-reviewed"], "official_only": f.get("official-only") == "yes",
            "disagree": f.get("disagree", "")})
        cites("evidence", rid, block.cites)
    else:
        sid = f"{slug}/{tab}/{position}"
        rows["statements"].append({"id": sid, "topic_slug": slug, "tab": tab,
                                   "position": position, "kind": block.kind, "text": block.text})
        cites("statement", sid, block.cites)


def _body(blocks: list[Block]) -> str:
    """The section as plain text, for search and for readers of the database."""
    parts = []
    for block in blocks:
        parts.append(plain(block.text))
        if block.kind == QUESTION:
            parts.append(plain(block.fields.get("why", "")))
    return "\n\n".join(p for p in parts if p)
