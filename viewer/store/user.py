"""The user's own sheet: chosen questions, own questions, notes and header fields.

One small SQLite file in the user-data folder, never the content database. Every
change is committed as it is made (rollback journal, ``synchronous=FULL``), so a
crash loses nothing. ``clear()`` overwrites and deletes the file and starts an
empty one, so nothing of one patient is left for the next on a shared computer.
A damaged file is moved aside, not deleted, and a fresh one started; ``set_aside``
then records why and where, for the window to say.

With no path (a clinic that keeps nothing on disk) the sheet is an in-memory
database. When the disk refuses (the folder cannot be made or written, the disk
fills during a save) the sheet moves into memory with everything on it, the change
is made there, and ``cannot_save`` says why; the listeners are told once. Only the
world's faults do that (``sqlite_errors``): an error in our own SQL raises.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from viewer import paths
from viewer.plain_records import Record
from viewer.store.models import Header as Header  # re-exported: the sheet's header, saved here
from viewer.store.sqlite_errors import WorldFault, world_fault
from viewer.store.user_file import MEMORY, NotASheet, copy_to_memory, move_aside, open_sheet_db, shred_all
from viewer.store.user_file import USER_SCHEMA_VERSION as USER_SCHEMA_VERSION  # re-exported

HEADER_FIELDS = ("name", "appointment", "doctor")
MAX_OWN_QUESTION = 600  # characters; keeps one question and its answer lines within a page

log = logging.getLogger(__name__)
T = TypeVar("T")


class SetAside(Record, frozen=True):
    """A saved sheet that could not be read at start."""

    problem: str  # what SQLite or the schema check said of it
    kept_as: str  # the file name it was kept under; "" if it could not be moved (then in memory)


class OwnQuestion(Record, frozen=True):
    id: int
    text: str
    topic_slug: str | None
    position: int


class Entry(Record, frozen=True):
    """One line of "My sheet": a question from the library or one of the user's own."""

    kind: str  # "question" or "own"
    ref: str  # the question id, or the own question's id as text
    position: int

    @property
    def is_own(self) -> bool:
        return self.kind == "own"


class UserStore:
    """The only reader and writer of the user database.

    ``on_open`` is called with each connection to the file as it is opened: the seam
    through which tests make the disk fill up (``PRAGMA max_page_count``).
    """

    def __init__(self, path: Path | None,
                 on_open: Callable[[sqlite3.Connection], object] | None = None) -> None:
        self.path = None if path is None else Path(path)
        self.set_aside: SetAside | None = None
        self.cannot_save = ""  # why a sheet meant for disk is only in memory
        self.fault: WorldFault | None = None  # what SQLite said of the disk, when it said
        self._on_open = on_open
        self._listeners: list[Callable[[str], object]] = []
        self._db = open_sheet_db(MEMORY) if self.path is None else self._open_file(self.path)

    @classmethod
    def in_memory(cls) -> UserStore:
        return cls(None)

    @property
    def on_disk(self) -> bool:
        return self.path is not None and not self.cannot_save

    def when_cannot_save(self, listener: Callable[[str], object]) -> None:
        """Call ``listener(reason)`` when the sheet has to move into memory."""
        self._listeners.append(listener)

    # -- opening, checking, clearing -------------------------------------------------------

    def _open_file(self, path: Path) -> sqlite3.Connection:
        problem = paths.folder_problem(path.parent)
        if problem:
            return self._memory(problem)
        try:
            db = open_sheet_db(path)
        except (sqlite3.Error, NotASheet) as err:
            fault = None if isinstance(err, NotASheet) else world_fault(err)
            if isinstance(err, sqlite3.Error) and fault is None:
                raise  # our SQL, not the disk: a bug must not pose as a refusing disk
            if fault is not None and not fault.damaged:  # busy, locked, read-only, failing, full
                return self._memory(f"{path}: {err}", fault)
            try:  # damaged, or not a sheet of this version: keep it aside, start afresh
                aside = move_aside(path)
                db = open_sheet_db(path)
            except (OSError, sqlite3.Error, NotASheet) as again:
                self.set_aside = SetAside(str(err), "")
                return self._memory(f"{path}: {again}")
            self.set_aside = SetAside(str(err), aside.name)
        if self._on_open is not None:
            self._on_open(db)
        return db

    def _memory(self, why: str, fault: WorldFault | None = None) -> sqlite3.Connection:
        self.cannot_save = why
        self.fault = fault
        log.warning("the question sheet is kept in memory only: %s", why)
        return open_sheet_db(MEMORY)

    def close(self) -> None:
        self._db.close()

    def clear(self) -> None:
        """Remove every trace of the sheet: the file (and any damaged copies kept aside) is
        overwritten with zeros and deleted, then an empty one is made. A sheet that had to
        move into memory stays there."""
        self._db.close()
        if self.path is not None:
            try:
                shred_all(self.path)
            except OSError as err:
                log.warning("could not remove the old question sheet: %s", err)
        self.set_aside = None
        self._db = open_sheet_db(MEMORY) if not self.on_disk else self._open_file(self.path)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Every change goes through here, in one transaction. If the disk refuses it, the
        sheet moves into memory with everything on it and the change is made there, so
        the patient loses nothing."""
        try:
            return _in_transaction(self._db, work)
        except sqlite3.Error as err:
            fault = world_fault(err)
            if fault is None or not self.on_disk:
                raise  # a misspelt column stays on disk and fails loudly
            self._db = _moved(self._db)
            self.cannot_save, self.fault = f"{self.path}: {err}", fault
            log.warning("the question sheet moved into memory: %s", self.cannot_save)
            for listener in self._listeners:
                listener(self.cannot_save)
            return _in_transaction(self._db, work)

    def _run(self, sql: str, params: tuple = ()) -> None:
        self._write(lambda db: db.execute(sql, params))

    @staticmethod
    def _next_position(db: sqlite3.Connection) -> int:
        row = db.execute("SELECT max(p) FROM (SELECT max(position) AS p FROM chosen "
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
        self._write(lambda db: db.execute("INSERT OR IGNORE INTO chosen VALUES (?, ?)",
                                          (question_id, self._next_position(db))))

    def unchoose(self, question_id: str) -> None:
        self._run("DELETE FROM chosen WHERE question_id = ?", (question_id,))

    def set_order(self, entries: list[Entry]) -> None:
        """Put the sheet in this order (the same entries, moved)."""
        if sorted((e.kind, e.ref) for e in entries) != sorted(
                (e.kind, e.ref) for e in self.entries()):
            raise ValueError("set_order needs exactly the entries on the sheet")
        def work(db: sqlite3.Connection) -> None:
            for position, entry in enumerate(entries):
                if entry.is_own:
                    db.execute("UPDATE own SET position = ? WHERE id = ?", (position, int(entry.ref)))
                else:
                    db.execute("UPDATE chosen SET position = ? WHERE question_id = ?",
                               (position, entry.ref))

        self._write(work)

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

    def own_question(self, own_id: int) -> OwnQuestion:
        row = self._db.execute("SELECT id, text, topic_slug, position FROM own WHERE id = ?",
                               (own_id,)).fetchone()
        if row is None:
            raise KeyError(own_id)
        return OwnQuestion(*row)

    def add_own(self, text: str, topic_slug: str | None = None) -> OwnQuestion:
        text = _own_text(text)
        own_id = self._write(lambda db: db.execute(
            "INSERT INTO own (text, topic_slug, position) VALUES (?, ?, ?)",
            (text, topic_slug, self._next_position(db))).lastrowid)
        return self.own_question(own_id)

    def edit_own(self, own_id: int, text: str) -> None:
        self._run("UPDATE own SET text = ? WHERE id = ?", (_own_text(text), own_id))

    def remove_own(self, own_id: int) -> None:
        self._run("DELETE FROM own WHERE id = ?", (own_id,))

    # -- notes, header, options ---------------------------------------------------------------

    def notes(self) -> str:
        row = self._db.execute("SELECT text FROM notes WHERE id = 1").fetchone()
        return row[0] if row else ""

    def set_notes(self, text: str) -> None:
        self._run("INSERT INTO notes VALUES (1, ?) ON CONFLICT(id) DO UPDATE "
                         "SET text = excluded.text", (text,))

    def header(self) -> Header:
        values = dict(self._db.execute("SELECT field, value FROM header").fetchall())
        return Header(**{f: values.get(f, "") for f in HEADER_FIELDS})

    def set_header(self, field: str, value: str) -> None:
        if field not in HEADER_FIELDS:
            raise ValueError(f"no header field {field!r}")
        self._run("INSERT INTO header VALUES (?, ?) ON CONFLICT(field) DO UPDATE "
                         "SET value = excluded.value", (field, value))

    def option(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM options WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_option(self, key: str, value: str) -> None:
        self._run("INSERT INTO options VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                         "SET value = excluded.value", (key, value))


def _own_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValueError("an own question needs some text")
    return text[:MAX_OWN_QUESTION]


def _in_transaction(db: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    db.execute("BEGIN IMMEDIATE")
    try:
        result = work(db)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return result


def _moved(db: sqlite3.Connection) -> sqlite3.Connection:
    """The sheet in memory; an empty one if the file stays locked by another program
    (the file itself keeps everything it had)."""
    memory = copy_to_memory(db)
    db.close()
    return memory if memory is not None else open_sheet_db(MEMORY)
