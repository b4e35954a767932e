"""Errors a user or an editor can cause, with messages a person can act on.

Anything else is a bug and is left to fail loudly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, reported as ``file:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ViewerError(Exception):
    """Base of the errors caught at the edge (command line or window) and shown."""


class ContentError(ViewerError):
    """The seeds or pages have problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class DatabaseError(ViewerError):
    """A database is missing, damaged or of another schema version."""
