"""A tiny content library written into a folder, so tests do not hang on today's wording."""

from __future__ import annotations

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
