"""Helpers for the clinic tests: a clinic window, and a session typed in through the widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from viewer.clinic.settings import read_clinic_file
from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.clinic.kiosk import ClinicMode
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.window_state import MemorySettings

OWN = "Zyxwvut own question about Quokkaberry trials"
NOTES = "Zyxwvut notes: Xanthippe scan on Thursday"
NAME = "Zyxwvut Wilhelmina Quokkaberry"
DOCTOR = "Dr Zyxwvut Marchbanks"
DATE = "Zyxwvut Tuesday 14 March"
SEARCH = "Zyxwvutsearch"
TYPED = (OWN, NOTES, NAME, DOCTOR, DATE)


def clinic_window(qtbot, database: Path, tmp_path: Path, text: str, **options) -> MainWindow:
    """A main window in clinic mode as ``app.start`` makes it, with ``options`` (short idle
    and grace times, a printer) handed to ClinicMode."""
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    clinic = read_clinic_file(path)
    user = UserStore(None) if not clinic.saves_sheets else UserStore(tmp_path / "sheet.db")
    window = MainWindow(ContentStore(database), user,
                        settings=MemorySettings(clinic.text_size, clinic.theme),
                        clinic_phone=clinic.clinic_phone)
    window.clinic_mode = ClinicMode(window, clinic, window.content, user, **options)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_a_session(qtbot, window: MainWindow) -> None:
    """Tick, add an own question, notes, name, date and doctor, search, open a source, make
    the text larger and switch colours: all through the widgets, as a patient would."""
    window.show_topic("topic-1", "questions")
    tab = window.topic_view.questions_tab
    qtbot.mouseClick(tab.rows["topic-1-q1"].box, Qt.MouseButton.LeftButton)
    panel = tab.panel
    qtbot.keyClicks(panel.own_text, OWN)
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.notes, NOTES)
    qtbot.keyClicks(panel.fields["name"], NAME)
    qtbot.keyClicks(panel.fields["appointment"], DATE)
    qtbot.keyClicks(panel.fields["doctor"], DOCTOR)
    qtbot.mouseClick(window.header.larger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.header.larger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.header.contrast, Qt.MouseButton.LeftButton)
    window.open_source(window.content.sources()[0].id)
    qtbot.keyClicks(window.search_box, SEARCH)
