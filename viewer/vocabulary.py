"""The closed lists of values every layer shares, defined once.

The builder checks the pages against these lists, the store hands the values on,
and the ui shows them through its own labels (``viewer/ui/text/labels.py``, with a
test that every value here has one). A list copied by hand into two layers drifts,
and the drift shows on screen; ``tests/test_architecture.py`` fails if a literal
list of tabs, block kinds, stages, question groups or hit kinds is written anywhere
but here.
"""

from __future__ import annotations

#: The two tabs with pages of their own kind (evidence cards, the question list), named,
#: not counted: a tab added before them moves neither.
EVIDENCE_TAB = "evidence"
QUESTIONS_TAB = "questions"
#: The tabs of every topic, in the order they are shown.
TABS = ("what", "how", EVIDENCE_TAB, QUESTIONS_TAB)

#: The kinds of block a topic page's line can start with (``key: ...``), in the order
#: the parser tries them. A plain paragraph is a ``TEXT`` statement, ``## `` a heading.
KEY, UNKNOWN, HOWTO, RESULT, QUESTION = "key", "unknown", "howto", "result", "question"
BLOCK_KINDS = (KEY, UNKNOWN, HOWTO, RESULT, QUESTION)
TEXT, HEADING = "text", "heading"

#: What a tab's statement is (``statements.kind``): a block of the page that is neither a
#: result nor a question (those have tables of their own), a plain paragraph or a heading.
STATEMENT_KINDS = (KEY, UNKNOWN, HOWTO, TEXT, HEADING)

#: What a paragraph of an article is (``paragraphs.kind``): running text, a heading (one
#: short line with no full stop) or a list item.
PARAGRAPH_TEXT, PARAGRAPH_HEADING, PARAGRAPH_ITEM = "text", "heading", "item"
PARAGRAPH_KINDS = (PARAGRAPH_TEXT, PARAGRAPH_HEADING, PARAGRAPH_ITEM)

#: What a citation belongs to (``citations.owner_type``); ``topic``: a topic's stage.
CITATION_OWNERS = ("statement", "evidence", "question", "glossary", "topic")

#: The steps of the evidence ladder, lowest first.
STAGES = ("lab", "animals", "phase-1", "phase-2", "phase-3", "approved")

#: Who a reported result was seen in (``in:`` of an evidence card).
IN_WHOM = ("cells", "animals", "people", "not clear")

#: Whether a result was published in a peer-reviewed journal.
PEER_REVIEWED = ("yes", "no", "not stated")

#: What kind of text a source is.
EDITORS_NOTES = "editors' notes"
SOURCE_KINDS = ("news report", "opinion article", "health website", EDITORS_NOTES)

#: The groups a doctor question sits in (``group:`` of a question), in the order the
#: Questions tab shows them. Keys: the ui and the review sheet give them words.
QUESTION_GROUPS = ("availability", "benefits", "risks", "cost", "my-treatment")

#: What a search result points at, in the order the results list shows them.
HIT_KINDS = ("topic", "section", "question", "glossary", "paragraph")

#: The reading grade (Flesch-Kincaid) no tab may be above, and the most the median of
#: all tabs may be (CONTENT.md).
MAX_GRADE = 8.0
MAX_MEDIAN = 6.5

#: Around the matched words of a search snippet (plain text, never shown as is).
MARK_START, MARK_END = "\x02", "\x03"

#: The national cancer information lines our background notes verify (the notes'
#: "Who to call for cancer information"), given when no clinic phone is set:
#: (country, service, phone). ``tests/test_real_content.py`` checks each against the notes.
HELPLINES = (("USA", "National Cancer Institute, Cancer Information Service", "1-800-422-6237"),
             ("UK", "Macmillan Support Line", "0808 808 00 00"))

#: A page's facts older than this many months get a notice on screen and on the sheet.
OLD_FACTS_MONTHS = 12
