"""Real keys, real databases and real signed packs for the pack tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from viewer.builder.pipeline import build_database
from viewer.packs.container import file_sha256
from viewer.packs.keys import generate, load_private
from viewer.packs.make import manifest_for, sign_and_write


class Signer:
    """A key pair made in the test, and a clinic file that trusts it."""

    def __init__(self, folder: Path, name: str = "key") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / name
        self.key_id = generate(self.path)
        self.private = load_private(self.path)
        self.public_line = (folder / f"{name}.pub").read_text().strip()
        self.clinic = folder / f"{name}-clinic.toml"
        self.clinic.write_text(f'kiosk = true\ntrusted_keys = ["{self.public_line}"]\n')


def make_pack(library: Path, out: Path, signer: Signer, sequence: int, **changes) -> Path:
    """Build ``library`` as pack ``sequence`` and sign it; ``changes`` alter the manifest."""
    db = out.with_suffix(f".{sequence}.db")
    build_database(library, db, pack_sequence=changes.pop("db_sequence", sequence))
    manifest = manifest_for(db, sequence, signer.private)
    manifest = dataclasses.replace(manifest, **changes)
    sign_and_write(db, manifest, signer.private, out)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes: to prove that nothing changed."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def resign(pack: Path, out: Path, signer: Signer, manifest_bytes: bytes) -> Path:
    """``pack`` with its manifest replaced by ``manifest_bytes`` (any bytes, checked or not)
    and signed again by ``signer``: a pack its editor really signed, however odd."""
    data = pack.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    signature = signer.private.sign(manifest_bytes).signature
    out.write_bytes(data[:8] + len(manifest_bytes).to_bytes(4, "big") + manifest_bytes
                    + signature + data[12 + length + 64:])
    return out


def pack_from_database(db: Path, out: Path, signer: Signer, sequence: int,
                       described_by: Path | None = None) -> Path:
    """Sign an existing database file (changed by the test after the build) as a pack. With
    ``described_by``, the manifest's fields come from that database (the one built before
    the change), only the size and SHA-256 from ``db``: nothing of ``db`` is queried."""
    manifest = manifest_for(described_by or db, sequence, signer.private)
    manifest = dataclasses.replace(manifest, database_size=db.stat().st_size,
                                   database_sha256=file_sha256(db))
    sign_and_write(db, manifest, signer.private, out)
    return out


def place(pack: Path, folder: Path, sequence: int) -> None:
    """Put a pack's files into a content folder as an install would leave them, without
    the install's checks: what a pack that slipped past them, or an older app, left."""
    data = pack.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"pack-{sequence:08d}"
    (folder / f"{stem}.head").write_bytes(data[:12 + length + 64])
    (folder / f"{stem}.db").write_bytes(data[12 + length + 64:])
