"""Opening a content database as untrusted input, as SQLite's own guidance says.

A content pack's database is signed by an editor, but a signature says who made a
file, not that it is harmless. SQLite's "Defense Against the Dark Arts" lists what
to do before reading a file someone else made; every content database is opened
that way (the shipped one too: the same code, no second path to keep true):

- read-only and ``query_only``;
- ``trusted_schema = OFF``: functions and virtual tables named by the schema run
  only if SQLite marks them safe;
- SQLITE_DBCONFIG_DEFENSIVE on, and views and triggers switched off, where Python
  offers ``setconfig`` (3.12 and newer);
- limits on the length of a value and of an SQL statement (the schema's own
  statements included), and no attached databases;
- no memory-mapped reading (a file changed under a map can crash the process);
- ``cell_size_check``: a damaged page is an error, not a wild read;
- ``time_limit``: a progress handler that stops any query running longer than
  allowed, so a crafted database cannot hang the app.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MAX_VALUE_BYTES = 10_000_000  # the longest text or blob any query may make
MAX_SQL_BYTES = 100_000  # the app's statements are under 2 KB; the schema's too
_PROGRESS_EVERY = 5_000  # virtual-machine steps between looks at the clock


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened, read-only connection to ``path``. sqlite3 errors pass through."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=True)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: sqlite3.Connection) -> None:
    """The settings above, before the schema is read."""
    if hasattr(conn, "setconfig"):  # Python 3.12+
        for name, on in (("SQLITE_DBCONFIG_DEFENSIVE", True),
                         ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
                         ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
                         ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False)):
            if hasattr(sqlite3, name):
                conn.setconfig(getattr(sqlite3, name), on)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    for pragma in ("trusted_schema = OFF", "mmap_size = 0", "cell_size_check = ON",
                   "query_only = ON"):
        conn.execute(f"PRAGMA {pragma}")


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Every query inside stops with sqlite3.OperationalError ("interrupted") once
    ``seconds`` have passed since entering."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_EVERY)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
