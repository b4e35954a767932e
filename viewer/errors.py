"""Errors a user or an editor can cause, with messages a person can act on.

Anything else is a bug and is left to fail loudly.
"""

from __future__ import annotations

from viewer.plain_records import Record


class Problem(Record, frozen=True, order=True):
    """One thing wrong in one file, reported as ``file:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        # One line, whatever the file held: a control character quoted from it is escaped.
        return printable(f"{self.path}:{self.line}: {self.message}")


class ViewerError(Exception):
    """Base of the errors caught at the edge (command line or window) and shown."""


class ContentError(ViewerError):
    """The seeds or pages have problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class DatabaseError(ViewerError):
    """A database is missing, damaged or of another schema version, or its disk failed.

    ``fault`` is the SQLite cause when SQLite named one (a ``WorldFault`` value of
    ``viewer/store/sqlite_errors.py``), else empty."""

    def __init__(self, message: str, fault: str = "") -> None:
        super().__init__(message)
        self.fault = fault


_CONTROL = dict.fromkeys([*range(0x00, 0x20), *range(0x7F, 0xA0)])
#: The characters ``printable`` escapes: C0 and C1 controls, and the two Unicode line breaks.
CONTROL_CHARACTERS = "".join(map(chr, _CONTROL)) + "\u2028\u2029"


def escape(character: str) -> str:
    """One control character as its escape (``\\x1b``, ``\\u2028``), as Python writes it in a
    string's repr; the same as the ``unicode_escape`` codec, without loading it."""
    return repr(character)[1:-1]


def printable(text: str, keep_newlines: bool = False) -> str:
    """``text`` with control characters written as escapes (``\\x1b``), so a file name
    cannot colour a terminal, move its cursor or fake a line of its own."""
    if not any(ord(c) in _CONTROL or c in "\u2028\u2029" for c in text):
        return text
    kept = "\n" if keep_newlines else ""
    return "".join(c if c in kept or (ord(c) not in _CONTROL and c not in "\u2028\u2029")
                   else escape(c) for c in text)
