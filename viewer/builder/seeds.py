"""Read a seed: metadata, then the article text exactly as received.

A seed file is ``key: value`` lines, a line ``---``, and the text. Reading turns
the text into numbered paragraphs: lines broken mid-sentence are joined, page
furniture is dropped, and every dropped line is kept with its reason so that a
reviewer can see what the reader does not.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from viewer.builder.furniture import Dropped, Line, drop_furniture
from viewer.builder.library import Paragraph, Reference, Source
from viewer.builder.text_files import decode
from viewer.errors import Problem
from viewer.records import SOURCE_FIELDS
from viewer.vocabulary import PARAGRAPH_HEADING, PARAGRAPH_ITEM, PARAGRAPH_TEXT
from viewer.vocabulary import SOURCE_KINDS as KINDS

FIELDS = (*SOURCE_FIELDS, "sha256", "drop")
REQUIRED = ("id", "title", "kind", "language")
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")  # en, vi, pt-BR, zh-Hant-TW
SEPARATOR = "---"
_ENDS_SENTENCE = tuple(".!?:;\"'\u201d\u2019)\u2026")
_REFERENCE = re.compile(r"Reference:\s*(?P<title>.+?)\s*\|\s*(?P<url>\S+)\s*$")


def read_seed(path: Path, shown: str | None = None) -> tuple[Source | None, list[Problem]]:
    """Parse one seed file; ``shown`` is the name used in messages."""
    shown = shown or path.name
    problems: list[Problem] = []
    text = decode(path, shown, problems)
    if text is None:
        return None, problems
    head, sep, body = text.partition(f"\n{SEPARATOR}\n")
    if not sep:
        return None, [Problem(shown, 1, f"no '{SEPARATOR}' line between the metadata and the text")]

    meta: dict[str, str] = {}
    drops: list[tuple[int, str, str]] = []
    for number, line in enumerate(head.split("\n"), start=1):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not colon or key not in FIELDS:
            problems.append(Problem(shown, number, f"unknown metadata line {line.strip()!r}; "
                                                   f"expected one of: {', '.join(FIELDS)}"))
        elif key == "drop":
            what, bar, reason = value.rpartition("|")
            if not bar or not what.strip() or not reason.strip():
                problems.append(Problem(shown, number, "a drop line is 'drop: exact line | reason'"))
            else:
                drops.append((number, what.strip(), reason.strip()))
        elif key in meta:
            problems.append(Problem(shown, number, f"'{key}' is given twice"))
        else:
            meta[key] = value
    problems += _check_meta(meta, shown, head.count("\n") + 1, body)
    if problems:
        return None, problems

    first_body_line = head.count("\n") + 3
    info = {name: meta.get(name, "") for name in SOURCE_FIELDS}
    lines = [Line(first_body_line + i, raw) for i, raw in enumerate(body.split("\n"))]
    kept, dropped, unused = drop_furniture(lines, info["title"], info["author"], info["url"], drops)
    for number, what in unused:
        problems.append(Problem(shown, number, f"drop line {what!r} matches no line of the text"))
    paragraphs, references, repeats = _paragraphs(kept)
    if not paragraphs:
        problems.append(Problem(shown, first_body_line, "the text has no paragraphs"))
    if problems:
        return None, problems
    return Source(**info, path=path, body=body, paragraphs=paragraphs,
                  dropped=sorted(dropped + repeats, key=lambda d: d.line),
                  references=references), problems


def _check_meta(meta: dict[str, str], shown: str, end: int, body: str) -> list[Problem]:
    problems = [Problem(shown, 1, f"metadata '{key}' is missing or empty")
                for key in REQUIRED if not meta.get(key)]
    if meta.get("id") and not ID_PATTERN.fullmatch(meta["id"]):
        problems.append(Problem(shown, 1, f"id {meta['id']!r} must be lower case letters, "
                                          "digits and single hyphens"))
    if meta.get("kind") and meta["kind"] not in KINDS:
        problems.append(Problem(shown, 1, f"kind {meta['kind']!r} is not one of: "
                                          f"{', '.join(KINDS)}"))
    for key in ("published", "reviewed"):
        if meta.get(key):
            try:
                date.fromisoformat(meta[key])
            except ValueError:
                problems.append(Problem(shown, 1, f"{key} {meta[key]!r} is not a date "
                                                  "(YYYY-MM-DD); leave it empty if unknown"))
    if meta.get("url") and not _web_address(meta["url"]):
        problems.append(Problem(shown, 1, f"url {meta['url']!r} is not a web address "
                                          "(http:// or https://)"))
    if meta.get("language") and not LANGUAGE.fullmatch(meta["language"]):
        problems.append(Problem(shown, 1, f"language {meta['language']!r} is not a language code "
                                          "such as en, vi or pt-BR"))
    if meta.get("sha256"):
        actual = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if actual != meta["sha256"]:
            problems.append(Problem(shown, end + 1, "the article text is not the text as received "
                                                    "(its sha256 differs from the metadata)"))
    return problems


def _web_address(url: str) -> bool:
    try:
        parts = urlparse(url)
    except ValueError:  # "http://[oops/": an unclosed IPv6 bracket, or a port that is no number
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"\s", url)


def _paragraphs(lines: list[Line]) -> tuple[list[Paragraph], list[Reference], list[Dropped]]:
    """Join lines into paragraphs.

    A line joins the one before when that one stops mid-sentence and this one
    goes on in lower case, even across blank lines (a PDF's page breaks). In a
    text laid out at a fixed width, where most line ends fall mid-sentence,
    every run of lines without a blank line is one paragraph.
    """
    content = [ln for ln in lines if ln.text.strip()]
    mid = sum(1 for a, b in zip(content, content[1:], strict=False)
              if _continues(a.text, b.text))
    fixed_width = len(content) > 4 and mid / len(content) > 0.25

    blocks: list[list[Line]] = []
    references: list[tuple[int, str, str]] = []
    previous_blank = True
    for ln in lines:
        stripped = ln.text.strip()
        if not stripped:
            previous_blank = True
            continue
        ref = _REFERENCE.match(stripped)
        if ref and blocks:
            references.append((len(blocks), ref["title"], ref["url"]))
            previous_blank = False
            continue
        last = blocks[-1][-1].text if blocks else ""
        if blocks and (_continues(last, stripped) or (fixed_width and not previous_blank)):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
        previous_blank = False

    paragraphs: list[Paragraph] = []
    repeats: list[Dropped] = []
    seen: set[str] = set()
    renumber: dict[int, int] = {}
    for index, block in enumerate(blocks, start=1):
        text = " ".join(ln.text.strip() for ln in block)
        if text in seen:
            repeats.append(Dropped(block[0].number, text, "repeats an earlier paragraph"))
            continue
        seen.add(text)
        paragraphs.append(Paragraph(len(paragraphs) + 1, text, _kind(text, len(block)),
                                    block[0].number))
        renumber[index] = len(paragraphs)
    refs = [Reference(renumber[i], title, url) for i, title, url in references if i in renumber]
    return paragraphs, refs, repeats


def _continues(previous: str, line: str) -> bool:
    previous, line = previous.rstrip(), line.lstrip()
    return bool(previous) and bool(line) and not previous.endswith(_ENDS_SENTENCE) \
        and line[0].islower()


def _kind(text: str, lines: int) -> str:
    if text.startswith(("\u2022", "- ", "* ")):
        return PARAGRAPH_ITEM
    if lines == 1 and not text.endswith(_ENDS_SENTENCE) and len(text.split()) <= 10:
        return PARAGRAPH_HEADING
    return PARAGRAPH_TEXT


def read_seeds(folder: Path, root: Path | None = None) -> tuple[list[Source], list[Problem]]:
    """Every ``*.txt`` seed in ``folder``, in file-name order, with every problem found."""
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        problems.append(Problem(str(folder), 0, "no seed files (*.txt) here"))
    for path in paths:
        shown = str(path.relative_to(root)) if root else path.name
        source, found = read_seed(path, shown)
        problems += found
        if source is None:
            continue
        if source.id in seen:
            problems.append(Problem(shown, 1, f"duplicate source id {source.id!r}, "
                                              f"also used by {seen[source.id]}"))
            continue
        seen[source.id] = shown
        sources.append(source)
    return sources, problems
