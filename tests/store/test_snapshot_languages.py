"""The review sheet compares the English pages: a database that also holds translated
pages gives the snapshot of its English pages alone."""

from __future__ import annotations

from viewer.store.snapshot import read_snapshot


def test_a_snapshot_reads_the_english_pages_of_a_database_in_two_languages(small_db,
                                                                           two_language_db):
    english, both = read_snapshot(small_db), read_snapshot(two_language_db)
    assert both.topics == english.topics == {"topic-1": "Test topic 1", "topic-2": "Test topic 2"}
    assert [i.signature for i in both.items] == [i.signature for i in english.items]
    assert both.tab_titles == english.tab_titles and both.grades == english.grades
    assert not any("MADE-UP" in i.text for i in both.items)
