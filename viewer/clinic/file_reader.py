"""Read one clinic file into a ``ClinicSettings`` record. Never raises.

Only a regular file of at most ``MAX_BYTES`` is read, as UTF-8 with or without the
byte-order mark Windows editors write. Anything else (a folder, a pipe, a device, a
larger file, a link to nothing, text that is not UTF-8) cannot say whether it wants a
kiosk: the app then takes the safe side of a shared computer (see ``_unreadable``). A
line that mentions ``kiosk`` and cannot be read also means a kiosk.
"""

from __future__ import annotations

import os
import re
import reprlib
import stat
import tomllib
from pathlib import Path

from viewer.clinic.settings import (
    CHECK_RANGE,
    IDLE_RANGE,
    KEYS,
    MAX_TEXT,
    PAPERS,
    TEXT_SIZE_RANGE,
    THEMES,
    ClinicSettings,
    SettingsProblem,
)
from viewer.plain_records import replace

MAX_BYTES = 1_000_000  # a clinic file is a dozen lines; a bigger one is a mistake


class Unreadable(Exception):
    """Why the file's bytes could not be had, in words for the problem line."""


def read_file(path: Path) -> ClinicSettings:
    base = ClinicSettings(path=path, files=(path,))
    try:
        text = read_text(path)
    except Unreadable as err:
        return _unreadable(base, f"cannot be read ({err})")
    rows = text.splitlines()
    keyed = _keys_by_line(rows)
    lines: dict[str, int] = {}
    for n, key in enumerate(keyed, 1):
        if key:
            lines.setdefault(key, n)
    try:
        values: dict[str, object] = tomllib.loads(text)
        syntax: list[SettingsProblem] = []
        kiosk_unread = False
    except (tomllib.TOMLDecodeError, RecursionError) as err:
        values, syntax, kiosk_unread = _salvage(path, rows, keyed, err)
    settings, problems = _apply(base, values, lines, str(path))
    asked = _KIOSK_LINE.search(text) is not None
    if asked and (not isinstance(values.get("kiosk"), bool) or kiosk_unread):
        settings = replace(settings, kiosk=True)  # asked for, but unreadable: the safe side
        syntax = [replace(p, message=p.message + "; kiosk on, the safe side")
                  if p.key == "kiosk" or not p.key else p for p in syntax]
    return replace(settings, problems=syntax + problems)


def read_text(path: Path) -> str:
    """The file's text, or ``Unreadable``. Opened without waiting (a pipe with no writer
    would block the start for ever) and checked to be a regular file before reading."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise Unreadable(err.strerror or str(err)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise Unreadable(f"it is {kind}")
        if info.st_size > MAX_BYTES:
            raise Unreadable(f"it is larger than {MAX_BYTES // 1_000_000} MB")
        data = os.read(fd, MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # grew since it was looked at
            raise Unreadable(f"it is larger than {MAX_BYTES // 1_000_000} MB")
    except OSError as err:
        raise Unreadable(err.strerror or str(err)) from None
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable("it is not UTF-8 text") from None


def _unreadable(base: ClinicSettings, message: str, line: int = 0) -> ClinicSettings:
    """A clinic file that cannot say whether it wants a kiosk: take the safe side. The file
    is there, so this is a shared computer: kiosk on (staff can leave it with their keys),
    idle reset on and nothing written to disk."""
    problem = SettingsProblem(str(base.path), line, "",
                              f"{message}; using the safe settings: kiosk on, "
                              f"idle reset after {base.idle_minutes} minutes, nothing kept on disk")
    return replace(base, kiosk=True, problems=[problem])


_ERROR_LINE = re.compile(r"\(at line (\d+), column \d+\)")
# However badly written: quoted, in capitals, after a stray byte-order mark.
_KIOSK_LINE = re.compile(r"""^[\s\ufeff]*["']?kiosk\b""", re.MULTILINE | re.IGNORECASE)
_FIRST_WORD = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_-]*)")  # the key of a line missing its "="
_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")


def _salvage(path: Path, rows: list[str], keyed: list[str], err: Exception
             ) -> tuple[dict[str, object], list[SettingsProblem], bool]:
    """After a syntax error, read each line that parses on its own (``key = value``), so one
    broken line costs only its own key. Tables and multi-line values are lost; the first
    problem names the line of the error. Also says whether a kiosk line went unread."""
    if isinstance(err, RecursionError):
        line, message = 0, "nested too deeply"
    else:
        match = _ERROR_LINE.search(str(err))
        line = int(match.group(1)) if match else 0
        message = _ERROR_LINE.sub("", str(err)).strip()
    broken_key = _key_at(rows, line)
    said = ("is set twice; the first one is used" if "overwrite" in message
            else f"not valid TOML ({message}); this line was skipped")
    problems = [SettingsProblem(str(path), line, broken_key, said)]
    values: dict[str, object] = {}
    broken: list[str] = []
    for n, (raw, key) in enumerate(zip(rows, keyed, strict=True), 1):
        if n == line or (key and key in values):  # set again: the first one is used
            if not key or key.lower().startswith("kiosk"):
                broken.append(raw)
            continue
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            values.update(tomllib.loads(raw))
        except (tomllib.TOMLDecodeError, RecursionError):
            broken.append(raw)
    return values, problems, any(_KIOSK_LINE.match(raw) for raw in broken)


def _key_at(lines: list[str], line: int) -> str:
    if 1 <= line <= len(lines):
        match = _KEY_LINE.match(lines[line - 1]) or _FIRST_WORD.match(lines[line - 1])
        if match:
            return next(g for g in match.groups() if g)
    return ""


def _keys_by_line(rows: list[str]) -> list[str]:
    """The key each line sets, or "" (tomllib gives values, not positions)."""
    keyed = []
    for raw in rows:
        match = _KEY_LINE.match(raw)
        keyed.append(next(g for g in match.groups() if g) if match else "")
    return keyed


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
            problems.append(SettingsProblem(path, line, _SHORT.repr(key).strip("'\""),
                                            f"unknown key, ignored; {hint}"))
            continue
        error = _check(key, value)
        if error:
            # a kiosk asked for in words the app cannot read: the safe side is a kiosk
            default = "true, the safe side" if key == "kiosk" else repr(getattr(base, key))
            problems.append(SettingsProblem(path, line, key, f"{error}; using {default}"))
        else:
            good[key] = list(value) if key == "trusted_keys" else value
    return replace(base, **good, given=frozenset(good)), problems


def _check(key: str, value: object) -> str:
    """What is wrong with one value, or ""."""
    default = getattr(ClinicSettings(), key)
    if isinstance(default, bool):
        return "" if isinstance(value, bool) else f"must be true or false, not {_shown(value)}"
    if isinstance(default, int):
        low, high = {"idle_minutes": IDLE_RANGE, "content_check_minutes": CHECK_RANGE}.get(
            key, TEXT_SIZE_RANGE)
        if not isinstance(value, int) or isinstance(value, bool):
            return f"must be a whole number from {low} to {high}, not {_shown(value)}"
        return "" if low <= value <= high else f"{value} is out of range ({low} to {high})"
    if key == "trusted_keys":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return "must be a list of strings, one public key each"
        try:  # here: nacl loads only for a key list
            from viewer.packs.keys import key_line_problem
        except ImportError as err:  # a bundle without it must still start, trusting no key
            return f"cannot be checked: the signature library is missing ({err.name})"

        return next((p for v in value if (p := key_line_problem(v))), "")
    if not isinstance(value, str):
        return f"must be text in quotes, not {_shown(value)}"
    if key == "paper" and value not in PAPERS:
        return f"must be one of {', '.join(PAPERS)}, not {_SHORT.repr(value)}"
    if key == "theme" and value not in THEMES:
        return f"must be one of {', '.join(THEMES)}, not {_SHORT.repr(value)}"
    if key == "language" and value and not _LANGUAGE.fullmatch(value):
        return f"must be a language code such as es or ru, not {_SHORT.repr(value)}"
    if key in ("log_folder", "content_folder"):
        return "" if not value or os.path.isabs(value) else f"{_SHORT.repr(value)} is not a full path"
    if len(value) > MAX_TEXT:
        return f"is longer than {MAX_TEXT} characters"
    return ""


_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?")

# Values quoted in a problem line: short, and never deep (a value nested hundreds deep
# must not take the reader down while it is described).
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother, _SHORT.maxlist, _SHORT.maxdict = 3, 40, 40, 4, 4


def _shown(value: object) -> str:
    kinds = {bool: "true/false", int: "a number", float: "a number", str: "text",
             list: "a list", dict: "a table"}
    return f"{kinds.get(type(value), type(value).__name__)} {_SHORT.repr(value)}"
