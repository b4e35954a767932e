"""The one print step the Questions tab's Print… and preview and the kiosk's Finish share:
the sheet as the reader sees it, a printer set to the sheet's paper, the print dialog,
and painting with its failure logged and handed back for the caller's own words."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from viewer.errors import ViewerError
from viewer.sheet.model import Letterhead, Sheet, print_scale, sheet_from_user, sheet_title
from viewer.sheet.painting import paint_sheet, setup_page

if TYPE_CHECKING:
    from viewer.store.content import ContentStore
    from viewer.store.user import UserStore

log = logging.getLogger(__name__)


def sheet_to_print(content: ContentStore, user: UserStore, letterhead: Letterhead,
                   screen_points: float) -> Sheet:
    """The sheet the patient made, printed as large as they read the screen."""
    sheet = sheet_from_user(content, user, letterhead=letterhead)
    return replace(sheet, print_scale=print_scale(screen_points))


def sheet_printer(paper: str, printer: QPrinter | None = None) -> QPrinter:
    """``printer`` (or a new one) set to the sheet's paper and margins and named in the
    print queue. Done once, before any dialog: what the person then picks there stands."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer, paper)
    printer.setDocName(sheet_title())
    return printer


def ask_printer(parent: QWidget, printer: QPrinter, then: Callable[[], None],
                to_file: bool = True) -> QPrintDialog:
    """The print dialog for ``printer``, calling ``then`` when accepted; the caller opens it.
    ``to_file=False`` takes away "print to file" (a kiosk's file dialog by the back door)."""
    dialog = QPrintDialog(printer, parent)
    if not to_file:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.accepted.connect(then)
    return dialog


def paint_or_problem(printer: QPrinter, sheet: Sheet, where: str) -> ViewerError | None:
    """Paint ``sheet`` on ``printer``; the problem if it failed (logged for IT, with
    ``where`` the print was asked for)."""
    try:
        paint_sheet(printer, sheet)
    except ViewerError as err:
        log.warning("printing the sheet %s failed (%s): %s", where, printer.printerName(), err)
        return err
    return None
