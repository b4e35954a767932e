"""Read aloud in the real window, with the real voice, played through ALSA into a file
(the "file" plugin), so what reached the sound output is read back and checked."""

from __future__ import annotations

import array
import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.speech.sound import DEFAULT_DEVICE, NoSoundOutput, open_output
from viewer.ui.reading.read_bar import ReadAloudBar
from viewer.ui.reading.speaker import IDLE, PAUSED, READING, speaker
from viewer.vocabulary import QUESTIONS_TAB, TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _alsa_file(tmp_path: Path) -> tuple[str, Path]:
    out = tmp_path / "heard.raw"
    device = f"file:'{out}',raw"
    try:
        open_output(device).close()
    except NoSoundOutput as err:  # CI installs libasound2 (.ci/run): there this must not happen
        pytest.fail(f"ALSA is needed for this test: {err}")
    return device, out


@pytest.fixture
def window(qtbot, small_db, tmp_path):
    window = open_window(qtbot, small_db)
    device, heard = _alsa_file(tmp_path)
    speaker().use_device(device)
    window.heard_file = heard
    yield window
    speaker().use_device(DEFAULT_DEVICE)  # the next test finds the app as it starts


def _bar(window, tab: str) -> ReadAloudBar:
    window.topic_view.set_tab(tab)
    page = window.topic_view.pages[tab]
    return page.read_aloud


def test_every_tab_and_the_question_list_has_a_named_read_aloud_button(window, qtbot):
    for tab in TABS:
        bar = _bar(window, tab)
        qtbot.waitUntil(lambda b=bar: b._asked)
        assert bar.isVisible() and bar.read.isVisible() and bar.read.isEnabled(), tab
        assert bar.read.accessibleName() == "Read aloud"
        assert "Ctrl+Shift+R" in bar.read.accessibleDescription()
        assert bar.pause.accessibleName() == "Pause reading" and not bar.pause.isEnabled()
        # in the frame above the viewport: it never scrolls away with the page
        assert bar.geometry().bottom() < window.topic_view.pages[tab].viewport().geometry().top()
    questions = window.topic_view.questions_tab
    assert questions is not None and questions.list_page.read_aloud.isVisible()


@pytest.mark.xcb
def test_the_keys_read_pause_resume_and_stop_and_the_highlight_goes_in_order(window, qtbot):
    bar = _bar(window, TABS[0])
    qtbot.waitUntil(lambda: bar._asked)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)  # Ctrl+Shift+R
    qtbot.waitUntil(lambda: speaker().state == READING and len(speaker().heard) >= 1, timeout=5000)
    assert bar.read.text() == "Stop reading" and bar.pause.isEnabled()
    parts = speaker().parts
    words = [p.words for p in parts]
    assert words[0] == "Test topic 1"  # the page's own heading is read first
    assert any(w == "What it is" for w in words)
    block = parts[0].widget
    assert [s.cursor.selectedText() for s in block.extraSelections()] == ["Test topic 1"]
    marked = block.extraSelections()[0]  # as the source panel marks a quote: black on yellow
    colours = (marked.format.background().color().name(), marked.format.foreground().color().name())
    assert colours == ("#ffe680", "#000000")

    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)  # Ctrl+Shift+P
    qtbot.waitUntil(lambda: speaker().state == PAUSED)
    assert bar.pause.text() == "Resume" and bar.pause.accessibleName() == "Resume reading"
    held = list(speaker().heard)
    qtbot.wait(1500)
    assert speaker().heard == held  # paused: the highlight stays where it is
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)  # Ctrl+Shift+P
    qtbot.waitUntil(lambda: len(speaker().heard) >= len(held) + 2, timeout=15000)

    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)  # Ctrl+Shift+R
    qtbot.waitUntil(lambda: speaker().state == IDLE)
    assert bar.read.text() == "Read aloud"
    assert all(not p.widget.extraSelections() for p in parts if hasattr(p.widget, "extraSelections"))
    heard = speaker().heard
    assert heard == list(range(len(heard))) and len(heard) >= 3  # in the page's order, none skipped
    samples = array.array("h", window.heard_file.read_bytes())
    assert len(samples) > 22050  # more than a second reached the sound output
    assert math.sqrt(sum(s * s for s in samples) / len(samples)) > 300  # and it was not silence


def test_the_question_list_is_read_with_its_questions(window, qtbot):
    window.topic_view.set_tab(QUESTIONS_TAB)
    page = window.topic_view.questions_tab.list_page
    qtbot.waitUntil(lambda: page.read_aloud._asked)
    qtbot.mouseClick(page.read_aloud.read, Qt.MouseButton.LeftButton)
    words = [p.words for p in speaker().parts]
    question = window.topic_view.questions_tab.rows
    first = next(iter(question.values())).label
    assert first.text() in words  # each question is read, as shown
    at = words.index(first.text())
    speaker().stop()
    speaker().read(page)
    speaker()._highlight(speaker()._reading, at)  # the label's own highlight, as the worker asks it
    assert isinstance(speaker().parts[at].widget, QLabel)
    assert "background" in first.styleSheet()
    speaker().stop()
    assert first.styleSheet() == ""


def test_where_there_is_no_sound_output_the_button_says_so(window, qtbot):
    speaker().use_device("no-such-device-anywhere")
    bar = _bar(window, TABS[1])
    qtbot.waitUntil(lambda: bar._asked)
    bar.refresh()
    assert bar.isVisible() and bar.read.isVisible() and not bar.read.isEnabled()
    assert bar.read.accessibleName() == "Read aloud: no sound output on this computer"
    assert bar.why.isVisible() and bar.why.text() == "Not available: no sound output on this computer."
    assert "cannot read the page aloud" in bar.read.toolTip()


@pytest.mark.xcb
def test_tab_reaches_read_aloud_first_on_every_tab(qtbot, real_db, tmp_path):
    from tests.ui.window.test_keyboard_reader import opened, tab_cycle

    window = opened(qtbot, real_db)
    speaker().use_device(_alsa_file(tmp_path)[0])
    try:
        for tab in TABS:
            window.show_topic("enteromix", tab)
            qtbot.wait(50)
            order = tab_cycle(qtbot, window)
            page = window.topic_view.pages[tab]
            tabs_at = order.index(window.topic_view.tabBar())
            assert order[tabs_at + 1] is page.read_aloud.read, tab  # right after the tabs, before the page
    finally:
        speaker().use_device(DEFAULT_DEVICE)


def test_another_tab_stops_the_reading(window, qtbot):
    bar = _bar(window, TABS[0])
    qtbot.waitUntil(lambda: bar._asked)
    qtbot.mouseClick(bar.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(speaker().heard) >= 1, timeout=5000)
    window.topic_view.set_tab(TABS[1])
    qtbot.waitUntil(lambda: speaker().state == IDLE)
    assert not bar.page.blocks()[0].extraSelections()  # no highlight left behind


def test_the_glossary_reads_the_chosen_meaning(window, qtbot):
    window.show_glossary()
    glossary = window.glossary_page
    bar = glossary.read_aloud
    qtbot.waitUntil(lambda: bar._asked)
    assert bar.isVisible() and bar.read.isEnabled() and bar.read.accessibleName() == "Read aloud"
    qtbot.mouseClick(bar.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(speaker().heard) >= 1, timeout=5000)
    term = glossary.list.currentItem().text()
    assert speaker().parts[0].words == term  # the word first, then its meaning
    assert glossary.detail.extraSelections()[0].cursor.selectedText() == term
    glossary.list.setCurrentRow(1)  # another word: the reading of the first one stops
    qtbot.waitUntil(lambda: speaker().state == IDLE)
    assert not glossary.detail.extraSelections()


def test_a_real_page_is_read_top_to_bottom_with_every_heading(qtbot, real_db):
    from PySide6.QtGui import QTextCursor

    from tests.ui.window.test_keyboard_reader import opened
    from viewer.ui.reading.page_text import page_parts

    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "what")
    page = window.topic_view.pages["what"]
    parts = page_parts(page)
    tops = []
    for part in parts:
        at = QTextCursor(part.widget.document())
        at.setPosition(part.start)
        tops.append(part.widget.viewport().mapTo(page.widget(), part.widget.cursorRect(at).topLeft()).y())
    assert tops == sorted(tops)  # each sentence at or below the one before it
    words = [p.words for p in parts]
    headings = [b.text for b in window.content.section("enteromix", "what").blocks
                if getattr(b, "kind", "") == "heading"]
    assert len(headings) >= 3 and all(h in words for h in headings)
    assert words.count(headings[0]) == 1  # where it stands only: not again from the contents list
    assert "On this page" not in words  # its list of links to the subheadings is not read
    assert words[:2] == ["Enteromix", "What it is"]
    assert not any("[1]" in w for w in words)  # source numbers are not said
