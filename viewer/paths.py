"""Where the user's own data lives: one folder, so "Clear my sheet" can empty it.

``PATIENT_VIEWER_DATA_DIR`` overrides the platform's user-data folder (tests
point it at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "patient-viewer"


def user_data_dir() -> Path:
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_database() -> Path:
    return user_data_dir() / "my-questions.db"


def settings_file() -> Path:
    return user_data_dir() / "settings.ini"


def rebuilt_content_database() -> Path:
    """Where a content database rebuilt from the shipped files goes."""
    override = os.environ.get("PATIENT_VIEWER_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_cache_dir(APP, appauthor=False))
    return base / "content-rebuilt.db"
