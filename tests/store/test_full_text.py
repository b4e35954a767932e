"""The real search on a real database: kinds in order, ranking, pages of results, typos."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.library import write_library
from viewer.builder.pipeline import build_database
from viewer.store.content import ContentStore, open_read_only
from viewer.store.full_text import PAGE, FullText
from viewer.vocabulary import HIT_KINDS

LONG = ("This paragraph talks about many other things at length, such as clinics, "
        "doctors, waiting rooms, trial sites and the weather, and it names melanoma "
        "only once, in passing, near its end, in note {n}.")
SEED = """\
id: {id}
title: {title}
kind: news report
outlet: Test Outlet
author:
published: 2025-01-03
url:
language: en
file:
---
{title}

{body}
"""
ARTICLES = 20  # each names melanoma once, in a long paragraph


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ContentStore:
    root = write_library(tmp_path_factory.mktemp("ranked"))
    for n in range(1, ARTICLES + 1):
        (root / "seeds" / f"clinic-{n:02d}.txt").write_text(
            SEED.format(id=f"clinic-{n:02d}", title=f"Clinic report {n}", body=LONG.format(n=n)),
            encoding="utf-8")
    body = LONG.format(n=0) + "\n\nMelanoma, melanoma: this short note is all about melanoma."
    (root / "seeds" / "melanoma-notes.txt").write_text(
        SEED.format(id="melanoma-notes", title="Notes on a skin cancer", body=body),
        encoding="utf-8")
    build_database(root, root / "content.db")
    store = ContentStore(root / "content.db")
    yield store
    store.close()


def test_kinds_come_in_order_topic_pages_then_questions_and_glossary_then_articles(
        store: ContentStore):
    hits = store.find("vaccine").hits
    kinds = [h.kind for h in hits]
    assert {"section", "glossary", "paragraph"} <= set(kinds)
    assert kinds == sorted(kinds, key=HIT_KINDS.index)
    assert [h.kind for h in store.find("test topic").hits][:2] == ["topic", "topic"]


def test_the_article_most_about_the_word_comes_first_at_its_best_paragraph(store: ContentStore):
    article = store.find("melanoma").of_kind("paragraph")[0]
    assert article.source_id == "melanoma-notes" and article.paragraph_n == 2
    assert "all about" in article.snippet and "\x02melanoma\x03" in article.snippet.lower()


def test_a_page_of_each_kind_and_show_more_pages_through_every_match(store: ContentStore):
    first = store.find("melanoma")
    assert len(first.of_kind("paragraph")) == PAGE and "paragraph" in first.more
    seen = [h.source_id for h in first.of_kind("paragraph")]
    found = first
    while "paragraph" in found.more:
        found = store.more("melanoma", "paragraph", len(seen))
        assert found.hits and {h.kind for h in found.hits} == {"paragraph"}
        seen += [h.source_id for h in found.hits]
    with sqlite3.connect(store.path) as db:
        expected = {r[0] for r in db.execute(
            "SELECT DISTINCT source_id FROM paragraphs WHERE lower(text) LIKE '%melanoma%'")}
    assert len(seen) == len(set(seen)) == len(expected) == ARTICLES + 1
    assert set(seen) == expected


def terms(store: ContentStore, typed: str) -> list[str]:
    """The words a search of ``typed`` looks for, after correcting and dropping."""
    return FullText(open_read_only(store.path), store.topics).terms(typed)


@pytest.mark.parametrize("typed, term", [("neoantigns", "neoantigens"), ("melanom", "melanom"),
                                         ("mleanoma", "melanoma"), ("jx594", "jx")])
def test_misspelt_and_loose_words_become_words_of_the_library(store, typed, term):
    assert term in terms(store, typed)
    assert store.find(typed).hits


def test_common_words_do_not_drown_a_query_of_several(store: ContentStore):
    assert terms(store, "the melanoma") == ["melanoma"]
    assert terms(store, "the") == ["the"]


def test_a_word_like_nothing_in_the_library_finds_nothing(store: ContentStore):
    assert store.find("qqqzzzxxy").hits == []
    assert store.find('"*').hits == []


def test_the_words_table_holds_every_word_once(store: ContentStore, tmp_path: Path):
    with sqlite3.connect(store.path) as db:
        words = [r[0] for r in db.execute("SELECT word FROM words ORDER BY rowid")]
    assert words == sorted(set(words)) and "melanoma" in words and "neoantigens" in words
