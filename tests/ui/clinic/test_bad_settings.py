"""A wrong clinic file never stops the app: it starts, and staff see file, line and key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.clinic.settings import load_clinic_settings
from viewer.ui.clinic.kiosk import PROBLEMS_TITLE
from viewer.ui.window import app

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def start(qtbot, small_db, tmp_path, text):
    path = tmp_path / "clinic.toml"
    path.write_text(text)
    window = app.start(small_db, load_clinic_settings(path))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return path, window


@pytest.mark.parametrize(("text", "line", "key"), [
    ("kiosk = false\nidle_minutes = 9000\n", 2, "idle_minutes"),
    ('kiosk = false\nclinic_nmae = "x"\n', 2, "clinic_nmae"),
    ('kiosk = false\npaper = "A5"\n', 2, "paper"),
    ('kiosk = false\ntheme = 3\n', 2, "theme"),
    ('kiosk = false\nclinic_name = "unclosed\n', 2, "clinic_name"),
])
def test_the_app_starts_and_names_the_file_line_and_key(qtbot, small_db, tmp_path, text, line, key):
    path, window = start(qtbot, small_db, tmp_path, text)
    notice = window.clinic_mode.problems
    assert notice.isVisible() and notice.title.text() == PROBLEMS_TITLE
    assert f"{path}:{line}: {key}:" in notice.detail.text()
    assert not window.isFullScreen(), "kiosk stays as asked"
    assert str(path) in window.statusBar().currentMessage()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()


def test_an_unreadable_file_starts_a_safe_kiosk(qtbot, small_db, tmp_path):
    path, window = start(qtbot, small_db, tmp_path, "kiosk = maybe\n")
    assert window.isFullScreen() and not window.user.on_disk
    assert "safe side" in window.clinic_mode.problems.detail.text()
    window.clinic_mode.leave()


def test_a_good_file_shows_no_notice(qtbot, small_db, tmp_path):
    _, window = start(qtbot, small_db, tmp_path, 'clinic_name = "Riverside"\n')
    assert not window.clinic_mode.problems.isVisible()
