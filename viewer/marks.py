"""Glossary marks in page text: ``{mRNA}`` or ``{neoantigens|neoantigen}``.

Shared by the build (which checks them) and the ui (which underlines them).
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\{(?P<shown>[^{}|]+)(?:\|(?P<term>[^{}]+))?\}")


def plain(text: str) -> str:
    """The text as a reader sees it: glossary marks replaced by their shown words."""
    return _MARK.sub(lambda m: m["shown"], text)


def marked_terms(text: str) -> list[str]:
    """The glossary terms a text marks, as written in the marks."""
    return [(m["term"] or m["shown"]).strip() for m in _MARK.finditer(text)]


def split_marks(text: str) -> list[tuple[str, str | None]]:
    """The text as runs of (shown words, glossary term or None), for the ui to render."""
    runs: list[tuple[str, str | None]] = []
    at = 0
    for m in _MARK.finditer(text):
        if m.start() > at:
            runs.append((text[at:m.start()], None))
        runs.append((m["shown"], (m["term"] or m["shown"]).strip()))
        at = m.end()
    if at < len(text):
        runs.append((text[at:], None))
    return runs
