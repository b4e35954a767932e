"""Property-based tests: no topic page, glossary or seed file makes the builder crash.

Whatever an editor's file holds, reading it gives either the parsed page or problems
that name that file (``FILE:LINE: message``), and the build's check of a whole library
with one file changed gives only problems that name a file of the library: the
``ContentError`` the build raises, never a traceback. A quick run is part of every test
command; `--hypothesis-profile=long` runs many more examples (README, "Test it").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.library import GLOSSARY, NOTES, SEED, topic_text, write_library
from viewer.builder.pages import parse_glossary, parse_topic
from viewer.builder.pipeline import build_database, check
from viewer.builder.seeds import read_seed
from viewer.errors import ContentError, Problem

REPO = Path(__file__).resolve().parents[2]
# Read once: a file changed during a long run must not change what an example draws.
REAL_PAGES = [p.read_text(encoding="utf-8")
              for p in sorted((REPO / "resources" / "content" / "topics").glob("*.txt"))]
REAL_SEEDS = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]

# Characters that mean something to the formats (docs/content-format.md, the seed header),
# line breaks of every kind, control characters and digits that are not ASCII.
SPECIAL = [":", "|", "==", "## ", "# ", "[", "]", "\u00b6", "[[", "]]", "{", "}", " ", "  ",
           "\t", "\n", "\r", "\r\n", "\x00", "\x1b", "\u2028", "\u0085", "\ufeff", "---",
           "\n---\n", "2025-01-02", "2026-13", "\u00b2", "\u0663", "\uff11", "-", "key:",
           "result:", "question:", "term:", "also:", "definition:", "drop:", "in:", "group:",
           "sha256:", "https://", "Reference:", "\u2022 ", "</p><b>"]
pieces = st.lists(st.sampled_from(SPECIAL) | st.text(max_size=8), max_size=6).map("".join)


def mutate(data, text: str) -> bytes:
    """``text`` changed in 1 to 6 ways: lines dropped, doubled, swapped or replaced, a value
    after a colon replaced, pieces inserted, bytes flipped, the end cut off."""
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 6), label="changes")):
        how = data.draw(st.sampled_from(["drop", "double", "swap", "replace", "value", "insert",
                                         "insert", "flip", "cut"]), label="how")
        at = data.draw(st.integers(0, max(len(lines) - 1, 0)), label="line")
        if not lines:
            lines = [""]
        if how == "drop":
            del lines[at]
        elif how == "double":
            lines.insert(at, lines[at])
        elif how == "swap":
            other = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[at], lines[other] = lines[other], lines[at]
        elif how == "replace":
            lines[at] = data.draw(pieces, label="new line")
        elif how == "value":
            key, colon, _ = lines[at].partition(":")
            lines[at] = key + (colon or ":") + data.draw(pieces, label="value")
        elif how == "insert":
            where = data.draw(st.integers(0, len(lines[at])), label="column")
            lines[at] = lines[at][:where] + data.draw(pieces, label="piece") + lines[at][where:]
        else:
            raw = "\n".join(lines).encode("utf-8", "surrogatepass")
            if how == "flip" and raw:
                spot = data.draw(st.integers(0, len(raw) - 1), label="byte")
                raw = raw[:spot] + bytes([data.draw(st.integers(0, 255), label="value")]) \
                    + raw[spot + 1:]
            elif how == "cut":
                raw = raw[:data.draw(st.integers(0, len(raw)), label="cut at")]
            lines = raw.decode("utf-8", "surrogateescape").split("\n")
    return "\n".join(lines).encode("utf-8", "surrogateescape")


def names_the_file(problems: list[Problem], shown: str | set[str]) -> None:
    names = {shown} if isinstance(shown, str) else shown
    for p in problems:
        assert isinstance(p, Problem) and p.path in names, p
        assert isinstance(p.line, int) and p.line >= 0 and p.message.strip(), p


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-files")


def read_page(folder: Path, raw: bytes) -> None:
    path = folder / "topic-1.txt"
    path.write_bytes(raw)
    topic, problems = parse_topic(path, "resources/content/topics/topic-1.txt")
    names_the_file(problems, "resources/content/topics/topic-1.txt")
    assert (topic is None) == bool(problems)
    event("parsed" if topic else "problems")  # shown by --hypothesis-show-statistics


def read_glossary(folder: Path, raw: bytes) -> None:
    path = folder / "glossary.txt"
    path.write_bytes(raw)
    terms, problems = parse_glossary(path, "resources/content/glossary.txt")
    names_the_file(problems, "resources/content/glossary.txt")
    assert isinstance(terms, list)


def read_one_seed(folder: Path, raw: bytes) -> None:
    path = folder / "some-seed.txt"
    path.write_bytes(raw)
    source, problems = read_seed(path, "seeds/some-seed.txt")
    names_the_file(problems, "seeds/some-seed.txt")
    assert (source is None) == bool(problems)
    event("parsed" if source else "problems")


@given(st.binary(max_size=600) | st.text(max_size=600).map(lambda t: t.encode("utf-8", "replace")))
def test_any_bytes_are_a_topic_page_or_problems_naming_it(folder, raw):
    read_page(folder, raw)


@given(data=st.data())
def test_a_valid_topic_page_changed_anywhere_is_a_page_or_problems_naming_it(folder, data):
    base = data.draw(st.sampled_from([topic_text("topic-1", "Test topic 1", 1),
                                      topic_text("topic-1", "Test", 2, link_to="topic-2"),
                                      *REAL_PAGES]),
                     label="page")
    read_page(folder, mutate(data, base))


@given(data=st.data())
def test_a_valid_glossary_changed_anywhere_is_terms_or_problems_naming_it(folder, data):
    read_glossary(folder, mutate(data, GLOSSARY))


@given(st.binary(max_size=600) | st.text(max_size=600).map(lambda t: t.encode("utf-8", "replace")))
def test_any_bytes_are_a_seed_or_problems_naming_it(folder, raw):
    read_one_seed(folder, raw)


@given(data=st.data())
def test_a_valid_seed_changed_anywhere_is_a_source_or_problems_naming_it(folder, data):
    base = data.draw(st.sampled_from([SEED, NOTES, *REAL_SEEDS]), label="seed")
    read_one_seed(folder, mutate(data, base))


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    return write_library(tmp_path_factory.mktemp("fuzz-library") / "library")


@given(data=st.data())
def test_a_library_with_one_file_changed_builds_or_gives_problems_naming_files(library, data):
    """The whole check the build runs (parsing, citations found in their sources, rules,
    reading grades), with one seed, page or the glossary changed."""
    files = sorted(p.relative_to(library).as_posix() for p in library.rglob("*.txt"))
    shown = data.draw(st.sampled_from(files), label="file")
    path = library / shown
    kept = path.read_bytes()
    try:
        path.write_bytes(mutate(data, kept.decode("utf-8")))
        _report, problems = check(library)
    finally:
        path.write_bytes(kept)
    names_the_file(problems, {*files, "seeds", "resources/content/topics"})
    event("the whole check passed" if not problems else "problems")
    if problems:  # what build_database raises: one line a problem, each naming its file
        lines = str(ContentError(problems)).splitlines()
        assert len(lines) == len(problems), lines
        assert all(line.split(":", 1)[0] in {*files, "seeds", "resources/content/topics"}
                   for line in lines), lines



@pytest.mark.parametrize("order", ["\u00b2", "\u0663", "\uff11"])
def test_an_order_in_digits_that_are_not_ascii_is_a_problem_not_a_crash(folder, order):
    """Found by these tests: "²" passed ``isdigit`` and then broke ``int``."""
    path = folder / "topic-1.txt"
    path.write_text(topic_text("topic-1", "T", 1).replace("order: 1", f"order: {order}"),
                    encoding="utf-8")
    topic, problems = parse_topic(path, "topic-1.txt")
    assert topic is None and [str(p) for p in problems] == [
        f"topic-1.txt:4: order '{order}' is not a whole number"]


@given(data=st.data())
def test_any_words_in_a_statement_build_or_give_problems_naming_the_page(library, data):
    """Deeper than a broken file: one statement's words replaced by any text (glossary marks,
    topic links, markup, control characters, any script), the rest of the page valid, so
    the build reaches marks, links, rules, reading grades and the writer: a database that
    passes its integrity check, or ContentError naming the page."""
    path = library / "resources" / "content" / "topics" / "topic-1.txt"
    kept = path.read_text(encoding="utf-8")
    lines = kept.split("\n")
    statements = [i for i, line in enumerate(lines)
                  if line.startswith(("key: ", "unknown: ", "howto: ")) or (
                      line[:1].isalpha() and ":" not in line and not line.startswith("=="))]
    at = data.draw(st.sampled_from(statements), label="statement")
    prefix = lines[at].split(": ", 1)[0] + ": " if lines[at].startswith(("key: ", "unknown: ",
                                                                           "howto: ")) else ""
    words = data.draw(st.lists(st.sampled_from(["{{vaccine}}", "{{x|y}}", "{{", "}}", "[[topic-2|see]]",
                                                "[[nowhere|x]]", "[[", "|", "<b>", "\x1b", "\u202e",
                                                "\u00b2", "word", "a", ".", "?"])
                               | st.text(st.characters(blacklist_categories=("Cs",),
                                                     blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e"
                                                       "\x85\u2028\u2029"), max_size=12),
                               min_size=1, max_size=12).map(" ".join), label="words")
    lines[at] = prefix + words
    out = library.parent / "fuzzed.db"
    try:
        path.write_text("\n".join(lines), encoding="utf-8")
        build_database(library, out)  # the whole build: check, then write
        problems: list[Problem] = []
    except ContentError as err:
        problems = err.problems
    finally:
        path.write_text(kept, encoding="utf-8")
    files = sorted(p.relative_to(library).as_posix() for p in library.rglob("*.txt"))
    names_the_file(problems, {*files, "seeds", "resources/content/topics"})
    if not problems:
        conn = sqlite3.connect(out)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
    event("built" if not problems else "problems")
