"""The Questions tab: tick a topic's questions, see why to ask them, build and print a sheet.

Left, the topic's questions (topic_questions.py) on the tab's page. Right, "My sheet"
(my_sheet.py), which holds what was chosen across every topic, and its buttons
(sheet_buttons.py). This module lays the two out for the room the tab has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from viewer.sheet.model import Letterhead, Sheet
from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.pages.page import PageView, VerticalScroll
from viewer.ui.questions.my_sheet import MySheetPanel
from viewer.ui.questions.pane_switch import two_panes
from viewer.ui.questions.print_step import sheet_to_print
from viewer.ui.questions.question_row import QuestionRow
from viewer.ui.questions.sheet_buttons import SheetButtons
from viewer.ui.questions.topic_questions import TopicQuestions
from viewer.ui.text.labels import tab_title
from viewer.vocabulary import QUESTIONS_TAB

SIDE_CHARS = 44  # the narrowest comfortable column, in characters
STACK_LINES = 32  # stacked, each pane must still show a dozen lines or so
PIN_LINES = 18  # a shorter tab scrolls the print buttons with My sheet
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
        self.letterhead = Letterhead()  # a clinic's lines and paper (see docs/clinic.md)

        # Left, the page with the topic's questions; right, My sheet above its buttons.
        # Each scrolls on its own and nothing inside them scrolls: one scroll per view.
        self.list_page = list_page or PageView(tab_title(QUESTIONS_TAB))
        self.rows_host = TopicQuestions(content, user)
        self.rows_host.ticked.connect(self._ticked)
        self.rows_host.source_requested.connect(self.source_requested)

        self.panel = MySheetPanel(content, user)
        self.panel.changed.connect(self.rows_host.sync_ticks)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names a file the user chose
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
        self.buttons = SheetButtons(user, self.sheet, lambda: self.letterhead, self.status.setText)
        self.buttons.cleared.connect(self.reload)
        right_layout.addWidget(self.buttons)  # in sight whatever is scrolled, if there is room
        self.sheet_side = right
        self._column_layout = column_layout

        self.switch, self.box = two_panes(self, self.list_page, right)  # or one, when cramped
        self.panel.counted.connect(self.switch.count)
        self.switch.count(self.panel.list.count())

    @property
    def rows(self) -> dict[str, QuestionRow]:
        return self.rows_host.rows

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
        self._pin_buttons(size.height() >= PIN_LINES * self.fontMetrics().lineSpacing())

    def buttons_pinned(self) -> bool:
        return self.buttons.parentWidget() is self.sheet_side

    def _pin_buttons(self, pinned: bool) -> None:
        """Below My sheet's column when the tab is tall; at the end of the column when it is
        short, so My sheet keeps the height."""
        if pinned == self.buttons_pinned():
            return
        self.buttons.parentWidget().layout().removeWidget(self.buttons)
        if pinned:
            self.sheet_side.layout().addWidget(self.buttons)
        else:
            self._column_layout.addWidget(self.buttons)
        self.buttons.show()

    def set_topic(self, slug: str, css: str = "") -> None:
        """``css``: the page's stylesheet, for the text under each "Why ask this?"."""
        self.slug = slug
        self.panel.topic_slug = slug
        self.rows_host.show_topic(slug, css)
        if self.rows_host.parent() is not self.list_page.column:  # on its own, not in a topic's tab
            self.list_page.add_widget(self.rows_host, keep=True)
            self.list_page.finish()

    def _ticked(self, question_id: str, on: bool) -> None:
        self.panel.reload_list(keep=("question", question_id) if on else None)

    def reload(self) -> None:
        """Show what the user database holds now (after a clear, or another window)."""
        self.panel.reload()
        self.buttons.reload()
        self.rows_host.sync_ticks()

    def lock_down(self) -> None:
        """A kiosk: no file dialog, no print dialog (it can print to a file); Finish prints."""
        self.buttons.lock_down()

    def sheet(self) -> Sheet:
        return sheet_to_print(self.content, self.user, self.letterhead, self.font().pointSizeF())
