"""``patient-viewer sheet``: write a question sheet as PDF with no window.

With neither ``--all`` nor ``--question`` the sheet has every question of the
topics, so a clinic can print a stack of blank topic sheets to hand out.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from viewer.sheet.model import Letterhead, SheetError, sheet_for_topics
from viewer.store.models import Header

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
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def _ensure_gui() -> object:
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


def write_sheet_from_args(args: argparse.Namespace, letterhead: Letterhead | None = None) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise SheetError(f"--out {args.out}: the file name should end in .pdf")
    appointment = long_date(parse_date(args.date)) if args.date else ""
    header = Header(name=(args.name or "").strip(), appointment=appointment,
                    doctor=(args.doctor or "").strip())
    from viewer.store.open_or_rebuild import open_content

    opened = open_content(Path(args.database) if getattr(args, "database", None) else None)
    if opened.notice:
        print(opened.notice, file=sys.stderr)
    try:
        sheet = sheet_for_topics(opened.store, list(args.topic),
                                 None if args.all or not args.question else list(args.question),
                                 header=header, large_print=bool(args.large_print),
                                 letterhead=letterhead)
        app = _ensure_gui()
        from viewer.sheet.painting import write_pdf

        pages = write_pdf(sheet, out)
        del app
    finally:
        opened.store.close()
    print(f"wrote {out}: {len(sheet.questions)} question(s) on {pages} page(s)")
    return 0

