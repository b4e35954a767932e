"""Search is tokenized per language: Porter's stemmer for English only; any other language
split into words with its accents folded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.builder.pipeline import build_database
from viewer.builder.writer import tokenizer


def _db(library: Path) -> sqlite3.Connection:
    out = library / "out.db"
    build_database(library, out)
    return sqlite3.connect(out)


def _tokenize(db: sqlite3.Connection, table: str) -> str:
    return db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


def test_porter_only_for_english():
    assert tokenizer("en") == "porter unicode61"
    assert tokenizer("es") == tokenizer("ru") == "unicode61 remove_diacritics 2"


def test_english_pages_and_articles_are_stemmed_and_say_their_language(library):
    db = _db(library)
    for table in ("paragraphs_fts", "articles_fts", "sections_fts", "questions_fts", "glossary_fts"):
        assert "porter unicode61" in _tokenize(db, table), table
    assert db.execute("SELECT value FROM meta WHERE key = 'language'").fetchone() == ("en",)
    assert {r[0] for r in db.execute("SELECT language FROM topics")} == {"en"}
    assert {r[0] for r in db.execute("SELECT language FROM glossary")} == {"en"}
    # stemmed: "neoantigen" finds "neoantigens"
    assert db.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'neoantigen'"
                      ).fetchone()[0]


def test_articles_in_another_language_are_not_stemmed_and_fold_accents(library):
    seed = library / "seeds" / "test-news.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("language: en", "language: es", 1),
                    encoding="utf-8")
    db = _db(library)
    for table in ("paragraphs_fts", "articles_fts"):
        made = _tokenize(db, table)
        assert "unicode61 remove_diacritics 2" in made and "porter" not in made
    assert "porter unicode61" in _tokenize(db, "sections_fts")  # the pages are still English

    def found(word: str) -> int:
        return db.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?",
                          (word,)).fetchone()[0]

    assert found("neoantigens") and not found("neoantigen")  # no English stemming
    assert found("néoantigèns") == found("neoantigens")  # accents folded, in the query too
