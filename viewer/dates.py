"""Dates as the reader's language writes them: the one place that turns a date into words.

QLocale (set by ``viewer.translation``) gives the month and day names; the order of the
parts is a translatable pattern, so a translator can write "2 de marzo de 2026" or
"2 марта 2026 г.". QtCore only: the pages and the printed sheet both use it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from viewer.records import SourceInfo

translate = QCoreApplication.translate
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def long_date(day: date) -> str:
    """2026-03-02 -> "2 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("dates", "d MMMM yyyy", "date format: day, month, year"))


def weekday_date(day: date) -> str:
    """2026-03-14 -> "Saturday 14 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("dates", "dddd d MMMM yyyy",
                                        "date format: weekday, day, month, year"))


def human_date(text: str) -> str:
    """ISO dates in a text as the reader's language says them: 2025-01-02 -> 2 January 2025."""
    def say(m: re.Match[str]) -> str:
        try:
            return long_date(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return m[0]
    return _ISO.sub(say, text)


def month_year(text: str) -> str:
    """``2025-12`` as "December 2025" in the reader's language; anything else as it is."""
    year, _, month = text.partition("-")
    if year.isascii() and year.isdigit() and month.isascii() and month.isdigit() \
            and 1 <= int(month) <= 12:
        return QLocale().toString(QDate(int(year), int(month), 1),
                                  translate("dates", "MMMM yyyy", "date format: month, year"))
    return text


def source_date(info: SourceInfo) -> str:
    """A source's date, honest about what is unknown."""
    if info.published:
        return human_date(info.published)
    if info.reviewed:
        return translate("dates", "no date given; page last reviewed {date}").format(
            date=human_date(info.reviewed))
    return translate("dates", "no date given")
