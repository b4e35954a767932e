"""Property-based test of search: any text a patient can type gives a result, never an
error (FTS5 syntax, quotes, operators, control characters, any script). A quick run is
part of every test command; ``--hypothesis-profile=long`` runs many more."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.store.content import ContentStore
from viewer.vocabulary import HIT_KINDS

# What people type, and what breaks naive full-text queries.
TYPED = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(['"', "*", "AND", "OR", "NOT", "NEAR", "(", ")", ":", "^", "-", "+",
                              "jx594", "JX-594", "enteromix", "vaccine", "topic", "word", "\x00",
                              "\u0301", "ü", "疫苗", "вакцина", "टीका", " ", "'", ";", "%", "_"]),
             max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def store(small_db):
    opened = ContentStore(small_db)
    yield opened
    opened.close()


@given(query=TYPED)
def test_any_text_searches_without_error(store, query):
    found = store.find(query)
    assert {hit.kind for hit in found.hits} <= set(HIT_KINDS)
    for kind in HIT_KINDS:
        more = store.more(query, kind, offset=1, count=2)
        assert all(hit.kind == kind for hit in more.hits)


def test_the_search_finds_something_it_should(store):
    """The property above must not pass by finding nothing for everything."""
    assert store.find("vaccine").hits or store.find("word").hits
