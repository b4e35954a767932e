"""The Questions tab: tick a topic's questions, see why to ask them, build and print a sheet.

Left, the topic's questions in their groups, each with a tick box, a "Why ask this?"
that opens under it, and its source links. Right, "My sheet" (see my_sheet.py),
which holds what was chosen across every topic, and the print buttons.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.errors import ViewerError
from viewer.marks import plain
from viewer.sheet.model import Letterhead, Sheet, sheet_from_user
from viewer.sheet.painting import paint_sheet, setup_page, write_pdf
from viewer.store.content import ContentStore
from viewer.store.models import Citation, Question
from viewer.store.user import UserStore
from viewer.ui.questions.my_sheet import MySheetPanel, heading

CLEAR_TEXT = ("Clear my sheet?\n\nThis removes your ticked questions, your own questions, your "
              "notes and your name from this computer. It cannot be undone.")


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class QuestionRow(QWidget):
    """One question: tick box and text, a "Why ask this?" that opens, its sources."""

    ticked = Signal(str, bool)
    source_clicked = Signal(object)  # Citation

    def __init__(self, question: Question, source_titles: dict[str, str], checked: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        text = plain(question.text)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        self.box.toggled.connect(lambda on: self.ticked.emit(question.id, on))
        self.label = _ClickLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        top.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        layout.addLayout(top)

        self.why_button = QToolButton()
        self.why_button.setText("Why ask this?")
        self.why_button.setCheckable(True)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setAutoRaise(True)
        self.why_button.toggled.connect(self._show_why)
        layout.addWidget(self.why_button)
        links = " ".join(f'<a href="{i}">[{i + 1}] {html.escape(source_titles.get(c.source_id, c.source_id))}'
                         "</a>" for i, c in enumerate(question.citations))
        self.why = QLabel(f"{html.escape(plain(question.why))}"
                          + (f"<br><small>From: {links}</small>" if links else ""))
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setWordWrap(True)
        self.why.setIndent(24)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.why.linkActivated.connect(self._link)
        self.why.hide()
        layout.addWidget(self.why)

    def _show_why(self, shown: bool) -> None:
        self.why.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _link(self, href: str) -> None:
        citation: Citation = self.question.citations[int(href)]
        self.source_clicked.emit(citation)

    def set_checked(self, on: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)


class QuestionsTab(QWidget):
    source_requested = Signal(object)  # Citation: open the source at this quote

    def __init__(self, content: ContentStore, user: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.user = user
        self.slug = ""
        self.rows: dict[str, QuestionRow] = {}
        self._source_titles = {s.id: s.title for s in content.sources()}
        self.dialog: QWidget | None = None  # the file, print or confirmation dialog open now
        self.letterhead = Letterhead()  # a clinic's lines and paper (see docs/clinic.md)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setAccessibleName("Questions for this topic")
        self._list_host = QWidget()
        self.list_area.setWidget(self._list_host)
        splitter.addWidget(self.list_area)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.panel = MySheetPanel(content, user)
        self.panel.changed.connect(self._sync_ticks)
        right_layout.addWidget(self.panel, 1)
        right_layout.addLayout(self._print_row())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("What happened")
        right_layout.addWidget(self.status)
        right_area = QScrollArea()
        right_area.setAccessibleName("My sheet: details, chosen questions, own questions and notes")
        right_area.setWidgetResizable(True)
        # wrap, never scroll sideways: a clipped line is a line a patient does not read
        right_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_area.setWidget(right)
        splitter.addWidget(right_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _print_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.large_print = QCheckBox("Large print")
        self.large_print.setChecked(self.user.option("large_print") == "1")
        self.large_print.toggled.connect(
            lambda on: self.user.set_option("large_print", "1" if on else "0"))
        box.addWidget(self.large_print)
        row = QHBoxLayout()
        self.preview_button = QPushButton("Print preview")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton("Print\u2026")
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton("Save as PDF\u2026")
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        box.addLayout(row)
        self.clear_button = QPushButton("Clear my sheet\u2026")
        self.clear_button.setObjectName("dangerButton")
        self.clear_button.setToolTip("Remove everything on this sheet from this computer")
        self.clear_button.clicked.connect(self.ask_clear)
        box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- the topic's questions ---------------------------------------------------------------

    def set_topic(self, slug: str) -> None:
        self.slug = slug
        self.panel.topic_slug = slug
        topic = self.content.topic(slug)
        host = QWidget()
        layout = QVBoxLayout(host)
        # The page around this widget already shows the tab's heading and key points.
        host.setAccessibleName(f"Questions to ask your doctor about {topic.title}")
        self.rows = {}
        group = None
        for question in self.content.questions(slug):
            if question.group != group:
                group = question.group
                layout.addSpacing(8)
                layout.addWidget(heading(group))
            row = QuestionRow(question, self._source_titles, self.user.is_chosen(question.id))
            row.ticked.connect(self._ticked)
            row.source_clicked.connect(self.source_requested)
            self.rows[question.id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.list_area.setWidget(host)
        self._list_host = host

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
        return sheet_from_user(self.content, self.user, letterhead=self.letterhead)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer, self.letterhead.paper)
        printer.setDocName("Questions for my appointment")
        return printer

    def preview(self) -> None:
        self._printer_ref = printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle("Print preview \u2013 my question sheet")
        dialog.paintRequested.connect(lambda p: self._paint(p))
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
            self._say(f"The sheet could not be printed: {err}")

    def save_pdf(self) -> None:
        dialog = QFileDialog(self, "Save my question sheet as PDF",
                             str(Path.home() / "my-questions.pdf"), "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.write_pdf_to)
        self._show(dialog)

    def write_pdf_to(self, path: str) -> None:
        try:
            pages = write_pdf(self.sheet(), Path(path))
        except ViewerError as err:
            self._say(f"The sheet was not saved: {err}")
            return
        self._say(f"Saved {pages} page(s) to {path}")

    def ask_clear(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Clear my sheet", CLEAR_TEXT,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText("Clear everything")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.clear() if button is yes else None)
        self._show(box)

    def clear(self) -> None:
        self.user.clear()
        self.reload()
        self._say("Your sheet was cleared. Nothing of it is left on this computer.")

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _say(self, text: str) -> None:
        self.status.setText(text)
