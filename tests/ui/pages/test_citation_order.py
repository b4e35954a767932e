"""Where a sentence cites several sources, their numbers stand in order: [1] [3], not [3] [1].
Checked on every tab of every real topic, as rendered."""

from __future__ import annotations

import re

import pytest

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
RUN = re.compile(r"(?:\[\d+\][\s\u00a0]*){2,}")


def test_citation_numbers_after_a_sentence_are_in_order(qtbot, real_db):
    window = open_window(qtbot, real_db)
    runs = 0
    for topic in window.content.topics():
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            for block in window.topic_view.pages[tab].blocks():
                for run in RUN.findall(block.toPlainText()):
                    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", run)]
                    assert numbers == sorted(numbers), f"{topic.slug}/{tab}: {run.strip()!r}"
                    runs += 1
    assert runs > 0, "the real pages have sentences citing more than one source"
