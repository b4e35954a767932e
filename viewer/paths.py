"""Where things live: the user's own data (one folder, so "Clear my sheet" can empty it),
the cache, and the system-wide folders IT fills (the clinic file, content packs).

``PATIENT_VIEWER_DATA_DIR`` overrides the platform's user-data and cache folders and
``PATIENT_VIEWER_SYSTEM_DATA_DIR`` the system-wide data folder (tests point them at
temporary folders).

On Linux, as the XDG Base Directory specification says, the user's folders are
``$XDG_DATA_HOME`` and ``$XDG_CACHE_HOME`` (``~/.local/share`` and ``~/.cache`` by default)
and the system-wide folders every folder of ``XDG_CONFIG_DIRS`` and ``XDG_DATA_DIRS``,
most important first (an Ubuntu session sets ``/etc/xdg/xdg-ubuntu:/etc/xdg``). On
Windows the system-wide folder is ``%ProgramData%`` and the user's folders are under
``%LOCALAPPDATA%``.

Nothing here creates a folder or raises: on a locked-down computer the folder may be
read-only, a file may stand where it should be, or its parent may be missing. The
callers ask ``folder_problem`` and decide what to do instead (keep the sheet in memory,
build into a temporary folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

if sys.platform != "win32":
    import pwd

APP = "patient-viewer"


def user_data_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    if override:
        return Path(override)
    return _user_folder(os.environ, sys.platform, "data") / APP


def user_cache_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return _user_folder(os.environ, sys.platform, "cache") / APP / "cache"
    return _user_folder(os.environ, sys.platform, "cache") / APP


def _user_folder(environ: Mapping[str, str], platform: str, kind: str) -> Path:
    """The folder the platform gives a user's ``kind`` ("data" or "cache") of every app:
    ``%LOCALAPPDATA%`` (both) on Windows; elsewhere ``$XDG_DATA_HOME`` or ``$XDG_CACHE_HOME``
    when set to an absolute path (the XDG specification; honoured on macOS too, as the
    library the app used before did), else ``~/Library/Application Support`` or
    ``~/Library/Caches`` on macOS and ``~/.local/share`` or ``~/.cache`` on the others."""
    if platform == "win32":
        return Path(_windows_folder(environ, "LOCALAPPDATA") or _home() / "AppData" / "Local")
    variable = "XDG_DATA_HOME" if kind == "data" else "XDG_CACHE_HOME"
    value = environ.get(variable, "").strip()
    if os.path.isabs(value):
        return Path(value)
    if platform == "darwin":
        return _home() / "Library" / ("Application Support" if kind == "data" else "Caches")
    return _home() / (".local/share" if kind == "data" else ".cache")


def _home() -> Path:
    """The user's home: ``$HOME`` when it is an absolute path, else the account's own (a
    session that set HOME empty or relative must not put the patient's sheet in the
    current folder)."""
    if sys.platform == "win32":
        return Path.home()
    home = os.environ.get("HOME", "")
    return Path(home) if os.path.isabs(home) else Path(pwd.getpwuid(os.getuid()).pw_dir)


def system_config_dirs(environ: Mapping[str, str] | None = None,
                       platform: str | None = None) -> list[Path]:
    """The system-wide config folders, most important first (each holds ``patient-viewer/``)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return [Path(_windows_folder(environ, "ProgramData") or r"C:\ProgramData")]
    if platform == "darwin":
        return [Path("/Library/Application Support")]
    return _xdg_dirs(environ.get("XDG_CONFIG_DIRS"), "/etc/xdg")


def system_data_dirs(environ: Mapping[str, str] | None = None,
                     platform: str | None = None) -> list[Path]:
    """The app's system-wide data folders, most important first; the first is where
    ``install-pack --system`` writes."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if environ.get("PATIENT_VIEWER_SYSTEM_DATA_DIR"):
        return [Path(environ["PATIENT_VIEWER_SYSTEM_DATA_DIR"])]
    if platform == "win32":
        return [Path(_windows_folder(environ, "ProgramData") or r"C:\ProgramData") / APP]
    if platform == "darwin":
        return [Path("/Library/Application Support") / APP]
    return [folder / APP for folder in _xdg_dirs(environ.get("XDG_DATA_DIRS"),
                                                 "/usr/local/share/:/usr/share/")]


def _xdg_dirs(value: str | None, default: str) -> list[Path]:
    """A colon-separated XDG list: relative entries are invalid and skipped; unset or empty
    means the default."""
    folders = [Path(p) for p in (value or "").split(":") if p and os.path.isabs(p)]
    folders = folders or [Path(p) for p in default.split(":") if p]
    return list(dict.fromkeys(folders))


def _windows_folder(environ: Mapping[str, str], name: str) -> str:
    return environ.get(name) or environ.get(name.upper()) or ""


def repository_root(folder: Path | None = None) -> Path:
    """The content repository the editors' commands work in: ``folder`` (the current one by
    default), which must hold ``seeds/`` and ``resources/content/``."""
    from viewer.errors import ViewerError

    root = Path.cwd() if folder is None else folder
    if not (root / "seeds").is_dir() or not (root / "resources" / "content").is_dir():
        raise ViewerError(f"{root}: no seeds/ and resources/content/ here; "
                          "run this in the repository root")
    return root


def user_database() -> Path:
    return user_data_dir() / "my-questions.db"


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"


def rebuilt_content_database() -> Path:
    """Where a content database rebuilt from the shipped files goes."""
    return user_cache_dir() / "content-rebuilt.db"


def log_file(folder: str | os.PathLike[str] = "") -> Path:
    """The log: in ``folder`` when the clinic settings name one (``log_folder``), else in
    the user's cache folder."""
    return (Path(folder) if folder else user_cache_dir()) / "patient-viewer.log"


def folder_problem(folder: Path) -> str:
    """Make ``folder`` if it is missing and check a file can be written in it. Returns ""
    when it can, else why not, in words for the log (never raises)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        return f"{err.filename or folder}: {err.strerror or err}"
    return ""
