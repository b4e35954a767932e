"""The clinic settings: what IT sets for a shared waiting-room computer. No Qt here.

The settings are read once, at start (``load_clinic_settings``, called by the command
line), and the record is passed down to every part that needs it. Nothing writes them
into the process environment.

A clinic computer must start even when its settings file is wrong, so nothing here
raises: every bad key falls back to its safe default and becomes a ``SettingsProblem``
naming the file, the line and the key, for the window to show staff and for the log.
The keys are documented in docs/clinic.md ("Clinic mode"); ``KEYS`` below is the list.
How one file is read is in ``viewer/clinic/file_reader.py``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from viewer import paths
from viewer.errors import printable
from viewer.plain_records import Record, field, field_names, replace

ENV = "PATIENT_VIEWER_CLINIC"
FILE_NAME = "clinic.toml"
PAPERS = ("A4", "Letter")
THEMES = ("day", "high-contrast")
IDLE_RANGE = (0, 240)  # minutes; 0 turns the idle reset off
TEXT_SIZE_RANGE = (10, 30)  # points, as the window's A- and A+ buttons allow
CHECK_RANGE = (0, 24 * 60)  # minutes between looks in content_folder; 0: only at start
MAX_TEXT = 200  # characters for the name, phone and front-desk line printed on a sheet

# What only the system-wide file decides when there is one: a user's own file (named by
# --clinic or $PATIENT_VIEWER_CLINIC) cannot turn the kiosk off, keep sheets on disk,
# trust another signing key, move the log or take content from another folder.
LOCKED_KEYS = ("kiosk", "idle_minutes", "keep_sheets_on_disk", "trusted_keys", "log_folder",
               "content_folder", "content_check_minutes")

log = logging.getLogger(__name__)


class SettingsProblem(Record, frozen=True):
    """One thing wrong in the clinic file, shown to staff as ``file:line: key: message``."""

    path: str
    line: int  # 0 when the problem is not on one line (a missing or unreadable file)
    key: str  # "" when it is not about one key
    message: str

    def __str__(self) -> str:
        shown = printable(self.path)
        where = f"{shown}:{self.line}" if self.line else shown
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ClinicSettings(Record, frozen=True):
    """The settings in force. ``path`` is None on an ordinary desktop (no clinic file)."""

    path: Path | None = None
    kiosk: bool = False
    idle_minutes: int = 10
    keep_sheets_on_disk: bool = False
    clinic_name: str = ""
    clinic_phone: str = ""
    front_desk_line: str = ""
    paper: str = "A4"
    text_size: int = 14
    theme: str = "day"
    language: str = ""  # the language each session starts in ("es", "ru"); "" the computer's
    trusted_keys: list[str] = field(default_factory=list)  # base64 public keys for content packs
    log_folder: str = ""  # a system-wide folder for the log, instead of the user's cache folder
    content_folder: str = ""  # a share or USB folder the app installs signed packs from
    content_check_minutes: int = 60
    problems: list[SettingsProblem] = field(default_factory=list)
    # Every file read, the system-wide one first; and the keys a file set with a good value.
    files: tuple[Path, ...] = ()
    given: frozenset[str] = frozenset()

    @property
    def in_clinic(self) -> bool:
        return self.path is not None

    @property
    def saves_sheets(self) -> bool:
        """Whether the patient's sheet may be written to disk at all."""
        return not self.in_clinic or self.keep_sheets_on_disk

    @property
    def idle_reset(self) -> bool:
        return self.in_clinic and self.idle_minutes > 0

    @property
    def sheet_lines(self) -> list[str]:
        """What every printed sheet says about the clinic: name and phone, front-desk line."""
        first = " \u00b7 ".join(t for t in (self.clinic_name, self.clinic_phone) if t)
        return [t for t in (first, self.front_desk_line) if t]


DESKTOP = ClinicSettings()
KEYS = [name for name in field_names(ClinicSettings)
        if name not in ("path", "problems", "files", "given")]


def system_clinic_files(environ: Mapping[str, str] | None = None,
                        platform: str | None = None) -> list[Path]:
    """Where a system-wide clinic file may be, most important first: ``patient-viewer/
    clinic.toml`` in every folder of ``XDG_CONFIG_DIRS`` on Linux, ``%ProgramData%`` on
    Windows."""
    return [folder / paths.APP / FILE_NAME
            for folder in paths.system_config_dirs(environ, platform)]


def find_system_clinic_file(environ: Mapping[str, str] | None = None,
                            platform: str | None = None) -> Path | None:
    """The first system-wide clinic file there is. A link whose target is gone counts: a file
    was put there, so this is a clinic computer, and reading it fails to the safe side."""
    return next((p for p in system_clinic_files(environ, platform) if os.path.lexists(p)), None)


def _user_file(explicit: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> Path | None:
    if explicit:
        return Path(explicit)
    return Path(environ[ENV]) if environ.get(ENV) else None


def load_clinic_settings(explicit: str | os.PathLike[str] | None = None,
                         environ: Mapping[str, str] | None = None) -> ClinicSettings:
    """The settings in force, read once at start: desktop defaults when there is no clinic
    file. A system-wide file decides ``LOCKED_KEYS``; a user's own file (``explicit``, else
    ``$PATIENT_VIEWER_CLINIC``) may set the others. ``report_problems`` logs what is wrong."""
    environ = os.environ if environ is None else environ
    system = find_system_clinic_file(environ)
    own = _user_file(explicit, environ)
    if system is None and own is None:
        return DESKTOP
    if system is None or own is None or _same_file(system, own):
        settings = read_clinic_file(system or own)
    else:
        settings = combine(read_clinic_file(system), read_clinic_file(own))
    return settings


def report_problems(settings: ClinicSettings) -> None:
    """Write each problem of the settings to the log, once, at start."""
    for problem in settings.problems:
        log.warning("clinic settings: %s", problem)


def combine(system: ClinicSettings, own: ClinicSettings) -> ClinicSettings:
    """The system-wide file's settings, with the keys a user may set taken from ``own``."""
    mine = {k: getattr(own, k) for k in own.given if k not in LOCKED_KEYS}
    refused = [SettingsProblem(str(own.path), 0, key,
                               f"set by the system-wide file {printable(str(system.path))}; "
                               "a user's clinic file cannot change it")
               for key in sorted(own.given & set(LOCKED_KEYS))]
    return replace(system, **mine, problems=system.problems + own.problems + refused,
                   files=system.files + own.files, given=system.given | frozenset(mine))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def read_clinic_file(path: Path) -> ClinicSettings:
    """Read one clinic file. Never raises: see the module's docstring."""
    from viewer.clinic.file_reader import read_file  # here: a desktop never pays for tomllib

    return read_file(Path(path))
