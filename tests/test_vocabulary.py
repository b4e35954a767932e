"""Every value of a closed list has a label on screen, and the layers use the one list."""

from __future__ import annotations

from viewer import vocabulary
from viewer import vocabulary as v
from viewer.ui.text.labels import (
    HIT_KIND_LABELS,
    IN_WHOM_LABELS,
    PEER_REVIEWED_LABELS,
    QUESTION_GROUP_LABELS,
    SHOW_MORE_LABELS,
    SOURCE_KIND_LABELS,
    STAGE_LABELS,
    TAB_TITLES,
)

#: Every closed list the screen shows and the labels that show it.
LABELS_FOR = {
    v.TABS: TAB_TITLES,
    v.STAGES: STAGE_LABELS,
    v.IN_WHOM: IN_WHOM_LABELS,
    v.PEER_REVIEWED: PEER_REVIEWED_LABELS,
    v.SOURCE_KINDS: SOURCE_KIND_LABELS,
    v.HIT_KINDS: HIT_KIND_LABELS,
    v.QUESTION_GROUPS: QUESTION_GROUP_LABELS,
}


def test_every_value_has_a_label():
    for values, labels in LABELS_FOR.items():
        missing = [v for v in values if v not in labels]
        assert not missing, f"values with no label: {missing}"
        extra = [k for k in labels if k not in values]
        assert not extra, f"labels for values that do not exist: {extra}"


def test_every_closed_list_is_labelled():
    lists = [getattr(vocabulary, name) for name in ("TABS", "STAGES", "IN_WHOM", "PEER_REVIEWED",
                                                   "SOURCE_KINDS", "HIT_KINDS", "QUESTION_GROUPS")]
    assert all(values in LABELS_FOR for values in lists)


def test_every_search_kind_has_a_show_more_row():
    assert set(SHOW_MORE_LABELS) == set(vocabulary.HIT_KINDS)


def test_search_has_a_query_for_every_kind_but_topics():
    from viewer.store.full_text import _ARTICLES, _SELECT
    assert _ARTICLES and {*_SELECT, "paragraph", "topic"} == set(vocabulary.HIT_KINDS)


def test_no_badge_reads_in_not_clear():
    assert all(not label.startswith("In not") for label in IN_WHOM_LABELS.values())


def test_cards_of_every_in_whom_value_render(small_store):
    """The badge of each in-whom value is its label, never a made-up 'In <value>'."""
    from viewer.plain_records import replace
    from viewer.store.models import EvidenceCard
    from viewer.ui.pages.evidence import card_badges

    card = EvidenceCard("x", "found", "people", "3 people", "Phase I", "officials", "2025",
                        "no", False, "")
    for value in vocabulary.IN_WHOM:
        badges = " ".join(card_badges(replace(card, in_whom=value)))
        assert IN_WHOM_LABELS[value] in badges
        assert "In not clear" not in badges


def test_a_value_with_no_label_is_shown_as_itself_escaped_never_a_crash():
    from viewer.ui.text.labels import UNKNOWN_CHARS, label
    assert label(IN_WHOM_LABELS, "people") == IN_WHOM_LABELS["people"]
    assert label(IN_WHOM_LABELS, "mice\x1b[31m\x07") == "mice\\x1b[31m\\x07"
    long = label(IN_WHOM_LABELS, "x" * 500)
    assert len(long) == UNKNOWN_CHARS and long.endswith("\u2026")
    assert label(IN_WHOM_LABELS, None) == "None"
