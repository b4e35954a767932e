"""The read-only store, and opening the content database at startup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.errors import DatabaseError
from viewer.store.content import ContentStore
from viewer.store.models import EvidenceCard, Question, Statement


def test_a_tab_comes_back_in_reading_order(small_store: ContentStore):
    evidence = small_store.section("topic-1", "evidence")
    kinds = [type(b).__name__ if not isinstance(b, Statement) else b.kind for b in evidence.blocks]
    assert kinds == ["key", "key", "EvidenceCard", "unknown"]
    card = evidence.blocks[2]
    assert isinstance(card, EvidenceCard) and card.in_whom == "animals" and card.citations
    questions = small_store.section("topic-1", "questions")
    assert sum(isinstance(b, Question) for b in questions.blocks) == 8
    assert len(questions.key_points) == 2


def test_citations_point_at_the_quote(small_store: ContentStore):
    statement = small_store.section("topic-1", "how").blocks[1]
    cite = statement.citations[0]
    paragraph = small_store.source(cite.source_id).paragraphs[cite.paragraph_n - 1]
    assert paragraph.text[cite.start:cite.end] == cite.quote == "neoantigens"


def test_glossary_terms_found_by_any_form(small_store: ContentStore):
    assert small_store.term("Neoantigens").term == "neoantigen"
    assert small_store.term("no such word") is None


def test_the_glossary_keeps_each_terms_other_forms_in_order_and_its_own_citations(real_db):
    """Read the way the store reads it (three queries, SQLite reading the JSON), the glossary
    is what its rows say, read here one row at a time with Python's json."""
    import json

    raw = sqlite3.connect(real_db)
    expected = [(term, definition, json.loads(also), [tuple(r) for r in raw.execute(
        'SELECT source_id, paragraph_n, quote, start, "end" FROM citations '
        "WHERE owner_type = 'glossary' AND owner_id = ? ORDER BY position", (term,))])
        for term, definition, also in raw.execute(
            "SELECT term, definition, also FROM glossary ORDER BY position")]
    store = ContentStore(real_db)
    got = [(t.term, t.definition, t.also, [(c.source_id, c.paragraph_n, c.quote, c.start, c.end)
                                           for c in t.citations]) for t in store.glossary()]
    assert got == expected
    assert any(len(also) > 2 for _, _, also, _ in got)  # some terms have several other forms
    assert any(cites for *_, cites in got)
    antigen = store.term("Tumour-specific antigens")
    assert antigen is not None and antigen.term == "antigen"
    store.close()


def test_a_term_with_no_other_form_has_none(small_store: ContentStore):
    vaccine = small_store.term("vaccine")
    assert vaccine is not None and vaccine.also == [] and vaccine.citations == []
    assert small_store.term("neoantigens").also == ["neoantigens"]


def test_the_store_cannot_write(small_store: ContentStore):
    with pytest.raises(sqlite3.OperationalError):
        small_store._db.execute("DELETE FROM topics")


@pytest.mark.parametrize("damage, message", [
    (lambda p: p.unlink(), "the database file is missing"),
    (lambda p: p.write_bytes(b"not a database at all" * 100), "not a readable database"),
    (lambda p: sqlite3.connect(p).execute("PRAGMA user_version = 99").connection.commit(),
     "schema version 99"),
    (lambda p: p.write_bytes(p.read_bytes()[:-4096]), "cut short"),
    (lambda p: p.write_bytes(p.read_bytes()[:-1000]), "cut short"),
    (lambda p: p.write_bytes(p.read_bytes()[:60]), "no SQLite header"),
    (lambda p: sqlite3.connect(p).execute("DELETE FROM meta WHERE key = 'content_hash'")
     .connection.commit(), "no content hash"),
])
def test_a_bad_database_gets_a_clear_message(small_db: Path, tmp_path: Path, damage, message):
    copy = tmp_path / "content.db"
    copy.write_bytes(small_db.read_bytes())
    damage(copy)
    with pytest.raises(DatabaseError, match=message):
        ContentStore(copy)


def test_damage_inside_the_file_is_a_database_error_not_a_crash(small_db: Path, tmp_path: Path):
    """Opening reads only the header; damage further in is met by a query, and named."""
    copy = tmp_path / "content.db"
    data = bytearray(small_db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xff" * (len(data) - page)  # every page but the first (the schema)
    copy.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="content.db"):
        store = ContentStore(copy)
        store.source("test-news")
        store.find("mice")


def test_the_source_index_reads_a_source_when_asked(small_store: ContentStore):
    index = small_store.source_index()
    every = {s.id: s for s in small_store.sources()}
    assert index["test-news"] == every["test-news"]
    assert "no-such-source" not in index and len(index) == len(every)
    assert list(index) == list(every)

