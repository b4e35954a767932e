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

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from viewer.packs.container import Manifest, PackError, file_sha256, read_head
from viewer.packs.keys import PublicKey
from viewer.packs.locations import content_dirs, installed_sequences, pack_files
from viewer.packs.verify import check_head


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    database: Path
    head: Path


def read_installed(folder: Path, sequence: int, trusted: list[PublicKey]) -> InstalledPack:
    database, head_path = pack_files(folder, sequence)
    shown = str(head_path)
    try:
        with open(head_path, "rb") as f:
            head = read_head(f, shown)
            extra = f.read(1)
        size = database.stat().st_size
    except OSError as err:
        raise PackError(f"{shown}: cannot be read ({err.strerror})") from err
    if extra:
        raise PackError(f"{shown}: has bytes after its signature")
    check_head(head, trusted, shown)
    m = head.manifest
    if m.sequence != sequence or size != m.database_size:
        raise PackError(f"{database}: does not match its manifest (damaged)")
    if not _stamp_holds(database, m.database_sha256):
        try:  # a few milliseconds a megabyte, and then nobody can change the text unsigned
            digest = file_sha256(database)
        except OSError as err:
            raise PackError(f"{database}: cannot be read ({err.strerror})") from err
        if digest != m.database_sha256:
            raise PackError(f"{database}: does not match its manifest (changed or damaged)")
        write_stamp(database, digest)
    return InstalledPack(m, database, head_path)


def _stamp_path(database: Path) -> Path:
    return database.with_suffix(".checked")


def _file_key(database: Path) -> str:
    st = database.stat()
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino}"


def write_stamp(database: Path, sha256: str) -> None:
    """Record that this file, as it is now, hashed to ``sha256``. Best effort: a folder
    that cannot be written only means the next start hashes again."""
    try:
        _stamp_path(database).write_text(f"{_file_key(database)} {sha256}\n", encoding="ascii")
    except OSError:
        pass


def _stamp_holds(database: Path, sha256: str) -> bool:
    try:
        return _stamp_path(database).read_text(encoding="ascii").strip() == \
            f"{_file_key(database)} {sha256}"
    except (OSError, UnicodeDecodeError):
        return False


def usable_packs(trusted: list[PublicKey], above: int,
                 folders: list[Path] | None = None) -> Iterator[InstalledPack | PackError]:
    """Packs newer than ``above``, newest first, each checked only when asked for: a pack
    that passes, or the PackError saying why it did not. The caller stops at the first
    pack it can open, so at a normal start only the newest is checked."""
    waiting = sorted(((sequence, folder)
                      for folder in (folders if folders is not None else content_dirs())
                      for sequence in installed_sequences(folder) if sequence > above),
                     key=lambda item: item[0], reverse=True)
    for sequence, folder in waiting:
        try:
            yield read_installed(folder, sequence, trusted)
        except PackError as err:
            yield err
