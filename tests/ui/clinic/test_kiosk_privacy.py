"""No way out to a browser in a kiosk, only web addresses ever opened outside it, the
clipboard and the selection emptied by a clear, and the staff's keys over a dialog."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QVBoxLayout

from tests.ui.clinic.session_helpers import NOTES, clinic_window, type_a_session
from tests.ui.clinic.test_kiosk import KIOSK
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

CLINIC = "kiosk = false\n"


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Every address handed to the system's browser, none of them really opened."""
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(QUrl(url).toString()))
    return calls


def with_address(small_db, tmp_path, url: str):
    """A copy of the built database whose every source has ``url`` as its address."""
    copy = tmp_path / "content.db"
    shutil.copy(small_db, copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE sources SET url = ? WHERE url != ''", (url,))
    db.close()
    return copy


def first_source_with_address(window) -> str:
    return next(s.id for s in window.content.sources() if s.url)


def test_a_kiosk_shows_no_open_in_browser_and_opens_nothing(qtbot, small_db, tmp_path, opened):
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK)
    window.open_source(first_source_with_address(window))
    view = window.source_view
    assert view.url.startswith("https://")
    assert view.copy_button.isVisible()
    assert not view.open_button.isVisible()
    view.open_in_browser()  # even if something reached it
    assert opened == []
    window.clinic_mode.leave()


def test_a_kiosk_made_after_the_source_panel_hides_the_button_too(qtbot, small_db, tmp_path, opened):
    from viewer.clinic.settings import read_clinic_file
    from viewer.ui.clinic.kiosk import ClinicMode

    window = open_window(qtbot, small_db)
    window.open_source(first_source_with_address(window))
    assert window.source_view.open_button.isVisible()
    (tmp_path / "k.toml").write_text(KIOSK)
    window.clinic_mode = ClinicMode(window, read_clinic_file(tmp_path / "k.toml"), window.content,
                                    window.user)
    assert not window.source_view.open_button.isVisible()
    window.clinic_mode.leave()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>",
                                 "FILE:///etc/shadow", "https:///etc/passwd", "  file:/etc/passwd",
                                 "smb://server/share", "about:blank"])
def test_outside_a_kiosk_no_address_but_http_and_https_is_opened(qtbot, small_db, tmp_path, opened, url):
    window = open_window(qtbot, with_address(small_db, tmp_path, url))
    window.open_source(first_source_with_address(window))
    view = window.source_view
    assert view.url == url
    assert not view.open_button.isVisible()
    view.open_in_browser()
    assert opened == []


@pytest.mark.parametrize("url", ["https://example.org/report", "http://example.org/a?b=1"])
def test_outside_a_kiosk_a_web_address_opens_on_request(qtbot, small_db, tmp_path, opened, url):
    window = open_window(qtbot, with_address(small_db, tmp_path, url))
    window.open_source(first_source_with_address(window))
    view = window.source_view
    assert view.open_button.isVisible()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [url]


def put_on_clipboards(text: str) -> bool:
    """``text`` on the clipboard, and on the selection where there is one; True if there is."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text, QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText(text, QClipboard.Mode.Selection)
        return True
    return False


def on_clipboards() -> str:
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        text += clipboard.text(QClipboard.Mode.Selection)
    return text


def test_finish_empties_the_clipboard_and_the_selection(qtbot, small_db, tmp_path):
    from viewer.devtools.clinic_screens import pdf_printer

    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(tmp_path / "s.pdf"))
    type_a_session(qtbot, window)
    put_on_clipboards(NOTES)
    qtbot.waitUntil(lambda: NOTES in on_clipboards(), timeout=2000)
    qtbot.mouseClick(window.clinic_mode.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: NOTES not in on_clipboards(), timeout=2000)
    window.clinic_mode.leave()


@pytest.mark.xcb
def test_the_idle_reset_empties_the_x11_selection(qtbot, small_db, tmp_path):
    """On a real X server: what a patient selected is not pasted by the next one's middle-click."""
    selection = QGuiApplication.clipboard().supportsSelection()
    if not os.environ.get("PATIENT_VIEWER_EXPECT_XCB") and not selection:
        pytest.skip("no selection on this platform; the Xvfb run checks it")
    assert QGuiApplication.clipboard().supportsSelection()
    window = clinic_window(qtbot, small_db, tmp_path, "idle_minutes = 5\n", idle_ms=200, grace_ms=200)
    window.user.set_notes(NOTES)
    assert put_on_clipboards(NOTES)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text(QClipboard.Mode.Selection) == NOTES,
                    timeout=2000)
    idle = window.clinic_mode.idle
    qtbot.waitUntil(lambda: idle.asking, timeout=3000)
    qtbot.waitUntil(lambda: not idle.asking and window.user.notes() == "", timeout=3000)
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) == "", timeout=2000)
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""


def test_the_staff_keys_leave_a_kiosk_with_a_modal_dialog_open(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK)
    dialog = QDialog(window)
    dialog.setModal(True)
    QVBoxLayout(dialog).addWidget(button := QPushButton("A button in a dialog"))
    dialog.open()
    qtbot.waitExposed(dialog)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.keyClick(button, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not dialog.isVisible()


def test_outside_a_kiosk_the_staff_keys_do_nothing(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.isVisible()
