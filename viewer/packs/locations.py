"""Where installed packs live, what is in that folder, and the highest sequence ever installed.

A content folder holds, per installed pack, ``pack-<sequence>.db`` (the database)
and ``pack-<sequence>.head`` (the pack's head: magic, manifest, signature). The
head is written last, so a database without its head is an unfinished install
and is ignored. ``highest-sequence`` is the high-water mark that refuses rollback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from viewer import paths

HIGH_WATER = "highest-sequence"
_HEAD = re.compile(r"pack-(\d{8})\.head$")


def user_content_dir() -> Path:
    return paths.user_data_dir() / "content"


def system_content_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_SYSTEM_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.site_data_dir(paths.APP,
                                                                           appauthor=False))
    return base / "content"


def content_dirs() -> list[Path]:
    return [user_content_dir(), system_content_dir()]


def pack_files(folder: Path, sequence: int) -> tuple[Path, Path]:
    """(database, head) of one installed pack."""
    stem = f"pack-{sequence:08d}"
    return folder / f"{stem}.db", folder / f"{stem}.head"


def installed_sequences(folder: Path) -> list[int]:
    """Sequences with a head file, newest first."""
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return []
    return sorted((int(m[1]) for n in names if (m := _HEAD.match(n))), reverse=True)


def highest_sequence(folder: Path) -> int:
    """The high-water mark: the file's number, or a newer installed head's."""
    try:
        mark = int((folder / HIGH_WATER).read_text(encoding="ascii").strip() or 0)
    except FileNotFoundError:
        mark = 0
    except (OSError, ValueError) as err:
        # A mark that cannot be read must not open the door to old packs.
        from viewer.packs.container import PackError  # here: hashing is not needed to start

        raise PackError(f"{folder / HIGH_WATER}: the record of the newest pack installed cannot "
                        f"be read ({err}); nothing is installed until it is repaired") from err
    return max([mark, *installed_sequences(folder)])
