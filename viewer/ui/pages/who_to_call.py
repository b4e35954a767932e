"""The boxes every topic page may carry: that it is not yet in the reader's language, how
old its facts are, and who to call."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from viewer.helplines import who_to_call_parts, who_to_call_title
from viewer.store.models import TopicInfo
from viewer.translation import fallback_name, language_name
from viewer.ui.text.rich import esc, month_year
from viewer.vocabulary import HELPLINES, OLD_FACTS_MONTHS


def old_facts_html(topic: TopicInfo, today: date, floor: str) -> str:
    """A box saying how old the page's facts are, when they are more than a year old.

    ``floor``: the content's newest review day; a clock before it is wrong, so no notice.
    """
    age = topic.facts_age_months(today, floor)
    if age is None or age <= OLD_FACTS_MONTHS:
        return ""
    years = age // 12
    old = (QCoreApplication.translate("page", "more than {years} years old").format(years=years)
           if years > 1 else
           QCoreApplication.translate("page", "{months} months old").format(months=age))
    text = QCoreApplication.translate(
        "page", "The facts on this page are current to {month}: they are {old}. Newer "
                "results may exist. Ask your care team what is new.").format(
        month=month_year(topic.current_to), old=old)
    return ('<table class="agenotice" width="100%" border="1" cellspacing="0" cellpadding="12" '
            f'style="border-style: solid;"><tr><td><p><b>{esc(text)}</b></p></td></tr></table>')


def language_notice_text(shown: str, reader: str) -> str:
    """That a page (or a sheet's questions) is shown in ``shown`` because it is not yet
    translated into ``reader``; empty when it is in the reader's language."""
    if shown == reader:
        return ""
    return QCoreApplication.translate(
        "page", "This page is not yet available in {language}; it is shown in {shown}.").format(
        language=language_name(reader), shown=fallback_name(shown))


def language_notice_html(topic: TopicInfo, reader: str) -> str:
    """A box at the top of a page not yet translated into the reader's language."""
    text = language_notice_text(topic.language, reader)
    if not text:
        return ""
    return ('<table class="langnotice" width="100%" border="1" cellspacing="0" cellpadding="12" '
            'style="border-style: solid; margin-bottom: 14px;">'
            f"<tr><td><p><b>{esc(text)}</b></p></td></tr></table>")


def who_to_call_html(clinic_phone: str) -> str:
    title = who_to_call_title()
    before, numbers, after = who_to_call_parts(clinic_phone)
    phones = [phone for *_, phone in HELPLINES] + ([clinic_phone] if clinic_phone else [])
    items = "".join(f"<li><p>{esc(_unbroken(line, phones))}</p></li>" for line in numbers)
    return ('<table class="callbox" width="100%" border="1" cellspacing="0" cellpadding="14" '
            f'style="border-style: solid;"><tr><td><p class="keyhead">{esc(title)}</p>'
            f'{_paragraphs(before)}<ul style="margin-left: 0px;">{items}</ul>{_paragraphs(after)}'
            '</td></tr></table>')


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{esc(line)}</p>" for line in lines)


def _unbroken(line: str, phones: list[str]) -> str:
    """A phone number kept on one line: a number split across two is easy to misdial."""
    for phone in phones:
        line = line.replace(phone, phone.replace(" ", "\u00a0"))
    return line
