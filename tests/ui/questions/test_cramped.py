"""The Questions tab on a small screen at the largest text: a question in sight on
opening, one scrolling pane at a time with a switch that counts the sheet, "Add my own
question" above the list so it never scrolls away, and a hint on an empty sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.layout_checks import scrolls
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]


def settle(qtbot, ms: int = 300) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def questions_tab(qtbot, db, points: int, size=(1366, 768)):
    window = open_window(qtbot, db)
    window.showNormal()
    window.set_text_size(points, save=False)
    window.resize(*size)
    window.howto.dismiss()
    window.show_topic(window.content.topics()[0].slug, "questions")
    settle(qtbot)
    return window, window.topic_view.questions_tab


def in_sight(page, widget) -> bool:
    top_left = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().intersects(QRect(top_left, widget.size()))


@pytest.mark.parametrize("points", [DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE])
def test_a_question_is_in_sight_when_the_tab_opens(qtbot, real_db, points):
    window, tab = questions_tab(qtbot, real_db, points)
    first = next(iter(tab.rows.values()))
    assert in_sight(tab.list_page, first.box), f"at {points} pt no question is in sight"


def test_at_the_largest_text_one_pane_at_a_time_with_a_counting_switch(qtbot, real_db):
    window, tab = questions_tab(qtbot, real_db, MAX_TEXT_SIZE)
    switch = tab.switch
    assert switch.isVisible() and tab.list_page.isVisible() and not tab.sheet_side.isVisible()
    shown = [w for w in (tab.list_page, tab.sheet_area) if w.isVisible() and scrolls(w)]
    assert len(shown) == 1, "one scrolling pane, not two thin ones"
    assert switch.sheet_button.text() == "My sheet (0)"
    next(iter(tab.rows.values())).box.setChecked(True)
    assert switch.sheet_button.text() == "My sheet (1)"
    switch.sheet_button.click()
    assert tab.sheet_side.isVisible() and not tab.list_page.isVisible()
    switch.questions_button.click()
    assert tab.list_page.isVisible()


def test_one_pane_at_a_time_by_keyboard_the_questions_then_my_sheet(qtbot, real_db):
    window, tab = questions_tab(qtbot, real_db, MAX_TEXT_SIZE)
    switch = tab.switch
    window.topic_view.tabBar().setFocus()
    order = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is switch.sheet_button:
            break
    boxes = [row.box for row in tab.rows.values()]
    assert order[0] is switch.questions_button and order[-1] is switch.sheet_button
    assert [w for w in order if w in boxes] == boxes  # every question between the two
    qtbot.keyClick(switch.sheet_button, Qt.Key.Key_Return)
    assert tab.sheet_side.isVisible() and not tab.list_page.isVisible()
    assert switch.sheet_button.isChecked() and not switch.questions_button.isChecked()
    qtbot.keyClick(switch.sheet_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.panel.own_text  # then My sheet itself
    qtbot.keyClick(tab.panel.own_text, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(switch.sheet_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is switch.questions_button  # the hidden questions skipped
    qtbot.keyClick(switch.questions_button, Qt.Key.Key_Space)
    assert tab.list_page.isVisible() and switch.questions_button.isChecked()


def test_at_normal_text_both_panes_and_no_switch(qtbot, real_db):
    window, tab = questions_tab(qtbot, real_db, DEFAULT_TEXT_SIZE)
    assert not tab.switch.isVisible()
    assert tab.list_page.isVisible() and tab.sheet_side.isVisible()


def test_add_my_own_question_stays_in_place_as_the_sheet_grows(qtbot, small_db):
    window, tab = questions_tab(qtbot, small_db, DEFAULT_TEXT_SIZE)
    panel = tab.panel
    assert panel.empty.isVisible(), "an empty sheet says how to fill it"
    before = panel.own_text.mapTo(panel, QPoint(0, 0))
    assert before.y() < panel.list.mapTo(panel, QPoint(0, 0)).y(), "the box is above the list"
    for n in range(12):
        panel.own_text.setPlainText(f"My question number {n}?")
        panel.add.click()
    settle(qtbot, 100)
    assert panel.list.count() == 12 and not panel.empty.isVisible()
    assert panel.own_text.mapTo(panel, QPoint(0, 0)) == before
    assert tab.sheet_area.verticalScrollBar().value() == 0, "nothing scrolled to reach it"
