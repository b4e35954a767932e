"""Page furniture: the lines of a web page or PDF that are not the article.

Each rule names what it drops, so the database can show a reviewer every
dropped line and why. Lines no general rule can tell from the article (tag
lines, labels) are named in the seed's own ``drop:`` metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.builder.matching import normalise


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class Dropped:
    line: int
    text: str
    reason: str


_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"author-image$"), "author photo placeholder"),
    (re.compile(r"New Update$"), "site label"),
    (re.compile(r"(\u00a9|\(c\)\s).*", re.IGNORECASE), "image credit"),
    (re.compile(r".*\|\s*Flickr$"), "image caption and credit"),
    (re.compile(r"\(Source:\s*\S+\)$"), "source line (the address is kept as the url)"),
    (re.compile(r"Last reviewed:\s*[\d./-]+$"), "page review date (kept as the reviewed date)"),
    (re.compile(r".*(content is medically reviewed|strict sourcing guidelines"
                r"|press Ctrl \+ Enter).*"), "site boilerplate"),
)
_COMMENTS = re.compile(r"Comments?$")
_COMMENT_LINE = re.compile(r"(\u2022\s*)?No comments? yet\.?$|\u2022.*")


def drop_furniture(
    lines: list[Line], title: str, author: str, url: str,
    extra: list[tuple[int, str, str]],
) -> tuple[list[Line], list[Dropped], list[tuple[int, str]]]:
    """Split lines into the article's and the dropped ones.

    ``extra`` holds the seed's ``drop:`` lines as (metadata line, exact text,
    reason). Returns the kept lines, the dropped ones, and the ``drop:`` lines
    that matched nothing.
    """
    wanted = {text: (number, reason) for number, text, reason in extra}
    used: set[str] = set()
    kept: list[Line] = []
    dropped: list[Dropped] = []
    headline_seen = False
    after_author_image = False
    in_comments = False
    for line in lines:
        text = line.text.strip()
        if not text:
            kept.append(line)
            continue
        reason = None
        if in_comments and _COMMENT_LINE.match(text):
            reason = "comment box"
        elif _COMMENTS.match(text) and _only_comments_follow(lines, line):
            reason, in_comments = "comment box", True
        elif not headline_seen and normalise(text)[0] == normalise(title)[0]:
            reason = "headline (kept as the title)"
        elif after_author_image and author and text == author:
            reason = "byline (kept as the author)"
        elif text in wanted:
            reason = wanted[text][1]
            used.add(text)
        else:
            reason = next((why for rule, why in _RULES if rule.match(text)), None)
        after_author_image = text == "author-image"
        if reason is None:
            kept.append(line)
            headline_seen = True
        else:
            headline_seen = headline_seen or reason.startswith("headline")
            dropped.append(Dropped(line.number, text, reason))
    unused = [(number, text) for text, (number, _) in wanted.items() if text not in used]
    return kept, dropped, unused


def _only_comments_follow(lines: list[Line], heading: Line) -> bool:
    rest = [ln.text.strip() for ln in lines if ln.number > heading.number and ln.text.strip()]
    return bool(rest) and all(_COMMENT_LINE.match(t) for t in rest)
