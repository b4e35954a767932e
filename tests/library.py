"""A tiny content library written into a folder, so tests do not hang on today's wording."""

from __future__ import annotations

import re
from pathlib import Path

from viewer.vocabulary import QUESTION_GROUPS

SEED = """\
id: test-news
title: A test report on a made-up treatment
kind: news report
outlet: Test Outlet
author:
published: 2025-01-02
url: https://example.org/report
language: en
file: test.txt
note: Written for the tests.
---
A test report on a made-up treatment
\u00a9Test Images
Doctors tested the made-up vaccine JX-594 in mice. Tumours got smaller in
most of the mice.
The vaccine uses neoantigens found on the tumour.
It is not available yet.
Comments
  \u2022 No comment yet
"""

NOTES = """\
id: editors-notes
title: Editors' background notes
kind: editors' notes
outlet: Written by the editors of this app
author: The editors
published: 2026-01-01
url:
language: en
file:
note: Notes for the tests.
---
Trial phases

A Phase I trial checks if a treatment is safe.
Reference: A reference title | https://example.org/phases
"""

TOPIC = """\
topic: {slug}
title: {title}
summary: A made-up treatment for the tests.
order: {order}
reviewed: 2026-02-03
current-to: 2025-12
stage: animals
  [test-news] Doctors tested the made-up vaccine JX-594 in mice.

== what | What it is

key: It is a made-up {{vaccine}}.
  [test-news] Doctors tested the made-up vaccine

key: It is not for sale.
  [test-news] It is not available yet.

## Who it is for

It was tried in mice. It was not tried in people.
  [test-news] JX-594 in mice
{link}
== how | How it works

key: It looks for marks on the tumour.
  [test-news] The vaccine uses neoantigens found on the tumour.

key: The marks are called {{neoantigens|neoantigen}}.
  [test-news ¶2] neoantigens

It trains the body to find the marks.
  [test-news] uses neoantigens

== evidence | Where the evidence stands

key: It was only tried in mice.
  [test-news] in mice

key: A Phase I trial checks safety.
  [editors-notes] A Phase I trial checks if a treatment is safe.

result: Tumours got smaller in most of the mice.
  in: animals
  number: not stated
  stage: animal study
  reported-by: a test report
  when: 2025
  peer-reviewed: not stated
  official-only: no
  disagree: No other source says this.
  [test-news] Tumours got smaller in most of the mice.

unknown: We do not know if it works in people.
  [test-news] It is not available yet.

== questions | Questions to ask your doctor

key: Take these questions to your doctor.
  [test-news] It is not available yet.

key: Tick the ones you want to ask.
  [test-news] It is not available yet.

howto: Tick a question to put it on your sheet.
{questions}
"""

QUESTION = """
question: {slug}-q{i}
  group: {group}
  text: Is question {i} a good one to ask?
  why: It helps you talk to your doctor.
  [test-news] It is not available yet.
"""

GROUPS = QUESTION_GROUPS

GLOSSARY = "".join(f"term: {t}\ndefinition: A word for the tests, number {i}.\n\n"
                   for i, t in enumerate(["vaccine", "neoantigen", *[f"word{i}" for i in
                                                                     range(14)]]))
GLOSSARY = GLOSSARY.replace("term: neoantigen\n", "term: neoantigen\nalso: neoantigens\n")


def topic_text(slug: str = "test-topic", title: str = "Test topic", order: int = 1,
               link_to: str = "") -> str:
    questions = "".join(QUESTION.format(slug=slug, i=i, group=GROUPS[i % len(GROUPS)])
                        for i in range(1, 9))
    link = (f"\nSee also [[{link_to}|the other test topic]].\n  [test-news] It is not available yet.\n"
            if link_to else "")
    return TOPIC.format(slug=slug, title=title, order=order, questions=questions, link=link)


def write_library(root: Path, topics: int = 2) -> Path:
    """Write seeds/ and resources/content/ under ``root`` and return ``root``."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "resources" / "content" / "topics").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "test-news.txt").write_text(SEED, encoding="utf-8")
    (root / "seeds" / "editors-notes.txt").write_text(NOTES, encoding="utf-8")
    for i in range(1, topics + 1):
        slug = f"topic-{i}"
        (root / "resources" / "content" / "topics" / f"{slug}.txt").write_text(
            topic_text(slug, f"Test topic {i}", i, link_to="topic-1" if i > 1 else ""),
            encoding="utf-8")
    (root / "resources" / "content" / "glossary.txt").write_text(GLOSSARY, encoding="utf-8")
    return root


# -- the test language --------------------------------------------------------------------
# "xx" is a language made for the tests: the English words written in capitals. It has no
# real translations, and needs none to prove the machinery.

TEST_LANGUAGE = "xx"
_KEPT_LINE = re.compile(r"^(topic|order|reviewed|current-to|stage|question): ")
_WORDED_FIELD = re.compile(r"^\s+(text|why|stage|reported-by|number|disagree): ")


def in_capitals(text: str) -> str:
    """Every word in capitals; glossary marks and topic links as they are (their targets are
    English in every language)."""
    return re.sub(r"\{[^}]*\}|\[\[[^\]]*\]\]|[A-Za-z]+",
                  lambda m: m[0] if m[0][0] in "{[" else m[0].upper(), text)


def fixture_translation(english: str) -> str:
    """A page "translated": every word of the patient's text in capitals; headers, field
    names, question ids, marks and citations (the English quotes) as they are."""
    out = []
    for line in english.splitlines():
        if line.startswith("=="):  # == tab | Title
            head, bar, title = line.partition("| ")
            out.append(head + bar + in_capitals(title))
            continue
        if field := _WORDED_FIELD.match(line):  # a question's or result's words
            out.append(field[0] + in_capitals(line[field.end():]))
            continue
        if line.startswith((" ", "\t")) or _KEPT_LINE.match(line) or not line.strip():
            out.append(line)
            continue
        kind, sep, text = line.partition(": ")
        if not sep or " " in kind:
            kind, text = "", line
        out.append(f"{kind}: {in_capitals(text)}" if kind else in_capitals(text))
    return "\n".join(out) + "\n"


def fixture_glossary(english: str) -> str:
    """The glossary "translated": each entry's term, other forms and definition in capitals,
    and the English term it translates."""
    out = []
    for line in english.splitlines():
        key, sep, value = line.partition(": ")
        if sep and key == "term":
            out += [f"term: {in_capitals(value)}", f"english: {value}"]
        elif sep and key in ("also", "definition"):
            out.append(f"{key}: {in_capitals(value)}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def write_translation(root: Path, slugs: tuple[str, ...] = ("topic-1",), glossary: bool = True,
                      language: str = TEST_LANGUAGE) -> Path:
    """Translate ``slugs`` (and the glossary) of the library at ``root`` into ``language``,
    the English revisions recorded as the editors' command does; returns the folder."""
    from viewer.builder.pipeline import record_translation

    content = root / "resources" / "content"
    folder = content / "translations" / language
    folder.mkdir(parents=True, exist_ok=True)
    for slug in slugs:
        english = (content / "topics" / f"{slug}.txt").read_text(encoding="utf-8")
        (folder / f"{slug}.txt").write_text(fixture_translation(english), encoding="utf-8")
        record_translation(root, language, slug)
    if glossary:
        english = (content / "glossary.txt").read_text(encoding="utf-8")
        (folder / "glossary.txt").write_text(fixture_glossary(english), encoding="utf-8")
        record_translation(root, language, "glossary")
    return folder
