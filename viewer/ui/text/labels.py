"""What the screens call each value of ``viewer.vocabulary``: display words live in the ui.

The words are in English, marked for translation; ``label`` gives them in the reader's
language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from viewer import vocabulary as v
from viewer.errors import printable

#: At most this many characters of a value that has no label.
UNKNOWN_CHARS = 40

TAB_TITLES = {"what": QT_TRANSLATE_NOOP("labels", "What it is"),
              "how": QT_TRANSLATE_NOOP("labels", "How it works"),
              "evidence": QT_TRANSLATE_NOOP("labels", "Where the evidence stands"),
              "questions": QT_TRANSLATE_NOOP("labels", "Questions to ask your doctor")}

#: The tab titles on a narrow window (large text, a small or scaled screen).
SHORT_TAB_TITLES = {"what": QT_TRANSLATE_NOOP("labels", "What it is"),
                    "how": QT_TRANSLATE_NOOP("labels", "How it works"),
                    "evidence": QT_TRANSLATE_NOOP("labels", "Evidence"),
                    "questions": QT_TRANSLATE_NOOP("labels", "Questions")}

STAGE_LABELS = {"lab": QT_TRANSLATE_NOOP("labels", "Lab"),
                "animals": QT_TRANSLATE_NOOP("labels", "Animals"),
                "phase-1": QT_TRANSLATE_NOOP("labels", "Phase I"),
                "phase-2": QT_TRANSLATE_NOOP("labels", "Phase II"),
                "phase-3": QT_TRANSLATE_NOOP("labels", "Phase III"),
                "approved": QT_TRANSLATE_NOOP("labels", "Approved")}

#: The badge on an evidence card: who the result was seen in.
IN_WHOM_LABELS = {"cells": QT_TRANSLATE_NOOP("labels", "In cells in a lab"),
                  "animals": QT_TRANSLATE_NOOP("labels", "In animals"),
                  "people": QT_TRANSLATE_NOOP("labels", "In people"),
                  "not clear": QT_TRANSLATE_NOOP("labels", "Not clear who it was seen in")}

#: The badge on an evidence card: was it peer-reviewed.
PEER_REVIEWED_LABELS = {"yes": QT_TRANSLATE_NOOP("labels", "Peer-reviewed"),
                        "no": QT_TRANSLATE_NOOP("labels", "Not peer-reviewed"),
                        "not stated": QT_TRANSLATE_NOOP("labels", "Peer review not stated")}

SOURCE_KIND_LABELS = {"news report": QT_TRANSLATE_NOOP("labels", "News report"),
                      "opinion article": QT_TRANSLATE_NOOP("labels", "Opinion article"),
                      "health website": QT_TRANSLATE_NOOP("labels", "Health website"),
                      v.EDITORS_NOTES: QT_TRANSLATE_NOOP("labels",
                                                         "Background notes from the editors of this app")}

#: The headings of the Questions tab, one for each ``group:`` key.
QUESTION_GROUP_LABELS = {"availability": QT_TRANSLATE_NOOP("labels", "Availability and trials"),
                         "benefits": QT_TRANSLATE_NOOP("labels", "Benefits and evidence"),
                         "risks": QT_TRANSLATE_NOOP("labels", "Risks and side effects"),
                         "cost": QT_TRANSLATE_NOOP("labels", "Cost and practical matters"),
                         "my-treatment": QT_TRANSLATE_NOOP("labels", "My current treatment")}

HIT_KIND_LABELS = {"topic": QT_TRANSLATE_NOOP("labels", "Topic"),
                   "section": QT_TRANSLATE_NOOP("labels", "Page"),
                   "question": QT_TRANSLATE_NOOP("labels", "Question to ask"),
                   "glossary": QT_TRANSLATE_NOOP("labels", "Glossary"),
                   "paragraph": QT_TRANSLATE_NOOP("labels", "Article")}

#: The row under a kind's search results that loads more of them.
SHOW_MORE_LABELS = {"topic": QT_TRANSLATE_NOOP("labels", "Show more topics"),
                    "section": QT_TRANSLATE_NOOP("labels", "Show more pages"),
                    "question": QT_TRANSLATE_NOOP("labels", "Show more questions to ask"),
                    "glossary": QT_TRANSLATE_NOOP("labels", "Show more glossary words"),
                    "paragraph": QT_TRANSLATE_NOOP("labels", "Show more passages from articles")}

def label(labels: Mapping[str, str], value: str) -> str:
    """The label of ``value`` in the reader's language. A value no list has (a damaged or
    foreign database; packs are checked, but a screen must not depend on it) is shown as
    itself, its control characters escaped and cut short, never a crash."""
    if isinstance(value, str) and value in labels:
        return QCoreApplication.translate("labels", labels[value])
    shown = printable(str(value))
    return shown if len(shown) <= UNKNOWN_CHARS else shown[:UNKNOWN_CHARS - 1] + "\u2026"


def tab_title(tab: str) -> str:
    return label(TAB_TITLES, tab)


def short_tab_title(tab: str) -> str:
    """The tab's title on a narrow window: "Evidence" for "Where the evidence stands"."""
    return label(SHORT_TAB_TITLES, tab)


def question_group(group: str) -> str:
    """A question group's heading in the reader's language (a pack built before groups
    were keys names them in words already: those are shown as they are)."""
    return label(QUESTION_GROUP_LABELS, group) if group in QUESTION_GROUP_LABELS else group
