"""The user store on computers that do not let it write: it keeps the sheet in memory,
loses nothing the patient made, and says why once."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.ui_helpers import own_questions
from viewer.store.user import UserStore

AS_ROOT = pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")


def fill_up(db: sqlite3.Connection) -> None:
    """Make the disk full for this file: SQLite may not grow it by one more page."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_in_memory_store_writes_no_file(tmp_path: Path) -> None:
    before = set(tmp_path.rglob("*"))
    store = UserStore.in_memory()
    store.choose("q1")
    store.add_own("Will it hurt?")
    store.set_notes("scan on Friday")
    assert [e.kind for e in store.entries()] == ["question", "own"]
    assert store.notes() == "scan on Friday"
    assert not store.on_disk and store.cannot_save == ""
    store.clear()
    assert store.entries() == [] and store.notes() == ""
    assert set(tmp_path.rglob("*")) == before


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a plain file")
    store = UserStore(blocker / "patient-viewer" / "my-questions.db")
    assert not store.on_disk
    assert "Not a directory" in store.cannot_save
    store.add_own("Can I drive afterwards?")
    assert own_questions(store)[0].text == "Can I drive afterwards?"
    store.clear()
    assert own_questions(store) == []
    assert blocker.read_text() == "a plain file"


def test_a_missing_parent_folder_is_made(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "my-questions.db"
    store = UserStore(path)
    store.set_notes("kept")
    assert store.on_disk and path.is_file()


@contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        yield folder
    finally:
        folder.chmod(0o700)  # so the test's folder can be removed


@AS_ROOT
def test_a_read_only_folder(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        store = UserStore(folder / "my-questions.db")
        assert not store.on_disk and "Permission denied" in store.cannot_save
        store.choose("q1")
        assert store.chosen_ids() == ["q1"]


@AS_ROOT
def test_a_missing_parent_under_a_read_only_folder(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        store = UserStore(folder / "missing" / "my-questions.db")
        assert not store.on_disk and store.cannot_save


def test_a_full_disk_during_a_save_moves_the_sheet_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "my-questions.db"
    store = UserStore(path, on_open=fill_up)
    told: list[str] = []
    store.when_cannot_save(told.append)
    store.choose("q1")  # fits in a page the file already has
    store.set_header("name", "Ana")
    assert store.on_disk and told == []
    long_notes = "Questions about the trial. " * 800  # needs pages the disk does not have
    store.set_notes(long_notes)
    assert len(told) == 1 and "database or disk is full" in told[0]
    assert not store.on_disk
    # nothing the patient made is lost, and later changes work without telling again
    assert store.notes() == long_notes
    assert store.chosen_ids() == ["q1"] and store.header().name == "Ana"
    store.add_own("Is there a waiting list?")
    store.set_notes(long_notes * 2)
    assert len(told) == 1
    assert [e.kind for e in store.entries()] == ["question", "own"]
    # the file still holds what was saved before the disk filled; clearing removes it
    store.clear()
    assert not path.exists()
    assert store.entries() == [] and store.notes() == "" and not store.on_disk


def test_a_full_disk_fails_a_transaction_whole(tmp_path: Path) -> None:
    """A move that cannot be written is made in memory in one piece, not half on disk."""
    store = UserStore(tmp_path / "my-questions.db", on_open=fill_up)
    for n in range(3):
        store.choose(f"q{n}")
    store.set_notes("x" * 20000)
    entries = store.entries()
    store.set_order(list(reversed(entries)))
    assert store.chosen_ids() == ["q2", "q1", "q0"]
