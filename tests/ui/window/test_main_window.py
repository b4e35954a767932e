"""The main window on the small library: topics, tabs, source links, glossary, evidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from tests.ui_helpers import IGNORE_OFFSCREEN, all_text, find_link, highlighted_text, open_window
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


@pytest.fixture
def window(qtbot, small_db):
    return open_window(qtbot, small_db)


def test_topic_list_shows_title_and_summary(window):
    spoken = [window.nav.item(r).data(Qt.ItemDataRole.AccessibleTextRole)
              for r in range(window.nav.count())]
    assert spoken[0] == "Test topic 1. A made-up treatment for the tests."
    assert spoken[1].startswith("Test topic 2.")
    assert spoken[-2:] == ["Glossary. Plain meanings of the harder words",
                           "Sources. The articles these pages are written from"]


def test_every_tab_opens_with_key_points_and_ends_with_dates_and_care_team(window, qtbot):
    window.nav.setCurrentRow(1)
    assert window.topic_view.slug == "topic-2"
    for tab in TABS:
        window.topic_view.set_tab(tab)
        text = all_text(window.topic_view.pages[tab])
        start = text.index("Key points")
        assert text.index("It is") > start or tab == "questions"
        assert text.rstrip().endswith("It is not advice about your treatment.")
        assert "checked this page against its sources on 3 February 2026" in text
        assert "Newer results may exist" in text
        assert "2 January 2025" in text  # the test article's date, in the footer
        assert "for discussion with your care team" in text


def test_clicking_a_source_link_opens_the_article_at_the_quote_highlighted(window, qtbot):
    window.show_topic("topic-1", "how")
    page = window.topic_view.pages["how"]
    block, point = find_link(page, "cite:")
    assert not window.source_view.isVisible()
    qtbot.mouseClick(block.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.source_view.isVisible()
    text = window.source_view.text
    assert window.source_view.doc.info.id == "test-news"
    assert highlighted_text(text) == "The vaccine uses neoantigens found on the tumour."
    assert "Web address: https://example.org/report" in text.toPlainText()
    assert "Author: not named in the text" in text.toPlainText()
    assert text.textCursor().block().text().startswith("The vaccine uses")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.source_view.isVisible()


def test_the_status_bar_a_screen_reader_hears_is_named_and_hidden_while_empty(window):
    """The bar that shows the messages is the one named: naming the first one Qt made, then
    replacing it, left the messages nameless."""
    bar = window.statusBar()
    assert bar.accessibleName() == "Messages"
    assert bar.isHidden()
    bar.showMessage("Saved")
    assert not bar.isHidden()


def test_a_glossary_word_is_a_link_that_shows_its_meaning(window, qtbot):
    window.show_topic("topic-1", "what")
    page = window.topic_view.pages["what"]
    block, point = find_link(page, "term:")
    qtbot.mouseClick(block.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "vaccine: A word for the tests, number 0." in window.statusBar().currentMessage()
    # the definition opens next to the word, in a popup (not a tooltip that the mouse moves off)
    assert page.popup.isVisible() and "A word for the tests, number 0." in page.popup.label.text()
    assert not QToolTip.isVisible()


def test_evidence_tab_draws_the_ladder_then_cards_then_what_we_dont_know(window):
    window.show_topic("topic-1", "evidence")
    ladder = window.topic_view.ladder
    assert ladder.stage == "animals"
    assert "reached step 2 of 6, Animals" in ladder.accessibleDescription()
    assert ladder.isVisible() and ladder.height() > 40
    text = all_text(window.topic_view.pages["evidence"])
    found = text.index("Tumours got smaller in most of the mice.")
    assert text.index("Key points") < found < text.index("What we don't know yet")
    assert text.index("What we don't know yet") < text.index("Sources for this page")
    assert "In animals" in text and "Peer review not stated" in text
    assert "Sources disagree" in text  # the card's disagree line is shown
    assert "Claim from an official statement only" not in text


def test_sources_page_lists_every_source_and_opens_one(window, qtbot):
    window.show_sources()
    page = window.pages.get("sources")
    text = all_text(page)
    assert "A test report on a made-up treatment" in text
    assert "Background notes from the editors of this app" in text
    block, point = find_link(page, "source:test-news")
    qtbot.mouseClick(block.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.source_view.isVisible()
    assert window.source_view.doc.info.id == "test-news"
    assert window.source_view.copy_button.isVisibleTo(window.source_view)
    window.source_view.copy_button.click()
    assert "copied" in window.statusBar().currentMessage()


def test_editors_notes_are_shown_as_notes_with_their_references(window):
    window.open_source("editors-notes")
    text = window.source_view.text.toPlainText()
    assert text.startswith("Background notes from the editors of this app")
    assert "not a news article" in text
    assert "Reference: A reference title \u2013 https://example.org/phases" in text
    assert "The article" not in text
    assert not window.source_view.copy_button.isVisibleTo(window.source_view)


def test_keyboard_reaches_tabs_and_topics(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.topic_view.current_tab() == "evidence"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.hasFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.topic_view.slug == "topic-2"
    assert window.topic_view.current_tab() == "evidence"


def test_a_topic_link_opens_that_topic_and_the_footer_dates_the_facts(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.show_topic("topic-2", "what")
    page = window.topic_view.pages["what"]
    text = all_text(page)
    assert "See also the other test topic." in text
    assert "current to December 2025" in text
    page.link_activated.emit("topic:topic-1")
    assert window.topic_view.slug == "topic-1"


def test_an_instruction_shows_without_source_numbers(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.show_topic("topic-1", "questions")
    text = all_text(window.topic_view.pages["questions"])
    line = next(ln for ln in text.splitlines() if "Tick a question to put it on your sheet." in ln)
    assert "[" not in line
