"""My sheet's buttons: print preview, Print…, Save as PDF…, large print and clearing,
with the dialogs they open. What happened is said through ``say`` (the tab's status line)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QFileDialog, QMessageBox, QPushButton

from viewer.errors import ViewerError, printable
from viewer.sheet.model import Letterhead, Sheet
from viewer.sheet.painting import write_pdf
from viewer.store.user import UserStore
from viewer.ui.questions.flow import FlowLayout, WrapBox
from viewer.ui.questions.preview import prepare_preview
from viewer.ui.questions.print_step import ask_printer, paint_or_problem, sheet_printer

CLEAR_TEXT = QT_TRANSLATE_NOOP("questions", "Clear my sheet?\n\nThis removes your ticked questions, "
                                             "your own questions, your notes and your name from this "
                                             "computer. It cannot be undone.")
translate = QCoreApplication.translate


class SheetButtons(WrapBox):
    """The print buttons on one line; large print and clearing on the next."""

    cleared = Signal()  # the user database was emptied: show what it holds now

    def __init__(self, user: UserStore, sheet: Callable[[], Sheet],
                 letterhead: Callable[[], Letterhead], say: Callable[[str], None]) -> None:
        row = FlowLayout()
        second = FlowLayout(spacing=16)
        super().__init__([row, second])
        self.user = user
        self._sheet = sheet
        self._letterhead = letterhead
        self._say = lambda text: say(printable(text))  # a file name may hold anything
        self.dialog: QDialog | None = None  # the file, print or confirmation dialog open now
        self.preview_button = QPushButton(translate("questions", "Print preview"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(translate("questions", "Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(translate("questions", "Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        self.large_print = QCheckBox(translate("questions", "Large print"))
        self.large_print.setChecked(self.user.option("large_print") == "1")
        self.large_print.toggled.connect(
            lambda on: self.user.set_option("large_print", "1" if on else "0"))
        second.addWidget(self.large_print)
        self.clear_button = QPushButton(translate("questions", "Clear my sheet…"))
        self.clear_button.setObjectName("dangerButton")
        self.clear_button.setToolTip(translate("questions", "Remove everything on this sheet from this "
                                                            "computer"))
        self.clear_button.clicked.connect(self.ask_clear)
        second.addWidget(self.clear_button)

    def reload(self) -> None:
        self.large_print.blockSignals(True)
        self.large_print.setChecked(self.user.option("large_print") == "1")
        self.large_print.blockSignals(False)

    def lock_down(self) -> None:
        """A kiosk: no file dialog, no print dialog (it can print to a file); Finish prints."""
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.hide()

    def preview(self) -> None:
        self._printer = printer = sheet_printer(self._letterhead().paper)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(translate("questions", "Print preview – my question sheet"))
        dialog.paintRequested.connect(lambda p: self._paint(p))
        prepare_preview(dialog, self)
        self._show(dialog)

    def print_sheet(self) -> None:
        self._printer = printer = sheet_printer(self._letterhead().paper)
        self._show(ask_printer(self, printer, lambda: self._paint(printer)))

    def _paint(self, printer: QPrinter) -> None:
        if (err := paint_or_problem(printer, self._sheet(), "on the Questions tab")) is not None:
            self._say(translate("questions", "The sheet could not be printed: {problem}").format(problem=err))

    def save_pdf(self) -> None:
        dialog = QFileDialog(self, translate("questions", "Save my question sheet as PDF"),
                             str(Path.home() / translate("questions", "my-questions.pdf")),
                             translate("questions", "PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.write_pdf_to)
        self._show(dialog)

    def write_pdf_to(self, path: str) -> None:
        try:
            pages = write_pdf(self._sheet(), Path(path))
        except ViewerError as err:
            self._say(translate("questions", "The sheet was not saved: {problem}").format(problem=err))
            return
        folder, file = Path(path).parent, Path(path).name
        self._say(translate("questions", "Your question sheet is saved: %n page(s), in the file "
                            "“{file}” in the folder “{folder}”.", "", pages).format(file=file, folder=folder))

    def ask_clear(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("questions", "Clear my sheet"),
                          translate("questions", CLEAR_TEXT),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(translate("questions", "Clear everything"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.clear() if button is yes else None)
        self._show(box)

    def clear(self) -> None:
        self.user.clear()
        self.cleared.emit()
        self._say(translate("questions", "Your sheet was cleared. Nothing of it is left on this computer."))

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = QApplication.focusWidget()  # a keyboard user goes on from the same button
        if opener is not None:
            dialog.finished.connect(lambda _result: opener.setFocus())
        dialog.open()
