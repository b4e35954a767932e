"""The main path with the keyboard only: every step is a key pressed on the focused widget.

Choose a topic, change tabs, open a source and come back, tick two questions, add an
own question, reorder, open the print preview, cancel. The Tab order is checked on
the way, and the focused control must look different (a ring drawn in the focus colour).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from shiboken6 import isValid

from tests.ui_helpers import IGNORE_OFFSCREEN, focused, open_window, press
from viewer.ui.text.safe_text import TextBlock

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]

ALT, CTRL, NONE = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, \
    Qt.KeyboardModifier.NoModifier


def tab_until(qtbot, wanted, limit: int = 120, back: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) until ``wanted(focused widget)``; the widgets passed, in order."""
    passed = []
    for _ in range(limit):
        widget = press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ShiftModifier if back else NONE)
        passed.append(widget)
        if wanted(widget):
            return passed
    raise AssertionError(f"Tab never reached it; passed {[type(w).__name__ for w in passed[-12:]]}")


def on_cite_link(widget: QWidget) -> bool:
    return isinstance(widget, TextBlock) and widget.textCursor().charFormat().anchorHref().startswith("cite:")


def test_main_path_with_the_keyboard_only(qtbot, real_db):
    window = open_window(qtbot, real_db)
    if QGuiApplication.platformName() == "xcb":
        qtbot.waitUntil(lambda: window.nav.hasFocus())
    topics = window.content.topics()
    assert focused() is window.nav  # the window opens on the topic list

    # 1. choose a topic
    press(qtbot, Qt.Key.Key_Down)
    assert window.topic_view.slug == topics[1].slug

    # 2. change tabs: Tab reaches the tab bar straight after the list, arrows move along it
    passed = tab_until(qtbot, lambda w: w is window.topic_view.tabBar())
    assert len(passed) == 1
    press(qtbot, Qt.Key.Key_Right)
    assert window.topic_view.current_tab() == "how"

    # 3. open a source from a number in the text, and come back to that number
    tab_until(qtbot, on_cite_link)
    link = focused()
    href = link.textCursor().charFormat().anchorHref()
    press(qtbot, Qt.Key.Key_Return)
    assert window.source_panel.is_open()
    quote = window.topic_view.links["how"].group(href)[0]
    assert quote.source_id == window.source_view.doc.info.id
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.source_panel.is_open()
    assert focused() is link and link.textCursor().charFormat().anchorHref() == href

    # 4. tick two questions (Ctrl+4 is the Questions tab)
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.topic_view.current_tab() == "questions"
    questions = window.topic_view.questions_tab
    panel = questions.panel
    ticked = []
    for _ in range(2):
        tab_until(qtbot, lambda w: isinstance(w, QCheckBox) and w not in ticked
                  and w is not questions.buttons.large_print)
        ticked.append(focused())
        press(qtbot, Qt.Key.Key_Space)
    assert all(box.isChecked() for box in ticked)
    assert panel.list.count() == 2

    # 5. add my own question: type, Tab to the button, press it
    passed = tab_until(qtbot, lambda w: w is panel.own_text)
    # the box to add a question comes before My sheet's list: it stays in sight as the list grows
    assert panel.list not in passed
    qtbot.keyClicks(focused(), "Can my family come with me?")
    assert press(qtbot, Qt.Key.Key_Tab) is panel.add
    press(qtbot, Qt.Key.Key_Space)
    assert panel.list.count() == 3
    assert panel.list.item(2).text().startswith("3. Can my family come with me?")

    # 6. reorder: back to the list, where the new question is the current row; Alt+Up
    tab_until(qtbot, lambda w: w is panel.list)
    assert panel.list.currentRow() == 2
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert panel.list.item(1).text().startswith("2. Can my family come with me?")

    # 7. the print preview, from its button; 8. cancel it with Esc
    passed = tab_until(qtbot, lambda w: w is questions.buttons.preview_button)
    assert panel.notes in passed and panel.fields["name"] in passed
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(questions.buttons.dialog, QPrintPreviewDialog)
                    and questions.buttons.dialog.isVisible())
    dialog = questions.buttons.dialog
    assert dialog.isAncestorOf(focused()) or focused() is dialog
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())  # closed and deleted
    assert window.isVisible() and panel.list.count() == 3
    # back where the keyboard left off (the window's own focus: activation is the desktop's)
    qtbot.waitUntil(lambda: window.focusWidget() is questions.buttons.preview_button)


def test_source_over_the_page_on_a_narrow_window_and_esc_comes_back(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.showNormal()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    QApplication.processEvents()
    left = window.left.width()
    window.nav.setFocus()
    tab_until(qtbot, on_cite_link)
    link = focused()
    press(qtbot, Qt.Key.Key_Return)
    view = window.source_view
    assert window.source_panel.over_page()
    assert view.close_button.text() == "Back to the page"
    assert view.isVisible() and view.geometry().width() == window.stack.width()
    assert view.isAncestorOf(focused())  # the page under it cannot be read: focus is in the panel
    assert window.left.isVisible() and window.left.width() == left  # the topic list stays
    press(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible() and focused() is link
    assert window.left.width() == left


def test_every_focusable_control_type_has_a_focus_ring_rule(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic(window.content.topics()[0].slug, "questions")
    window.open_source(window.content.sources()[0].id)
    rules = re.findall(r"([A-Za-z]+)(?:::[a-z]+)?(?::[a-z!]+)*:focus", window.styleSheet())
    kinds = {type(w) for w in window.findChildren(QWidget)
             if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and w.focusProxy() is None}  # (a tab widget hands its focus to its tab bar)
    missing = [k.__name__ for k in kinds if not any(c.__name__ in rules for c in k.__mro__)]
    assert not missing, f"no :focus rule for {missing}"


def test_a_focused_tick_box_shows_a_ring(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic(window.content.topics()[0].slug, "questions")
    box = next(iter(window.topic_view.questions_tab.rows.values())).box
    window.nav.setFocus()
    QApplication.processEvents()
    plain = box.grab().toImage()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QApplication.processEvents()
    ringed = box.grab().toImage()
    ring = {ringed.pixelColor(x, 1).name() for x in range(ringed.width())}
    assert plain != ringed
    assert "#1f6feb" in ring  # the day theme's focus blue, along the top edge
