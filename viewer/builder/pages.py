"""Parse the patient pages of ``resources/content/`` (format: docs/content-format.md)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from viewer.builder.library import Block, Cite, Section, Term, Topic
from viewer.builder.text_files import decode
from viewer.errors import Problem
from viewer.vocabulary import BLOCK_KINDS, HEADING, QUESTION, RESULT, STAGES, TABS, TEXT

RESULT_FIELDS = ("in", "number", "stage", "reported-by", "when", "peer-reviewed",
                 "official-only", "disagree")
QUESTION_FIELDS = ("group", "text", "why")
HEADER_FIELDS = ("topic", "title", "summary", "order", "reviewed", "current-to", "stage",
                 "stage-label")
OPTIONAL_HEADER = ("stage-label",)
# "Reviewed" means someone searched for newer facts up to the current-to month; a
# review dated long after that month claims a search nobody made.
MAX_REVIEW_MONTHS_AFTER_FACTS = 3
NO_STAGE = "none"  # the ladder shows the steps and marks none (a topic about no one treatment)
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CITE = re.compile(r"\[(?P<source>[^\]\s]+)(?:\s+\u00b6\s*(?P<n>\d+))?\]\s*(?P<quote>.*)$")
_FIELDS = {RESULT: RESULT_FIELDS, QUESTION: QUESTION_FIELDS}  # the other kinds take none
_BLOCK_STARTS = (*(f"{kind}:" for kind in BLOCK_KINDS), "## ", "==")


def is_comment(line: str) -> bool:
    """An editors' comment: ``#`` in the first column, then a space or nothing. ``## `` is a
    subheading (docs/content-format.md), so it is never a comment."""
    return line.rstrip() == "#" or line.startswith("# ")


class _Lines:
    """Numbered lines of one file, comments dropped, with a cursor."""

    def __init__(self, text: str) -> None:
        self.items = [(n, line.rstrip()) for n, line in enumerate(text.split("\n"), start=1)
                      if not is_comment(line)]
        self.at = 0

    def peek(self) -> tuple[int, str] | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def next(self) -> tuple[int, str]:
        item = self.items[self.at]
        self.at += 1
        return item


def _indented(lines: _Lines, path: str, problems: list[Problem],
              allowed: tuple[str, ...]) -> tuple[dict[str, str], list[Cite]]:
    """Read the indented lines under a block: ``field: value`` lines and citations."""
    fields: dict[str, str] = {}
    cites: list[Cite] = []
    while (item := lines.peek()) and item[1][:1] in (" ", "\t") and item[1].strip():
        number, line = lines.next()
        stripped = line.strip()
        if stripped.startswith("["):
            m = _CITE.match(stripped)
            if not m or not m["quote"].strip():
                problems.append(Problem(path, number, "a citation is '[source-id] quote' or "
                                                      "'[source-id \u00b6N] quote'"))
                continue
            cites.append(Cite(m["source"], int(m["n"]) if m["n"] else None,
                              m["quote"].strip(), path, number))
            continue
        key, colon, value = stripped.partition(":")
        if colon and key in allowed:
            if key in fields:
                problems.append(Problem(path, number, f"'{key}' is given twice"))
            fields[key] = value.strip()
        elif allowed:
            problems.append(Problem(path, number, f"expected a citation '[source-id] quote' "
                                                  f"or one of: {', '.join(allowed)}"))
        else:
            problems.append(Problem(path, number, "expected a citation '[source-id] quote'"))
    return fields, cites


def parse_topic(path: Path, shown: str) -> tuple[Topic | None, list[Problem]]:
    problems: list[Problem] = []
    text = decode(path, shown, problems)
    if text is None:
        return None, problems
    lines = _Lines(text)
    header: dict[str, tuple[int, str]] = {}
    stage_cites: list[Cite] = []
    while (item := lines.peek()) and not item[1].startswith("=="):
        number, line = lines.next()
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon or key.strip() not in HEADER_FIELDS or line[:1].isspace():
            problems.append(Problem(shown, number, f"unexpected line before the first tab; "
                                                   f"the header takes: {', '.join(HEADER_FIELDS)}"))
            continue
        header[key.strip()] = (number, value.strip())
        if key.strip() == "stage":
            _, stage_cites = _indented(lines, shown, problems, ())
    problems += _check_header(header, path, shown)

    sections: list[Section] = []
    while lines.peek():
        number, line = lines.next()
        if not line.strip():
            continue
        if line.startswith("=="):
            tab, bar, title = line[2:].partition("|")
            if not bar or tab.strip() not in TABS or not title.strip():
                problems.append(Problem(shown, number, f"a tab line is '== tab | Title' with tab "
                                                       f"one of: {', '.join(TABS)}"))
            sections.append(Section(tab.strip(), title.strip(), number))
            continue
        if not sections:
            problems.append(Problem(shown, number, "text before the first tab line"))
            continue
        block = _block(number, line, lines, shown, problems)
        if block:
            sections[-1].blocks.append(block)

    got = [s.tab for s in sections]
    if got != list(TABS):
        problems.append(Problem(shown, sections[0].line if sections else 1,
                                f"the tabs must be {', '.join(TABS)} in that order, each once; "
                                f"found {', '.join(got) or 'none'}"))
    if problems:
        return None, problems
    h = {k: v for k, (_, v) in header.items()}
    stage_block = Block("stage", h.get("stage-label") or h["stage"], shown, header["stage"][0],
                        cites=stage_cites)
    stage = "" if h["stage"] == NO_STAGE else h["stage"]  # a page about no one treatment
    return Topic(h["topic"], h["title"], h["summary"], int(h["order"]), h["reviewed"],
                 stage, h.get("stage-label", ""), shown, stage_block, sections,
                 current_to=h.get("current-to", "")), problems


def _check_header(header: dict[str, tuple[int, str]], path: Path, shown: str) -> list[Problem]:
    problems = [Problem(shown, 1, f"header field '{key}' is missing or empty")
                for key in HEADER_FIELDS if key not in OPTIONAL_HEADER and not header.get(key, (0, ""))[1]]
    if problems:
        return problems
    line, slug = header["topic"]
    if not SLUG.fullmatch(slug) or slug != path.stem:
        problems.append(Problem(shown, line, f"topic '{slug}' must be lower case words joined by "
                                             f"hyphens and match the file name '{path.stem}'"))
    line, order = header["order"]
    if not (order.isascii() and order.isdigit()):  # "²" is a digit to isdigit, not to int
        problems.append(Problem(shown, line, f"order '{order}' is not a whole number"))
    line, reviewed = header["reviewed"]
    try:
        reviewed_on: date | None = date.fromisoformat(reviewed)
    except ValueError:
        reviewed_on = None
        problems.append(Problem(shown, line, f"reviewed '{reviewed}' is not a date (YYYY-MM-DD)"))
    line, current = header["current-to"]
    if not _MONTH.fullmatch(current):
        problems.append(Problem(shown, line, f"current-to '{current}' is not a month (YYYY-MM)"))
    elif reviewed_on:
        problems += _check_review_age(reviewed_on, current, shown, header["reviewed"][0])
    line, stage = header["stage"]
    if stage not in (*STAGES, NO_STAGE):
        problems.append(Problem(shown, line, f"stage '{stage}' is not one of: "
                                             f"{', '.join(STAGES)}, or {NO_STAGE}"))
    return problems


def _check_review_age(reviewed: date, current: str, shown: str, line: int) -> list[Problem]:
    year, month = (int(part) for part in current.split("-"))
    after = (reviewed.year - year) * 12 + reviewed.month - month
    if after > MAX_REVIEW_MONTHS_AFTER_FACTS:
        return [Problem(shown, line, f"reviewed {reviewed.isoformat()} is {after} months after the "
                                     f"facts' month (current-to {current}); at most "
                                     f"{MAX_REVIEW_MONTHS_AFTER_FACTS}: search for newer facts and "
                                     f"move current-to forward, or keep the older review date")]
    if after < 0:
        return [Problem(shown, line, f"reviewed {reviewed.isoformat()} is before the facts' month "
                                     f"(current-to {current}): facts cannot be current to a month "
                                     f"after their review")]
    return []


def _block(number: int, line: str, lines: _Lines, shown: str,
           problems: list[Problem]) -> Block | None:
    if line[:1].isspace():
        problems.append(Problem(shown, number, "an indented line must follow a block"))
        return None
    if line.startswith("## "):
        return Block(HEADING, line[3:].strip(), shown, number)
    if line.startswith("#"):
        problems.append(Problem(shown, number, "a comment is '# ' then the words, and a subheading "
                                               "'## ' then the words"))
        return None
    for kind in BLOCK_KINDS:
        if line.startswith(f"{kind}:"):
            text = line[len(kind) + 1:].strip()
            fields, cites = _indented(lines, shown, problems, _FIELDS.get(kind, ()))
            block = Block(kind, text, shown, number, fields, cites)
            if kind == QUESTION:
                block.text = fields.get("text", "")
                block.fields["id"] = text
            return block
    # a statement: this line and the unindented lines right under it
    parts = [line.strip()]
    while (item := lines.peek()) and item[1].strip() and not item[1][:1].isspace() \
            and not item[1].startswith(_BLOCK_STARTS):
        parts.append(lines.next()[1].strip())
    _, cites = _indented(lines, shown, problems, ())
    return Block(TEXT, " ".join(parts), shown, number, cites=cites)


def parse_glossary(path: Path, shown: str,
                   translated: bool = False) -> tuple[list[Term], list[Problem]]:
    """The glossary's entries; a ``translated`` one's each name the English term they
    translate (``english:``)."""
    problems: list[Problem] = []
    text = decode(path, shown, problems)
    if text is None:
        return [], problems
    lines = _Lines(text)
    terms: list[Term] = []
    while lines.peek():
        number, line = lines.next()
        if not line.strip():
            continue
        if not line.startswith("term:"):
            problems.append(Problem(shown, number, "expected 'term: ...' to start an entry"))
            continue
        fields, cites = _indented_glossary(lines, shown, problems,
                                           ("also", "definition", "english") if translated
                                           else ("also", "definition"))
        term = Term(line[5:].strip(), [a.strip() for a in fields.get("also", "").split(",")
                                        if a.strip()],
                    fields.get("definition", ""), shown, number, cites, fields.get("english", ""))
        if not term.term or not term.definition:
            problems.append(Problem(shown, number, "a glossary entry needs a term and a "
                                                   "'definition:' line"))
        if translated and not term.english:
            problems.append(Problem(shown, number, "a translated entry names the English term "
                                                   "it translates: 'english: ...'"))
        terms.append(term)
    return terms, problems


def _indented_glossary(lines: _Lines, shown: str, problems: list[Problem],
                       keys: tuple[str, ...]) -> tuple[dict[str, str], list[Cite]]:
    """Glossary entries take their fields (``also:``, ``definition:``) unindented or indented."""
    fields: dict[str, str] = {}
    while (item := lines.peek()) and item[1].split(":", 1)[0].strip() in keys:
        number, line = lines.next()
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    _, cites = _indented(lines, shown, problems, ())
    return fields, cites
