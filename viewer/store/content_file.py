"""The content database's file: opened read-only, its header checked first, its errors
sorted by who caused them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.errors import DatabaseError
from viewer.sqlite_guard import connect_read_only
from viewer.store.sqlite_errors import world_fault

_MAGIC = b"SQLite format 3\x00"


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a database file read-only, or raise DatabaseError saying what is wrong.

    The checks here read the file's first 100 bytes, whatever its size: the whole
    file is checked (``PRAGMA integrity_check``) when it is built or installed, not
    at every start. A file cut short or not a database fails here; damage inside is
    met by a query later, which raises DatabaseError too.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: the database file is missing")
    try:
        _check_header(path)
        return connect_read_only(path)  # SQLite's settings for a file someone else made
    except OSError as err:
        raise DatabaseError(f"{path}: not a readable database ({err})") from err
    except sqlite3.Error as err:
        raise database_error(err, path, "not a readable database") from err


def database_error(err: sqlite3.Error, path: Path, what: str) -> DatabaseError:
    """The world's fault as a DatabaseError naming it; our own SQL's fault raises as it is."""
    fault = world_fault(err)
    if fault is None:
        raise err
    if not fault.damaged:
        what = "the disk did not let the app read it"
    return DatabaseError(f"{path}: {what} ({err})", fault)


def _check_header(path: Path) -> None:
    """The SQLite header: its magic, a sane page size, and the file as long as it says."""
    with open(path, "rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DatabaseError(f"{path}: not a readable database (no SQLite header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError(f"{path}: not a readable database (page size {page_size} "
                            "in the header)")
    pages = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    size = path.stat().st_size
    if size % page_size or (counter_valid and pages and size != pages * page_size):
        raise DatabaseError(f"{path}: not a readable database (the file is {size} bytes, "
                            f"its header promises {pages} pages of {page_size}: it was cut short)")
