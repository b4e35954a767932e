"""A topic's questions in their groups, each a row with its tick box, "Why ask this?" and
source links; ticking one chooses it for My sheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.questions.my_sheet import heading
from viewer.ui.questions.question_row import QuestionRow
from viewer.ui.text.labels import question_group

translate = QCoreApplication.translate


class TopicQuestions(QWidget):
    source_requested = Signal(object)  # Citation: open the source at this quote
    ticked = Signal(str, bool)  # question id, chosen now: the user database has it already

    def __init__(self, content: ContentStore, user: UserStore) -> None:
        super().__init__()
        self.content = content
        self.user = user
        self.rows: dict[str, QuestionRow] = {}
        self._sources = content.source_index()  # read per cited source, not all at once
        self.setAccessibleName(translate("questions", "Questions for this topic"))
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def show_topic(self, slug: str, css: str = "") -> None:
        layout = self.layout()
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
            row = QuestionRow(question, titles, self.user.is_chosen(question.id), css)
            # Tab goes from box to box past the group titles: a screen reader says the group
            # after each question (the titles are headings for one that jumps by heading)
            row.box.setAccessibleDescription(question_group(group))
            row.ticked.connect(self._ticked)
            row.source_clicked.connect(self.source_requested)
            self.rows[question.id] = row
            layout.addWidget(row)
        for i in range(layout.count()):  # shown now, not on the next event: the host may be visible
            if layout.itemAt(i).widget() is not None:
                layout.itemAt(i).widget().show()

    def _ticked(self, question_id: str, on: bool) -> None:
        if on:
            self.user.choose(question_id)
        else:
            self.user.unchoose(question_id)
        self.ticked.emit(question_id, on)

    def sync_ticks(self) -> None:
        chosen = set(self.user.chosen_ids())
        for qid, row in self.rows.items():
            row.set_checked(qid in chosen)
