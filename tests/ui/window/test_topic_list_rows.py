"""The topic list on a small laptop: every entry in reach. Where the summaries under the
titles would leave fewer than half the entries in sight, the titles stand alone (each
summary stays the row's tip and its spoken text); a word is never broken."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.ui.text.rich import plain_tip
from viewer.ui.text.two_line_list import SUMMARY_ROLE
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]


def rows_in_sight(nav) -> int:
    view = nav.viewport().rect()
    return sum(view.contains(nav.visualItemRect(nav.item(r))) for r in range(nav.count()))


# At normal text every entry is in sight; at the largest, two whole titles at least (with
# the summaries, not even one whole entry was).
@pytest.mark.parametrize(("points", "least_rows"), [(DEFAULT_TEXT_SIZE, 7), (MAX_TEXT_SIZE, 2)])
def test_the_topic_list_keeps_its_entries_in_reach(qtbot, real_db, points, least_rows):
    window = open_window(qtbot, real_db)
    window.howto.dismiss()
    window.showNormal()
    window.set_text_size(points, save=False)
    window.resize(1366, 768)
    qtbot.wait(100)
    QApplication.processEvents()
    nav = window.nav
    assert not nav.summaries, "at 1366x768 the summaries would crowd the entries out"
    assert nav.count() == 7 and rows_in_sight(nav) >= least_rows, (points, rows_in_sight(nav))
    assert all(nav.item(r).toolTip() == plain_tip(nav.item(r).data(SUMMARY_ROLE)) for r in range(nav.count()))


def test_on_a_tall_window_the_summaries_are_shown(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.showNormal()
    window.set_text_size(10, save=False)
    window.resize(1600, 1060)
    qtbot.wait(100)
    QApplication.processEvents()
    assert window.nav.summaries
