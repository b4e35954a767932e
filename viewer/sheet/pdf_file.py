"""A question sheet written as a PDF file with no window (``patient-viewer sheet`` calls it).

With no question ids the sheet has every question of the topics, so a clinic can
print a stack of blank topic sheets to hand out. Plain arguments in, the sheet and its
page count out: reading the command line and printing are the command line's.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.dates import weekday_date
from viewer.sheet.model import Letterhead, Sheet, SheetError, sheet_for_topics
from viewer.store.models import Header

if TYPE_CHECKING:
    from viewer.store.content import ContentStore

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str) -> date:
    """A YYYY-MM-DD date, or a SheetError saying what is wrong with it."""
    if not _DATE.fullmatch(text.strip()):
        raise SheetError(f"--date {text!r}: write the date as YYYY-MM-DD, for example 2026-03-14")
    try:
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise SheetError(f"--date {text!r}: not a real date ({err})") from None


def long_date(day: date) -> str:
    return weekday_date(day)


def ensure_gui() -> object:
    """A Qt application for fonts and painting; offscreen when there is none yet.

    A QGuiApplication when nothing in the process uses widgets (the command line:
    QtWidgets costs start-up time a PDF does not need); a QApplication when
    QtWidgets is loaded, so widgets still work in the same process."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication as GuiApp
        else:
            GuiApp = QGuiApplication  # noqa: N806 (a class)
        app = GuiApp(["patient-viewer", "-platform", "offscreen"])
    return app


def write_sheet_pdf(store: ContentStore, out: Path, topics: list[str],
                    questions: list[str] | None = None, header: Header | None = None,
                    large_print: bool = False, letterhead: Letterhead | None = None,
                    language: str = "") -> tuple[Sheet, int]:
    """Write the sheet of ``topics`` (``questions`` in this order, or all of them) to ``out``;
    returns the sheet and its number of pages. ``language``: the sheet's words and its
    questions in it, topic by topic where the content has a translation (else English)."""
    if out.suffix.lower() != ".pdf":
        raise SheetError(f"--out {out}: the file name should end in .pdf")
    if language:
        store = store.in_language(language)
    sheet = sheet_for_topics(store, topics, questions, header=header or Header(),
                             large_print=large_print, letterhead=letterhead)
    app = ensure_gui()
    if language:
        from viewer import translation

        translation.install(language)
    from viewer.sheet.painting import write_pdf

    pages = write_pdf(sheet, out)
    del app
    return sheet, pages
