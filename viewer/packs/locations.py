"""Where installed packs live, what is in that folder, and the highest sequence ever installed.

A content folder holds, per installed pack, ``pack-<sequence>.db`` (the database)
and ``pack-<sequence>.head`` (the pack's head: magic, manifest, signature). The
head is written last, so a database without its head is an unfinished install
and is ignored. ``highest-sequence`` is the high-water mark that refuses rollback.

A pack's number is 1 to ``MAX_SEQUENCE`` (SQLite's largest integer), of any width:
the name has at least eight digits (``pack-00000007``) and as many more as the
number needs (``pack-2025060101``). Only regular files count; a folder or a link
named like a head is not a pack.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from pathlib import Path

from viewer import paths

HIGH_WATER = "highest-sequence"
MAX_SEQUENCE = 2**63 - 1  # 9,223,372,036,854,775,807: what SQLite's meta and Python agree on
TEMP_PREFIX = ".installing-"  # every temporary file an install writes; removed if left over
_HEAD = re.compile(r"pack-(\d{8,19})\.head$")
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has no symlinks to follow in a user's folder
BINARY = getattr(os, "O_BINARY", 0)
MAX_MARK_BYTES = 64


class MarkError(Exception):
    """The high-water mark is there but cannot be trusted; the message says why."""


def user_content_dir() -> Path:
    return paths.user_data_dir() / "content"


def system_content_dir() -> Path:
    """Where ``install-pack --system`` writes: the most important system data folder."""
    return paths.system_data_dirs()[0] / "content"


def content_dirs() -> list[Path]:
    """The user's folder, then every system data folder (every folder of XDG_DATA_DIRS)."""
    return [user_content_dir(), *(folder / "content" for folder in paths.system_data_dirs())]


def sequence_problem(sequence: object) -> str:
    """Why this cannot be a pack's number, or ""."""
    if not isinstance(sequence, int) or isinstance(sequence, bool):
        return "a pack number is a whole number"
    if not 1 <= sequence <= MAX_SEQUENCE:
        return f"a pack number is from 1 to {MAX_SEQUENCE:,}, not {sequence:,}"
    return ""


def pack_files(folder: Path, sequence: int) -> tuple[Path, Path]:
    """(database, head) of one installed pack."""
    stem = f"pack-{sequence:08d}"
    return folder / f"{stem}.db", folder / f"{stem}.head"


def installed_sequences(folder: Path) -> list[int]:
    """Sequences with a head file, newest first."""
    try:
        with os.scandir(folder) as entries:
            found = [(m, entry) for entry in entries if (m := _HEAD.match(entry.name))]
            numbers = {int(m[1]) for m, entry in found
                       if entry.is_file(follow_symlinks=False)
                       and entry.name == pack_files(folder, int(m[1]))[1].name
                       and int(m[1]) <= MAX_SEQUENCE}
    except OSError:
        return []
    return sorted(numbers, reverse=True)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, never through a link.

    Raises FileNotFoundError when it is not there, OSError for anything else odd."""
    fd = os.open(path, os.O_RDONLY | NOFOLLOW | BINARY)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or Path(path).is_symlink():
            raise OSError(f"{Path(path).name} is not a regular file")
        if st.st_size > limit:
            raise OSError(f"{st.st_size} bytes, more than {limit}")
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read(limit + 1)[:limit]
    finally:
        os.close(fd)


def read_mark(folder: Path) -> int:
    """The number in ``highest-sequence``; 0 when there is none. An empty, unreadable or
    odd mark raises MarkError: it must not open the door to old packs."""
    path = folder / HIGH_WATER
    try:
        text = read_regular(path, MAX_MARK_BYTES).decode("ascii").strip()
    except FileNotFoundError:
        return 0 if not path.is_symlink() else _bad(path, "it is a link")
    except (OSError, UnicodeDecodeError) as err:
        return _bad(path, str(getattr(err, "strerror", None) or err))
    if not text.isdigit() or int(text) > MAX_SEQUENCE:
        return _bad(path, "it is empty" if not text else f"{text[:20]!r} is not a pack number")
    return int(text)


def _bad(path: Path, why: str) -> int:
    raise MarkError(f"{path}: the record of the newest pack installed cannot be read ({why}); "
                    "nothing is installed until it is repaired: write the number of the newest "
                    "pack ever installed here into it")


def highest_sequence(folder: Path) -> int:
    """The high-water mark: the file's number, or a newer installed head's."""
    try:
        mark = read_mark(folder)
    except MarkError as err:
        from viewer.packs.container import PackError  # here: hashing is not needed to start

        raise PackError(str(err)) from err
    return max([mark, *installed_sequences(folder)])


def write_durably(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a new temporary file (never through a planted link),
    flushed to disk, then renamed over it, then the folder flushed, so a crash leaves the
    old file or the new one, never an empty one."""
    folder = path.parent
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=folder)
    try:
        if hasattr(os, "fchmod"):  # content, not a secret: every user of a --system install reads it
            os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
            made = os.fstat(f.fileno())
        now = os.lstat(name)
        if (now.st_ino, now.st_dev) != (made.st_ino, made.st_dev):  # swapped for a link
            raise OSError(errno.ELOOP, "the new file was replaced before it was renamed", name)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames in it) to disk, where the system allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
