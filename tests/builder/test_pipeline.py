"""Building the database: what it holds, that it is deterministic and atomic, bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.library import topic_text
from viewer.builder.matching import find_quote
from viewer.builder.pipeline import build_database, check
from viewer.cli import main
from viewer.errors import ContentError
from viewer.schema import SCHEMA_VERSION
from viewer.vocabulary import QUESTION_GROUPS


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_build_writes_every_table(library: Path):
    out = library / "out.db"
    build_database(library, out)
    assert rows(out, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert rows(out, "SELECT count(*) FROM sources") == [(2,)]
    assert rows(out, "SELECT count(*) FROM topics") == [(2,)]
    assert rows(out, "SELECT DISTINCT tab FROM sections ORDER BY position") == [
        ("what",), ("how",), ("evidence",), ("questions",)]
    meta = dict(rows(out, "SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["last_reviewed"] == "2026-02-03" and len(meta["content_hash"]) == 64
    assert rows(out, "SELECT count(*) FROM dropped WHERE reason = 'image credit'") == [(1,)]


def test_every_citation_is_located_in_its_paragraph(library: Path):
    out = library / "out.db"
    build_database(library, out)
    for quote, text, start, end in rows(out, "SELECT c.quote, p.text, c.start, c.end FROM citations c "
                                             "JOIN paragraphs p ON p.source_id = c.source_id "
                                             "AND p.n = c.paragraph_n"):
        assert find_quote(quote, text) == (start, end)


def test_same_inputs_same_hash(library: Path):
    first = build_database(library, library / "a.db").content_hash
    second = build_database(library, library / "b.db").content_hash
    assert first == second
    assert (library / "a.db").read_bytes() == (library / "b.db").read_bytes()
    topic = library / "resources/content/topics/topic-1.txt"
    topic.write_text(topic.read_text() + "\n# a comment\n")
    assert build_database(library, library / "c.db").content_hash != first


def test_quotes_may_differ_only_in_spaces_and_quote_marks():
    text = "Dr. Chandra says \u201cif these\nresults   hold\u201d, we\u2019ll see."
    assert find_quote('"if these results hold", we\'ll see', text) is not None
    assert find_quote("if these results held", text) is None


def break_file(library: Path, relative: str, old: str, new: str) -> None:
    path = library / relative
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


TOPIC = "resources/content/topics/topic-1.txt"


def line_of(needle: str, text: str = topic_text("topic-1", "Test topic 1", 1)) -> int:
    return text.split(needle)[0].count("\n") + 1


@pytest.mark.parametrize("relative, old, new, expected", [
    ("seeds/test-news.txt", "kind: news report", "kind: rumour", "seeds/test-news.txt:1: kind 'rumour'"),
    ("seeds/test-news.txt", "published: 2025-01-02", "published: 2 January",
     "seeds/test-news.txt:1: published '2 January' is not a date"),
    ("seeds/test-news.txt", "\n---\n", "\n", "no '---' line"),
    ("seeds/test-news.txt", "url: https://example.org/report", "url: https:///report",
     "seeds/test-news.txt:1: url 'https:///report' is not a web address"),
    ("seeds/test-news.txt", "url: https://example.org/report", "url: https://[example.org/report",
     "seeds/test-news.txt:1: url 'https://[example.org/report' is not a web address"),
    ("seeds/test-news.txt", "language: en", "language: English!",
     "seeds/test-news.txt:1: language 'English!' is not a language code"),
    ("seeds/editors-notes.txt", "id: editors-notes", "id: test-news", "duplicate source id 'test-news'"),
    (TOPIC, "[test-news] It is not available yet.", "[no-such] It is not available yet.",
     f"{TOPIC}:{line_of('[test-news] It is not available yet.')}: unknown source id 'no-such'"),
    (TOPIC, "[test-news] JX-594 in mice", "[test-news] JX-594 in rats",
     f"{TOPIC}:{line_of('[test-news] JX-594 in mice')}: quote not found in source 'test-news'"),
    (TOPIC, "[test-news ¶2] neoantigens", "[test-news ¶9] neoantigens", "has no paragraph 9"),
    (TOPIC, "question: topic-1-q2", "question: topic-1-q1", "duplicate question id 'topic-1-q1'"),
    (TOPIC, "{vaccine}", "{vacine}", "glossary term 'vacine' is not defined"),
    (TOPIC, "reviewed: 2026-02-03", "reviewed: soon", "reviewed 'soon' is not a date"),
    (TOPIC, "current-to: 2025-12", "current-to: December", "current-to 'December' is not a month"),
    (TOPIC, "current-to: 2025-12", "current-to: 2025-10",
     f"{TOPIC}:{line_of('reviewed: 2026-02-03')}: reviewed 2026-02-03 is 4 months after the facts' "
     "month (current-to 2025-10); at most 3"),
    (TOPIC, "current-to: 2025-12", "current-to: 2026-03",
     "reviewed 2026-02-03 is before the facts' month (current-to 2026-03)"),
    (TOPIC, "current-to: 2025-12\n", "", "header field 'current-to' is missing or empty"),
    (TOPIC, "It was tried in mice. It was not tried in people.",
     "It was tried in mice. The mice lived 12.7 months on average.",
     "'average' with a survival time: trial survival figures are medians"),
    (TOPIC, "stage: animals", "stage: sideways", "stage 'sideways' is not one of"),
    (TOPIC, "howto: Tick a question to put it on your sheet.",
     "howto: Tick a question to put it on your sheet.\n  [test-news] It is not available yet.",
     "an app instruction (howto:) is not a claim: it takes no citation"),
    ("resources/content/topics/topic-2.txt", "[[topic-1|", "[[topic-9|",
     "link to topic 'topic-9': no other topic has that slug"),
    (TOPIC, "key: It is not for sale.", "key: It is not for sale. See [[topic-2|this]].",
     "topic links belong in plain statements"),
    (TOPIC, "It was tried in mice. It was not tried in people.",
     "It was tried in mice, notwithstanding the considerable methodological heterogeneity characterising "
     "contemporary immunotherapeutic investigations and their multifarious translational ramifications.",
     "reads at Flesch-Kincaid grade"),
    # every check of the content gate, each with its message (CONTENT.md, content-format.md)
    (TOPIC, "key: It looks for marks on the tumour.", "It looks for marks on the tumour.",
     "tab 'how' has 1 key points; it needs 2 or 3"),
    (TOPIC, "  text: Is question 1 a good one to ask?\n", "", "question has no 'text:'"),
    (TOPIC, f"question: topic-1-q8\n  group: {QUESTION_GROUPS[3]}\n  text: Is question 8 a good one to "
     "ask?\n  why: It helps you talk to your doctor.\n  [test-news] It is not available yet.\n", "",
     "7 questions; a topic needs at least 8"),
    ("resources/content/glossary.txt", "term: word12\ndefinition: A word for the tests, number 14.\n\n"
     "term: word13\ndefinition: A word for the tests, number 15.\n\n", "",
     "the glossary has 14 terms; it needs at least 15"),
    ("resources/content/glossary.txt", "term: word13\n", "term: word12\n",
     "glossary term 'word12' is defined twice"),
    (TOPIC, "unknown: We do not know if it works in people.", "We do not know if it works in people.",
     "the evidence tab needs at least one 'unknown:'"),
    (TOPIC, "result: Tumours got smaller in most of the mice.\n  in: animals\n  number: not stated\n"
     "  stage: animal study\n  reported-by: a test report\n  when: 2025\n  peer-reviewed: not stated\n"
     "  official-only: no\n  disagree: No other source says this.\n"
     "  [test-news] Tumours got smaller in most of the mice.\n", "",
     "the evidence tab needs at least one 'result:'"),
    (TOPIC, "  in: animals", "  in: rabbits", "'in: rabbits' must be one of: cells, animals, people"),
    (TOPIC, "  peer-reviewed: not stated", "  peer-reviewed: maybe",
     "'peer-reviewed: maybe' must be one of: yes, no, not stated"),
    (TOPIC, "  official-only: no", "  official-only: perhaps", "'official-only:' is yes or no"),
    (TOPIC, f"  group: {QUESTION_GROUPS[1]}", "  group: Benefits and evidence",
     "group 'Benefits and evidence' is not one of: availability; benefits"),
    (TOPIC, "  reported-by: a test report\n", "", "result has no 'reported-by:'"),
    (TOPIC, "  when: 2025\n", "", "result has no 'when:'"),
    ("seeds/test-news.txt", "kind: news report\n", "kind: news report\ndrop: No such line | a test\n",
     "drop line 'No such line' matches no line of the text"),
])
def test_bad_input_names_file_and_line_and_writes_nothing(library, relative, old, new, expected):
    break_file(library, relative, old, new)
    out = library / "out.db"
    out.write_bytes(b"the previous database")
    with pytest.raises(ContentError) as err:
        build_database(library, out)
    assert expected in str(err.value)
    assert out.read_bytes() == b"the previous database"
    assert not list(library.glob(".content-*"))


def test_quote_from_dropped_furniture_says_so(library):
    break_file(library, TOPIC, "[test-news] It is not available yet.", "[test-news] \u00a9Test Images")
    _, problems = check(library)
    assert any("page furniture" in p.message and "image credit" in p.message for p in problems)


def test_a_file_that_is_not_utf8_is_named_with_its_line(library):
    path = library / TOPIC
    path.write_bytes(path.read_bytes().replace(b"made-up treatment", b"made-up trait\xe9ment", 1))
    _, problems = check(library)
    assert [str(p) for p in problems if p.path == TOPIC] == [
        f"{TOPIC}:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_check_command_prints_grades_and_fails_with_file_line(library, monkeypatch, capsys):
    monkeypatch.chdir(library)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "topic-1" in out and "evidence" in out and "all checks passed" in out
    assert "facts current to 2025-12, reviewed 2026-02-03" in out
    break_file(library, TOPIC, "[test-news] JX-594 in mice", "[test-news] JX-594 in rats")
    assert main(["check"]) == 1
    assert f"{TOPIC}:{line_of('[test-news] JX-594 in mice')}: quote not found" in capsys.readouterr().err
    assert not (library / "build").exists()


def test_build_command_outside_a_repository_says_where_to_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    assert "run this in the repository root" in capsys.readouterr().err


def test_a_median_grade_over_the_limit_is_named_though_no_tab_is(library):
    """Every tab at grade 6.7: each within the limit of 8, their median over 6.5."""
    from viewer.builder.library import Block
    from viewer.builder.pipeline import load
    from viewer.builder.readability import grade_all

    loaded, problems = load(library)
    assert not problems
    sentence = "The doctors tested the vaccine in a small group of patients with advanced cancer."
    for topic in loaded.topics:
        for section in topic.sections:
            section.blocks = [Block("text", sentence, topic.path, section.line)]
    grades, problems = grade_all(loaded)
    assert {g.grade for g in grades} == {6.7}
    assert [str(p) for p in problems] == [
        "resources/content/topics:0: the median grade of all tabs is 6.7; it must be 6.5 or below"]
