"""The window remembers text size, theme, topic, tab and size across restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer import fonts, paths
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def test_text_size_is_kept_after_a_restart(qtbot, small_db):
    first = open_window(qtbot, small_db)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(first, Qt.Key.Key_Plus, ctrl)
    qtbot.keyClick(first, Qt.Key.Key_Equal, ctrl)
    assert first.text_size == DEFAULT_TEXT_SIZE + 2
    block = first.topic_view.pages["what"].blocks()[0]
    qtbot.waitUntil(lambda: block.font().pointSize() == DEFAULT_TEXT_SIZE + 2)
    first.close()
    assert paths.settings_file().is_file()

    second = open_window(qtbot, small_db)
    assert second.text_size == DEFAULT_TEXT_SIZE + 2
    assert second.font().pointSize() == DEFAULT_TEXT_SIZE + 2
    qtbot.keyClick(second, Qt.Key.Key_Minus, ctrl)
    assert second.text_size == DEFAULT_TEXT_SIZE + 1
    qtbot.keyClick(second, Qt.Key.Key_0, ctrl)
    assert second.text_size == DEFAULT_TEXT_SIZE


def test_topic_tab_theme_and_size_are_kept(qtbot, small_db):
    first = open_window(qtbot, small_db)
    first.show_topic("topic-2", "evidence")
    first.header.contrast.click()
    first.resize(1000, 700)
    first.close()

    second = open_window(qtbot, small_db)
    assert second.topic_view.slug == "topic-2"
    assert second.topic_view.current_tab() == "evidence"
    assert second.theme.name == "high-contrast"
    assert second.header.contrast.isChecked()
    assert (second.width(), second.height()) == (1000, 700)


def test_atkinson_hyperlegible_is_the_font(qtbot, small_db):
    window = open_window(qtbot, small_db)
    assert fonts.load() == "Atkinson Hyperlegible"
    assert window.font().family() == "Atkinson Hyperlegible"
    block = window.topic_view.pages["what"].blocks()[0]
    assert block.document().defaultFont().family() == "Atkinson Hyperlegible"
