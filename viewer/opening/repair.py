"""A shipped content database that is missing or damaged, rebuilt from the articles and
pages the app ships with.

This is the one place the app reaches back into the builder (docs/architecture.md, "The
one sanctioned edge"): a patient with a damaged install still gets the pages, built by
the same checked code as the shipped database. The builder is imported only on this
path, never at a normal start. The copy goes to the user's cache folder; where that
cannot be written, to a temporary folder for this run. The user's own sheet is another
file and is never touched.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path

from viewer import paths, resources
from viewer.errors import ContentError, DatabaseError
from viewer.plain_records import Record
from viewer.store.content import ContentStore
from viewer.store.sqlite_errors import world_fault

log = logging.getLogger(__name__)


class Repair(Record, frozen=True):
    """What was done about a shipped database that could not be read."""

    problem: str  # what was wrong with the shipped database (DatabaseError's text)
    reused: bool  # a copy rebuilt at an earlier start was opened; nothing was built now
    kept: bool  # the copy is in the cache folder; False: a temporary one, built every start


class CannotRepair(DatabaseError):
    """The shipped database is unusable and no folder could hold a rebuilt copy."""

    def __init__(self, problem: str, cause: str) -> None:
        super().__init__(f"{problem}; no folder could hold a repaired copy ({cause})")
        self.problem, self.cause = problem, cause


def rebuild(problem: str) -> tuple[ContentStore, Repair]:
    """A store on a copy rebuilt from the shipped files: the one of an earlier start if it
    is of the same files, else a new one. ``problem``: why the shipped one was not used.
    Not in the standalone bundle, which leaves the builder out: there, install again."""
    if not resources.rebuild_possible():
        raise DatabaseError(f"{problem}. {resources.REINSTALL}.")
    rebuilt = paths.rebuilt_content_database()
    try:
        store = ContentStore(rebuilt)
        if store.meta().get("content_hash") == _shipped_hash():
            return store, Repair(problem, reused=True, kept=True)
        store.close()
    except DatabaseError:
        pass
    try:
        _build(rebuilt, problem)
        kept = True
    except OSError as err:  # the cache folder is read-only, in the way, or full
        log.warning("cannot write the repaired content database to %s: %s", rebuilt, err)
        try:
            rebuilt = Path(tempfile.mkdtemp(prefix="patient-viewer-")) / rebuilt.name
            _build(rebuilt, problem)
        except OSError as again:
            raise CannotRepair(problem, again.strerror or str(again)) from again
        kept = False
    return ContentStore(rebuilt), Repair(problem, reused=False, kept=kept)


def _build(out: Path, problem: str) -> None:
    from viewer.builder.pipeline import build_database

    try:
        build_database(resources.data_root(), out)
    except ContentError as err:  # the shipped files themselves: a broken install, for IT
        raise DatabaseError(f"{problem}; rebuilding it from the shipped files failed:\n{err}") \
            from err
    except sqlite3.Error as err:
        if world_fault(err) is None:
            raise  # the builder's SQL: a bug
        raise OSError(str(err)) from err  # a disk that fills up or fails while writing


def _shipped_hash() -> str:
    from viewer.builder.pipeline import content_hash

    return content_hash(resources.data_root())
