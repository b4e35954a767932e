"""A closed field holding a value no list has never crashes a screen (F12's "unknown in_whom").

Packs are checked before they are trusted, but the screens do not lean on that: a database
opened as it is (here, straight from a file) with odd values in every closed field shows
every tab, the sources and an article, and shows each odd value as itself, escaped.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3

import pytest

from tests.ui_helpers import IGNORE_OFFSCREEN, all_text, open_window
from viewer.vocabulary import EVIDENCE_TAB, TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

ODD = "mice\x1b[31m <b>and</b> men"
CHANGES = {("evidence", "in_whom"): ODD, ("evidence", "peer_reviewed"): "peer\x07ish",
           ("statements", "kind"): "rumour", ("paragraphs", "kind"): "advert",
           ("sources", "kind"): "leaflet", ("questions", "grp"): "gossip",
           ("citations", "owner_type"): "banner", ("topics", "stage"): "moon\x07-landing",
           ("statements", "tab"): "rumours"}


def odd_copy(database, tmp_path):
    copy = tmp_path / "odd.db"
    shutil.copy(database, copy)
    conn = sqlite3.connect(copy)
    with conn:
        for (table, column), value in CHANGES.items():
            conn.execute(f"UPDATE {table} SET {column} = ?", (value,))  # noqa: S608 (names above)
    conn.close()
    return copy


def test_odd_values_in_closed_fields_show_as_escaped_text(qtbot, small_db, tmp_path, caplog):
    window = open_window(qtbot, odd_copy(small_db, tmp_path))
    evidence = ""
    for topic in window.content.topics():
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            qtbot.wait(10)
            if tab == EVIDENCE_TAB:
                evidence += all_text(window.topic_view.pages[tab])
    assert "mice\\x1b[31m <b>and</b> men" in evidence  # as itself: escaped, not markup
    assert "peer\\x07ish" in evidence
    assert "\x1b" not in evidence and "\x07" not in evidence
    window.show_sources()
    for source in window.content.sources():
        window.open_source(source.id)
    window.close_source()
    window.show_glossary()
    assert window.isVisible()
    faults = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not faults, faults  # a page that failed to render logs why


def test_a_month_in_digits_int_cannot_read_is_shown_as_it_is():
    from viewer.dates import month_year
    assert month_year("\u00b2\u00b2\u00b2\u00b2-\u00b2") == "\u00b2\u00b2\u00b2\u00b2-\u00b2"
    assert month_year("2025-12") != "2025-12"
