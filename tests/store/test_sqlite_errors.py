"""SQLite errors sorted by who caused them, at each of the three places that meet them:
the patient's sheet, the content database and search. The world's faults (a busy,
full or damaged file) are handled, each its own way; an error in our own SQL (here a
column renamed under the app, as a misspelt column in a query would be) raises as it
is, and never moves the sheet into memory or poses as a damaged database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.errors import DatabaseError
from viewer.store.content import ContentStore
from viewer.store.sqlite_errors import WorldFault, world_fault
from viewer.store.user import UserStore


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _content_copy(small_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "content.db"
    copy.write_bytes(small_db.read_bytes())
    return copy


def _rename(path: Path, table: str, column: str) -> None:
    with _connect(path) as conn:
        conn.execute(f"ALTER TABLE {table} RENAME COLUMN {column} TO {column}_misspelt")
    conn.close()


def _damage_after_schema(path: Path) -> None:
    """Every page but the first (the schema) overwritten: damage met only by a query."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xff" * (len(data) - page)
    path.write_bytes(bytes(data))


# -- the patient's sheet ------------------------------------------------------------------

def sheet_disk_full(tmp_path: Path, small_db: Path) -> None:
    def fill_up(db: sqlite3.Connection) -> None:
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")

    store = UserStore(tmp_path / "sheet.db", on_open=fill_up)
    store.choose("q1")
    store.set_notes("Questions about the trial. " * 800)
    assert not store.on_disk and store.fault is WorldFault.FULL
    assert store.notes().startswith("Questions about the trial.")  # nothing lost
    assert store.chosen_ids() == ["q1"]


def sheet_busy(tmp_path: Path, small_db: Path) -> None:
    path = tmp_path / "sheet.db"
    store = UserStore(path, on_open=lambda db: db.execute("PRAGMA busy_timeout = 0"))
    other = _connect(path)
    other.execute("BEGIN IMMEDIATE")  # another copy of the app, mid-write
    try:
        store.choose("q1")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not store.on_disk and store.fault is WorldFault.BUSY and store.chosen_ids() == ["q1"]


def sheet_held_by_another(tmp_path: Path, small_db: Path) -> None:
    """A program that keeps the file locked: the sheet goes on in memory, not for ever waiting."""
    path = tmp_path / "sheet.db"
    store = UserStore(path, on_open=lambda db: db.execute("PRAGMA busy_timeout = 0"))
    other = _connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store.choose("q1")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not store.on_disk and store.fault is WorldFault.BUSY and store.chosen_ids() == ["q1"]


def sheet_not_a_database(tmp_path: Path, small_db: Path) -> None:
    path = tmp_path / "sheet.db"
    path.write_bytes(b"not a database at all" * 100)
    store = UserStore(path)
    assert store.on_disk and store.set_aside and store.set_aside.kept_as  # kept aside, a fresh one
    assert [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def sheet_misspelt_column(tmp_path: Path, small_db: Path) -> None:
    path = tmp_path / "sheet.db"
    UserStore(path).close()
    _rename(path, "own", "text")
    store = UserStore(path)
    with pytest.raises(sqlite3.OperationalError, match="text"):
        store.add_own("Will it hurt?")
    assert store.on_disk and store.cannot_save == "" and store.fault is None


# -- the content database -------------------------------------------------------------------

def content_damaged(tmp_path: Path, small_db: Path) -> None:
    copy = _content_copy(small_db, tmp_path)
    _damage_after_schema(copy)
    with pytest.raises(DatabaseError, match="content.db") as caught:
        ContentStore(copy).source("test-news")
    assert caught.value.fault in (WorldFault.CORRUPT, WorldFault.NOTADB)


def content_misspelt_column(tmp_path: Path, small_db: Path) -> None:
    copy = _content_copy(small_db, tmp_path)
    _rename(copy, "sources", "outlet")
    store = ContentStore(copy)  # its tables are all there
    with pytest.raises(sqlite3.OperationalError, match="outlet"):
        store.source("test-news")


# -- search --------------------------------------------------------------------------------

def search_damaged(tmp_path: Path, small_db: Path) -> None:
    copy = _content_copy(small_db, tmp_path)
    _damage_after_schema(copy)
    store = ContentStore.__new__(ContentStore)  # opened before the damage, as in a long session
    with pytest.raises(DatabaseError) as caught:
        store.__init__(copy)
        store.find("mice")
    assert caught.value.fault in (WorldFault.CORRUPT, WorldFault.NOTADB)


def search_misspelt_column(tmp_path: Path, small_db: Path) -> None:
    copy = _content_copy(small_db, tmp_path)
    _rename(copy, "words", "word")
    store = ContentStore(copy)
    with pytest.raises(sqlite3.OperationalError, match="word"):
        store.find("mice")  # not "nothing found", not "the database is damaged"


@pytest.mark.parametrize("case", [sheet_disk_full, sheet_busy, sheet_held_by_another,
                                  sheet_not_a_database,
                                  sheet_misspelt_column, content_damaged, content_misspelt_column,
                                  search_damaged, search_misspelt_column],
                         ids=lambda case: case.__name__)
def test_the_worlds_faults_are_handled_and_our_own_fail_loudly(case, tmp_path: Path,
                                                               small_db: Path) -> None:
    case(tmp_path, small_db)


@pytest.mark.parametrize("make, fault", [
    (lambda db: db.execute("SELECT no_such_column FROM sqlite_master"), None),
    (lambda db: db.execute("SELECT * FROM no_such_table"), None),
    (lambda db: db.execute("SELECT ?", (1, 2)), None),
])
def test_errors_of_our_own_sql_are_not_the_worlds(make, fault) -> None:
    db = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.Error) as caught:
        make(db)
    assert world_fault(caught.value) is fault


def test_extended_codes_keep_their_primary_fault() -> None:
    err = sqlite3.OperationalError("disk I/O error")
    err.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
    assert world_fault(err) is WorldFault.IOERR
