"""The ``.pvpack`` file: header, manifest, signature, database (docs/content-packs.md).

Layout (all integers big-endian)::

    0   6 bytes   magic  b"PVPACK"
    6   2 bytes   format version (1)
    8   4 bytes   manifest length M (at most MAX_MANIFEST)
    12  M bytes   manifest: UTF-8 JSON
    12+M 64 bytes Ed25519 signature over the manifest's exact M bytes
    76+M  ...     the SQLite database, exactly ``database_size`` bytes, to the end

Reading parses the head only; the database bytes are streamed later, after the
signature was checked, so nothing unchecked is ever written or opened by SQLite.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from viewer.errors import ViewerError
from viewer.packs.locations import MAX_SEQUENCE, sequence_problem

MAGIC = b"PVPACK"
FORMAT = 1
MAX_MANIFEST = 64 * 1024
SIGNATURE_BYTES = 64
_FIXED = struct.Struct(">6sHI")
CHUNK = 1 << 20


class PackError(ViewerError):
    """A pack was refused; the message says which check failed."""


@dataclass(frozen=True)
class Manifest:
    """What the signature vouches for."""

    app_id: str
    sequence: int
    schema_version: int
    min_app_version: str
    database_size: int
    database_sha256: str
    content_hash: str
    created: str  # ISO date and time, UTC
    reviewed: str  # YYYY-MM-DD: the medical review that signed this content off
    facts_current_to: str  # YYYY-MM-DD: the newest source the pages rely on
    key_id: str
    sources: list[dict[str, str]] = field(default_factory=list)  # [{"id", "title"}]
    language: str = "en"  # the language of the pages inside (meta.language)
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, shown: str) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            manifest = cls(**data)
        except RecursionError:  # JSON nested thousands deep: a signed manifest never is
            raise PackError(f"{shown}: the manifest is not readable (nested too deeply)") from None
        except (UnicodeDecodeError, ValueError, TypeError) as err:
            raise PackError(f"{shown}: the manifest is not readable ({_short(err)})") from err
        ints = (manifest.sequence, manifest.schema_version, manifest.database_size, manifest.format)
        texts = (manifest.app_id, manifest.min_app_version, manifest.database_sha256,
                 manifest.content_hash, manifest.created, manifest.reviewed,
                 manifest.facts_current_to, manifest.key_id, manifest.language)
        sources_ok = isinstance(manifest.sources, list) and all(
            isinstance(s, dict) and all(isinstance(v, str) for v in s.values())
            for s in manifest.sources)
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in ints) \
                or not all(isinstance(t, str) for t in texts) or not sources_ok:
            raise PackError(f"{shown}: the manifest's fields are not of the expected kinds")
        if manifest.sequence > MAX_SEQUENCE:
            raise PackError(f"{shown}: {sequence_problem(manifest.sequence)}")
        return manifest


def _short(err: Exception) -> str:
    text = str(err)
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass(frozen=True)
class Head:
    """The checked-for-shape head of a pack: everything before the database."""

    manifest_bytes: bytes
    signature: bytes
    manifest: Manifest
    database_offset: int

    def to_bytes(self) -> bytes:
        return (_FIXED.pack(MAGIC, FORMAT, len(self.manifest_bytes)) + self.manifest_bytes
                + self.signature)


def read_head(stream: BinaryIO, shown: str) -> Head:
    """Parse magic, version, manifest and signature; raise PackError on anything odd."""
    fixed = stream.read(_FIXED.size)
    if len(fixed) < _FIXED.size:
        raise PackError(f"{shown}: too short to be a content pack (truncated?)")
    magic, version, length = _FIXED.unpack(fixed)
    if magic != MAGIC:
        raise PackError(f"{shown}: not a content pack (it does not start with {MAGIC.decode()})")
    if version != FORMAT:
        raise PackError(f"{shown}: pack format {version}; this app reads format {FORMAT}")
    if not 0 < length <= MAX_MANIFEST:
        raise PackError(f"{shown}: the manifest length {length} is not allowed "
                        f"(at most {MAX_MANIFEST} bytes)")
    manifest_bytes = stream.read(length)
    signature = stream.read(SIGNATURE_BYTES)
    if len(manifest_bytes) < length or len(signature) < SIGNATURE_BYTES:
        raise PackError(f"{shown}: the pack is truncated inside its manifest or signature")
    # Parsed only to read fields after the signature is checked; shape errors show here.
    manifest = Manifest.from_bytes(manifest_bytes, shown)
    return Head(manifest_bytes, signature, manifest, _FIXED.size + length + SIGNATURE_BYTES)


def write_pack(out: Path, manifest_bytes: bytes, signature: bytes, database: Path) -> None:
    """Write a pack: head then the database bytes, streamed."""
    head = Head(manifest_bytes, signature, Manifest.from_bytes(manifest_bytes, str(out)), 0)
    with open(out, "wb") as dst, open(database, "rb") as src:
        dst.write(head.to_bytes())
        while chunk := src.read(CHUNK):
            dst.write(chunk)


def stream_sha256(stream: BinaryIO, size: int, sink: BinaryIO | None = None) -> tuple[str, int]:
    """SHA-256 of the next ``size`` bytes (copied to ``sink`` if given), and how many were read."""
    digest = hashlib.sha256()
    left, read = size, 0
    while left > 0:
        chunk = stream.read(min(CHUNK, left))
        if not chunk:
            break
        digest.update(chunk)
        if sink is not None:
            sink.write(chunk)
        left -= len(chunk)
        read += len(chunk)
    return digest.hexdigest(), read


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return stream_sha256(f, Path(path).stat().st_size)[0]


def extract_database(pack: Path, out: Path) -> Manifest:
    """Copy a pack's database to ``out`` after checking its size and SHA-256 against the
    manifest. The signature is not checked: this is for an editor's own old pack."""
    shown = str(pack)
    try:
        with open(pack, "rb") as f:
            head = read_head(f, shown)
            m = head.manifest
            if Path(pack).stat().st_size != head.database_offset + m.database_size:
                raise PackError(f"{shown}: truncated or padded")
            with open(out, "wb") as sink:
                digest, _ = stream_sha256(f, m.database_size, sink)
    except OSError as err:
        raise PackError(f"{shown}: cannot be read ({err.strerror})") from err
    if digest != m.database_sha256:
        raise PackError(f"{shown}: the database does not match its manifest")
    return m
