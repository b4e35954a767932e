"""Find a quote in a paragraph, allowing only whitespace and quote-mark differences."""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'})


@lru_cache(maxsize=8192)  # a paragraph cited many times is folded once; callers do not mutate
def normalise(text: str) -> tuple[str, list[int]]:
    """Return the text with whitespace runs folded to one space and curly quotes
    made straight, and for each character of it the index it came from."""
    out: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"\s+|\S", text):
        if match.group().isspace():
            if out and out[-1] != " ":
                out.append(" ")
                where.append(match.start())
        else:
            out.append(match.group().translate(_QUOTE_MARKS))
            where.append(match.start())
    return "".join(out), where


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text`` as (start, end) offsets of ``text``."""
    needle = normalise(quote)[0].strip()
    if not needle:
        return None
    hay, where = normalise(text)
    at = hay.find(needle)
    if at < 0:
        return None
    end = at + len(needle) - 1
    return where[at], where[end] + 1
