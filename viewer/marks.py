"""Marks in page text: glossary words and links to other topics.

- ``{mRNA}`` or ``{neoantigens|neoantigen}`` marks a glossary term;
- ``[[clinical-trials|taking part in a trial]]`` links to another topic by its slug.

Shared by the build (which checks them) and the ui (which turns them into links).
"""

from __future__ import annotations

import re

from viewer.plain_records import Record

_MARK = re.compile(r"\{(?P<shown>[^{}|]+)(?:\|(?P<term>[^{}]+))?\}")
_TOPIC = re.compile(r"\[\[(?P<slug>[^\[\]|]+)\|(?P<shown>[^\[\]]+)\]\]")
_ANY = re.compile(f"{_MARK.pattern}|{_TOPIC.pattern.replace('?P<shown>', '?P<tshown>')}")


class Run(Record, frozen=True):
    """A run of text as shown, and what it links to: a glossary term, a topic, or nothing."""

    shown: str
    term: str | None = None
    topic: str | None = None


def plain(text: str) -> str:
    """The text as a reader sees it: marks replaced by their shown words."""
    return "".join(run.shown for run in split_marks(text))


def marked_terms(text: str) -> list[str]:
    """The glossary terms a text marks, as written in the marks."""
    return [(m["term"] or m["shown"]).strip() for m in _MARK.finditer(text)]


def linked_topics(text: str) -> list[str]:
    """The topic slugs a text links to."""
    return [m["slug"].strip() for m in _TOPIC.finditer(text)]


def split_marks(text: str) -> list[Run]:
    """The text as runs, for the ui to render each mark as a link."""
    runs: list[Run] = []
    at = 0
    for m in _ANY.finditer(text):
        if m.start() > at:
            runs.append(Run(text[at:m.start()]))
        if m["slug"] is not None:
            runs.append(Run(m["tshown"], topic=m["slug"].strip()))
        else:
            runs.append(Run(m["shown"], term=(m["term"] or m["shown"]).strip()))
        at = m.end()
    if at < len(text):
        runs.append(Run(text[at:]))
    return runs
