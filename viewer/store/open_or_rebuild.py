"""Open the content database the app should read: the newest valid pack, else the shipped one.

Installed content packs (docs/content-packs.md) newer than the shipped content
win, if their head still passes the quick checks and SQLite opens them; a damaged
one is passed over, and the app says so. The shipped database is opened
read-only. If it is missing or damaged, the app rebuilds one from the seeds and
pages it ships with, into the user's cache folder, and says so; the user's own
data is in another file and is not touched.

This is the one place the app reaches back into the builder (see
docs/architecture.md, "The one sanctioned edge"): a patient with a damaged install
still gets the pages, built by the same checked code as the shipped database. The
builder is imported only on that path, never at a normal start.

On a locked-down computer the cache folder may not be writable: the copy is then
built in a temporary folder for this run, and the notice says so. Only when no
folder at all can be written does it give up, with a message saying why.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import paths, resources
from viewer.errors import ContentError, DatabaseError, ViewerError
from viewer.packs.locations import TEMP_PREFIX, content_dirs, installed_sequences
from viewer.store.content import ContentStore
from viewer.store.models import ContentOrigin
from viewer.store.sqlite_errors import world_fault

if TYPE_CHECKING:
    from viewer.packs.choose import InstalledPack

log = logging.getLogger(__name__)
START_SECONDS = 10.0  # for what the first page reads, on the slowest clinic computer


@dataclass
class Opened:
    store: ContentStore
    notice: str  # empty, or what the app had to do, to show the user
    origin: ContentOrigin


def open_content(explicit: Path | None = None, clinic_keys: list[str] | None = None) -> Opened:
    """The content store. With ``explicit``, that file or a DatabaseError.

    ``clinic_keys`` are the clinic settings' ``trusted_keys`` (none on a desktop).
    """
    if explicit is not None:
        store = ContentStore(explicit)
        return Opened(store, "", _origin(store, "file"))
    try:
        shipped: ContentStore | None = ContentStore(resources.shipped_database())
        problem = ""
    except DatabaseError as first:
        shipped, problem = None, str(first)
    above = int(shipped.meta().get("pack_sequence", "0") or 0) if shipped else 0
    if not _packs_waiting(above):  # the usual start: no keys to read, no signatures to check
        return (Opened(shipped, "", _origin(shipped, "shipped")) if shipped
                else _rebuild(problem))
    # Signatures need the crypto library: imported only when there is a pack to check.
    from viewer.packs.choose import usable_packs
    from viewer.packs.trust import trusted_keys

    notes: list[str] = []
    try:
        keys = trusted_keys(clinic_keys or [])
    except ViewerError as err:
        keys, notes = [], [f"Content updates are not used: {err}"]
    for pack in usable_packs(keys, above):
        if isinstance(pack, Exception):
            notes.append(f"A content update was passed over: {pack}")
            continue
        try:
            store = _opened_in_time(pack.database)
        except Exception as err:  # noqa: BLE001 - any fault of a pack: the one before it is used
            if not isinstance(err, DatabaseError):
                log.exception("opening the content update %s", pack.database)
            notes.append(f"A content update was passed over: {err}")
            continue
        if shipped:
            shipped.close()
        return Opened(store, _fell_back(notes, f"content update number {pack.manifest.sequence}"),
                      _pack_origin(pack))
    if shipped:
        return Opened(shipped, _fell_back(notes, "the content that came with the app"),
                      _origin(shipped, "shipped"))
    return _rebuild(problem)


def _opened_in_time(database: Path) -> ContentStore:
    """A pack's store with what the first page reads already read, each query within
    START_SECONDS: a database that makes SQLite work for ever is passed over."""
    store = ContentStore(database)
    try:
        with store.time_limit(START_SECONDS):
            store.meta()
            topics = store.topics()
            store.glossary()
            store.sources()
            for topic in topics[:1]:
                for tab, _ in store.tabs(topic.slug)[:1]:
                    store.section(topic.slug, tab)
    except BaseException:
        store.close()
        raise
    return store


def _packs_waiting(above: int) -> bool:
    """Whether any installed pack is newer than the content in hand (a folder listing).
    Temporary files a killed install left behind are removed on the way."""
    waiting = False
    for folder in content_dirs():
        sequences = installed_sequences(folder)
        waiting = waiting or any(sequence > above for sequence in sequences)
        _tidy(folder)
    return waiting


def _tidy(folder: Path) -> None:
    try:
        leftovers = any(p.name.startswith(TEMP_PREFIX) for p in folder.iterdir())
    except OSError:
        return
    if leftovers:
        from viewer.packs.folder_lock import tidy_at_start

        removed = tidy_at_start(folder)
        if removed:
            log.info("removed %d files left by an install that did not finish in %s",
                     len(removed), folder)


def _fell_back(notes: list[str], using: str) -> str:
    for note in notes:  # for IT, in the log file; the caller shows or prints the notice
        log.warning("%s; using %s", note, using, extra={"file_only": True})
    return "\n".join(notes) + f"\nUsing {using} instead." if notes else ""


def _pack_origin(pack: InstalledPack) -> ContentOrigin:
    m = pack.manifest
    return ContentOrigin("pack", str(pack.database), str(pack.head), m.sequence, m.content_hash,
                         m.reviewed, m.facts_current_to, m.key_id)


def _origin(store: ContentStore, kind: str) -> ContentOrigin:
    meta = store.meta()
    return ContentOrigin(kind, str(store.path), "", int(meta.get("pack_sequence", "0") or 0),
                         meta.get("content_hash", ""), meta.get("last_reviewed", ""),
                         meta.get("facts_current_to", ""), "")


def _rebuild(problem: str) -> Opened:
    rebuilt = paths.rebuilt_content_database()
    try:
        store = ContentStore(rebuilt)
        if store.meta().get("content_hash") == _shipped_hash():
            return Opened(store, f"{problem}. Using the copy rebuilt earlier from the "
                                 "articles that ship with the app.", _origin(store, "shipped"))
        store.close()
    except DatabaseError:
        pass
    try:
        _build(rebuilt, problem)
        where = ""
    except OSError as err:  # the cache folder is read-only, in the way, or full
        log.warning("cannot write the repaired content database to %s: %s", rebuilt, err)
        try:
            rebuilt = Path(tempfile.mkdtemp(prefix="patient-viewer-")) / rebuilt.name
            _build(rebuilt, problem)
        except OSError as again:
            raise DatabaseError(f"{problem}. It could not be repaired either, because this "
                                f"computer does not let the app write a repaired copy "
                                f"({again.strerror or again})") from again
        where = (" This computer does not let the app keep the repaired copy, so it will be "
                 "rebuilt again next time.")
    store = ContentStore(rebuilt)
    return Opened(store, f"{problem}. It was rebuilt from the articles that ship with the app; "
                         f"your own questions and notes were not touched.{where}",
                  _origin(store, "shipped"))


def _build(out: Path, problem: str) -> None:
    from viewer.builder.pipeline import build_database

    try:
        build_database(resources.data_root(), out)
    except ContentError as err:
        raise DatabaseError(f"{problem}; rebuilding it from the shipped files failed:\n{err}") \
            from err
    except sqlite3.Error as err:
        if world_fault(err) is None:
            raise  # the builder's SQL: a bug
        raise OSError(str(err)) from err  # a disk that fills up or fails while writing


def _shipped_hash() -> str:
    from viewer.builder.pipeline import content_hash

    return content_hash(resources.data_root())
