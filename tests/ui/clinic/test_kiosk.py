"""Kiosk mode as app.start makes it, and the Finish button printing to a real PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.sheet_pdf import page_texts
from tests.ui.clinic.session_helpers import NAME, NOTES, OWN, clinic_window, type_a_session
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.clinic.settings import read_clinic_file
from viewer.devtools.clinic_screens import pdf_printer
from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.clinic.finish import DONE_TITLE, EMPTY_TITLE, FAILED_TITLE, LABEL
from viewer.ui.clinic.kiosk import ClinicMode
from viewer.ui.window import app
from viewer.ui.window.action_flags import OPENS_A_DIALOG
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.window_state import MemorySettings

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

KIOSK = """\
kiosk = true
clinic_name = "Riverside Oncology"
clinic_phone = "020 7946 0000"
front_desk_line = "Hand this sheet to the front desk"
"""


@pytest.fixture
def kiosk(qtbot, small_db, tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text(KIOSK)
    window = app.start(small_db, read_clinic_file(path))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.clinic_mode.leave()


def test_a_kiosk_is_full_screen_with_no_way_out_but_the_staff_keys(qtbot, kiosk):
    assert kiosk.isFullScreen()
    assert kiosk.clinic_mode.finish_button.isVisible()
    assert kiosk.clinic_mode.finish_button.text() == LABEL
    names = [a.text().replace("&", "") for a in kiosk.menuBar().actions()]
    names += [a.text() for menu in kiosk.menuBar().actions() if menu.isVisible()
              for a in menu.menu().actions() if a.isVisible()]
    for word in ("Quit", "Exit", "Save", "Open", "Print", "Install", "Close the app", "\u2026"):
        assert not [n for n in names if word.lower() in n.lower()], word
    kiosk.show_topic("topic-1", "questions")
    tab = kiosk.topic_view.questions_tab
    for button in (tab.buttons.pdf_button, tab.buttons.print_button, tab.buttons.preview_button):
        assert button.isHidden(), button.text()
    assert kiosk.close() is False and kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=2000)


def test_a_kiosk_keeps_the_sheet_in_memory_and_its_settings_in_memory(kiosk):
    assert not kiosk.user.on_disk and kiosk.user.path is None
    assert type(kiosk.settings).__name__ == "MemorySettings"


def test_finish_prints_the_sheet_then_clears_everything(qtbot, small_db, tmp_path):
    out = tmp_path / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(out))
    type_a_session(qtbot, window)
    mode = window.clinic_mode
    qtbot.mouseClick(mode.finish_button, Qt.MouseButton.LeftButton)
    texts = page_texts(out)
    whole = " ".join(texts)
    for typed in (OWN, NOTES, NAME, "Is question 1 a good one to ask?"):
        assert typed in whole
    assert all("Riverside Oncology" in t and "front desk" in t for t in texts)
    assert window.user.entries() == [] and window.user.notes() == ""
    assert window.topic_view.questions_tab.panel.notes.toPlainText() == ""
    assert not window.source_panel.is_open() and window.search_box.text() == ""
    notice = mode.finish.notice
    assert notice.isVisible() and notice.title.text() == DONE_TITLE
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    window.clinic_mode.leave()


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_finish_clears_nothing_when_printing_fails(qtbot, small_db, tmp_path):
    nowhere = tmp_path / "no-such-folder" / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(nowhere))
    window.user.set_notes(NOTES)
    window.clinic_mode.finish.start()
    notice = window.clinic_mode.finish.notice
    assert notice.isVisible() and notice.title.text() == FAILED_TITLE
    assert "Nothing was cleared" in notice.body.text()
    assert window.user.notes() == NOTES
    window.clinic_mode.leave()


def test_with_no_default_printer_the_print_dialog_asks(qtbot, small_db, tmp_path):
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=lambda: None)
    window.user.set_notes(NOTES)
    flow = window.clinic_mode.finish
    flow.start()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=2000)
    flow.dialog.reject()
    assert window.user.notes() == NOTES, "cancelling the dialog clears nothing"
    window.clinic_mode.leave()


def test_finish_with_nothing_on_the_sheet_prints_nothing(qtbot, small_db, tmp_path):
    out = tmp_path / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(out))
    qtbot.mouseClick(window.clinic_mode.finish_button, Qt.MouseButton.LeftButton)
    notice = window.clinic_mode.finish.notice
    assert notice.isVisible() and notice.title.text() == EMPTY_TITLE
    assert notice.button.text() == "Back"
    assert not out.exists()
    window.clinic_mode.leave()


def test_a_kiosk_hides_actions_by_their_flag_never_by_their_words(qtbot, small_db, tmp_path):
    """A renamed or translated entry that opens a dialog is still hidden; an entry that
    merely ends in "…" stays."""
    (tmp_path / "clinic.toml").write_text(KIOSK)
    clinic = read_clinic_file(tmp_path / "clinic.toml")
    user = UserStore(None)
    window = MainWindow(ContentStore(small_db), user,
                        settings=MemorySettings(clinic.text_size, clinic.theme))
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Extra")
    renamed = QAction("Importer une mise à jour", window)  # no "…" at all
    renamed.setProperty(OPENS_A_DIALOG, True)
    plain = QAction("Wait for it…", window)
    menu.addActions([renamed, plain])
    install = next(a for m in window.menuBar().actions() if m.menu()
                   for a in m.menu().actions() if a.property(OPENS_A_DIALOG) and a is not renamed)
    ClinicMode(window, clinic, window.content, user)
    assert not renamed.isVisible() and not renamed.isEnabled()
    assert not install.isVisible() and not install.isEnabled()
    assert plain.isVisible() and plain.isEnabled()
