"""Which installed pack the app opens: the newest that still passes the quick checks.

At every start each installed pack's head is read again and its signature checked
against the keys trusted now (so dropping a key from the clinic settings retires
its packs), and its database must have the size and SHA-256 the manifest says. A pack that
fails is passed over, with a note the app shows; the one before it, or the
shipped content, is used instead.
"""

from __future__ import annotations

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
    try:  # a few milliseconds a megabyte, and then nobody can change the text unsigned
        digest = file_sha256(database)
    except OSError as err:
        raise PackError(f"{database}: cannot be read ({err.strerror})") from err
    if digest != m.database_sha256:
        raise PackError(f"{database}: does not match its manifest (changed or damaged)")
    return InstalledPack(m, database, head_path)


def usable_packs(trusted: list[PublicKey], above: int,
                 folders: list[Path] | None = None) -> tuple[list[InstalledPack], list[str]]:
    """Packs newer than ``above`` that pass the quick checks, newest first, and why others did not."""
    found: list[InstalledPack] = []
    problems: list[str] = []
    for folder in folders if folders is not None else content_dirs():
        for sequence in installed_sequences(folder):
            if sequence <= above:
                continue
            try:
                found.append(read_installed(folder, sequence, trusted))
            except PackError as err:
                problems.append(str(err))
    found.sort(key=lambda p: p.manifest.sequence, reverse=True)
    return found, problems
