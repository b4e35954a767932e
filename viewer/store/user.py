"""The user's own sheet: chosen questions, own questions, notes and header fields.

One small SQLite file in the user-data folder, never the content database. Every
change is committed as it is made (rollback journal, ``synchronous=FULL``), so a
crash loses nothing. ``clear()`` overwrites and deletes the file and starts an
empty one, so nothing of one patient is left for the next on a shared computer.
A damaged file is moved aside, not deleted, and a fresh one started; ``notice``
then says so, for the window to show.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

USER_SCHEMA_VERSION = 1
HEADER_FIELDS = ("name", "appointment", "doctor")
MAX_OWN_QUESTION = 600  # characters; keeps one question and its answer lines within a page

_SCHEMA = """
CREATE TABLE chosen (question_id TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE own (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL,
                  topic_slug TEXT, position INTEGER NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY CHECK (id = 1), text TEXT NOT NULL);
CREATE TABLE header (field TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE options (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_TABLES = {"chosen", "own", "notes", "header", "options"}
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class OwnQuestion:
    id: int
    text: str
    topic_slug: str | None
    position: int


@dataclass(frozen=True)
class Entry:
    """One line of "My sheet": a question from the library or one of the user's own."""

    kind: str  # "question" or "own"
    ref: str  # the question id, or the own question's id as text
    position: int

    @property
    def is_own(self) -> bool:
        return self.kind == "own"


@dataclass(frozen=True)
class Header:
    name: str = ""
    appointment: str = ""
    doctor: str = ""


class UserStore:
    """The only reader and writer of the user database."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice = ""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as err:
            aside = self._move_aside()
            self.notice = (f"Your saved question sheet could not be read ({err}). It was "
                           f"kept as {aside.name} and a new, empty sheet was started.")
            self._db = self._open()

    # -- opening, checking, clearing -------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("the file is damaged")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if version == 0 and not tables - {"sqlite_sequence"}:
                db.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {USER_SCHEMA_VERSION}; "
                                 "COMMIT;")
            elif version != USER_SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"it has schema version {version}, this app reads "
                                            f"version {USER_SCHEMA_VERSION}")
            elif not _TABLES <= tables:
                raise sqlite3.DatabaseError("tables are missing")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _move_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}-{n}{self.path.suffix}")
        self.path.rename(aside)
        for side in _SIDE_FILES:
            extra = Path(f"{self.path}{side}")
            if extra.exists():
                extra.rename(Path(f"{aside}{side}"))
        return aside

    def close(self) -> None:
        self._db.close()

    def clear(self) -> None:
        """Remove every trace of the sheet: the file (and any damaged copies kept aside) is
        overwritten with zeros and deleted, then an empty one is made."""
        self._db.close()
        victims = [self.path, *self.path.parent.glob(f"{self.path.stem}.damaged-*")]
        for path in list(victims):
            victims += [Path(f"{path}{side}") for side in _SIDE_FILES]
        for path in victims:
            if path.exists():
                _shred(path)
        self.notice = ""
        self._db = self._open()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _next_position(self) -> int:
        row = self._db.execute("SELECT max(p) FROM (SELECT max(position) AS p FROM chosen "
                               "UNION ALL SELECT max(position) FROM own)").fetchone()
        return 0 if row[0] is None else row[0] + 1

    # -- the list on the sheet ---------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """Everything on the sheet, library and own questions, in the user's order."""
        rows = self._db.execute(
            "SELECT 'question', question_id, position FROM chosen UNION ALL "
            "SELECT 'own', CAST(id AS TEXT), position FROM own ORDER BY 3").fetchall()
        return [Entry(*r) for r in rows]

    def chosen_ids(self) -> list[str]:
        return [e.ref for e in self.entries() if not e.is_own]

    def is_chosen(self, question_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM chosen WHERE question_id = ?",
                                (question_id,)).fetchone() is not None

    def choose(self, question_id: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR IGNORE INTO chosen VALUES (?, ?)",
                       (question_id, self._next_position()))

    def unchoose(self, question_id: str) -> None:
        self._db.execute("DELETE FROM chosen WHERE question_id = ?", (question_id,))

    def set_order(self, entries: list[Entry]) -> None:
        """Put the sheet in this order (the same entries, moved)."""
        if sorted((e.kind, e.ref) for e in entries) != sorted(
                (e.kind, e.ref) for e in self.entries()):
            raise ValueError("set_order needs exactly the entries on the sheet")
        with self._transaction() as db:
            for position, entry in enumerate(entries):
                if entry.is_own:
                    db.execute("UPDATE own SET position = ? WHERE id = ?", (position, int(entry.ref)))
                else:
                    db.execute("UPDATE chosen SET position = ? WHERE question_id = ?",
                               (position, entry.ref))

    def move(self, kind: str, ref: str, step: int) -> bool:
        """Move one entry up (step -1) or down (+1); False if it is already at that end."""
        entries = self.entries()
        keys = [(e.kind, e.ref) for e in entries]
        i = keys.index((kind, ref))
        j = i + step
        if not 0 <= j < len(entries):
            return False
        entries[i], entries[j] = entries[j], entries[i]
        self.set_order(entries)
        return True

    # -- own questions --------------------------------------------------------------------------

    def own_questions(self) -> list[OwnQuestion]:
        return [OwnQuestion(*r) for r in self._db.execute(
            "SELECT id, text, topic_slug, position FROM own ORDER BY position")]

    def own_question(self, own_id: int) -> OwnQuestion:
        row = self._db.execute("SELECT id, text, topic_slug, position FROM own WHERE id = ?",
                               (own_id,)).fetchone()
        if row is None:
            raise KeyError(own_id)
        return OwnQuestion(*row)

    def add_own(self, text: str, topic_slug: str | None = None) -> OwnQuestion:
        text = _own_text(text)
        with self._transaction() as db:
            cursor = db.execute("INSERT INTO own (text, topic_slug, position) VALUES (?, ?, ?)",
                                (text, topic_slug, self._next_position()))
        return self.own_question(cursor.lastrowid)

    def edit_own(self, own_id: int, text: str) -> None:
        self._db.execute("UPDATE own SET text = ? WHERE id = ?", (_own_text(text), own_id))

    def remove_own(self, own_id: int) -> None:
        self._db.execute("DELETE FROM own WHERE id = ?", (own_id,))

    # -- notes, header, options ---------------------------------------------------------------

    def notes(self) -> str:
        row = self._db.execute("SELECT text FROM notes WHERE id = 1").fetchone()
        return row[0] if row else ""

    def set_notes(self, text: str) -> None:
        self._db.execute("INSERT INTO notes VALUES (1, ?) ON CONFLICT(id) DO UPDATE "
                         "SET text = excluded.text", (text,))

    def header(self) -> Header:
        values = dict(self._db.execute("SELECT field, value FROM header").fetchall())
        return Header(**{f: values.get(f, "") for f in HEADER_FIELDS})

    def set_header(self, field: str, value: str) -> None:
        if field not in HEADER_FIELDS:
            raise ValueError(f"no header field {field!r}")
        self._db.execute("INSERT INTO header VALUES (?, ?) ON CONFLICT(field) DO UPDATE "
                         "SET value = excluded.value", (field, value))

    def option(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM options WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_option(self, key: str, value: str) -> None:
        self._db.execute("INSERT INTO options VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                         "SET value = excluded.value", (key, value))


def _own_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValueError("an own question needs some text")
    return text[:MAX_OWN_QUESTION]


def _shred(path: Path) -> None:
    """Overwrite a file with zeros before deleting it, so its text cannot be read back."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.write(b"\0" * size)
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
