"""The Questions tab: tick a topic's questions, see why to ask them, build and print a sheet.

Left, the topic's questions in their groups, each with a tick box, a "Why ask this?"
that opens under it, and its source links. Right, "My sheet" (see my_sheet.py),
which holds what was chosen across every topic, and the print buttons.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.errors import ViewerError
from viewer.sheet.model import Letterhead, Sheet, print_scale, sheet_from_user, sheet_title
from viewer.sheet.painting import paint_sheet, setup_page, write_pdf
from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.pages.page import PageView, VerticalScroll
from viewer.ui.questions.flow import FlowLayout, WrapBox
from viewer.ui.questions.my_sheet import MySheetPanel, heading
from viewer.ui.questions.pane_switch import two_panes
from viewer.ui.questions.preview import prepare_preview
from viewer.ui.questions.question_row import QuestionRow
from viewer.ui.text.labels import question_group, tab_title

log = logging.getLogger(__name__)

SIDE_CHARS = 44  # the narrowest comfortable column, in characters
STACK_LINES = 32  # stacked, each pane must still show a dozen lines or so
PIN_LINES = 18  # a shorter tab scrolls the print buttons with My sheet
CLEAR_TEXT = QT_TRANSLATE_NOOP("questions", "Clear my sheet?\n\nThis removes your ticked questions, "
                                             "your own questions, your notes and your name from this "
                                             "computer. It cannot be undone.")
translate = QCoreApplication.translate


class QuestionsTab(QWidget):
    source_requested = Signal(object)  # Citation: open the source at this quote

    def __init__(self, content: ContentStore, user: UserStore, list_page: PageView | None = None,
                 parent: QWidget | None = None) -> None:
        """``list_page``: the page the questions go in (the topic's tab gives its own, with the
        tab's heading and key points above them)."""
        super().__init__(parent)
        self.content = content
        self.user = user
        self.slug = ""
        self.rows: dict[str, QuestionRow] = {}
        self._sources = content.source_index()  # read per cited source, not all at once
        self.dialog: QWidget | None = None  # the file, print or confirmation dialog open now
        self.letterhead = Letterhead()  # a clinic's lines and paper (see docs/clinic.md)

        # Left, the page with the topic's questions; right, My sheet above the print buttons.
        # Each scrolls on its own and nothing inside them scrolls: one scroll per view.
        self.list_page = list_page or PageView(tab_title("questions"))
        self.rows_host = QWidget()
        self.rows_host.setAccessibleName(translate("questions", "Questions for this topic"))
        QVBoxLayout(self.rows_host).setContentsMargins(0, 0, 0, 0)

        self.panel = MySheetPanel(content, user)
        self.panel.changed.connect(self._sync_ticks)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("questions", "What happened"))
        column = QWidget()
        column.setObjectName("pageColumn")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(16, 16, 16, 16)
        column_layout.addWidget(self.panel)
        column_layout.addWidget(self.status)
        self.sheet_area = VerticalScroll()
        self.sheet_area.setObjectName("page")
        self.sheet_area.setAccessibleName(translate("questions", "My sheet: chosen questions, own "
                                                                 "questions, notes and details"))
        self.sheet_area.setWidgetResizable(True)
        # wrap, never scroll sideways: a clipped line is a line a patient does not read
        self.sheet_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sheet_area.setWidget(column)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.sheet_area, 1)
        self.print_box = self._print_row()
        right_layout.addWidget(self.print_box)  # in sight whatever is scrolled, if there is room
        self.sheet_side = right
        self._column_layout = column_layout

        self.switch, self.box = two_panes(self, self.list_page, right)  # or one, when cramped
        self.panel.counted.connect(self.switch.count)
        self.switch.count(self.panel.list.count())

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        """Side by side, each column the full height; stacked (the list above My sheet) when
        the tab is too narrow for two comfortable columns and tall enough for two panes; one
        pane at a time, with a switch, when it is too narrow and too short for both."""
        super().resizeEvent(event)
        size = event.size()
        narrow = size.width() < 2 * SIDE_CHARS * self.fontMetrics().averageCharWidth()
        tall = size.height() >= STACK_LINES * self.fontMetrics().lineSpacing()
        self.switch.set_active(narrow and not tall)
        want = QBoxLayout.Direction.TopToBottom if narrow and tall else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != want:
            self.box.setDirection(want)
        self._pin_print_row(size.height() >= PIN_LINES * self.fontMetrics().lineSpacing())

    def print_row_pinned(self) -> bool:
        return self.print_box.parentWidget() is self.sheet_side

    def _pin_print_row(self, pinned: bool) -> None:
        """Below My sheet's column when the tab is tall; at the end of the column when it is
        short, so My sheet keeps the height."""
        if pinned == self.print_row_pinned():
            return
        self.print_box.parentWidget().layout().removeWidget(self.print_box)
        if pinned:
            self.sheet_side.layout().addWidget(self.print_box)
        else:
            self._column_layout.addWidget(self.print_box)
        self.print_box.show()

    def _print_row(self) -> WrapBox:
        """The print buttons on one line; large print and clearing on the next."""
        row = FlowLayout()
        self.preview_button = QPushButton(translate("questions", "Print preview"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(translate("questions", "Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(translate("questions", "Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        second = FlowLayout(spacing=16)
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
        return WrapBox([row, second])

    # -- the topic's questions ---------------------------------------------------------------

    def set_topic(self, slug: str) -> None:
        self.slug = slug
        self.panel.topic_slug = slug
        layout = self.rows_host.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = {}
        group = None
        for question in self.content.questions(slug):
            if question.group != group:
                group = question.group
                layout.addSpacing(8)
                # a pack built before groups were keys names them in words already
                layout.addWidget(heading(question_group(group)))
            titles = {c.source_id: self._sources[c.source_id].title
                      for c in question.citations if c.source_id in self._sources}
            row = QuestionRow(question, titles, self.user.is_chosen(question.id))
            row.ticked.connect(self._ticked)
            row.source_clicked.connect(self.source_requested)
            self.rows[question.id] = row
            layout.addWidget(row)
        for i in range(layout.count()):  # shown now, not on the next event: the host may be visible
            if layout.itemAt(i).widget() is not None:
                layout.itemAt(i).widget().show()
        if self.rows_host.parent() is not self.list_page.column:  # on its own, not in a topic's tab
            self.list_page.add_widget(self.rows_host, keep=True)
            self.list_page.finish()

    def _ticked(self, question_id: str, on: bool) -> None:
        if on:
            self.user.choose(question_id)
        else:
            self.user.unchoose(question_id)
        self.panel.reload_list(keep=("question", question_id) if on else None)

    def _sync_ticks(self) -> None:
        chosen = set(self.user.chosen_ids())
        for qid, row in self.rows.items():
            row.set_checked(qid in chosen)

    def reload(self) -> None:
        """Show what the user database holds now (after a clear, or another window)."""
        self.panel.reload()
        self.large_print.blockSignals(True)
        self.large_print.setChecked(self.user.option("large_print") == "1")
        self.large_print.blockSignals(False)
        self._sync_ticks()

    # -- printing, saving, clearing -------------------------------------------------------------

    def lock_down(self) -> None:
        """A kiosk: no file dialog, no print dialog (it can print to a file); Finish prints."""
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.hide()

    def sheet(self) -> Sheet:
        sheet = sheet_from_user(self.content, self.user, letterhead=self.letterhead)
        return replace(sheet, print_scale=print_scale(self.font().pointSizeF()))  # as the screen

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer, self.letterhead.paper)
        printer.setDocName(sheet_title())
        return printer

    def preview(self) -> None:
        self._printer_ref = printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(translate("questions", "Print preview – my question sheet"))
        dialog.paintRequested.connect(lambda p: self._paint(p))
        self.preview_print_button = prepare_preview(dialog, self)
        self._show(dialog)

    def print_sheet(self) -> None:
        self._printer_ref = printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self._paint(printer))
        self._show(dialog)

    def _paint(self, printer: QPrinter) -> None:
        try:
            paint_sheet(printer, self.sheet())
        except ViewerError as err:
            log.warning("printing the sheet failed (%s): %s", printer.printerName(), err)
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
            pages = write_pdf(self.sheet(), Path(path))
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
        self.reload()
        self._say(translate("questions", "Your sheet was cleared. Nothing of it is left on this computer."))

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = QApplication.focusWidget()  # a keyboard user goes on from the same button
        if opener is not None:
            dialog.finished.connect(lambda _result: opener.setFocus())
        dialog.open()

    def _say(self, text: str) -> None:
        self.status.setText(text)
