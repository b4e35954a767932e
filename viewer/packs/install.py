"""Install a pack: every check before anything is written, then an atomic rename.

Order (docs/content-packs.md, "Installing"): size against the limit; head shape;
signature against a trusted key; app id, schema and app version; size of the
database part and its streamed SHA-256; the sequence above the high-water mark.
Only then, holding the folder's install lock (folder_lock.py), are the bytes
copied, hashed again, to a temporary file in the content folder, checked by
SQLite and by the database rules (database_rules.py), and renamed into place, the
head last. Any failure raises PackError and leaves the folder as it was.

The same pack installed again is not an error: ``Installed.already`` says so.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from viewer.packs.choose import read_installed, write_stamp
from viewer.packs.container import Head, Manifest, PackError, read_head, stream_sha256
from viewer.packs.database_rules import check_pack_database
from viewer.packs.folder_lock import LOCK_NAME, Busy, install_lock
from viewer.packs.keys import PublicKey
from viewer.packs.locations import (
    HIGH_WATER,
    TEMP_PREFIX,
    highest_sequence,
    installed_sequences,
    pack_files,
    sync_folder,
    write_durably,
)
from viewer.packs.verify import check_head

MAX_PACK_BYTES = 256 * 1024 * 1024
KEEP = 2  # the new pack and the one before it, as a fallback


@dataclass(frozen=True)
class Installed:
    manifest: Manifest
    database: Path
    head: Path
    previous: int  # the sequence kept as fallback, 0 if none
    already: bool = False  # this very pack was installed before; nothing was changed


def install_pack(pack: Path, folder: Path, trusted: list[PublicKey],
                 max_bytes: int = MAX_PACK_BYTES) -> Installed:
    pack, shown = Path(pack), str(pack)
    try:
        st = pack.stat()
    except OSError as err:
        raise PackError(f"{shown}: cannot read the file ({err.strerror})") from err
    if not stat.S_ISREG(st.st_mode):
        raise PackError(f"{shown}: not a file")
    size = st.st_size
    if size > max_bytes:
        raise PackError(f"{shown}: {size} bytes is over the {max_bytes}-byte limit for a "
                        "content pack; it was not read")
    created = not folder.exists()
    try:
        with open(pack, "rb") as f:
            head = read_head(f, shown)
            check_head(head, trusted, shown)
            _check_database_part(f, head, size, shown)
            same = _same_as_installed(folder, head, trusted, shown)
            if same is not None:
                return same
            folder.mkdir(parents=True, exist_ok=True)
            with install_lock(folder):
                # Under the lock: another install may have finished while this one hashed.
                same = _same_as_installed(folder, head, trusted, shown)
                return same or _install_locked(f, head, folder, shown)
    except Busy as err:
        raise PackError(f"{shown}: not installed: {err}") from err
    except OSError as err:
        raise PackError(f"{shown}: could not install into {folder} ({err.strerror or err}); "
                        "nothing was changed") from err
    finally:
        if created:
            _remove_if_unused(folder)


def _check_database_part(f: BinaryIO, head: Head, size: int, shown: str) -> None:
    m = head.manifest
    if size != head.database_offset + m.database_size:
        raise PackError(f"{shown}: the file is {size} bytes, but its manifest needs "
                        f"{head.database_offset + m.database_size} (truncated or padded); "
                        "the pack was changed after signing or cut short")
    digest, _ = stream_sha256(f, m.database_size)
    if digest != m.database_sha256:
        raise PackError(f"{shown}: the database does not match its manifest "
                        "(its SHA-256 differs); the pack was changed after signing")


def _same_as_installed(folder: Path, head: Head, trusted: list[PublicKey],
                       shown: str) -> Installed | None:
    """This pack, already installed and intact: Installed(already=True). A pack not newer
    than the high-water mark otherwise: PackError. Else None: go on."""
    m = head.manifest
    highest = highest_sequence(folder)
    database, head_path = pack_files(folder, m.sequence)
    try:
        installed_head = head_path.read_bytes() if m.sequence in installed_sequences(folder) \
            else b""
    except OSError:
        installed_head = b""
    if installed_head == head.to_bytes():
        try:
            read_installed(folder, m.sequence, trusted)
            return Installed(m, database, head_path, 0, already=True)
        except PackError:
            pass  # the installed copy is damaged: this same signed pack may replace it
        return None
    if m.sequence <= highest:
        raise PackError(f"{shown}: pack number {m.sequence:,} is not newer than number "
                        f"{highest:,}, already installed on this computer; an older "
                        "pack cannot replace newer content")
    return None


def _install_locked(f: BinaryIO, head: Head, folder: Path, shown: str) -> Installed:
    m = head.manifest
    temps: list[Path] = []
    try:
        f.seek(head.database_offset)
        tmp_db, out = _temp(folder, ".db", temps)
        with out:
            again, _ = stream_sha256(f, m.database_size, out)
            out.flush()
            os.fsync(out.fileno())
        if again != m.database_sha256:
            raise PackError(f"{shown}: the file changed while it was being read")
        check_pack_database(tmp_db, m, shown)
        tmp_head, out = _temp(folder, ".head", temps)
        with out:
            out.write(head.to_bytes())
            out.flush()
            os.fsync(out.fileno())
        return _commit(folder, m, tmp_db, tmp_head)
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def _temp(folder: Path, suffix: str, temps: list[Path]) -> tuple[Path, BinaryIO]:
    """A new file no one else has opened (O_EXCL, so a planted link is never followed), and
    the file opened for writing through that same descriptor: opening its name again would
    follow a link swapped in for it meanwhile."""
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=folder)
    temps.append(Path(name))
    if hasattr(os, "fchmod"):  # content, not a secret: every user of a --system install reads it
        os.fchmod(fd, 0o644)
    return temps[-1], os.fdopen(fd, "wb")


def _commit(folder: Path, m: Manifest, tmp_db: Path, tmp_head: Path) -> Installed:
    """Rename into place, the head last: until it lands, the pack does not exist."""
    previous = next(iter(installed_sequences(folder)), 0)
    database, head = pack_files(folder, m.sequence)
    os.replace(tmp_db, database)  # a planted link by that name is replaced, not followed
    try:
        os.replace(tmp_head, head)
    except OSError:
        database.unlink(missing_ok=True)
        raise
    sync_folder(folder)
    done = Installed(m, database, head, previous if previous != m.sequence else 0)
    try:  # the pack is in; its head alone already holds the mark up (locations.py)
        write_durably(folder / HIGH_WATER, f"{m.sequence}\n".encode("ascii"))
        write_stamp(database, head, m.database_sha256)  # hashed and checked while copying
        kept = installed_sequences(folder)[:KEEP]
        keep = {f.with_suffix(s) for n in kept for f in pack_files(folder, n)
                for s in (".db", ".head", ".checked")}
    except OSError:
        return done
    for path in folder.glob("pack-*.*"):  # older packs, and databases of cut-off installs
        if path.suffix in (".db", ".head", ".checked") and path not in keep \
                and not path.is_dir():
            try:  # one at a time: on Windows a file the running app has open stays
                path.unlink(missing_ok=True)
            except OSError:
                pass
    return done


def _remove_if_unused(folder: Path) -> None:
    """A folder this install made, and nothing installed in it: take it away again."""
    try:
        names = {p.name for p in folder.iterdir()}
        if names <= {LOCK_NAME}:
            (folder / LOCK_NAME).unlink(missing_ok=True)
            folder.rmdir()
    except OSError:
        pass
