"""Install a pack: every check before anything is written, then an atomic rename.

Order (docs/content-packs.md, "Installing"): size against the limit; head shape;
signature against a trusted key; app id, schema and app version; sequence above
the high-water mark; size of the database part; its streamed SHA-256. Only then
are the bytes copied, hashed again, to a temporary file in the content folder,
opened read-only by SQLite for ``PRAGMA integrity_check``, and renamed into place,
the head last. Any failure raises PackError and leaves the folder as it was.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from viewer.packs.choose import write_stamp
from viewer.packs.container import Manifest, PackError, read_head, stream_sha256
from viewer.packs.keys import PublicKey
from viewer.packs.locations import HIGH_WATER, highest_sequence, installed_sequences, pack_files
from viewer.packs.verify import check_head

MAX_PACK_BYTES = 256 * 1024 * 1024
KEEP = 2  # the new pack and the one before it, as a fallback


@dataclass(frozen=True)
class Installed:
    manifest: Manifest
    database: Path
    head: Path
    previous: int  # the sequence kept as fallback, 0 if none


def install_pack(pack: Path, folder: Path, trusted: list[PublicKey],
                 max_bytes: int = MAX_PACK_BYTES) -> Installed:
    pack, shown = Path(pack), str(pack)
    try:
        size = pack.stat().st_size
    except OSError as err:
        raise PackError(f"{shown}: cannot read the file ({err.strerror})") from err
    if not pack.is_file():
        raise PackError(f"{shown}: not a file")
    if size > max_bytes:
        raise PackError(f"{shown}: {size} bytes is over the {max_bytes}-byte limit for a "
                        "content pack; it was not read")
    created = not folder.exists()
    temps: list[Path] = []
    try:
        with open(pack, "rb") as f:
            head = read_head(f, shown)
            check_head(head, trusted, shown)
            m = head.manifest
            highest = highest_sequence(folder)
            if m.sequence <= highest:
                raise PackError(f"{shown}: pack number {m.sequence} is not newer than number "
                                f"{highest}, already installed on this computer; an older "
                                "pack cannot replace newer content")
            if size != head.database_offset + m.database_size:
                raise PackError(f"{shown}: the file is {size} bytes, but its manifest needs "
                                f"{head.database_offset + m.database_size} (truncated or padded)")
            digest, _ = stream_sha256(f, m.database_size)
            if digest != m.database_sha256:
                raise PackError(f"{shown}: the database does not match its manifest "
                                "(its SHA-256 differs); the pack was changed after signing")
            folder.mkdir(parents=True, exist_ok=True)
            f.seek(head.database_offset)
            tmp_db = _temp(folder, ".db", temps)
            with open(tmp_db, "wb") as out:
                again, _ = stream_sha256(f, m.database_size, out)
                out.flush()
                os.fsync(out.fileno())
            if again != digest:
                raise PackError(f"{shown}: the file changed while it was being read")
        _check_database(tmp_db, m, shown)
        tmp_head = _temp(folder, ".head", temps)
        tmp_head.write_bytes(head.to_bytes())
        return _commit(folder, m, tmp_db, tmp_head)
    except OSError as err:
        raise PackError(f"{shown}: could not install into {folder} ({err.strerror or err}); "
                        "nothing was changed") from err
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        if created and folder.exists() and not any(folder.iterdir()):
            folder.rmdir()


def _temp(folder: Path, suffix: str, temps: list[Path]) -> Path:
    fd, name = tempfile.mkstemp(prefix=".installing-", suffix=suffix, dir=folder)
    if hasattr(os, "fchmod"):  # content, not a secret: every user of a --system install reads it
        os.fchmod(fd, 0o644)
    os.close(fd)
    temps.append(Path(name))
    return temps[-1]


def _check_database(path: Path, m: Manifest, shown: str) -> None:
    """SQLite's own check, read-only, and the database's meta against the manifest."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise PackError(f"{shown}: the database inside is not readable ({err})") from err
    if result != [("ok",)]:
        raise PackError(f"{shown}: the database inside is damaged ({result[0][0]})")
    if version != m.schema_version or meta.get("pack_sequence") != str(m.sequence) \
            or meta.get("content_hash") != m.content_hash:
        raise PackError(f"{shown}: the database inside does not match its manifest "
                        "(schema, pack number or content hash)")


def _commit(folder: Path, m: Manifest, tmp_db: Path, tmp_head: Path) -> Installed:
    """Rename into place, the head last: until it lands, the pack does not exist."""
    previous = next(iter(installed_sequences(folder)), 0)
    database, head = pack_files(folder, m.sequence)
    os.replace(tmp_db, database)
    try:
        os.replace(tmp_head, head)
    except OSError:
        database.unlink(missing_ok=True)
        raise
    try:  # the pack is in; its head alone already holds the mark up (locations.py)
        tmp_mark = folder / f".{HIGH_WATER}.tmp"
        tmp_mark.write_text(f"{m.sequence}\n", encoding="ascii")
        os.replace(tmp_mark, folder / HIGH_WATER)
        write_stamp(database, m.database_sha256)  # hashed while copying: no need at start
        kept = installed_sequences(folder)[:KEEP]
        keep = {f.with_suffix(s) for n in kept for f in pack_files(folder, n)
                for s in (".db", ".head", ".checked")}
        for path in folder.glob("pack-*.*"):  # older packs, and databases of cut-off installs
            if path.suffix in (".db", ".head", ".checked") and path not in keep:
                path.unlink(missing_ok=True)
    except OSError:
        pass
    return Installed(m, database, head, previous)
