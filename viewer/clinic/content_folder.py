"""Content updates from a folder IT names (``content_folder``): a network share (SMB or
NFS) or a USB stick mounted at a known path. No Qt here.

``install_newest`` installs the newest pack there that passes every check of
``patient-viewer install-pack`` (it calls the same ``install_pack``), trying the next
older one when the newest is refused; ``look`` only reads what is there, for
``content-info``. Neither raises: a share that is down, a pack that is refused, a mark
that cannot be read all become lines in ``problems``, for the log.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from viewer.errors import ViewerError, printable

log = logging.getLogger(__name__)
MAX_PACKS = 200  # packs looked at in one folder: a share is not a place to keep every version


@dataclass(frozen=True)
class FolderCheck:
    folder: str
    checked_at: str  # ISO date and time, UTC
    newest_there: int = 0  # the newest pack number signed by a trusted key found there
    installed_before: int = 0  # the newest number this computer had installed before
    installed: int = 0  # the number installed by this check, 0 if none
    problems: list[str] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return self.installed_before >= self.newest_there or self.installed == self.newest_there

    def as_json(self) -> dict[str, object]:
        return {"folder": self.folder, "checked_at": self.checked_at,
                "newest_there": self.newest_there, "installed_before": self.installed_before,
                "installed_now": self.installed, "up_to_date": self.up_to_date,
                "problems": self.problems}


def install_target() -> Path:
    """Where packs from the content folder are installed. The system content folder, which
    every user of the computer reads, when this account owns it: IT gives it to the account
    the app runs as (docs/clinic.md, "Thirty machines"). Otherwise this user's own folder.
    Owning, not only being allowed to write: an install locks a file in the folder and
    replaces its high-water mark, which two accounts sharing one folder would trip over.
    On Windows always the user's own: there ownership of a folder under %ProgramData% says
    little about who else may write in it."""
    from viewer import paths
    from viewer.packs.locations import user_content_dir

    if os.name == "posix":
        # any system data folder, not only the first: an Ubuntu session puts its own
        # (/usr/share/ubuntu) before the /usr/local/share that IT's shell sees
        for folder in paths.system_data_dirs():
            try:
                if (folder / "content").is_dir() and (folder / "content").stat().st_uid == os.geteuid():
                    return folder / "content"
            except OSError:
                continue
    return user_content_dir()


def look(folder: Path, clinic_keys: list[str], target: Path) -> tuple[FolderCheck, list[Path]]:
    """What the folder offers: the check so far and the packs newer than this computer
    holds (``target``'s high-water mark, or a pack in any content folder the app reads),
    newest first. Only heads are read and their signatures checked (quick, even on a share)."""
    from viewer.packs.container import read_head
    from viewer.packs.locations import content_dirs, highest_sequence, installed_sequences
    from viewer.packs.trust import trusted_keys
    from viewer.packs.verify import check_head

    now = datetime.now(UTC).isoformat(timespec="seconds")
    problems: list[str] = []
    try:
        keys = trusted_keys(clinic_keys)
        # a pack IT installed for everyone (install-pack --system) counts as installed here
        have = max([highest_sequence(target),
                    *(n for other in content_dirs() for n in installed_sequences(other)[:1])])
        names = sorted(folder.glob("*.pvpack"))[-MAX_PACKS:]
    except (ViewerError, OSError) as err:
        return FolderCheck(str(folder), now, problems=[_said(folder, err)]), []
    found: list[tuple[int, Path]] = []
    for path in names:
        try:
            if not stat.S_ISREG(path.stat().st_mode):  # a pipe would hold the check for ever
                raise OSError(f"{path.name} is not a regular file")
            with open(path, "rb") as f:
                head = read_head(f, str(path))
            check_head(head, keys, str(path))
        except (ViewerError, OSError) as err:
            problems.append(_said(path, err))
            continue
        found.append((head.manifest.sequence, path))
    newest = max((n for n, _ in found), default=0)
    newer = [p for n, p in sorted(found, reverse=True) if n > have]
    return FolderCheck(str(folder), now, newest, have, problems=problems), newer


def install_newest(folder: Path, clinic_keys: list[str], target: Path) -> FolderCheck:
    """Install the newest pack of ``folder`` into ``target`` with every check of
    install-pack; an older one when the newest is refused. Says what happened in the log."""
    from viewer.packs.install import install_pack
    from viewer.packs.trust import trusted_keys

    check, newer = look(folder, clinic_keys, target)
    problems = list(check.problems)
    installed = 0
    for path in newer:
        try:
            done = install_pack(path, target, trusted_keys(clinic_keys))
        except (ViewerError, OSError) as err:
            problems.append(_said(path, err))
            continue
        installed = done.manifest.sequence
        break
    result = FolderCheck(check.folder, check.checked_at, check.newest_there,
                         check.installed_before, installed, problems)
    for problem in problems:
        log.warning("content folder: passed over: %s", problem)
    if installed:
        log.info("content folder %s: installed content update number %d (shown from the next "
                 "start)", printable(str(folder)), installed)
    else:
        log.info("content folder %s: nothing newer (newest there %d, installed %d)",
                 printable(str(folder)), check.newest_there, check.installed_before)
    return result


def _said(path: Path, err: Exception) -> str:
    if isinstance(err, OSError) and not isinstance(err, ViewerError):
        return printable(f"{path}: {err.strerror or err}")
    return printable(str(err))
