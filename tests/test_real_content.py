"""The database built from this repository's real seeds and pages."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from viewer.builder.pipeline import check
from viewer.store.content import ContentStore

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db(real_db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(real_db)
    yield conn
    conn.close()


def test_the_real_content_passes_every_check():
    report, problems = check(REPO)
    assert [str(p) for p in problems] == []
    assert all(g.grade <= 8 for g in report.grades)
    assert len(report.grades) == 4 * len(report.library.topics)


def test_holds_the_five_articles_and_the_editors_notes(db):
    kinds = db.execute("SELECT kind, count(*) FROM sources GROUP BY kind").fetchall()
    assert dict(kinds) == {"news report": 3, "opinion article": 1, "health website": 1,
                           "editors' notes": 1}


def test_four_topics_with_all_four_tabs(db):
    tabs = db.execute("SELECT topic_slug, group_concat(tab, ',') FROM "
                      "(SELECT * FROM sections ORDER BY position) GROUP BY topic_slug").fetchall()
    assert len(tabs) >= 4
    assert all(t == "what,how,evidence,questions" for _, t in tabs)
    for slug in ("enteromix", "personalised-vaccines", "oncolytic-viruses", "checkpoint-inhibitors"):
        assert slug in dict(tabs)


def test_an_independent_reading_finds_every_quote_in_its_paragraph(db):
    """Not the build's matcher: fold spaces and quote marks with plain regular expressions."""

    def fold(text: str) -> str:
        text = re.sub("[\u2018\u2019\u201a\u201b]", "'", re.sub("[\u201c\u201d\u201e\u201f]", '"', text))
        return re.sub(r"\s+", " ", text).strip()

    rows = db.execute("SELECT c.quote, p.text, c.start, c.end FROM citations c JOIN paragraphs p "
                      "ON p.source_id = c.source_id AND p.n = c.paragraph_n").fetchall()
    total = db.execute("SELECT count(*) FROM citations").fetchone()[0]
    assert len(rows) == total > 300
    for quote, text, start, end in rows:
        assert fold(quote) in fold(text)
        assert fold(text[start:end]) == fold(quote)


def test_every_statement_evidence_entry_and_question_cites_a_source(db):
    for table, owner, only in (("statements", "statement", "kind NOT IN ('heading', 'howto') AND "),
                               ("evidence", "evidence", ""), ("questions", "question", "")):
        uncited = db.execute(f"SELECT id FROM {table} t WHERE {only}"
                             "NOT EXISTS (SELECT 1 FROM citations c WHERE c.owner_type = ? "
                             "AND c.owner_id = t.id)", (owner,)).fetchall()
        assert uncited == []


def test_app_instructions_carry_no_citation_and_every_topic_has_one(db):
    """How to use the app is not a claim (CONTENT.md): never cited, and each Questions tab
    says how to use it."""
    howto = db.execute("SELECT id, topic_slug FROM statements WHERE kind = 'howto'").fetchall()
    assert {slug for _, slug in howto} == {slug for (slug,) in db.execute("SELECT slug FROM topics")}
    cited = db.execute("SELECT count(*) FROM citations WHERE owner_type = 'statement' AND owner_id "
                       "IN (SELECT id FROM statements WHERE kind = 'howto')").fetchone()[0]
    assert cited == 0


def test_survival_is_never_an_average_and_the_trial_topic_is_linked(db):
    texts = [t for (t,) in db.execute("SELECT text FROM statements UNION ALL SELECT found FROM "
                                      "evidence UNION ALL SELECT text || ' ' || why FROM questions")]
    assert not [t for t in texts if "average" in t.lower() and "month" in t.lower()]
    linking = {slug for (slug,) in db.execute(
        "SELECT DISTINCT topic_slug FROM statements WHERE text LIKE '%[[clinical-trials|%'")}
    assert linking >= {"enteromix", "personalised-vaccines", "oncolytic-viruses"}


def test_enough_questions_and_glossary_terms(db):
    counts = dict(db.execute("SELECT topic_slug, count(*) FROM questions GROUP BY topic_slug"))
    assert counts and min(counts.values()) >= 8
    assert db.execute("SELECT count(*) FROM glossary").fetchone()[0] >= 15


@pytest.mark.parametrize("word", ["JX-594", "Enteromix", "neoantigens"])
def test_full_text_search_finds(db, word):
    hits = db.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?",
                      (f'"{word}"',)).fetchone()[0]
    assert hits > 0


@pytest.mark.parametrize("typed, expected", [
    ("JX594", "JX-594"), ("jx 594", "JX-594"), ("enteromics", "Enteromix"),
    ("neoantigen", "neoantigens"),
])
def test_loosely_typed_names_still_match(real_db, typed, expected):
    store = ContentStore(real_db)
    hits = store.find(typed).hits
    store.close()
    plain = [h.snippet.replace("\x02", "").replace("\x03", "") for h in hits]
    assert any(expected.lower() in s.lower() for s in plain), plain[:5]


def test_editors_notes_are_never_an_article(real_db):
    store = ContentStore(real_db)
    notes = [s for s in store.sources() if s.is_editors_notes]
    assert [n.id for n in notes] == ["editors-notes"]
    doc = store.source("editors-notes")
    assert doc.references and all(r.url.startswith("http") for r in doc.references)
    store.close()


def test_every_page_is_current_to_2026_and_reviewed_within_three_months(db):
    rows = db.execute("SELECT slug, current_to, reviewed FROM topics").fetchall()
    assert len(rows) == 5
    for slug, current_to, reviewed in rows:
        assert current_to.startswith("2026-"), slug
        assert reviewed >= current_to, slug


def test_enough_questions_on_every_topic(db):
    counts = dict(db.execute("SELECT topic_slug, count(*) FROM questions GROUP BY topic_slug"))
    assert counts.pop("clinical-trials") >= 15
    assert len(counts) == 4 and min(counts.values()) >= 8


def test_a_reader_on_any_checkpoint_inhibitor_finds_their_medicine_and_what_to_do(db):
    what = " ".join(t for (t,) in db.execute(
        "SELECT text FROM statements WHERE topic_slug = 'checkpoint-inhibitors' AND tab = 'what'"))
    for name in ("Keytruda", "Opdivo", "Libtayo", "Jemperli", "Tecentriq", "Imfinzi", "Bavencio",
                 "Yervoy", "Imjudo", "PD-1", "PD-L1", "CTLA-4"):
        assert name in what, name
    for sign in ("chest pain", "black", "dark urine", "headache", "thirsty", "dizzy", "fever",
                 "weak muscles", "Confusion", "emergency department", "alert card", "steroid",
                 "a year or more", "lupus", "pregnant", "on your own", "feeling cold",
                 "swollen lymph nodes", "feeling weak", "keep up their usual treatment"):
        assert sign.lower() in what.lower(), sign
    # Each kind is named after the brake protein it blocks; PD-L1 is not a brake on T-cells.
    assert "named after the brake protein it blocks" in what
    assert "brake it blocks on immune cells" not in what
    # The list is a manufacturer's and some services' list, not every sign: the page says so,
    # in both tabs that carry it, and sends the reader to the team for anything new or worse.
    for tab in ("what", "evidence"):
        text = " ".join(t for (t,) in db.execute(
            "SELECT text FROM statements WHERE topic_slug = 'checkpoint-inhibitors' AND tab = ?",
            (tab,)))
        assert "This list may not have every sign." in text, tab
        assert "any new symptom, or one that gets worse" in text, tab


def test_a_reader_having_t_vec_finds_the_household_precautions_and_what_to_do(db):
    what = " ".join(t for (t,) in db.execute(
        "SELECT text FROM statements WHERE topic_slug = 'oncolytic-viruses' AND tab = 'what'"))
    for step in ("pregnant", "weak", "do not touch or scratch", "gloves", "birth control",
                 "newborn", "at least 7 days", "These are not all of the precautions",
                 "Medication Guide", "cold sore or any eye problem", "one that gets worse"):
        assert step.lower() in what.lower(), step


def test_the_national_lines_the_app_gives_are_the_ones_our_notes_verify():
    from viewer.vocabulary import HELPLINES

    notes = (REPO / "seeds" / "editors-notes.txt").read_text(encoding="utf-8")
    for country, service, phone in HELPLINES:
        assert phone in notes and service.split(",")[0] in notes, (country, service)
