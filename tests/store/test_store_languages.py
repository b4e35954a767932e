"""The store answers in the reader's language, topic by topic and glossary entry by entry,
and in English where a page or entry is not translated; search follows the same rule.
The database: topic-1 and the glossary also in the test language "xx", topic-2 English only."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.store.content import ContentStore
from viewer.vocabulary import QUESTIONS_TAB


@pytest.fixture
def english(two_language_db: Path) -> ContentStore:
    store = ContentStore(two_language_db)
    yield store
    store.close()


@pytest.fixture
def xx(english: ContentStore) -> ContentStore:
    return english.in_language("xx")


def test_english_is_answered_as_before(english):
    assert english.language == english.pages_language == "en"
    assert english.languages() == ["en", "xx"]
    assert [(t.slug, t.title, t.language) for t in english.topics()] == [
        ("topic-1", "Test topic 1", "en"), ("topic-2", "Test topic 2", "en")]
    assert english.section("topic-1", "what").blocks[0].text == "It is a made-up {vaccine}."


def test_the_topic_list_is_in_the_readers_language_where_translated(xx):
    assert xx.language == "xx"
    assert [(t.slug, t.title, t.language) for t in xx.topics()] == [
        ("topic-1", "TEST TOPIC 1", "xx"), ("topic-2", "Test topic 2", "en")]
    assert xx.topic("topic-1").summary == "A MADE-UP TREATMENT FOR THE TESTS."
    assert xx.topic("topic-1").stage_citations == xx.in_language("en").topic("topic-1").stage_citations


def test_a_translated_page_and_an_english_one_each_say_their_language(xx, english):
    page = xx.section("topic-1", "what")
    assert (page.language, page.title) == ("xx", "WHAT IT IS")
    assert page.blocks[0].text == "IT IS A MADE-UP {vaccine}."
    same = english.section("topic-1", "what")
    assert [b.id for b in page.blocks] == [b.id for b in same.blocks]
    assert [b.citations for b in page.blocks] == [b.citations for b in same.blocks]  # the English quotes
    assert xx.tabs("topic-1")[0] == ("what", "WHAT IT IS")
    other = xx.section("topic-2", "what")
    assert (other.language, other.title) == ("en", "What it is")
    assert other.blocks[0].text == "It is a made-up {vaccine}."
    card = xx.section("topic-1", "evidence").blocks[2]
    assert (card.found, card.in_whom) == ("TUMOURS GOT SMALLER IN MOST OF THE MICE.", "animals")


def test_questions_follow_their_topic(xx):
    asked = {q.id: q for q in xx.questions()}
    assert asked["topic-1-q1"].text == "IS QUESTION 1 A GOOD ONE TO ASK?"
    assert asked["topic-2-q1"].text == "Is question 1 a good one to ask?"
    assert len(asked) == 16  # each question once, in one language
    assert xx.question("topic-1-q2").why == "IT HELPS YOU TALK TO YOUR DOCTOR."
    tab = xx.section("topic-1", QUESTIONS_TAB)
    assert [b.text for b in tab.blocks][2:4] == ["TICK A QUESTION TO PUT IT ON YOUR SHEET.",
                                                "IS QUESTION 1 A GOOD ONE TO ASK?"]


def test_the_glossary_is_in_the_readers_language_and_found_by_either_name(xx, english):
    terms = xx.glossary()
    assert [t.term for t in terms][:3] == ["NEOANTIGEN", "VACCINE", "WORD0"]  # its own order
    assert {t.language for t in terms} == {"xx"}
    for name in ("vaccine", "VACCINE"):  # a mark names the English term
        assert xx.term(name).definition == "A WORD FOR THE TESTS, NUMBER 0."
    assert xx.term("neoantigens").term == "NEOANTIGEN"
    assert english.term("vaccine").definition == "A word for the tests, number 0."


def test_search_finds_what_the_reader_is_shown(xx, english):
    """In "xx": topic-1's translated tab, and topic-2's English one; never topic-1 in English."""
    found = xx.find("trains")
    sections = [(h.topic_slug, h.title) for h in found.of_kind("section")]
    assert sections == [("topic-1", "TEST TOPIC 1 \u2013 HOW IT WORKS"),
                        ("topic-2", "Test topic 2 \u2013 How it works")]
    assert [h.topic_slug for h in english.find("trains").of_kind("section")] == ["topic-1", "topic-2"]
    questions = xx.find("question 3").of_kind("question")
    assert [h.question_id for h in questions] == ["topic-1-q3", "topic-2-q3"]
    assert "QUESTION" in questions[0].snippet and "question" in questions[1].snippet
    assert [h.term for h in xx.find("word").of_kind("glossary")][:2] == ["VACCINE", "NEOANTIGEN"]
    assert [h.topic_slug for h in xx.find("test topic").of_kind("topic")] == ["topic-1", "topic-2"]
    more = xx.more("trains", "section", 1)
    assert [h.topic_slug for h in more.hits] == ["topic-2"]


def test_a_language_the_content_lacks_shows_every_page_in_english(english):
    russian = english.in_language("ru")
    assert russian.language == "ru"
    assert {t.language for t in russian.topics()} == {"en"}
    assert russian.section("topic-1", "what").language == "en"
    assert english.in_language("en-XA").language == "en"  # a pseudo-locale reads its base
    assert english.in_language("xx-YY").language == "xx"
    assert english.in_language("en") is english


def test_another_thread_reads_in_the_same_language(xx):
    reader = xx.reader()
    try:
        assert reader.language == "xx"
        assert reader.topic("topic-1").title == "TEST TOPIC 1"
    finally:
        reader.close()
