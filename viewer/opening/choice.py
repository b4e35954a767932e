"""Which content database the app reads: the newest valid pack, else the shipped one,
else a copy rebuilt from the shipped files (repair.py).

Installed content packs (docs/content-packs.md) newer than the shipped content win if
their head still passes the quick checks and SQLite opens them; a damaged one is passed
over. The shipped database is opened read-only. This wiring sits above the store, the
packs and the builder and imports each; the store knows none of them. What happened
comes back as records (``Opened``): the ui says it in the reader's language
(``ui/text/opening_words.py``), the command line in English.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import resources
from viewer.errors import DatabaseError, ViewerError
from viewer.opening.repair import Repair, rebuild
from viewer.packs.locations import TEMP_PREFIX, content_dirs, installed_sequences
from viewer.plain_records import Record, field
from viewer.store.content import ContentStore
from viewer.store.models import ContentOrigin

if TYPE_CHECKING:
    from viewer.packs.choose import InstalledPack

log = logging.getLogger(__name__)
START_SECONDS = 10.0  # for what the first page reads, on the slowest clinic computer


class PassedOver(Record, frozen=True):
    """A content update not used, and why."""

    problem: str  # the error's own text
    keys: bool = False  # no update was usable: the trusted keys themselves could not be read


class Opened(Record):
    store: ContentStore
    origin: ContentOrigin  # what is open: its kind ("pack", "shipped", "file") and number
    passed_over: list[PassedOver] = field(default_factory=list)  # newer updates not used
    repair: Repair | None = None  # the shipped database was unusable: what was done

    def problems(self) -> str:
        """Every cause met on the way, for the log and for tests."""
        return "\n".join([p.problem for p in self.passed_over]
                         + ([self.repair.problem] if self.repair else []))


def open_content(explicit: Path | None = None, clinic_keys: list[str] | None = None) -> Opened:
    """The content store. With ``explicit``, that file or a DatabaseError.

    ``clinic_keys`` are the clinic settings' ``trusted_keys`` (none on a desktop).
    """
    if explicit is not None:
        store = ContentStore(explicit)
        return Opened(store, _origin(store, "file"))
    try:
        shipped: ContentStore | None = ContentStore(resources.shipped_database())
        problem = ""
    except DatabaseError as first:
        shipped, problem = None, str(first)
    above = int(shipped.meta().get("pack_sequence", "0") or 0) if shipped else 0
    if not _packs_waiting(above):  # the usual start: no keys to read, no signatures to check
        return Opened(shipped, _origin(shipped, "shipped")) if shipped else _repaired(problem)
    # Signatures need the crypto library: imported only when there is a pack to check.
    from viewer.packs.choose import usable_packs
    from viewer.packs.trust import trusted_keys

    passed: list[PassedOver] = []
    try:
        keys = trusted_keys(clinic_keys or [])
    except ViewerError as err:
        keys, passed = [], [PassedOver(str(err), keys=True)]
    for pack in usable_packs(keys, above):
        if isinstance(pack, Exception):
            passed.append(PassedOver(str(pack)))
            continue
        try:
            store = _opened_in_time(pack.database)
        except Exception as err:  # noqa: BLE001 - any fault of a pack: the one before it is used
            if not isinstance(err, DatabaseError):
                log.exception("opening the content update %s", pack.database)
            passed.append(PassedOver(str(err)))
            continue
        if shipped:
            shipped.close()
        return _logged(Opened(store, _pack_origin(pack), passed))
    if shipped:
        return _logged(Opened(shipped, _origin(shipped, "shipped"), passed))
    return _repaired(problem, passed)


def _repaired(problem: str, passed: list[PassedOver] | None = None) -> Opened:
    store, repair = rebuild(problem)
    return _logged(Opened(store, _origin(store, "shipped"), passed or [], repair))


def _logged(opened: Opened) -> Opened:
    """For IT, in the log file; the window or the command line says it to the person."""
    for passed in opened.passed_over:
        log.warning("content update passed over: %s; using %s %s", passed.problem,
                    opened.origin.kind, opened.origin.sequence, extra={"file_only": True})
    if opened.repair:
        log.warning("shipped content unusable (%s); using a rebuilt copy at %s",
                    opened.repair.problem, opened.store.path, extra={"file_only": True})
    return opened


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


def _pack_origin(pack: InstalledPack) -> ContentOrigin:
    m = pack.manifest
    return ContentOrigin("pack", str(pack.database), str(pack.head), m.sequence, m.content_hash,
                         m.reviewed, m.facts_current_to, m.key_id)


def _origin(store: ContentStore, kind: str) -> ContentOrigin:
    meta = store.meta()
    return ContentOrigin(kind, str(store.path), "", int(meta.get("pack_sequence", "0") or 0),
                         meta.get("content_hash", ""), meta.get("last_reviewed", ""),
                         meta.get("facts_current_to", ""), "")

