"""The reading rules, on the real seeds as received."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from viewer.builder.seeds import read_seed, read_seeds

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def sources():
    found, problems = read_seeds(SEEDS)
    assert problems == []
    return {s.id: s for s in found}


def test_five_articles_and_the_editors_notes(sources):
    kinds = {s.id: s.kind for s in sources.values()}
    assert kinds == {"dantri-2025": "news report", "enteromix-hope": "news report",
                     "enteromix-mirage": "news report", "opinion-personalised": "opinion article",
                     "ilive-jx594": "health website", "editors-notes": "editors' notes"}


def test_only_the_article_that_gives_an_address_has_one(sources):
    with_url = [s.id for s in sources.values() if s.url]
    assert with_url == ["dantri-2025"]
    assert sources["dantri-2025"].url.startswith("https://dantri.com.vn/")


def test_unknown_metadata_is_left_empty(sources):
    hope = sources["enteromix-hope"]
    assert hope.author == "Golam MD Mowazzim" and hope.outlet == "" and hope.published == ""
    assert sources["dantri-2025"].published == "2025-09-10"
    assert sources["ilive-jx594"].published == "" and sources["ilive-jx594"].reviewed == "2025-06-30"


def test_text_is_exactly_as_received(sources):
    """Each article hashes to the sha256 recorded when it was received, so the check
    needs nothing outside the repository and fails if one byte of an article changes."""
    articles = [s for s in sources.values() if not s.is_editors_notes]
    assert len(articles) == 5
    for source in articles:
        header = source.path.read_text(encoding="utf-8").partition("\n---\n")[0]
        recorded = [line.split()[1] for line in header.splitlines() if line.startswith("sha256:")]
        assert recorded, f"{source.path.name} records no sha256"
        assert hashlib.sha256(source.body.encode()).hexdigest() == recorded[0]


def test_pdf_lines_broken_mid_sentence_are_joined(sources):
    opinion = sources["opinion-personalised"]
    texts = [p.text for p in opinion.paragraphs]
    # a line break and a page break in the middle of one sentence
    assert any("how cancer will be treated in the future." in t for t in texts)
    assert any("can vary widely between patients." in t for t in texts)
    assert not any(t[0].islower() for t in texts)
    assert len(opinion.paragraphs) == 7


def test_page_furniture_is_dropped_and_kept_aside(sources):
    hope = sources["enteromix-hope"]
    text = " ".join(p.text for p in hope.paragraphs)
    for furniture in ("author-image", "New Update", "Flickr", "Golam MD Mowazzim"):
        assert furniture not in text
    reasons = {d.text: d.reason for d in hope.dropped}
    assert reasons["author-image"] == "author photo placeholder"
    assert reasons["Golam MD Mowazzim"].startswith("byline")
    assert any(r == "repeats an earlier paragraph" for r in reasons.values())
    mirage = sources["enteromix-mirage"]
    assert {d.reason for d in mirage.dropped} >= {"image credit", "comment box"}
    assert mirage.paragraphs[-1].text.startswith("One thing is certain.")
    ilive = sources["ilive-jx594"]
    assert sum(d.reason == "site boilerplate" for d in ilive.dropped) == 3
    assert ilive.paragraphs[0].text.startswith("A virus has been created")


def test_headline_becomes_the_title_not_a_paragraph(sources):
    for sid in ("dantri-2025", "enteromix-hope", "enteromix-mirage", "ilive-jx594"):
        assert sources[sid].paragraphs[0].text != sources[sid].title
        assert any(d.reason.startswith("headline") for d in sources[sid].dropped)


def test_subheadings_and_list_items_are_kept_and_marked(sources):
    kinds = {p.text: p.kind for p in sources["enteromix-hope"].paragraphs}
    assert kinds["How Enteromix Works"] == "heading"
    assert any(k == "item" for k in kinds.values())


def test_editors_notes_keep_a_reference_for_every_fact(sources):
    notes = sources["editors-notes"]
    facts = [p for p in notes.paragraphs if p.kind == "text"]
    referenced = {r.paragraph_n for r in notes.references}
    assert facts and all(p.n in referenced for p in facts)
    assert all(r.url.startswith("http") and r.title for r in notes.references)


def test_source_text_keeps_markup_as_text(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("id: x\ntitle: T\nkind: news report\nlanguage: en\n---\n"
                    "<script>alert(1)</script> stays as it is.\n", encoding="utf-8")
    source, problems = read_seed(path)
    assert problems == [] and source.paragraphs[0].text.startswith("<script>")
