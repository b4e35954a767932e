"""Check the library: citations, glossary marks, required parts, readability."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.builder.matching import find_quote
from viewer.builder.pages import (
    GROUPS,
    IN_WHOM,
    PEER_REVIEWED,
    Block,
    Cite,
    Term,
    Topic,
)
from viewer.builder.readability import MAX_GRADE, grade, section_prose
from viewer.builder.seeds import Source
from viewer.errors import Problem
from viewer.marks import marked_terms

MIN_QUESTIONS = 8
MIN_GLOSSARY = 15
KEY_POINTS = (2, 3)


@dataclass(frozen=True)
class Located:
    """A citation found in its source: paragraph and character offsets."""

    cite: Cite
    paragraph_n: int
    start: int
    end: int


@dataclass(frozen=True)
class Grade:
    topic: str
    tab: str
    grade: float
    path: str
    line: int


@dataclass
class Library:
    sources: list[Source]
    topics: list[Topic]
    glossary: list[Term]


def locate(cite: Cite, sources: dict[str, Source]) -> tuple[Located | None, Problem | None]:
    source = sources.get(cite.source_id)
    if source is None:
        return None, Problem(cite.path, cite.line, f"unknown source id '{cite.source_id}'; "
                                                   f"known: {', '.join(sorted(sources))}")
    if cite.paragraph_n is not None:
        paragraph = source.paragraph(cite.paragraph_n)
        if paragraph is None:
            return None, Problem(cite.path, cite.line,
                                 f"source '{source.id}' has no paragraph {cite.paragraph_n} "
                                 f"(it has {len(source.paragraphs)})")
        candidates = [paragraph]
    else:
        candidates = source.paragraphs
    for paragraph in candidates:
        span = find_quote(cite.quote, paragraph.text)
        if span:
            return Located(cite, paragraph.n, *span), None
    where = f"paragraph {cite.paragraph_n} of " if cite.paragraph_n else ""
    hint = next((f" (it is in page furniture dropped from the article: {d.reason})"
                 for d in source.dropped if find_quote(cite.quote, d.text)), "")
    short = cite.quote if len(cite.quote) <= 60 else cite.quote[:57] + "..."
    return None, Problem(cite.path, cite.line,
                         f"quote not found in {where}source '{source.id}'{hint}: \"{short}\"")


def check_library(library: Library) -> tuple[list[Problem], list[Located], list[Grade]]:
    """Every problem, every located citation and the grade of every section."""
    sources = {s.id: s for s in library.sources}
    problems: list[Problem] = []
    located: list[Located] = []

    def cites_of(block: Block | Term, what: str, required: bool = True) -> None:
        if required and not block.cites:
            problems.append(Problem(block.path, block.line, f"{what} has no citation"))
        for cite in block.cites:
            found, problem = locate(cite, sources)
            if found:
                located.append(found)
            if problem:
                problems.append(problem)

    known_terms: dict[str, Term] = {}
    for term in library.glossary:
        for name in [term.term, *term.also]:
            if name.lower() in known_terms:
                problems.append(Problem(term.path, term.line, f"glossary term '{name}' is "
                                                              "defined twice"))
            known_terms[name.lower()] = term
        cites_of(term, "glossary term", required=False)
    if len(library.glossary) < MIN_GLOSSARY:
        problems.append(Problem("resources/content/glossary.txt", 1,
                                f"the glossary has {len(library.glossary)} terms; "
                                f"it needs at least {MIN_GLOSSARY}"))

    grades: list[Grade] = []
    question_ids: dict[str, str] = {}
    slugs: set[str] = set()
    for topic in library.topics:
        if topic.slug in slugs:
            problems.append(Problem(topic.path, 1, f"duplicate topic '{topic.slug}'"))
        slugs.add(topic.slug)
        cites_of(topic.stage_block, "the stage")
        questions = 0
        for section in topic.sections:
            keys = sum(1 for b in section.blocks if b.kind == "key")
            if not KEY_POINTS[0] <= keys <= KEY_POINTS[1]:
                problems.append(Problem(topic.path, section.line,
                                        f"tab '{section.tab}' has {keys} key points; "
                                        f"it needs {KEY_POINTS[0]} or {KEY_POINTS[1]}"))
            for block in section.blocks:
                for name in marked_terms(block.text) + marked_terms(block.fields.get("why", "")):
                    if name.lower() not in known_terms:
                        problems.append(Problem(block.path, block.line, f"glossary term '{name}' "
                                                                        "is not defined"))
                if block.kind == "heading":
                    continue
                if not block.text:
                    problems.append(Problem(block.path, block.line, f"empty {block.kind}"))
                cites_of(block, "this " + {"text": "statement", "key": "key point"}
                         .get(block.kind, block.kind))
                if block.kind == "result":
                    problems += _check_result(block)
                elif block.kind == "question":
                    questions += 1
                    problems += _check_question(block, question_ids)
            if section.tab == "evidence":
                for kind in ("result", "unknown"):
                    if not any(b.kind == kind for b in section.blocks):
                        problems.append(Problem(topic.path, section.line,
                                                f"the evidence tab needs at least one '{kind}:'"))
            g = grade(section_prose(section))
            grades.append(Grade(topic.slug, section.tab, g, topic.path, section.line))
            if g > MAX_GRADE:
                problems.append(Problem(topic.path, section.line,
                                        f"tab '{section.tab}' reads at Flesch-Kincaid grade {g}; "
                                        f"it must be {MAX_GRADE:g} or below"))
        if questions < MIN_QUESTIONS:
            problems.append(Problem(topic.path, 1, f"{questions} questions; "
                                                   f"a topic needs at least {MIN_QUESTIONS}"))
    return problems, located, grades


def _check_result(block: Block) -> list[Problem]:
    f = block.fields
    problems = [Problem(block.path, block.line, f"result has no '{key}:'")
                for key in ("in", "number", "stage", "reported-by", "when", "peer-reviewed")
                if not f.get(key)]
    if f.get("in") and f["in"] not in IN_WHOM:
        problems.append(Problem(block.path, block.line,
                                f"'in: {f['in']}' must be one of: {', '.join(IN_WHOM)}"))
    if f.get("peer-reviewed") and f["peer-reviewed"] not in PEER_REVIEWED:
        problems.append(Problem(block.path, block.line, f"'peer-reviewed: {f['peer-reviewed']}' "
                                                        f"must be one of: {', '.join(PEER_REVIEWED)}"))
    if f.get("official-only", "no") not in ("yes", "no"):
        problems.append(Problem(block.path, block.line, "'official-only:' is yes or no"))
    return problems


def _check_question(block: Block, seen: dict[str, str]) -> list[Problem]:
    f = block.fields
    problems = [Problem(block.path, block.line, f"question has no '{key}:'")
                for key in ("text", "why", "group") if not f.get(key)]
    if f.get("group") and f["group"] not in GROUPS:
        problems.append(Problem(block.path, block.line, f"group '{f['group']}' is not one of: "
                                                        f"{'; '.join(GROUPS)}"))
    qid = f["id"]
    if not qid:
        problems.append(Problem(block.path, block.line, "a question needs an id: 'question: id'"))
    elif qid in seen:
        problems.append(Problem(block.path, block.line, f"duplicate question id '{qid}', "
                                                        f"also at {seen[qid]}"))
    else:
        seen[qid] = f"{block.path}:{block.line}"
    return problems
