"""One database holds several languages: English, and each translated page and glossary
beside it, keyed by language; the pages' full-text indexes split English (stemmed) from
the translations (accents folded). The language is the test fixture "xx" (tests/library.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.library import write_translation
from viewer.builder.pipeline import check


@pytest.fixture
def db(two_language_db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{two_language_db}?mode=ro", uri=True)
    yield conn
    conn.close()


def test_the_database_holds_each_translated_page_beside_its_english_page(db):
    topics = db.execute("SELECT slug, language, title, position FROM topics "
                        "ORDER BY position, language").fetchall()
    assert topics == [("topic-1", "en", "Test topic 1", 1), ("topic-1", "xx", "TEST TOPIC 1", 1),
                      ("topic-2", "en", "Test topic 2", 2)]
    assert db.execute("SELECT value FROM meta WHERE key = 'language'").fetchone() == ("en",)
    english = db.execute("SELECT id, kind, text FROM statements WHERE topic_slug = 'topic-1' "
                         "AND language = 'en' ORDER BY id").fetchall()
    translated = db.execute("SELECT id, kind, text FROM statements WHERE topic_slug = 'topic-1' "
                            "AND language = 'xx' ORDER BY id").fetchall()
    assert [r[:2] for r in translated] == [r[:2] for r in english]  # same ids, same kinds
    assert ("topic-1/what/1", "key", "IT IS A MADE-UP {vaccine}.") in translated
    sections = db.execute("SELECT tab, title FROM sections WHERE topic_slug = 'topic-1' AND "
                          "language = 'xx' ORDER BY position").fetchall()
    assert sections[0] == ("what", "WHAT IT IS")
    questions = db.execute("SELECT id, grp, text FROM questions WHERE language = 'xx' "
                           "ORDER BY position").fetchall()
    assert questions[0] == ("topic-1-q1", "benefits", "IS QUESTION 1 A GOOD ONE TO ASK?")
    assert db.execute("SELECT count(*) FROM questions WHERE topic_slug = 'topic-2' AND "
                      "language = 'xx'").fetchone() == (0,)  # topic-2 is English only
    cards = db.execute("SELECT id, in_whom, found FROM evidence WHERE language = 'xx'").fetchall()
    assert cards == [("topic-1-result-1", "animals", "TUMOURS GOT SMALLER IN MOST OF THE MICE.")]


def test_a_translated_block_cites_through_its_english_block(db):
    """Citations are written once: a translation cites what its English block cites."""
    owners = db.execute("SELECT owner_id, count(*) FROM citations WHERE owner_type = 'statement' "
                        "GROUP BY owner_id HAVING count(*) > 1").fetchall()
    assert owners == []  # no statement's citations are written twice
    assert db.execute("SELECT quote FROM citations WHERE owner_type = 'statement' AND "
                      "owner_id = 'topic-1/what/1'").fetchall() == [("Doctors tested the made-up "
                                                                     "vaccine",)]


def test_the_translated_glossary_names_its_english_entries(db):
    rows = db.execute("SELECT entry, term, also, language FROM glossary WHERE entry IN "
                      "('vaccine', 'neoantigen') ORDER BY entry, language").fetchall()
    assert rows == [("neoantigen", "neoantigen", '["neoantigens"]', "en"),
                    ("neoantigen", "NEOANTIGEN", '["NEOANTIGENS"]', "xx"),
                    ("vaccine", "vaccine", "[]", "en"), ("vaccine", "VACCINE", "[]", "xx")]


def test_english_rows_are_stemmed_and_translated_rows_fold_accents(db):
    def made(table: str) -> str:
        return db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]

    for table in ("sections", "questions", "glossary"):
        assert "porter unicode61" in made(f"{table}_fts")
        assert "unicode61 remove_diacritics 2" in made(f"{table}_fts_translated")
        languages = {r[0] for r in db.execute(
            f"SELECT t.language FROM {table}_fts f JOIN {table} t ON t.rowid = f.rowid "
            f"WHERE {table}_fts MATCH 'test OR tests OR it OR word'")}
        assert languages == {"en"}, table
        languages = {r[0] for r in db.execute(
            f"SELECT t.language FROM {table}_fts_translated f JOIN {table} t ON t.rowid = f.rowid "
            f"WHERE {table}_fts_translated MATCH 'test OR tests OR it OR word'")}
        assert languages == {"xx"}, table
    assert db.execute("SELECT count(*) FROM words WHERE word = 'trains'").fetchone() == (1,)


def test_an_english_only_database_has_the_same_tables(small_db, two_language_db):
    """A content pack in more languages has the shape of the database the app ships."""
    def shape(path: Path) -> list[tuple]:
        with sqlite3.connect(path) as conn:
            return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

    assert shape(small_db) == shape(two_language_db)


# -- the translated glossary is checked like the pages --------------------------------------

def problems(library: Path) -> list[str]:
    return [str(p) for p in check(library)[1]]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_faithful_glossary_passes(library):
    write_translation(library)
    assert problems(library) == []


@pytest.mark.parametrize(("old", "new", "said"), [
    ("term: VACCINE\nenglish: vaccine\ndefinition: A WORD FOR THE TESTS, NUMBER 0.\n", "",
     "glossary.txt:0: term 'vaccine' (resources/content/glossary.txt line 1) is missing from "
     "the translation"),
    ("english: vaccine", "english: vaccines",
     "'VACCINE' translates 'vaccines', which is not a term of the English glossary"),
    ("english: vaccine\n", "",
     "a translated entry names the English term it translates: 'english: ...'"),
    ("english: word0\n", "english: vaccine\n", "'vaccine' is translated twice (first at line 1)"),
    ("NUMBER 0.", "NUMBER 7.", "the entry for 'vaccine' says other numbers than the English entry"),
    ("NUMBER 2.\n", "NUMBER 2.\n  [test-news] It is not available yet.\n",
     "the entry for 'word0' cites other passages than the English entry"),
])
def test_a_glossary_that_does_not_mirror_the_english_one_is_refused(library, old, new, said):
    folder = write_translation(library)
    _edit(folder / "glossary.txt", old, new)
    found = problems(library)
    assert any(said in p for p in found), found


def test_a_glossary_entry_older_than_its_english_entry_is_refused(library):
    write_translation(library)
    _edit(library / "resources" / "content" / "glossary.txt", "number 0.", "number 0, for sure.")
    _edit(library / "resources" / "content" / "translations" / "xx" / "glossary.txt",
          "NUMBER 0.", "NUMBER 0, FOR SURE.")
    found = problems(library)
    assert any("the entry for 'vaccine' was translated from an older English entry" in p
               for p in found), found


def test_a_glossary_with_no_record_of_its_english_revisions_is_refused(library):
    folder = write_translation(library)
    (folder / "glossary.from").unlink()
    found = problems(library)
    assert any("translations/xx/glossary.from:0: no record of the English revisions" in p
               for p in found), found


# -- what a translated page keeps of its English page --------------------------------------

def test_a_translated_question_keeps_its_id_and_group(library):
    folder = write_translation(library, glossary=False)
    _edit(folder / "topic-1.txt", "question: topic-1-q1", "question: topic-1-first")
    _edit(folder / "topic-1.txt", "group: availability", "group: cost")
    found = problems(library)
    assert any("block questions/4 changes its id: a translation keeps the English block's "
               "'topic-1-q1'" in p for p in found), found
    assert any("changes its group: a translation keeps the English block's 'availability'" in p
               for p in found), found


def test_a_translated_mark_keeps_its_english_target(library):
    folder = write_translation(library, glossary=False)
    _edit(folder / "topic-1.txt", "{neoantigens|neoantigen}", "{NEOANTIGENS}")
    found = problems(library)
    assert any("block how/2 marks other glossary terms or links other topics than the English "
               "block" in p for p in found), found


def test_a_translated_page_has_its_english_pages_facts_month_and_stage(library):
    from viewer.builder.pipeline import build_database

    folder = write_translation(library, glossary=False)
    _edit(folder / "topic-1.txt", "current-to: 2025-12", "current-to: 2026-01")
    build_database(library, library / "out.db")
    with sqlite3.connect(library / "out.db") as conn:
        rows = conn.execute("SELECT language, current_to, stage FROM topics WHERE slug = 'topic-1' "
                            "ORDER BY language").fetchall()
    assert rows == [("en", "2025-12", "animals"), ("xx", "2025-12", "animals")]


def test_build_and_check_say_what_is_translated(library, capsys, monkeypatch):
    from viewer.cli import main

    write_translation(library)
    (library / "resources" / "content" / "translations" / "es").mkdir()
    write_translation(library, slugs=("topic-2",), glossary=False, language="es")
    monkeypatch.chdir(library)
    assert main(["build", "--out", str(library / "out.db")]) == 0
    said = capsys.readouterr().out
    assert "translated into es: 1 of 2 topics\n" in said
    assert "translated into xx: 1 of 2 topics, the glossary\n" in said
    assert main(["check"]) == 0
    said = capsys.readouterr().out
    assert "es/topic-2" in said and "Fernández-Huerta reading ease" in said
    assert "xx/topic-1" in said and "not graded: no formula for this language" in said
