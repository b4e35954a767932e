"""One install at a time in a content folder, and the leftovers of installs that died.

Two installs at once could each read the same high-water mark, and one's clean-up
could delete the pack the other just installed. So an install holds an exclusive
lock on ``install.lock`` in the folder: ``fcntl.flock`` on Linux and macOS,
``msvcrt.locking`` on Windows. The lock is the operating system's, so it goes
when the process does, however it ends. The file itself stays (deleting a lock
file lets two processes hold "the" lock on two different files).

Whoever holds the lock is the only writer of the folder, so any temporary file an
install writes (``.installing-*``) found then is a dead install's: it is removed.
The app does the same at start when it can take the lock at once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from viewer.packs.locations import BINARY, NOFOLLOW, TEMP_PREFIX

LOCK_NAME = "install.lock"
WAIT_SECONDS = 60.0
_LEGACY_TEMPS = (".highest-sequence.tmp",)  # the fixed temporary name older versions gave the mark


class Busy(Exception):
    """Another install holds the folder."""


if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def install_lock(folder: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's install lock, waiting up to ``wait`` seconds for another install;
    Busy if it is still held then. Removes a dead install's leftovers once held."""
    fd = _open_lock(folder)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise Busy(f"another install into {folder} is still running after "
                           f"{wait:.0f} seconds; try again when it has finished")
            time.sleep(0.05)
        try:
            remove_leftovers(folder)
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def remove_leftovers(folder: Path) -> list[str]:
    """Delete temporary files of installs that did not finish; the names removed.
    Only call with the lock held."""
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return removed
    for name in names:
        if name.startswith(TEMP_PREFIX) or name in _LEGACY_TEMPS:
            try:
                (folder / name).unlink()  # a link is removed, never followed
                removed.append(name)
            except OSError:
                pass
    return removed


def _open_lock(folder: Path) -> int:
    try:
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | NOFOLLOW | BINARY, 0o644)
    except PermissionError:
        # another account made the lock file (root's install-pack --system into a folder
        # the kiosk account owns): taking a lock needs no write access to the file itself
        return os.open(folder / LOCK_NAME, os.O_RDONLY | NOFOLLOW | BINARY)


def tidy_at_start(folder: Path) -> list[str]:
    """At app start: remove leftovers if no install is running (the lock is free at once)
    and the folder can be written; else leave them for the next install."""
    try:
        fd = _open_lock(folder)
    except OSError:  # a folder this user cannot write: not ours to tidy
        return []
    try:
        if not _try_lock(fd):
            return []
        try:
            return remove_leftovers(folder)
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
