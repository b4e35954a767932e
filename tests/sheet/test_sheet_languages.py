"""The printed sheet follows the reader's language topic by topic, as the pages do: a
translated topic's questions in the reader's language, any other's in English, and a box
saying which. The content: topic-1 also in the test language "xx", topic-2 English only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.sheet_pdf import page_texts
from viewer.sheet.model import sheet_from_user
from viewer.sheet.painting import write_pdf
from viewer.store.content import ContentStore
from viewer.store.user import UserStore

DAY = date(2026, 3, 2)
SAYS = ("Some of these questions are not yet available in xx.",
        "Test topic 2: its questions are in English.")


@pytest.fixture
def content(two_language_db: Path) -> ContentStore:
    store = ContentStore(two_language_db)
    yield store
    store.close()


@pytest.fixture
def user(tmp_path: Path) -> UserStore:
    store = UserStore(tmp_path / "user.db")
    store.choose("topic-1-q1")
    store.choose("topic-2-q2")
    yield store
    store.close()


def test_the_sheet_is_in_the_readers_language_and_says_which_topics_are_english(
        qapp, content, user, tmp_path):
    sheet = sheet_from_user(content.in_language("xx"), user, made_on=DAY)
    assert [q.text for q in sheet.questions] == ["IS QUESTION 1 A GOOD ONE TO ASK?",
                                                 "Is question 2 a good one to ask?"]
    assert sheet.topics == ["TEST TOPIC 1", "Test topic 2"]
    assert sheet.untranslated == (("Test topic 2", "en"),)
    out = tmp_path / "sheet.pdf"
    write_pdf(sheet, out)
    whole = " ".join(page_texts(out))
    for part in (*SAYS, "About: TEST TOPIC 1; Test topic 2", "IS QUESTION 1 A GOOD ONE TO ASK?",
                 "Is question 2 a good one to ask?"):
        assert part in whole, part
    assert whole.index(SAYS[0]) < whole.index("My questions")  # before the questions


def test_an_english_sheet_says_nothing_of_languages(qapp, content, user, tmp_path):
    sheet = sheet_from_user(content, user, made_on=DAY)
    assert sheet.untranslated == ()
    assert [q.text for q in sheet.questions][0] == "Is question 1 a good one to ask?"
    out = tmp_path / "sheet.pdf"
    write_pdf(sheet, out)
    assert "not yet available" not in " ".join(page_texts(out))


def test_a_sheet_wholly_translated_says_nothing_of_languages(qapp, content, tmp_path):
    only_translated = UserStore(tmp_path / "user.db")
    try:
        only_translated.choose("topic-1-q3")
        sheet = sheet_from_user(content.in_language("xx"), only_translated, made_on=DAY)
        assert sheet.untranslated == () and sheet.topics == ["TEST TOPIC 1"]
    finally:
        only_translated.close()


def test_the_command_line_writes_a_sheet_in_a_language(qapp, two_language_db, tmp_path):
    from viewer import translation
    from viewer.cli import main

    out = tmp_path / "xx.pdf"
    try:
        assert main(["--database", str(two_language_db), "sheet", "--topic", "topic-1",
                     "--topic", "topic-2", "--language", "xx", "--out", str(out)]) == 0
    finally:
        translation.install(translation.SOURCE_LANGUAGE)
    whole = " ".join(page_texts(out))
    for part in (*SAYS, "IS QUESTION 8 A GOOD ONE TO ASK?", "Is question 8 a good one to ask?"):
        assert part in whole, part
