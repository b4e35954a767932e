"""The window on the real pages: every tab renders and every source link finds its quote."""

from __future__ import annotations

import re

import pytest

from tests.ui_helpers import IGNORE_OFFSCREEN, all_text, highlighted_text, open_window
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_source_link_on_every_real_page_opens_its_quote_highlighted(qtbot, real_db):
    window = open_window(qtbot, real_db)
    checked = 0
    for topic in window.content.topics():
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            text = all_text(window.topic_view.pages[tab])
            assert "Key points" in text and "checked this page against its sources on" in text
            assert text.rstrip().endswith("It is not advice about your treatment.")
            for group in window.topic_view.links[tab].groups:
                window.open_citations(group)
                shown = _words(highlighted_text(window.source_view.text))
                for citation in group:
                    assert _words(citation.quote) in shown, (topic.slug, tab, citation)
                    checked += 1
        assert window.topic_view.ladder.stage == topic.stage
    assert checked > 100


def test_loose_names_on_the_real_library(qtbot, real_db):
    window = open_window(qtbot, real_db)
    for query, expect in (("JX594", "JX-594"), ("jx 594", "JX-594"), ("enteromics", "Enteromix"),
                          ("neoantigen", "neoantigen")):
        hits = window.search_for(query)
        assert hits and expect.lower() in (hits[0].title + hits[0].snippet).lower(), query
    window.go_to_hit(window.search_for("JX594")[0])
    assert window.topic_view.slug == "oncolytic-viruses"
