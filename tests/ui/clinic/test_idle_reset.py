"""The idle reset, driven with short intervals: the notice, "I'm still here", and the clear."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.clinic.session_helpers import NAME, NOTES, OWN, SEARCH, clinic_window, type_a_session
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.ui.clinic.idle import BUTTON, TITLE

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

CLINIC = 'idle_minutes = 5\ntext_size = 16\ntheme = "day"\n'


def test_after_the_quiet_spell_the_notice_asks_and_then_everything_is_cleared(
        qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=300, grace_ms=600)
    idle = window.clinic_mode.idle
    type_a_session(qtbot, window)
    window.howto.dismiss()
    tab = window.topic_view.questions_tab
    assert window.user.entries() and window.source_panel.is_open()
    assert window.text_size == 18 and window.theme.name == "high-contrast"

    qtbot.waitUntil(lambda: idle.asking, timeout=3000)
    notice = idle.notice
    assert notice.title.text() == TITLE
    assert notice.body.text().startswith("Your questions will be cleared in ")
    assert notice.button.text() == BUTTON
    assert notice.geometry() == window.rect(), "the notice covers the whole window"
    assert notice.title.font().pointSize() >= 30 or "34pt" in notice.title.styleSheet()
    assert notice.button.height() >= 60

    qtbot.waitUntil(lambda: not idle.asking, timeout=3000)  # nobody answered
    assert window.user.entries() == [] and window.user.notes() == ""
    assert window.user.header().name == ""
    assert tab.panel.list.count() == 0
    assert not tab.rows.get("topic-1-q1") or not tab.rows["topic-1-q1"].box.isChecked()
    for box in (tab.panel.own_text, tab.panel.notes):
        assert box.toPlainText() == ""
    assert all(f.text() == "" for f in tab.panel.fields.values())
    assert window.search_box.text() == ""
    assert not window.source_panel.is_open()
    assert window.text_size == 16 and window.theme.name == "day"
    assert window.topic_view.current_tab() == "what"
    assert window.nav.currentRow() == 0
    assert window.howto.isVisibleTo(window), "the next reader sees how to use the app"
    # nothing comes back with Ctrl+Z in the boxes the patient typed in
    for box in (tab.panel.notes, tab.panel.fields["name"], window.search_box):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    everything = (tab.panel.notes.toPlainText() + tab.panel.fields["name"].text()
                  + window.search_box.text() + QApplication.clipboard().text())
    for typed in (NOTES, NAME, SEARCH, OWN):
        assert typed not in everything


def test_i_am_still_here_keeps_everything(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=300, grace_ms=800)
    idle = window.clinic_mode.idle
    type_a_session(qtbot, window)
    qtbot.waitUntil(lambda: idle.asking, timeout=3000)
    qtbot.mouseClick(idle.notice.button, Qt.MouseButton.LeftButton)
    assert not idle.asking
    qtbot.wait(900)  # longer than the grace: had it not been answered, it would have cleared
    assert window.user.notes() == NOTES and window.user.header().name == NAME
    assert window.search_box.text() == SEARCH


def test_a_key_answers_the_notice_but_a_nudged_mouse_does_not(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=200, grace_ms=60_000)
    idle = window.clinic_mode.idle
    window.user.set_notes(NOTES)
    qtbot.waitUntil(lambda: idle.asking, timeout=3000)
    qtbot.mouseMove(idle.notice, idle.notice.rect().center())
    assert idle.asking
    qtbot.keyClick(idle.notice.button, Qt.Key.Key_Shift)
    assert not idle.asking and window.user.notes() == NOTES


def test_input_keeps_the_session_alive(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=400, grace_ms=60_000)
    idle = window.clinic_mode.idle
    for _ in range(6):  # 6 x 150 ms of typing: longer than the idle time, never idle
        qtbot.keyClicks(window.search_box, "a")
        qtbot.wait(150)
        assert not idle.asking
    qtbot.waitUntil(lambda: idle.asking, timeout=3000)


def test_idle_minutes_zero_turns_the_reset_off(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, "idle_minutes = 0\n")
    assert window.clinic_mode.idle is None


def test_an_open_dialog_is_closed_by_the_reset(qtbot, small_db, tmp_path):
    """A half-done "Clear my sheet?" or Save dialog must not wait for the next person."""
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=300, grace_ms=300)
    type_a_session(qtbot, window)
    tab = window.topic_view.questions_tab
    tab.buttons.save_pdf()
    dialog = tab.buttons.dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.user.notes() == "", timeout=4000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_the_reset_takes_down_a_finish_notice_nobody_answered(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, CLINIC, idle_ms=300, grace_ms=300)
    finish = window.clinic_mode.finish
    finish.start()  # an empty sheet: "There is nothing on your sheet yet"
    assert finish.notice.isVisible()
    qtbot.waitUntil(lambda: window.clinic_mode.idle.asking, timeout=3000)
    qtbot.waitUntil(lambda: not window.clinic_mode.idle.asking, timeout=3000)
    assert not finish.notice.isVisible()
