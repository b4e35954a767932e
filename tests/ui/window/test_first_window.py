"""The first window fits the screen; a saved place comes back only if it still fits;
the "How to use this app" strip is there on the first start until it is dismissed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from tests.conftest import REPO
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer import paths
from viewer.ui.window.howto import SENTENCES
from viewer.ui.window.window_state import FIRST_WIDEST, fits_screens

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]


def test_first_start_takes_most_of_a_wide_screen_and_stays_on_it(qtbot, small_db):
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.width() >= 1400  # the tests' screen: 1920x1080
    window = open_window(qtbot, small_db)
    assert not window.isMaximized()
    assert window.width() == min(FIRST_WIDEST, int(area.width() * 0.85))
    assert area.contains(window.geometry())
    assert abs(window.geometry().center().x() - area.center().x()) <= 2


def test_a_saved_place_off_every_screen_is_not_restored(qtbot, small_db):
    first = open_window(qtbot, small_db)
    first.setGeometry(QRect(QPoint(4000, 3000), first.size()))  # a monitor that is gone now
    assert not fits_screens(first.frameGeometry())
    first.close()

    second = open_window(qtbot, small_db)
    assert QGuiApplication.primaryScreen().availableGeometry().contains(second.geometry())


def test_a_saved_place_that_fits_comes_back(qtbot, small_db):
    first = open_window(qtbot, small_db)
    first.setGeometry(QRect(100, 80, 1100, 700))
    place = first.geometry()
    first.close()

    second = open_window(qtbot, small_db)
    assert second.geometry() == place


def test_a_screen_narrower_than_1400_points_gets_a_maximized_window(small_db, tmp_path):
    """A screen of another size needs another Qt process: the offscreen screen is set once."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "Small", "x": 0, "y": 0, "width": 1280,
                                               "height": 720, "logicalDpi": 96, "dpr": 1}]}))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from viewer.store.content import ContentStore\n"
        "from viewer.store.user import UserStore\n"
        "from viewer.ui.window.app import application\n"
        "from viewer.ui.window.main_window import MainWindow\n"
        "app = application()\n"
        "w = MainWindow(ContentStore(Path(sys.argv[1])), UserStore(Path(sys.argv[2])))\n"
        "w.show(); app.processEvents()\n"
        "print(w.isMaximized(), w.width(), w.height())\n")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               PATIENT_VIEWER_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script, str(small_db), str(tmp_path / "u.db")],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    maximized, width, height = result.stdout.split()[-3:]
    assert maximized == "True" and int(width) <= 1280 and int(height) <= 720


def test_how_to_strip_is_there_once_in_three_plain_sentences_until_dismissed(qtbot, small_db):
    first = open_window(qtbot, small_db)
    strip = first.howto
    assert strip.isVisible()
    text = strip.text.text()
    assert len(SENTENCES) == 3 and all(sentence in text for sentence in SENTENCES)
    assert "[" not in text  # instructions are not claims: no source numbers
    first.header.contrast.setFocus()
    qtbot.keyClick(first.header.contrast, Qt.Key.Key_Tab)
    assert strip.button.hasFocus()  # reachable by keyboard, right after the header
    qtbot.keyClick(strip.button, Qt.Key.Key_Space)
    assert not strip.isVisible()
    assert first.nav.hasFocus()
    first.close()
    assert QSettings(str(paths.settings_file()), QSettings.Format.IniFormat).value(
        "view/howto_dismissed") == "1"

    second = open_window(qtbot, small_db)
    assert not second.howto.isVisible()
