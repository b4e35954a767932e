"""The keyboard as a reader uses it: the Questions tab's order, Enter on buttons and in the own
question, search on the first Enter, Back and Forward, and a focus ring on the link in the page.
Every step is a real key event on the focused widget (run again on Xvfb, marked xcb)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QWidget

from tests.ui_helpers import IGNORE_OFFSCREEN, focused, open_window, press
from viewer.marks import plain
from viewer.ui.text.safe_text import TextBlock

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]

NONE, SHIFT, ALT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def opened(qtbot, real_db):
    window = open_window(qtbot, real_db)
    if QGuiApplication.platformName() == "xcb":
        qtbot.waitUntil(lambda: window.nav.hasFocus())
    return window


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or getattr(widget, "text", lambda: "")() or type(widget).__name__


def test_on_the_questions_tab_tab_reaches_the_questions_before_my_sheet(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "questions")
    QApplication.processEvents()
    tab = window.topic_view.questions_tab
    window.topic_view.tabBar().setFocus()
    order = []
    for _ in range(80):
        widget = press(qtbot, Qt.Key.Key_Tab)
        order.append(widget)
        if tab.sheet_side.isAncestorOf(widget):
            break
    boxes = [row.box for row in tab.rows.values()]
    first_box = order.index(boxes[0])
    page = window.topic_view.pages["questions"]
    before = order[:first_box]  # the key points and their links
    assert all(page.isAncestorOf(w) for w in before), [name_of(w) for w in before]
    for box in boxes:  # every question before the first control of My sheet
        assert box in order
    assert order[-1] is tab.panel.own_text  # My sheet begins with its first control
    assert not [w for w in order if isinstance(w, QScrollArea)]  # no stop with nothing to read
    questions = window.content.questions("enteromix")
    assert [w.accessibleName() for w in order if isinstance(w, QCheckBox)] == \
        [plain(q.text) for q in questions]
    print("Tab order:", " > ".join(name_of(w) for w in order))


def tab_cycle(qtbot, window) -> list[QWidget]:
    """Every Tab stop from the topic list round to it again."""
    window.nav.setFocus()
    order: list[QWidget] = []
    for _ in range(300):
        order.append(press(qtbot, Qt.Key.Key_Tab))
        if order[-1] is window.nav:
            return order
    raise AssertionError("Tab never came back to the topic list")


def test_no_stop_is_invisible_and_the_topic_list_leads_to_the_tabs_then_the_page(qtbot, real_db):
    window = opened(qtbot, real_db)
    views = [("topic", tab) for tab in ("what", "how", "evidence", "questions")] + \
        [("glossary", ""), ("sources", "")]
    for kind, tab in views:
        if kind == "topic":
            window.show_topic("enteromix", tab)
        else:
            getattr(window, f"show_{kind}")()
        QApplication.processEvents()
        order = tab_cycle(qtbot, window)
        names = [name_of(w) for w in order]
        # a scroll area is no stop: Tab goes to what is in it, the keys that scroll reach it
        assert not [w for w in order if isinstance(w, QScrollArea)], (tab or kind, names)
        assert all(w.isVisible() for w in order), (tab or kind, names)
        if kind == "topic":
            page = window.topic_view.currentWidget()
            assert order[0] is window.topic_view.tabBar(), names
            assert page.isAncestorOf(order[1]), names  # then the page, from its top


def test_the_keys_that_scroll_scroll_the_page_from_the_text(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "what")
    QApplication.processEvents()
    window.topic_view.tabBar().setFocus()
    block = press(qtbot, Qt.Key.Key_Tab)
    if block is window.topic_view.pages["what"].read_aloud.read:  # first, where there is sound
        block = press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(block, TextBlock)
    bar = window.topic_view.pages["what"].verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    press(qtbot, Qt.Key.Key_Down)
    assert bar.value() > 0
    press(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() >= bar.pageStep()
    press(qtbot, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    press(qtbot, Qt.Key.Key_Space, SHIFT)
    assert bar.value() < bar.maximum()
    press(qtbot, Qt.Key.Key_Home)
    assert bar.value() == 0 and focused() is block


def test_enter_presses_the_focused_button(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "questions")
    row = next(iter(window.topic_view.questions_tab.rows.values()))
    row.why_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert row.why_button.isChecked() and row.why.isVisible()
    press(qtbot, Qt.Key.Key_Enter)
    assert not row.why_button.isChecked()


def test_enter_adds_my_own_question_and_shift_enter_makes_a_new_line(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "questions")
    panel = window.topic_view.questions_tab.panel
    panel.own_text.setFocus()
    qtbot.keyClicks(focused(), "Can I drive")
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(focused(), "after it?")
    assert panel.own_text.toPlainText() == "Can I drive\nafter it?"
    assert own_texts(window.user) == []
    press(qtbot, Qt.Key.Key_Return)
    assert own_texts(window.user) == ["Can I drive after it?"]
    assert panel.own_text.toPlainText() == ""
    # the button next to it takes Enter too
    qtbot.keyClicks(panel.own_text, "Who pays?")
    panel.add.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert own_texts(window.user)[-1] == "Who pays?"


def test_search_runs_on_the_first_enter_and_the_first_result_is_chosen(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.focus_search()
    qtbot.keyClicks(window.search_box, "JX594")
    press(qtbot, Qt.Key.Key_Return)  # at once: no wait for typing to stop
    results = window.results
    assert window.search.showing() and results.query == "JX594"
    assert focused() is results.list
    assert results.list.currentRow() == 0 and results.list.item(0).isSelected()


def own_texts(user) -> list[str]:
    return [user.own_question(int(e.ref)).text for e in user.entries() if e.is_own]


def where(window) -> tuple[str, str, str]:
    view = window.source_view if window.source_panel.is_open() else None
    return (window.topic_view.slug, window.topic_view.current_tab(), view.doc.info.id if view else "")


def test_back_and_forward_across_topics_tabs_and_sources(qtbot, real_db):
    window = opened(qtbot, real_db)
    back, forward = window.header.back, window.header.forward
    assert not back.isEnabled() and not forward.isEnabled()
    window.show_topic("enteromix", "what")
    QApplication.processEvents()
    window.show_topic("personalised-vaccines", "how")
    QApplication.processEvents()
    group = window.topic_view.links["how"].groups[0]
    window.open_citations(group)
    QApplication.processEvents()
    source = group[0].source_id
    assert where(window) == ("personalised-vaccines", "how", source)
    assert back.isEnabled() and not forward.isEnabled()

    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert where(window) == ("personalised-vaccines", "how", "")
    back.click()  # the header's Back button
    QApplication.processEvents()
    assert where(window)[:2] == ("enteromix", "what")
    assert forward.isEnabled()
    forward.click()
    QApplication.processEvents()
    assert where(window) == ("personalised-vaccines", "how", "")
    back.click()
    QApplication.processEvents()
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert where(window) == ("personalised-vaccines", "how", "")
    # the mouse's forward and back buttons
    qtbot.mousePress(window.topic_view.pages["how"].viewport(), Qt.MouseButton.ForwardButton)
    QApplication.processEvents()
    assert where(window) == ("personalised-vaccines", "how", source)
    qtbot.mousePress(window.topic_view.pages["how"].viewport(), Qt.MouseButton.BackButton)
    QApplication.processEvents()
    assert where(window) == ("personalised-vaccines", "how", "")
    # going somewhere new forgets what was ahead
    window.show_glossary()
    QApplication.processEvents()
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.stack.currentWidget() is window.glossary_page


def test_the_link_under_the_keyboard_has_a_ring_of_at_least_2_px(qtbot, real_db):
    window = opened(qtbot, real_db)
    window.show_topic("enteromix", "what")
    window.topic_view.tabBar().setFocus()
    for _ in range(6):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if isinstance(widget, TextBlock) and widget.focused_link_area() is not None:
            break
    block = focused()
    area = block.focused_link_area()
    assert area is not None and area.width() > 4
    image = block.viewport().grab().toImage()
    ratio = block.devicePixelRatioF()
    ring = block.ring_colour
    y = int(area.center().y() * ratio)

    def is_ring(x: int) -> bool:
        colour = QColor(image.pixel(x, y))
        return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], ring.getRgb()[:3], strict=True)) < 60

    left = int(area.left() * ratio)
    thick = sum(is_ring(x) for x in range(max(0, left - int(10 * ratio)), left + 1))
    assert thick >= 2 * ratio, thick
    assert QPoint(0, 0) != area.topLeft()
