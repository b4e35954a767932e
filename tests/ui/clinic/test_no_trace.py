"""With keep_sheets_on_disk = false, nothing a patient types reaches the disk.

The session is typed through the real widgets of a window made by app.start; then every
file under the user-data, config and cache folders (SQLite journals and the log
included) is searched for the typed text in UTF-8 and UTF-16. The same session with
keep_sheets_on_disk = true must be found, or the search proves nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.clinic.session_helpers import TYPED, type_a_session
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.clinic.settings import load_clinic_settings, report_problems
from viewer.logs import setup_logging
from viewer.ui.window import app

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def found_in(folders: list[Path]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for text in TYPED:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    if text.encode(encoding) in data:
                        found.setdefault(text, []).append(f"{path.name} ({encoding})")
    return found


@pytest.mark.parametrize("override", [False, True], ids=["xdg-folders", "data-dir-override"])
@pytest.mark.parametrize("keep", [False, True], ids=["memory", "kept-on-disk"])
def test_typed_text_never_reaches_the_disk(qtbot, small_db, tmp_path, monkeypatch, keep,
                                           override):
    folders = [tmp_path / name for name in ("data", "config", "cache", "viewer-data")]
    for var, folder in zip(("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                            "PATIENT_VIEWER_DATA_DIR"), folders, strict=True):
        monkeypatch.setenv(var, str(folder))
    if not override:
        monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    clinic = tmp_path / "clinic" / "clinic.toml"
    clinic.parent.mkdir()
    # a bad key too, so the log file is written and searched
    clinic.write_text(f"keep_sheets_on_disk = {str(keep).lower()}\nidle_minutes = 9999\n")
    setup_logging()  # as the command line does
    settings = load_clinic_settings(clinic)
    report_problems(settings)
    window = app.start(small_db, settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    type_a_session(qtbot, window)
    assert window.user.notes(), "the session was typed"
    window.close()
    window.user.close()
    assert [p for f in folders for p in f.rglob("*.log")], "the log was written"
    found = found_in(folders)
    if keep:
        assert set(found) == set(TYPED), "the search finds a sheet kept on disk"
    else:
        assert found == {}
