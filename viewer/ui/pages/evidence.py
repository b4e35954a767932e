"""The "Where the evidence stands" tab: key points, the ladder, one card per result, the unknowns.

Hope and hype are told apart by plain marks on each card: who it was tried in,
whether it was peer-reviewed, whether the claim comes only from an official
statement, and whether the sources disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.helplines import who_to_call_title
from viewer.store.models import EvidenceCard, Section, Statement, TopicInfo
from viewer.ui.pages.ladder import LadderWidget, ladder_text
from viewer.ui.pages.page import (
    UNKNOWNS_ANCHOR,
    PageView,
    contents_html,
    footer_html,
    heading_html,
    key_points_html,
    statement_html,
)
from viewer.ui.text.labels import IN_WHOM_LABELS, PEER_REVIEWED_LABELS, label, tab_title
from viewer.ui.text.rich import PageLinks, esc
from viewer.vocabulary import HEADING, KEY, UNKNOWN

translate = QCoreApplication.translate


def badge(kind: str, text: str) -> str:
    return f'<span class="{kind}">&nbsp;{esc(text)}&nbsp;</span>'


def card_badges(card: EvidenceCard) -> list[str]:
    badges = []
    who = label(IN_WHOM_LABELS, card.in_whom)
    if card.number and card.number != "not stated":
        who = translate("evidence", "{who}: {number}").format(who=who, number=card.number)
    badges.append(badge("good" if card.in_whom == "people" else "plain", who))
    tone = {"yes": "good", "no": "caution"}.get(card.peer_reviewed, "plain")
    badges.append(badge(tone, label(PEER_REVIEWED_LABELS, card.peer_reviewed)))
    if card.official_only:
        badges.append(badge("caution", translate("evidence", "Claim from an official statement only")))
    if card.disagree:
        badges.append(badge("caution", translate("evidence", "Sources disagree")))
    return badges


def card_html(card: EvidenceCard, links: PageLinks) -> str:
    number = (card.number if card.number and card.number != "not stated"
              else translate("evidence", "number not stated"))
    rows = [
        f'<p>{"&nbsp; ".join(card_badges(card))}</p>',
        translate("evidence", "<p><b>What was found.</b> {found}</p>").format(
            found=links.statement(card.found, card.citations)),
        translate("evidence", "<p><b>{who}:</b> {number}.<br><b>Stage:</b> {stage}.<br>"
                              "<b>Reported by:</b> {reported_by}.<br><b>When:</b> {when}.<br>"
                              "<b>{peer_reviewed}.</b></p>").format(
            who=esc(label(IN_WHOM_LABELS, card.in_whom)), number=esc(number), stage=esc(card.stage),
            reported_by=esc(card.reported_by), when=esc(card.reported_when),
            peer_reviewed=esc(label(PEER_REVIEWED_LABELS, card.peer_reviewed))),
    ]
    if card.disagree:
        disagree = esc(translate("evidence", "Sources disagree"))
        rows.append(f'<p><span class="caution">&nbsp;{disagree}&nbsp;</span> {links.text(card.disagree)}</p>')
    return ('<table class="card" width="100%" border="1" cellspacing="0" cellpadding="16" '
            f'style="border-style: solid;"><tr><td>{"".join(rows)}</td></tr></table><p></p>')


def at_a_glance(cards: list[EvidenceCard]) -> str:
    """One line that sets hope against hype before the reader meets any single claim."""
    if not cards:
        return "<p>" + esc(translate("evidence", "No results have been reported yet.")) + "</p>"
    people = sum(c.in_whom == "people" for c in cards)
    reviewed = sum(c.peer_reviewed == "yes" for c in cards)
    official = sum(c.official_only for c in cards)
    disagree = sum(bool(c.disagree) for c in cards)

    total = len(cards)
    results = translate("evidence", "%n reported result(s)", "", total)
    parts = [translate("evidence", "%n in people", "", people),
             translate("evidence", "%n peer-reviewed", "", reviewed),
             translate("evidence", "%n from an official statement only", "", official),
             translate("evidence", "%n where the sources disagree", "", disagree)]
    return translate("evidence", "<p><b>At a glance:</b> {results} below. Of these, {first}, {second}, "
                                 "{third}, and {fourth}.</p>").format(
        results=results, first=parts[0], second=parts[1], third=parts[2], fourth=parts[3])


def render_evidence(view: PageView, topic: TopicInfo, section: Section, links: PageLinks,
                    css: str, last_reviewed: str, notice: str = "", call: str = "") -> LadderWidget:
    """Fill ``view`` with the evidence tab; return the ladder (tests and screenshots look at it).
    ``notice``: the old-facts box under the title; ``call``: the who-to-call box, a block
    of its own before the footer."""
    unknowns_title = translate("evidence", "What we don't know yet")
    unknown = [b for b in section.blocks if isinstance(b, Statement) and b.kind == UNKNOWN]
    top = (heading_html(topic, section.tab, notice) + key_points_html(section.key_points, links)
           + contents_html(section, ((UNKNOWNS_ANCHOR, unknowns_title),) if unknown else ())
           + "<h2>" + esc(translate("evidence", "Where it stands")) + "</h2>")
    view.add_text(top, css, translate("evidence", "Key points"))
    ladder = LadderWidget()
    ladder.set_stage(topic.stage, topic.stage_label)
    view.add_widget(ladder)

    cards = [b for b in section.blocks if isinstance(b, EvidenceCard)]
    not_known = translate("evidence", "Not known")
    parts = [f"<p><b>{esc(topic.stage_label or not_known)}</b>"
             f"{links.cite(topic.stage_citations)}</p>",
             f'<p class="muted">{esc(ladder_text(topic.stage, topic.stage_label))}</p>']
    cards_started = False
    for i, block in enumerate(section.blocks):
        if isinstance(block, EvidenceCard):
            if not cards_started:
                before = section.blocks[i - 1] if i else None
                titled = isinstance(before, Statement) and before.kind == HEADING
                reported = "<h2>" + esc(translate("evidence", "What has been reported")) + "</h2>"
                parts.append(("" if titled else reported) + at_a_glance(cards))
                cards_started = True
            parts.append(card_html(block, links))
        elif isinstance(block, Statement) and block.kind not in (KEY, UNKNOWN):
            parts.append(statement_html(block, links))
    if unknown:
        items = "".join(f"<li><p>{links.statement(s.text, s.citations)}</p></li>" for s in unknown)
        parts.append('<table class="unknowns" width="100%" border="1" cellspacing="0" '
                     'cellpadding="18" style="border-style: solid;"><tr><td>'
                     f'<h2 style="margin-top: 0px;"><a name="{UNKNOWNS_ANCHOR}"></a>'
                     f"{esc(unknowns_title)}</h2><ul>{items}</ul>"
                     "</td></tr></table>")
    if not call:
        parts.append(footer_html(topic, links, last_reviewed))
    view.add_text("".join(parts), css, tab_title("evidence"))
    if call:  # its own block: inside the cards' text its table made that text scroll alone
        view.add_text(call, css, who_to_call_title())
        view.add_text(footer_html(topic, links, last_reviewed), css,
                      translate("evidence", "About this page"))
    return ladder
