"""Write the content database with sqlite-utils, inside one transaction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlite_utils

from viewer.builder.library import KEPT_FIELDS, Block, Grade, Library, Located, Topic
from viewer.errors import DatabaseError
from viewer.marks import plain
from viewer.records import source_row
from viewer.schema import SCHEMA_VERSION
from viewer.vocabulary import QUESTION, RESULT

_WORD = re.compile(r"\w+")


#: The language of the English pages and glossary, the one every topic and term has: a
#: reader of another language sees it where a page or term is not translated.
PAGES_LANGUAGE = "en"
#: The full-text indexes of the pages: English rows in ``<table>_fts`` (stemmed), every
#: translated row in ``<table>_fts_translated``. The same tables whatever the languages,
#: so a content pack in more languages has the shape of the database the app ships.
PAGE_INDEXES = (("sections", ("title", "body")), ("questions", ("text", "why")),
                ("glossary", ("term", "definition")))
TRANSLATED = "_translated"


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

    def no_cites(*_args) -> None:
        """A translated block cites what its English block cites (the build checked it):
        the English block's citation rows serve both."""

    grade_of = {(g.language, g.topic, g.tab): g.grade for g in grades}
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
    english = {topic.slug: topic for topic in library.topics}
    place = {topic.slug: position for position, topic in enumerate(library.topics, start=1)}
    for topic in library.topics:
        _topic_rows(rows, topic, topic, place[topic.slug], PAGES_LANGUAGE, grade_of, cites)
    for language, topics in sorted(library.translations.items()):
        for topic in topics:
            _topic_rows(rows, topic, english[topic.slug], place[topic.slug], language, grade_of,
                        no_cites)
    ordered = sorted(library.glossary, key=lambda t: t.term.lower())
    for position, term in enumerate(ordered, start=1):
        rows["glossary"].append({"term": term.term, "entry": term.term,
                                 "definition": term.definition, "also": json.dumps(term.also),
                                 "position": position, "language": PAGES_LANGUAGE})
        cites("glossary", term.term, term.cites)
    place = {term.term: position for position, term in enumerate(ordered, start=1)}
    for language, terms in sorted(library.glossaries.items()):
        rows["glossary"] += [{"term": term.term, "entry": term.english,
                              "definition": term.definition, "also": json.dumps(term.also),
                              "position": place[term.english], "language": language}
                             for term in terms]

    # A page's rows are its topic's in one language: the language is part of every key.
    pks = {"sources": "id", "paragraphs": ("source_id", "n"), "topics": ("slug", "language"),
           "sections": ("topic_slug", "language", "tab"), "statements": ("id", "language"),
           "evidence": ("id", "language"), "questions": ("id", "language"),
           "glossary": ("entry", "language")}
    fks = {"paragraphs": [("source_id", "sources", "id")],
           "dropped": [("source_id", "sources", "id")],
           "source_references": [("source_id", "sources", "id")],
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
        db["paragraphs"].enable_fts(["text"], tokenize=tokenizer(articles), replace=True)
        for table, columns in PAGE_INDEXES:
            _write_index(db, table, columns, "", tokenizer(PAGES_LANGUAGE))
            _write_index(db, table, columns, TRANSLATED, tokenizer("translated"))
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
    return "porter unicode61" if language == PAGES_LANGUAGE else "unicode61 remove_diacritics 2"


def articles_language(library: Library) -> str:
    """The articles' language, or "mixed" when they are in more than one."""
    languages = {s.language or "en" for s in library.sources}
    return languages.pop() if len(languages) == 1 else "mixed"


def _write_index(db: sqlite_utils.Database, table: str, columns: tuple[str, ...], suffix: str,
                 tokenize: str) -> None:
    """An FTS5 index over the rows of ``table`` in the pages' language (no ``suffix``) or
    in any other (``_translated``): a search asks the one its reader's language needs."""
    names = ", ".join(columns)
    db.execute(f"CREATE VIRTUAL TABLE {table}_fts{suffix} USING fts5({names}, "
               f"content = '{table}', tokenize = '{tokenize}')")
    same = "=" if not suffix else "!="
    db.execute(f"INSERT INTO {table}_fts{suffix} (rowid, {names}) SELECT rowid, {names} "
               f"FROM {table} WHERE language {same} ?", [PAGES_LANGUAGE])


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


def _topic_rows(rows: dict[str, list[dict]], topic: Topic, english: Topic, position: int,
                language: str, grade_of: dict[tuple[str, str, str], float], cites) -> None:
    """A topic's rows in one language. A translated page's blocks stand where its English
    page's do (the build checked it), and take their ids and closed values from them; its
    facts are the English page's, so are its stage and the month they are current to."""
    rows["topics"].append({"slug": english.slug, "title": topic.title, "summary": topic.summary,
                           "position": position, "reviewed": topic.reviewed,
                           "stage": english.stage, "stage_label": topic.stage_label,
                           "current_to": english.current_to, "language": language})
    cites("topic", english.slug, english.stage_block.cites)
    for s_pos, (section, source) in enumerate(zip(topic.sections, english.sections,
                                                  strict=True), start=1):
        rows["sections"].append({"topic_slug": english.slug, "tab": source.tab,
                                 "title": section.title, "position": s_pos,
                                 "body": _body(section.blocks), "language": language,
                                 "grade": grade_of.get((language, english.slug, source.tab), 0.0)})
        counts = {"result": 0}
        for b_pos, (block, kept) in enumerate(zip(section.blocks, source.blocks, strict=True),
                                              start=1):
            _block_rows(rows, english.slug, source.tab, b_pos, block, kept, language, counts,
                        cites)


def _block_rows(rows: dict[str, list[dict]], slug: str, tab: str, position: int, block: Block,
                english: Block, language: str, counts: dict[str, int], cites) -> None:
    f = {**block.fields, **{k: v for k, v in english.fields.items() if k in KEPT_FIELDS}}
    if block.kind == QUESTION:
        rows["questions"].append({"id": f["id"], "topic_slug": slug, "position": position,
                                  "grp": f["group"], "text": plain(f["text"]),
                                  "why": plain(f["why"]), "language": language})
        cites("question", f["id"], english.cites)
    elif block.kind == RESULT:
        counts["result"] += 1
        rid = f"{slug}-result-{counts['result']}"
        rows["evidence"].append({
            "id": rid, "topic_slug": slug, "position": position, "found": block.text,
            "in_whom": f["in"], "number": f["number"], "stage": f["stage"],
            "reported_by": f["reported-by"], "reported_when": f["when"],
            "peer_reviewed": f["peer-reviewed"], "official_only": f.get("official-only") == "yes",
            "disagree": f.get("disagree", ""), "language": language})
        cites("evidence", rid, english.cites)
    else:
        sid = f"{slug}/{tab}/{position}"
        rows["statements"].append({"id": sid, "topic_slug": slug, "tab": tab,
                                   "position": position, "kind": block.kind, "text": block.text,
                                   "language": language})
        cites("statement", sid, english.cites)


def _body(blocks: list[Block]) -> str:
    """The section as plain text, for search and for readers of the database."""
    parts = []
    for block in blocks:
        parts.append(plain(block.text))
        if block.kind == QUESTION:
            parts.append(plain(block.fields.get("why", "")))
    return "\n\n".join(p for p in parts if p)
