"""A glossary word's definition opens next to the word and Esc closes it; a source opens with
its title, kind and date above the highlighted passage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import IGNORE_OFFSCREEN, anchor_cursor, find_link, open_window
from viewer.dates import source_date
from viewer.ui.text.rich import term_from_href

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def test_a_clicked_glossary_word_shows_its_definition_beside_it_and_esc_closes_it(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "what")
    page = window.topic_view.pages["what"]
    block, point = find_link(page, "term:")
    href = anchor_cursor(block, "term:").charFormat().anchorHref()
    term = window.content.term(term_from_href(href))
    qtbot.mouseClick(block.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popup = page.popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    assert term.definition in popup.label.text() and term.term in popup.label.text()
    word = block.viewport().mapToGlobal(point)
    box = popup.geometry()  # under the word, or above it when there is no room under it
    assert min(abs(box.top() - word.y()), abs(box.bottom() - word.y())) < 80, (box, word)
    assert box.left() - 400 < word.x() < box.right() + 400
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_a_glossary_word_reached_by_keyboard_opens_with_enter(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "what")
    page = window.topic_view.pages["what"]
    block = page.blocks()[0]
    block.setFocus()
    for _ in range(80):
        qtbot.keyClick(block, Qt.Key.Key_Tab)
        if block.textCursor().charFormat().anchorHref().startswith("term:") or \
                block.textCursor().selectedText() and anchor_at_selection(block).startswith("term:"):
            break
    href = anchor_at_selection(block)
    assert href.startswith("term:")
    qtbot.keyClick(block, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.popup is not None and page.popup.isVisible())
    assert window.content.term(term_from_href(href)).definition in page.popup.label.text()
    assert page.popup.label.hasFocus()
    qtbot.keyClick(page.popup.label, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.popup.isVisible())


def anchor_at_selection(block) -> str:
    cursor = block.textCursor()
    probe = block.textCursor()
    probe.setPosition(cursor.selectionStart() + 1)
    return probe.charFormat().anchorHref()


def test_a_source_opens_with_its_title_kind_and_date_above_the_passage(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "what")
    group = window.topic_view.links["what"].groups[0]
    window.open_citations(group)
    view = window.source_view
    info = window.content.source(group[0].source_id).info
    qtbot.waitUntil(view.details.isVisible)
    shown = view.details.text()
    assert info.title.replace("'", "&#x27;") in shown or info.title in view.details.accessibleName()
    assert source_date(info) in shown
    assert view.details.geometry().bottom() <= view.text.geometry().top()
