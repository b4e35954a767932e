from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.ui_helpers import own_questions
from viewer.store.user import MAX_OWN_QUESTION, USER_SCHEMA_VERSION, Header, UserStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "user" / "my-questions.db"


def test_a_new_file_gets_the_schema_version(db_path: Path) -> None:
    store = UserStore(db_path)
    store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION
    assert store.set_aside is None


def test_choices_own_questions_notes_and_header_survive_a_reopen(db_path: Path) -> None:
    store = UserStore(db_path)
    store.choose("topic-1-q3")
    store.choose("topic-2-q1")
    own = store.add_own("  Can I keep   working? ", "topic-1")
    store.set_notes("Bring the scan report.")
    store.set_header("name", "Ana")
    store.set_header("doctor", "Dr Lee")
    store.set_option("large_print", "1")
    # no close(): every change is committed as it is made
    again = UserStore(db_path)
    assert [(e.kind, e.ref) for e in again.entries()] == [
        ("question", "topic-1-q3"), ("question", "topic-2-q1"), ("own", str(own.id))]
    assert again.own_question(own.id).text == "Can I keep working?"
    assert again.own_question(own.id).topic_slug == "topic-1"
    assert again.notes() == "Bring the scan report."
    assert again.header() == Header(name="Ana", appointment="", doctor="Dr Lee")
    assert again.option("large_print") == "1"
    store.close()
    again.close()


def test_choose_twice_keeps_one_entry_and_unchoose_removes_it(db_path: Path) -> None:
    store = UserStore(db_path)
    store.choose("q1")
    store.choose("q1")
    assert store.chosen_ids() == ["q1"]
    assert store.is_chosen("q1")
    store.unchoose("q1")
    assert store.entries() == []
    assert not store.is_chosen("q1")


def test_moving_and_reordering_mixes_library_and_own_questions(db_path: Path) -> None:
    store = UserStore(db_path)
    store.choose("a")
    store.choose("b")
    own = store.add_own("mine")
    assert store.move("own", str(own.id), -1)
    assert [e.ref for e in store.entries()] == ["a", str(own.id), "b"]
    assert not store.move("question", "a", -1)
    assert not store.move("question", "b", +1)
    entries = store.entries()
    store.set_order(list(reversed(entries)))
    assert [e.ref for e in UserStore(db_path).entries()] == ["b", str(own.id), "a"]
    with pytest.raises(ValueError):
        store.set_order(entries[:1])


def test_own_questions_edit_remove_and_limits(db_path: Path) -> None:
    store = UserStore(db_path)
    own = store.add_own("first")
    store.edit_own(own.id, "second")
    assert own_questions(store)[0].text == "second"
    assert len(store.add_own("x" * 5000).text) == MAX_OWN_QUESTION
    with pytest.raises(ValueError):
        store.add_own("   ")
    store.remove_own(own.id)
    assert [o.text for o in own_questions(store)] == ["x" * MAX_OWN_QUESTION]
    with pytest.raises(KeyError):
        store.own_question(own.id)


def test_clear_leaves_nothing_in_the_file(db_path: Path) -> None:
    store = UserStore(db_path)
    store.choose("topic-1-q1")
    store.add_own("Secret question about Zanzibar")
    store.set_notes("Private note Quixotic")
    store.set_header("name", "Wilhelmina Patient")
    store.clear()
    assert store.entries() == [] and store.notes() == "" and store.header() == Header()
    store.close()
    data = db_path.read_bytes()
    for text in (b"Zanzibar", b"Quixotic", b"Wilhelmina", b"topic-1-q1"):
        assert text not in data
    with sqlite3.connect(db_path) as conn:
        for table in ("chosen", "own", "notes", "header", "options"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_a_damaged_file_is_moved_aside_and_a_fresh_one_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database at all" * 100)
    store = UserStore(db_path)
    assert store.set_aside and store.set_aside.kept_as.startswith(db_path.stem + ".damaged-")
    aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not a database")
    store.choose("q1")
    assert UserStore(db_path).chosen_ids() == ["q1"]
    store.clear()  # a shared computer: the damaged copy goes too
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_a_file_of_another_schema_version_is_kept_aside(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE something (x)")
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    store = UserStore(db_path)
    assert store.set_aside and "schema version 99" in store.set_aside.problem
    assert store.entries() == []
