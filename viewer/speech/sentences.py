"""A text cut into the sentences read one at a time: each keeps where it stands in the
text (to highlight it) and the words to say (source numbers such as "[3]" are not said)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PIECE = 400  # characters read at once: a longer sentence is cut at a comma or a space
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n+")
_CITATION = re.compile(r"\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]")
_SPACES = re.compile(r"\s+")
_ABBREVIATIONS = ("e.g.", "i.e.", "Dr.", "Mr.", "Mrs.", "Ms.", "vs.", "etc.", "No.", "approx.")


@dataclass(frozen=True)
class Sentence:
    start: int  # where it starts in the text
    end: int  # where it ends (exclusive)
    words: str  # what is said


def spoken(text: str) -> str:
    """The words to say: no source numbers, one space between words."""
    return _SPACES.sub(" ", _CITATION.sub("", text)).strip()


def split(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of ``text`` in order, none longer than ``MAX_PIECE``; positions are
    counted from ``start``. A text with nothing to say gives none."""
    found: list[Sentence] = []
    begin = 0
    for match in _END.finditer(text):
        end = match.end()
        if text[begin:end].rstrip().endswith(_ABBREVIATIONS):
            continue
        found += _pieces(text, begin, end, start)
        begin = end
    found += _pieces(text, begin, len(text), start)
    return found


def _pieces(text: str, begin: int, end: int, offset: int) -> list[Sentence]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    out = []
    while end - begin > MAX_PIECE:
        cut = _cut(text, begin, begin + MAX_PIECE)
        out += _piece(text, begin, cut, offset)
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    return out + _piece(text, begin, end, offset)


def _cut(text: str, begin: int, limit: int) -> int:
    """Where to cut a piece too long to say at once: after the last comma, semicolon or
    colon, else at the last space, else at the limit."""
    chunk = text[begin:limit]
    for marks in (",;:", " "):
        at = max(chunk.rfind(m) for m in marks)
        if at > len(chunk) // 3:
            return begin + at + 1
    return limit


def _piece(text: str, begin: int, end: int, offset: int) -> list[Sentence]:
    words = spoken(text[begin:end])
    if not any(c.isalnum() for c in words):
        return []
    return [Sentence(offset + begin, offset + end, words)]
