"""Make a pack from a database the builder has just written and checked, and sign it."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from nacl.signing import SigningKey

from viewer import __version__
from viewer.errors import ViewerError
from viewer.packs.container import Manifest, file_sha256, write_pack
from viewer.packs.keys import key_id
from viewer.packs.locations import sequence_problem
from viewer.packs.verify import APP_ID
from viewer.schema import SCHEMA_VERSION


def manifest_for(database: Path, sequence: int, signer: SigningKey,
                 reviewed: str = "", facts_current_to: str = "") -> Manifest:
    """The manifest of ``database``; the dates default to what its ``meta`` table says."""
    conn = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        sources = [{"id": i, "title": t} for i, t in
                   conn.execute("SELECT id, title FROM sources ORDER BY position")]
    finally:
        conn.close()
    return Manifest(
        app_id=APP_ID, sequence=sequence, schema_version=SCHEMA_VERSION,
        min_app_version=__version__, database_size=Path(database).stat().st_size,
        database_sha256=file_sha256(database), content_hash=meta["content_hash"],
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        reviewed=reviewed or meta.get("last_reviewed", ""),
        facts_current_to=facts_current_to or meta.get("facts_current_to", ""),
        key_id=key_id(signer.verify_key), sources=sources, language=meta.get("language", "en"))


def sign_and_write(database: Path, manifest: Manifest, signer: SigningKey,
                   out: Path) -> None:
    """Sign the manifest's exact bytes and write the pack through a temporary file."""
    manifest_bytes = manifest.to_bytes()
    signature = signer.sign(manifest_bytes).signature
    out = Path(out)
    check_out(out)
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".packing-", suffix=".pvpack", dir=out.parent)
        os.close(fd)
        write_pack(Path(tmp), manifest_bytes, signature, database)
        os.replace(tmp, out)
    except OSError as err:
        raise ViewerError(f"{out}: the pack could not be written ({err.strerror or err})") from err
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def check_out(out: Path) -> None:
    """Refuse, before any work, a pack name the command cannot write."""
    out = Path(out)
    if out.suffix != ".pvpack":
        raise ViewerError(f"{out}: a pack's name ends in .pvpack")
    folder = out.parent
    if not folder.is_dir():
        raise ViewerError(f"{out}: the folder {folder} does not exist; make it first")
    if out.is_dir():
        raise ViewerError(f"{out}: is a folder; name the pack file to write")


def check_sequence(sequence: int) -> None:
    problem = sequence_problem(sequence)
    if problem:
        raise ViewerError(f"--sequence {sequence}: {problem}")
