"""The user database as a file: its schema, opening and checking it, moving a damaged one
aside, and shredding it. ``user.py`` holds the queries. No Qt here.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

USER_SCHEMA_VERSION = 1


class NotASheet(Exception):
    """The file is a database, but not a sheet this app can read: damaged (its own check
    failed), of another version, or missing tables. Kept aside, like a damaged file."""

MEMORY = ":memory:"

_SCHEMA = """
CREATE TABLE chosen (question_id TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE own (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL,
                  topic_slug TEXT, position INTEGER NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY CHECK (id = 1), text TEXT NOT NULL);
CREATE TABLE header (field TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE options (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_TABLES = {"chosen", "own", "notes", "header", "options"}
SIDE_FILES = ("-journal", "-wal", "-shm")


def open_sheet_db(target: Path | str) -> sqlite3.Connection:
    """Open (and on first use create) the database at ``target``, a path or ``MEMORY``.
    Raises NotASheet when the file is of another version or fails its checks, and
    sqlite3 errors as they come (``sqlite_errors.world_fault`` sorts them)."""
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("PRAGMA temp_store = MEMORY")  # sorting and temporary tables never spill to disk
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA secure_delete = ON")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise NotASheet("the file is damaged")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and not tables - {"sqlite_sequence"}:
            db.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {USER_SCHEMA_VERSION}; "
                             "COMMIT;")
        elif version != USER_SCHEMA_VERSION:
            raise NotASheet(f"it has schema version {version}, this app reads "
                            f"version {USER_SCHEMA_VERSION}")
        elif not _TABLES <= tables:
            raise NotASheet("tables are missing")
    except (sqlite3.Error, NotASheet):
        db.close()
        raise
    return db


class _StillBusy(Exception):
    pass


def copy_to_memory(db: sqlite3.Connection, tries: int = 20) -> sqlite3.Connection | None:
    """Everything in ``db``, in a new in-memory database; None if another connection
    holds the file past ``tries`` waits of a quarter second (the copy would wait for
    ever otherwise)."""
    memory = sqlite3.connect(MEMORY, isolation_level=None)
    memory.execute("PRAGMA temp_store = MEMORY")
    waits = 0

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal waits
        waits += status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if waits > tries:
            raise _StillBusy

    try:
        db.backup(memory, progress=progress)
    except _StillBusy:
        memory.close()
        return None
    return memory


def move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    path.rename(aside)
    for side in SIDE_FILES:
        extra = Path(f"{path}{side}")
        if extra.exists():
            extra.rename(Path(f"{aside}{side}"))
    return aside


def shred_all(path: Path) -> None:
    """The file, any damaged copies kept aside, and their journals: overwritten and deleted."""
    victims = [path, *path.parent.glob(f"{path.stem}.damaged-*")]
    for each in list(victims):
        victims += [Path(f"{each}{side}") for side in SIDE_FILES]
    for each in victims:
        if each.exists():
            shred(each)


def shred(path: Path) -> None:
    """Overwrite a file with zeros before deleting it, so its text cannot be read back."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.write(b"\0" * size)
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
