"""Search as you type, loose names, and landing on what was found; the glossary page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_helpers import IGNORE_OFFSCREEN, highlighted_text, open_window

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


@pytest.fixture
def window(qtbot, small_db):
    return open_window(qtbot, small_db)


def test_typing_jx594_finds_the_article_and_enter_lands_on_it(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "JX594")
    qtbot.waitUntil(lambda: window.results.list.count() > 0)
    assert window.stack.currentWidget() is window.results
    first = window.results.hits[0]
    assert first.kind == "paragraph" and first.source_id == "test-news"
    assert "\x02JX\x03-\x02594\x03" in first.snippet
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.list.hasFocus()
    qtbot.keyClick(window.results.list, Qt.Key.Key_Return)
    assert window.source_view.isVisible()
    assert "JX-594" in highlighted_text(window.source_view.text)


@pytest.mark.parametrize("query", ["jx 594", "JX-594", "jx594"])
def test_loose_names_still_match(window, query):
    hits = window.search_for(query)
    assert any(h.source_id == "test-news" for h in hits)


def test_neoantigen_finds_neoantigens_and_a_glossary_hit_opens_the_glossary(window):
    hits = window.search_for("neoantigen")
    kinds = {h.kind for h in hits}
    assert {"glossary", "paragraph"} <= kinds
    window.go_to_hit(next(h for h in hits if h.kind == "glossary"))
    assert window.stack.currentWidget() is window.glossary_page
    assert window.glossary_page.current_term() == "neoantigen"


def test_escape_leaves_the_results(window, qtbot):
    window.show_sources()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "mice")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.stack.currentWidget() is window.sources_page


def test_glossary_page_is_searchable(window, qtbot):
    window.show_glossary()
    page = window.glossary_page
    assert len(page.visible_terms()) == 16
    qtbot.keyClicks(page.filter, "neoantigens")
    assert page.visible_terms() == ["neoantigen"]
    assert "A word for the tests, number 1." in page.detail.toPlainText()
    assert "Also written as: neoantigens" in page.detail.toPlainText()
