"""Step: the rules of a page's shape: required parts, known terms, closed values, ids.

Whether each quote is really in its source is the ``citations`` step; how hard a
tab is to read is the ``readability`` step.
"""

from __future__ import annotations

import re

from viewer.builder.library import Block, Library, Term
from viewer.errors import Problem
from viewer.marks import linked_topics, marked_terms
from viewer.vocabulary import (
    EVIDENCE_TAB,
    HEADING,
    HOWTO,
    IN_WHOM,
    KEY,
    PEER_REVIEWED,
    QUESTION,
    QUESTION_GROUPS,
    RESULT,
    TEXT,
    UNKNOWN,
)

MIN_QUESTIONS = 8
MIN_GLOSSARY = 15
KEY_POINTS = (2, 3)
_NAMES = {TEXT: "statement", KEY: "key point"}
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_AVERAGE = re.compile(r"\b(average|mean)\b", re.IGNORECASE)
_SURVIVAL = re.compile(r"\b(months?|years?|lived?|living|survival|survived?)\b", re.IGNORECASE)



def check_rules(library: Library) -> list[Problem]:
    problems: list[Problem] = []
    known_terms = _glossary(library.glossary, problems)
    question_ids: dict[str, str] = {}
    slugs: set[str] = set()
    all_slugs = {t.slug for t in library.topics}
    for topic in library.topics:
        if topic.slug in slugs:
            problems.append(Problem(topic.path, 1, f"duplicate topic '{topic.slug}'"))
        slugs.add(topic.slug)
        if not topic.stage_block.cites:
            problems.append(Problem(topic.path, topic.stage_block.line, "the stage has no citation"))
        questions = 0
        for section in topic.sections:
            keys = sum(1 for b in section.blocks if b.kind == KEY)
            if not KEY_POINTS[0] <= keys <= KEY_POINTS[1]:
                problems.append(Problem(topic.path, section.line,
                                        f"tab '{section.tab}' has {keys} key points; "
                                        f"it needs {KEY_POINTS[0]} or {KEY_POINTS[1]}"))
            for block in section.blocks:
                problems += _block(block, known_terms, question_ids)
                problems += _links(block, all_slugs - {topic.slug})
                problems += _average_survival(block)
                questions += block.kind == QUESTION
            if section.tab == EVIDENCE_TAB:
                for kind in (RESULT, UNKNOWN):
                    if not any(b.kind == kind for b in section.blocks):
                        problems.append(Problem(topic.path, section.line,
                                                f"the evidence tab needs at least one '{kind}:'"))
        if questions < MIN_QUESTIONS:
            problems.append(Problem(topic.path, 1, f"{questions} questions; "
                                                   f"a topic needs at least {MIN_QUESTIONS}"))
    return problems


def _glossary(glossary: list[Term], problems: list[Problem]) -> dict[str, Term]:
    known: dict[str, Term] = {}
    for term in glossary:
        for name in [term.term, *term.also]:
            if name.lower() in known:
                problems.append(Problem(term.path, term.line, f"glossary term '{name}' is "
                                                              "defined twice"))
            known[name.lower()] = term
    if len(glossary) < MIN_GLOSSARY:
        problems.append(Problem("resources/content/glossary.txt", 1,
                                f"the glossary has {len(glossary)} terms; "
                                f"it needs at least {MIN_GLOSSARY}"))
    return known


def _block(block: Block, known_terms: dict[str, Term], question_ids: dict[str, str]) -> list[Problem]:
    problems = [Problem(block.path, block.line, f"glossary term '{name}' is not defined")
                for name in marked_terms(block.text) + marked_terms(block.fields.get("why", ""))
                if name.lower() not in known_terms]
    if block.kind == HEADING:
        return problems
    if not block.text:
        problems.append(Problem(block.path, block.line, f"empty {block.kind}"))
    if block.kind == HOWTO:
        if block.cites:
            problems.append(Problem(block.path, block.line, "an app instruction (howto:) is not a "
                                                            "claim: it takes no citation"))
        return problems
    if not block.cites:
        problems.append(Problem(block.path, block.line,
                                f"this {_NAMES.get(block.kind, block.kind)} has no citation"))
    if block.kind == RESULT:
        problems += _result(block)
    elif block.kind == QUESTION:
        problems += _question(block, question_ids)
    return problems


def _result(block: Block) -> list[Problem]:
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


def _question(block: Block, seen: dict[str, str]) -> list[Problem]:
    f = block.fields
    problems = [Problem(block.path, block.line, f"question has no '{key}:'")
                for key in ("text", "why", "group") if not f.get(key)]
    if f.get("group") and f["group"] not in QUESTION_GROUPS:
        problems.append(Problem(block.path, block.line, f"group '{f['group']}' is not one of: "
                                                        f"{'; '.join(QUESTION_GROUPS)}"))
    qid = f["id"]
    if not qid:
        problems.append(Problem(block.path, block.line, "a question needs an id: 'question: id'"))
    elif qid in seen:
        problems.append(Problem(block.path, block.line, f"duplicate question id '{qid}', "
                                                        f"also at {seen[qid]}"))
    else:
        seen[qid] = f"{block.path}:{block.line}"
    return problems


def _links(block: Block, others: set[str]) -> list[Problem]:
    """A ``[[slug|words]]`` link must name another topic, and only plain statements link."""
    problems = []
    for slug in linked_topics(block.text) + linked_topics(block.fields.get("why", "")):
        if slug not in others:
            problems.append(Problem(block.path, block.line, f"link to topic '{slug}': no other "
                                                            f"topic has that slug"))
    if block.kind in (KEY, QUESTION, RESULT) and linked_topics(block.text):
        problems.append(Problem(block.path, block.line, "topic links belong in plain statements, "
                                                        "not in key points, questions or results"))
    return problems


def _average_survival(block: Block) -> list[Problem]:
    """Survival figures from trials are medians: "half the people lived longer than 12.7
    months", never "on average" (CONTENT.md)."""
    for text in (block.text, *block.fields.values()):
        for sentence in _SENTENCE.findall(text):
            if _AVERAGE.search(sentence) and _SURVIVAL.search(sentence):
                return [Problem(block.path, block.line,
                                "'average' with a survival time: trial survival figures are "
                                "medians; write 'half the people lived longer than ...'")]
    return []
