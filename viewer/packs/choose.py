"""Which installed pack the app opens: the newest that still passes the quick checks.

At every start the newest installed pack's head is read again and its signature
checked against the keys trusted now (so dropping a key from the clinic settings
retires its packs), and its database must have the size and SHA-256 the manifest
says. A pack that fails is passed over, with a note the app shows; the one before
it, or the shipped content, is used instead. Older packs are checked only when a
newer one fails.

Hashing a large database at every start would make start-up grow with the
library, so once a database's hash has been checked, a stamp beside it records
its size, modification time and inode with that hash. While all three are
unchanged the hash is taken as checked; any write to the file changes them and
the whole file is hashed again. (Someone who can write the content folder and
also set the file's times back could slip past the stamp; such a person could
equally replace the app itself. docs/content-packs.md says so.)
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from viewer.packs.container import MAX_MANIFEST, Manifest, PackError, file_sha256, read_head
from viewer.packs.database_rules import RULES_VERSION, check_pack_database
from viewer.packs.keys import PublicKey
from viewer.packs.locations import (
    content_dirs,
    installed_sequences,
    pack_files,
    read_regular,
    write_durably,
)
from viewer.packs.verify import check_head

log = logging.getLogger(__name__)
MAX_HEAD_BYTES = 12 + MAX_MANIFEST + 64


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    database: Path
    head: Path


def read_installed(folder: Path, sequence: int, trusted: list[PublicKey]) -> InstalledPack:
    database, head_path = pack_files(folder, sequence)
    shown = str(head_path)
    try:
        raw = read_regular(head_path, MAX_HEAD_BYTES)
        if not database.is_file() or database.is_symlink():
            raise OSError(f"{database.name} is missing or not a regular file")
        size = database.stat().st_size
    except OSError as err:
        raise PackError(f"{shown}: cannot be read ({err.strerror or err})") from err
    stream = io.BytesIO(raw)
    head = read_head(stream, shown)
    if stream.read(1):
        raise PackError(f"{shown}: has bytes after its signature")
    check_head(head, trusted, shown)
    m = head.manifest
    if m.sequence != sequence or size != m.database_size:
        raise PackError(f"{database}: does not match its manifest (damaged)")
    if not _stamp_holds(database, raw, m.database_sha256):
        try:  # a few milliseconds a megabyte, and then nobody can change the text unsigned
            digest = file_sha256(database)
        except OSError as err:
            raise PackError(f"{database}: cannot be read ({err.strerror})") from err
        if digest != m.database_sha256:
            raise PackError(f"{database}: does not match its manifest (changed or damaged)")
        check_pack_database(database, m, str(database), deep=True)
        write_stamp(database, head_path, digest)
    else:
        check_pack_database(database, m, str(database), deep=False)
    return InstalledPack(m, database, head_path)


def _stamp_path(database: Path) -> Path:
    return database.with_suffix(".checked")


def _stamp_line(database: Path, head: bytes, sha256: str) -> str:
    """What the stamp says: the file as it is (size, times, inode, device), the SHA-256 it
    hashed to, the head it belongs to and which checks it passed."""
    st = os.stat(database, follow_symlinks=False)
    head_digest = hashlib.sha256(head).hexdigest()
    return (f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev} "
            f"{sha256} {head_digest} {RULES_VERSION}")


def write_stamp(database: Path, head_path: Path, sha256: str) -> None:
    """Record that this file, as it is now, hashed to ``sha256`` and passed the database
    rules. Best effort: a folder that cannot be written only means the next start hashes
    again."""
    try:
        line = _stamp_line(database, read_regular(head_path, MAX_HEAD_BYTES), sha256)
        write_durably(_stamp_path(database), (line + "\n").encode("ascii"))
    except OSError:
        pass


def _stamp_holds(database: Path, head: bytes, sha256: str) -> bool:
    try:
        said = read_regular(_stamp_path(database), 1024).decode("ascii").strip()
        return said == _stamp_line(database, head, sha256)
    except (OSError, UnicodeDecodeError):
        return False


def usable_packs(trusted: list[PublicKey], above: int,
                 folders: list[Path] | None = None) -> Iterator[InstalledPack | PackError]:
    """Packs newer than ``above``, newest first, each checked only when asked for: a pack
    that passes, or the PackError saying why it did not. The caller stops at the first
    pack it can open, so at a normal start only the newest is checked. At the same
    number, the machine-wide folder's pack comes first: only administrators write it."""
    order = folders if folders is not None else content_dirs()
    waiting = sorted(((sequence, rank, folder) for rank, folder in enumerate(order)
                      for sequence in installed_sequences(folder) if sequence > above),
                     key=lambda item: item[:2], reverse=True)
    for sequence, _, folder in waiting:
        try:
            yield read_installed(folder, sequence, trusted)
        except PackError as err:
            yield err
        except Exception as err:  # noqa: BLE001 - any fault of one pack passes it over
            log.exception("checking the pack %s in %s", sequence, folder)
            yield PackError(f"{pack_files(folder, sequence)[1]}: could not be checked "
                            f"({type(err).__name__}: {err})")
