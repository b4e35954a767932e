"""The language setting: --language, the clinic's ``language``, View › Language, remembered
except in a clinic; the window at 1366x768 in en-XA clips nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from tests.layout_checks import problems
from tests.ui.window.test_every_size import walk_every_screen
from tests.ui_helpers import IGNORE_OFFSCREEN, close_windows_in_english, language_action
from viewer import paths
from viewer.cli import parse
from viewer.clinic.settings import DESKTOP, ClinicSettings
from viewer.ui.window import app

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
PSEUDO_TITLE = "[Çåñçéŕ ṽåççîñéš: þļåîñ ƒåçţš åñð šöûŕçéš"


@pytest.fixture
def english_after(qapp):
    yield
    close_windows_in_english()


def test_the_command_line_takes_a_language():
    assert parse(["--language", "en-XA"]).language == "en-XA"
    assert parse([]).language is None
    assert parse(["screenshots", "--language", "ar-XB", "--out", "x"]).language == "ar-XB"


def test_language_on_the_command_line_wins_and_the_menu_changes_it_and_it_is_remembered(
        qtbot, small_db, english_after):
    window = app.start(small_db, DESKTOP, language="en-XA")
    assert window.windowTitle().startswith(PSEUDO_TITLE)
    window.show_topic("topic-1", "questions")
    first = next(iter(window.topic_view.questions_tab.rows.values()))
    first.box.setChecked(True)
    language_action(window, "en").trigger()
    new = app._windows[-1]
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.windowTitle() == "Cancer vaccines: plain facts and sources"
    assert new.topic_view.slug == "topic-1" and new.topic_view.currentIndex() == 3  # the same page
    assert first.question.id in new.user.chosen_ids()  # the same sheet
    saved = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    assert saved.value("view/language") == "en"
    language_action(new, "en").trigger()  # the language in force: nothing happens
    assert app._windows[-1] is new
    new.close()
    # a later start, with no --language, starts in what was chosen
    QSettings(str(paths.settings_file()), QSettings.Format.IniFormat).setValue("view/language", "ar-XB")
    again = app.start(small_db, DESKTOP)
    assert again.isRightToLeft() and again.windowTitle().startswith("\u200f")


def test_a_clinic_starts_in_its_language_and_remembers_a_change_only_for_the_session(
        qtbot, small_db, english_after, tmp_path):
    clinic = ClinicSettings(path=tmp_path / "clinic.toml", language="en-XA", idle_minutes=0)
    window = app.start(small_db, clinic)
    assert window.windowTitle().startswith(PSEUDO_TITLE)
    language_action(window, "en").trigger()
    assert app._windows[-1].windowTitle() == "Cancer vaccines: plain facts and sources"
    assert not Path(paths.settings_file()).exists()  # nothing written in a clinic
    app._windows[-1].clinic_mode.leave()


def test_a_language_the_app_does_not_have_starts_in_english(qtbot, small_db, english_after):
    window = app.start(small_db, DESKTOP, language="xx")
    assert window.windowTitle() == "Cancer vaccines: plain facts and sources"


def test_the_clinic_file_takes_a_language_code(tmp_path):
    from viewer.clinic.file_reader import read_file

    good = tmp_path / "good.toml"
    good.write_text('language = "es"\n', encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('language = "Spanish please"\n', encoding="utf-8")
    assert read_file(good).language == "es"
    read = read_file(bad)
    assert read.language == ""
    assert any(p.key == "language" and "language code" in p.message for p in read.problems)


def test_nothing_is_clipped_at_1366x768_in_en_xa(qtbot, real_db, english_after):
    window = app.start(real_db, DESKTOP, language="en-XA")
    qtbot.addWidget(window)
    window.showNormal()
    screen = QRect(0, 0, 1366, 768)
    window.resize(screen.size())
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768
    found = walk_every_screen(window, screen)
    assert not found, "\n".join(f"{where}:\n  " + "\n  ".join(seen) for where, seen in found.items())
    assert problems(window, screen) == []
