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
    assert window.glossary_page.list.currentItem().data(Qt.ItemDataRole.UserRole) == "neoantigen"


def test_escape_leaves_the_results(window, qtbot):
    window.show_sources()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "mice")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.stack.currentWidget() is window.pages.get("sources")


def visible_terms(page) -> list[str]:
    return [page.list.item(r).text() for r in range(page.list.count())
            if not page.list.item(r).isHidden()]


def more_rows(results) -> list[str]:
    """The kinds that have a "Show more" row, top to bottom."""
    from viewer.ui.pages.search import ShowMore

    return [d.kind for d in (results.list.item(r).data(Qt.ItemDataRole.UserRole)
                             for r in range(results.list.count())) if isinstance(d, ShowMore)]


def test_glossary_page_is_searchable(window, qtbot):
    window.show_glossary()
    page = window.glossary_page
    assert len(visible_terms(page)) == 16
    qtbot.keyClicks(page.filter, "neoantigens")
    assert visible_terms(page) == ["neoantigen"]
    assert "A word for the tests, number 1." in page.detail.toPlainText()
    assert "Also written as: neoantigens" in page.detail.toPlainText()


@pytest.fixture(scope="module")
def many_topics_db(tmp_path_factory):
    from tests.library import write_library
    from viewer.builder.pipeline import build_database

    root = write_library(tmp_path_factory.mktemp("many"), topics=6)
    build_database(root, root / "content.db")
    return root / "content.db"


def test_typed_results_come_ranked_by_kind_with_show_more_that_loads_the_next_page(
        qtbot, many_topics_db):
    from viewer.store.full_text import PAGE
    from viewer.ui.pages.search import ShowMore
    from viewer.vocabulary import HIT_KINDS

    window = open_window(qtbot, many_topics_db)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "mice")  # answered off the GUI thread
    results = window.results
    qtbot.waitUntil(lambda: results.list.count() > 0)
    kinds = [h.kind for h in results.hits]
    assert kinds == sorted(kinds, key=HIT_KINDS.index)
    assert results.shown("section") == PAGE and more_rows(results) == ["section"]
    more_row = next(r for r in range(results.list.count())
                    if isinstance(results.list.item(r).data(Qt.ItemDataRole.UserRole), ShowMore))
    assert results.list.item(more_row).text() == "Show more pages"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    results.list.setCurrentRow(more_row)
    qtbot.keyClick(results.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: more_rows(results) == [])
    sections = [h for h in results.hits if h.kind == "section"]
    assert len(sections) == len({(h.topic_slug, h.tab) for h in sections}) > PAGE
    rows = [results.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(results.list.count())]
    assert [h.kind for h in rows] == sorted((h.kind for h in rows), key=HIT_KINDS.index)
    assert results.list.currentRow() == more_row  # the first of the new ones


def test_a_stale_answer_is_dropped_when_the_query_changed(qtbot, window):
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "mice")
    qtbot.waitUntil(lambda: window.results.list.count() > 0)
    window.search.typed("neoantigen")
    window.search.typed("zzzqqqxxy")  # typed over: only this one's answer is shown
    qtbot.waitUntil(lambda: window.results.heading.text().startswith("Nothing found"))
    qtbot.wait(200)
    assert window.results.hits == [] and "zzzqqqxxy" in window.results.heading.text()
