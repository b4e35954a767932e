"""What the screens call each value of ``viewer.vocabulary``: display words live in the ui."""

from __future__ import annotations

from viewer import vocabulary as v

TAB_TITLES = {"what": "What it is", "how": "How it works",
              "evidence": "Where the evidence stands",
              "questions": "Questions to ask your doctor"}

STAGE_LABELS = {"lab": "Lab", "animals": "Animals", "phase-1": "Phase I",
                "phase-2": "Phase II", "phase-3": "Phase III", "approved": "Approved"}

#: The badge on an evidence card: who the result was seen in.
IN_WHOM_LABELS = {"cells": "In cells in a lab", "animals": "In animals", "people": "In people",
                  "not clear": "Not clear who it was seen in"}

#: The badge on an evidence card: was it peer-reviewed.
PEER_REVIEWED_LABELS = {"yes": "Peer-reviewed", "no": "Not peer-reviewed",
                        "not stated": "Peer review not stated"}

SOURCE_KIND_LABELS = {"news report": "News report", "opinion article": "Opinion article",
                      "health website": "Health website",
                      v.EDITORS_NOTES: "Background notes from the editors of this app"}

#: The headings of the Questions tab, one for each ``group:`` key.
QUESTION_GROUP_LABELS = {"availability": "Availability and trials",
                         "benefits": "Benefits and evidence",
                         "risks": "Risks and side effects",
                         "cost": "Cost and practical matters",
                         "my-treatment": "My current treatment"}

HIT_KIND_LABELS = {"topic": "Topic", "section": "Page", "question": "Question to ask",
                   "glossary": "Glossary", "paragraph": "Article"}

#: The row under a kind's search results that loads more of them.
SHOW_MORE_LABELS = {"topic": "Show more topics", "section": "Show more pages",
                    "question": "Show more questions to ask", "glossary": "Show more glossary words",
                    "paragraph": "Show more passages from articles"}

#: Every closed list and the labels that show it; the vocabulary test walks this.
LABELS_FOR = {
    v.TABS: TAB_TITLES,
    v.STAGES: STAGE_LABELS,
    v.IN_WHOM: IN_WHOM_LABELS,
    v.PEER_REVIEWED: PEER_REVIEWED_LABELS,
    v.SOURCE_KINDS: SOURCE_KIND_LABELS,
    v.HIT_KINDS: HIT_KIND_LABELS,
    v.QUESTION_GROUPS: QUESTION_GROUP_LABELS,
}
