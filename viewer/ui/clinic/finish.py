"""The kiosk's "Finish: print and clear": print the sheet, then clear it for the next person.

It prints on the computer's default printer with no dialog; only when the computer has
no default printer does the print dialog ask. If printing fails or is cancelled nothing
is cleared, so no one loses a sheet they did not get on paper.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from viewer.sheet.model import Letterhead, Sheet
from viewer.ui.clinic.notice import FullWindowNotice
from viewer.ui.questions.print_step import ask_printer, paint_or_problem, sheet_printer

LABEL = QT_TRANSLATE_NOOP("finish", "Finish: print and clear")
DONE_TITLE = QT_TRANSLATE_NOOP("finish", "Please collect your sheet from the printer")
DONE_BODY = QT_TRANSLATE_NOOP("finish", "Everything you chose and typed has been cleared from this "
                                        "computer, ready for the next person.")
DONE_BUTTON = QT_TRANSLATE_NOOP("finish", "Close")
FAILED_TITLE = QT_TRANSLATE_NOOP("finish", "Your sheet was not printed")
# What to do next, in plain words; the cause goes small underneath, for the staff.
FAILED_BODY = QT_TRANSLATE_NOOP("finish", "Nothing was cleared: your questions and notes are still "
                                          "here. Please check that the printer is switched on and "
                                          "has paper, then press “Finish: print and clear” again. "
                                          "If it still does not print, please ask at the front desk.")
FAILED_BUTTON = QT_TRANSLATE_NOOP("finish", "Back to my questions")
EMPTY_TITLE = QT_TRANSLATE_NOOP("finish", "There is nothing on your sheet yet")
EMPTY_BODY = QT_TRANSLATE_NOOP("finish", "Open a topic's “Questions to ask your doctor” tab, tick the "
                                         "questions you want to ask or add your own, then press "
                                         "Finish again.")
translate = QCoreApplication.translate


def default_printer() -> QPrinter | None:
    """The computer's default printer, or None when it has none."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def finish_button() -> QPushButton:
    button = QPushButton(translate("finish", LABEL))
    button.setObjectName("finishButton")
    button.setAccessibleName(translate("finish", LABEL))
    button.setToolTip(translate("finish", "Print your question sheet, then clear this computer for the "
                                          "next person"))
    # its colours are the theme's (QPushButton#finishButton in resources/styles/*.qss)
    return button


class FinishFlow(QObject):
    """Print, then clear, then show the finish step. ``printer`` finds the default printer
    (tests give one that writes a PDF)."""

    finished = Signal(str)  # what was shown to the person

    def __init__(self, window: QWidget, sheet: Callable[[], Sheet], letterhead: Letterhead,
                 clear: Callable[[], None],
                 printer: Callable[[], QPrinter | None] = default_printer) -> None:
        super().__init__(window)
        self.window = window
        self._sheet = sheet
        self._letterhead = letterhead
        self._clear = clear
        self._printer = printer
        self.dialog: QPrintDialog | None = None
        self.notice = FullWindowNotice(window, translate("finish", "Finished"))
        self.notice.pressed.connect(self.notice.hide)

    def start(self) -> None:
        sheet = self._sheet()
        if not (sheet.questions or sheet.notes.strip() or not sheet.header.is_blank()):
            self._show(translate("finish", EMPTY_TITLE), translate("finish", EMPTY_BODY),
                       translate("finish", "Back"))  # no paper for an empty sheet
            return
        printer = self._printer()
        if printer is not None:
            self._print_and_clear(sheet_printer(self._letterhead.paper, printer))
            return
        self._asked = printer = sheet_printer(self._letterhead.paper)
        self.dialog = ask_printer(self.window, printer, lambda: self._print_and_clear(printer),
                                  to_file=False)
        QDialog.open(self.dialog)  # QPrintDialog's own open() wants a receiver

    def _print_and_clear(self, printer: QPrinter) -> None:
        if (err := paint_or_problem(printer, self._sheet(), "at Finish")) is not None:
            self._show(translate("finish", FAILED_TITLE), translate("finish", FAILED_BODY),
                       translate("finish", FAILED_BUTTON),
                       translate("finish", "For staff: {problem}").format(problem=err))
            return
        self._clear()
        where = printer.printerName()
        sent = (translate("finish", "Your sheet was sent to the printer “{name}”.").format(name=where)
                if where else translate("finish", "Your sheet was sent to the printer."))
        self._show(translate("finish", DONE_TITLE),
                   translate("finish", "{sent} {cleared}").format(
                       sent=sent, cleared=translate("finish", DONE_BODY)),
                   translate("finish", DONE_BUTTON))

    def _show(self, title: str, body: str, button: str, detail: str = "") -> None:
        self.notice.show_notice(title, body, button, detail)
        self.finished.emit(title)
