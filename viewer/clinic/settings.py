"""The clinic settings file: what IT sets for a shared waiting-room computer. No Qt here.

A clinic computer must start even when its settings file is wrong, so nothing here
raises: every bad key falls back to its safe default and becomes a ``SettingsProblem``
naming the file, the line and the key, for the window to show staff and for the log.
The keys are documented in docs/clinic.md ("Clinic mode"); ``KEYS`` below is the list.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from viewer.paths import APP

if TYPE_CHECKING:
    import tomllib

ENV = "PATIENT_VIEWER_CLINIC"
FILE_NAME = "clinic.toml"
PAPERS = ("A4", "Letter")
THEMES = ("day", "high-contrast")
IDLE_RANGE = (0, 240)  # minutes; 0 turns the idle reset off
TEXT_SIZE_RANGE = (10, 30)  # points, as the window's A- and A+ buttons allow
MAX_TEXT = 200  # characters for the name, phone and front-desk line printed on a sheet

log = logging.getLogger(__name__)
_LOGGED: set[str] = set()


@dataclass(frozen=True)
class SettingsProblem:
    """One thing wrong in the clinic file, shown to staff as ``file:line: key: message``."""

    path: str
    line: int  # 0 when the problem is not on one line (a missing or unreadable file)
    key: str  # "" when it is not about one key
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass(frozen=True)
class ClinicSettings:
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
    trusted_keys: list[str] = field(default_factory=list)  # base64 public keys for content packs
    problems: list[SettingsProblem] = field(default_factory=list)

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
KEYS = [f.name for f in fields(ClinicSettings) if f.name not in ("path", "problems")]


def find_clinic_file(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """``--clinic FILE``, else ``$PATIENT_VIEWER_CLINIC``, else the system-wide config folder
    (``/etc/xdg/patient-viewer/clinic.toml`` on Linux) if a file is there; else None."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    system = Path(platformdirs.site_config_dir(APP, appauthor=False)) / FILE_NAME
    return system if system.exists() else None


def load_clinic_settings(explicit: str | os.PathLike[str] | None = None) -> ClinicSettings:
    """The settings in force: desktop defaults when there is no clinic file."""
    path = find_clinic_file(explicit)
    if path is None:
        return DESKTOP
    settings = read_clinic_file(path)
    for problem in settings.problems:
        if str(problem) not in _LOGGED:  # several parts of the app read the file
            _LOGGED.add(str(problem))
            log.warning("clinic settings: %s", problem)
    return settings


def read_clinic_file(path: Path) -> ClinicSettings:
    """Read one clinic file. Never raises: see the module's docstring."""
    base = ClinicSettings(path=path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return _unreadable(base, f"cannot be read ({_reason(err)})")
    import tomllib  # here: a desktop with no clinic file never pays for it

    lines = _key_lines(text)
    try:
        values = tomllib.loads(text)
        syntax: list[SettingsProblem] = []
    except tomllib.TOMLDecodeError as err:
        values, syntax = _salvage(path, text, err)
    settings, problems = _apply(base, values, lines, str(path))
    if _KIOSK_LINE.search(text) and not isinstance(values.get("kiosk"), bool):
        settings = replace(settings, kiosk=True)  # asked for, but unreadable: the safe side
        syntax = [replace(p, message=p.message + "; kiosk on, the safe side")
                  if p.key == "kiosk" or not p.key else p for p in syntax]
    return replace(settings, problems=syntax + problems)


def _unreadable(base: ClinicSettings, message: str, line: int = 0) -> ClinicSettings:
    """A clinic file that cannot say whether it wants a kiosk: take the safe side. The file
    is there, so this is a shared computer: kiosk on (staff can leave it with their keys),
    idle reset on and nothing written to disk."""
    problem = SettingsProblem(str(base.path), line, "",
                              f"{message}; using the safe settings: kiosk on, "
                              f"idle reset after {base.idle_minutes} minutes, nothing kept on disk")
    return replace(base, kiosk=True, problems=[problem])


def _reason(err: Exception) -> str:
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return "it is not UTF-8 text"


_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_KIOSK_LINE = re.compile(r"""^\s*["']?kiosk\b""", re.MULTILINE)  # however badly written
_FIRST_WORD = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_-]*)")  # the key of a line missing its "="
_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")


def _salvage(path: Path, text: str, err: tomllib.TOMLDecodeError
             ) -> tuple[dict[str, object], list[SettingsProblem]]:
    """After a syntax error, read each line that parses on its own (``key = value``), so one
    broken line costs only its own key. Tables and multi-line values are lost; the first
    problem names the line of the error."""
    match = _ERROR_LINE.search(str(err))
    line = int(match.group(1)) if match else 0
    message = _ERROR_LINE.sub("", str(err)).strip()
    broken_key = _key_at(text, line)
    said = ("is set twice; the first one is used" if "overwrite" in message
            else f"not valid TOML ({message}); this line was skipped")
    problems = [SettingsProblem(str(path), line, broken_key, said)]
    import tomllib

    values: dict[str, object] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if n == line:
            continue
        try:
            values.update(tomllib.loads(raw))
        except tomllib.TOMLDecodeError:
            continue
    return values, problems


def _key_at(text: str, line: int) -> str:
    lines = text.splitlines()
    if 1 <= line <= len(lines):
        match = _KEY_LINE.match(lines[line - 1]) or _FIRST_WORD.match(lines[line - 1])
        if match:
            return next(g for g in match.groups() if g)
    return ""


def _key_lines(text: str) -> dict[str, int]:
    """The line each top-level key is set on (tomllib gives values, not positions)."""
    found: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        match = _KEY_LINE.match(raw)
        if match:
            found.setdefault(next(g for g in match.groups() if g), n)
    return found


def _apply(base: ClinicSettings, values: dict[str, object], lines: dict[str, int], path: str
           ) -> tuple[ClinicSettings, list[SettingsProblem]]:
    """Check each key; a good value replaces the default, a bad one becomes a problem."""
    problems: list[SettingsProblem] = []
    good: dict[str, object] = {}
    for key, value in values.items():
        line = lines.get(key, 0)
        if key not in KEYS:
            import difflib

            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean {close[0]}?" if close else "the keys are listed in docs/clinic.md"
            problems.append(SettingsProblem(path, line, key, f"unknown key, ignored; {hint}"))
            continue
        error = _check(key, value)
        if error:
            # a kiosk asked for in words the app cannot read: the safe side is a kiosk
            default = "true, the safe side" if key == "kiosk" else repr(getattr(base, key))
            problems.append(SettingsProblem(path, line, key, f"{error}; using {default}"))
        else:
            good[key] = list(value) if key == "trusted_keys" else value
    return replace(base, **good), problems


def _check(key: str, value: object) -> str:
    """What is wrong with one value, or ""."""
    default = getattr(ClinicSettings(), key)
    if isinstance(default, bool):
        return "" if isinstance(value, bool) else f"must be true or false, not {_shown(value)}"
    if isinstance(default, int):
        low, high = IDLE_RANGE if key == "idle_minutes" else TEXT_SIZE_RANGE
        if not isinstance(value, int) or isinstance(value, bool):
            return f"must be a whole number from {low} to {high}, not {_shown(value)}"
        return "" if low <= value <= high else f"{value} is out of range ({low} to {high})"
    if key == "trusted_keys":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return "must be a list of strings, one public key each"
        from viewer.packs.keys import key_line_problem  # here: nacl loads only for a key list

        return next((p for v in value if (p := key_line_problem(v))), "")
    if not isinstance(value, str):
        return f"must be text in quotes, not {_shown(value)}"
    if key == "paper" and value not in PAPERS:
        return f"must be one of {', '.join(PAPERS)}, not {value!r}"
    if key == "theme" and value not in THEMES:
        return f"must be one of {', '.join(THEMES)}, not {value!r}"
    if len(value) > MAX_TEXT:
        return f"is longer than {MAX_TEXT} characters"
    return ""


def _shown(value: object) -> str:
    kinds = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "a table"}
    return f"{kinds.get(type(value), type(value).__name__)} {value!r}"
