"""The closed lists of values every layer shares, defined once.

The builder checks the pages against these lists, the store hands the values on,
and the ui shows them through its own labels (``viewer/ui/text/labels.py``, with a
test that every value here has one). A list copied by hand into two layers drifts,
and the drift shows on screen.
"""

from __future__ import annotations

#: The four tabs of every topic, in the order they are shown.
TABS = ("what", "how", "evidence", "questions")

#: The steps of the evidence ladder, lowest first.
STAGES = ("lab", "animals", "phase-1", "phase-2", "phase-3", "approved")

#: Who a reported result was seen in (``in:`` of an evidence card).
IN_WHOM = ("cells", "animals", "people", "not clear")

#: Whether a result was published in a peer-reviewed journal.
PEER_REVIEWED = ("yes", "no", "not stated")

#: What kind of text a source is.
EDITORS_NOTES = "editors' notes"
SOURCE_KINDS = ("news report", "opinion article", "health website", EDITORS_NOTES)

#: The groups a doctor question sits in, in the order the Questions tab shows them.
QUESTION_GROUPS = ("Availability and trials", "Benefits and evidence", "Risks and side effects",
                   "Cost and practical matters", "My current treatment")

#: What a search result points at.
HIT_KINDS = ("topic", "section", "question", "glossary", "paragraph")

#: Around the matched words of a search snippet (plain text, never shown as is).
MARK_START, MARK_END = "\x02", "\x03"
