"""Who caused an SQLite error: the world or this app.

A busy, locked, read-only, failing, full, unopenable or damaged file is the world's
doing: the store handles each (``WorldFault``) and says which in a typed outcome.
Anything else (a misspelt column, a missing table, a bad parameter) is a bug in our
SQL: ``world_fault`` returns None and the caller lets the error raise, so a test
fails loudly instead of a patient being told the disk is full. Sorted by the error
code Python 3.11 gives (``sqlite_errorcode``), as qutebrowser's ``misc/sql.py`` does.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class WorldFault(StrEnum):
    BUSY = "busy"  # another connection held its lock past our timeout
    LOCKED = "locked"  # a table locked by another statement of the same process
    READONLY = "read-only"  # the file or its folder refuses writing
    IOERR = "input-output"  # the disk failed to read or write
    FULL = "full"  # the disk (or the database's page limit) is full
    CANTOPEN = "cannot-open"  # the file or its journal cannot be opened
    CORRUPT = "corrupt"  # damage inside the file
    NOTADB = "not-a-database"  # the file is not SQLite at all
    # the limits ``viewer/sqlite_guard.py`` sets on a file someone else made:
    INTERRUPT = "interrupted"  # a query over its time limit
    TOOBIG = "too-big"  # a value over its length limit

    @property
    def damaged(self) -> bool:
        """The file itself is bad (keep it aside or rebuild), not the disk under it."""
        return self in (WorldFault.CORRUPT, WorldFault.NOTADB, WorldFault.INTERRUPT,
                        WorldFault.TOOBIG)


_BY_CODE = {sqlite3.SQLITE_BUSY: WorldFault.BUSY, sqlite3.SQLITE_LOCKED: WorldFault.LOCKED,
            sqlite3.SQLITE_READONLY: WorldFault.READONLY, sqlite3.SQLITE_IOERR: WorldFault.IOERR,
            sqlite3.SQLITE_FULL: WorldFault.FULL, sqlite3.SQLITE_CANTOPEN: WorldFault.CANTOPEN,
            sqlite3.SQLITE_CORRUPT: WorldFault.CORRUPT, sqlite3.SQLITE_NOTADB: WorldFault.NOTADB,
            sqlite3.SQLITE_INTERRUPT: WorldFault.INTERRUPT, sqlite3.SQLITE_TOOBIG: WorldFault.TOOBIG}


def world_fault(err: sqlite3.Error) -> WorldFault | None:
    """The world's part in ``err``, or None when our own SQL caused it (re-raise it).

    Extended codes (``SQLITE_IOERR_WRITE``, ``SQLITE_BUSY_SNAPSHOT``...) keep their
    primary code in the low byte."""
    code = getattr(err, "sqlite_errorcode", None)
    return None if code is None else _BY_CODE.get(code & 0xFF)
