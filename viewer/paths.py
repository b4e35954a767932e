"""Where the user's own data lives: one folder, so "Clear my sheet" can empty it.

``PATIENT_VIEWER_DATA_DIR`` overrides the platform's user-data and cache folders
(tests point it at a temporary folder).

Nothing here creates a folder or raises: on a locked-down computer the folder may be
read-only, a file may stand where it should be, or its parent may be missing. The
callers ask ``folder_problem`` and decide what to do instead (keep the sheet in memory,
build into a temporary folder).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP = "patient-viewer"


def user_data_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def user_cache_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_database() -> Path:
    return user_data_dir() / "my-questions.db"


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"


def rebuilt_content_database() -> Path:
    """Where a content database rebuilt from the shipped files goes."""
    return user_cache_dir() / "content-rebuilt.db"


def log_file() -> Path:
    return user_cache_dir() / "patient-viewer.log"


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
