"""One question of the Questions tab: its tick box, a "Why ask this?" that opens, its sources.

What opens is page text (a ``TextBlock``), as the rest of the page: a screen reader gets
its source links as links named "Source N: <title>", Tab onto each is heard, and the
keyboard's link gets the page's focus ring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from viewer.marks import plain
from viewer.store.models import Citation, Question
from viewer.ui.text.accessible_controls import mark_disclosure
from viewer.ui.text.rich import esc, shown_plain
from viewer.ui.text.safe_text import TextBlock


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
                 css: str = "", parent: QWidget | None = None) -> None:
        """``css``: the page's stylesheet, for the text that opens."""
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        text = shown_plain(plain(question.text))
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.box.setChecked(checked)
        self.box.toggled.connect(lambda on: self.ticked.emit(question.id, on))
        self.label = _ClickLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the database's words, as they are
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        top.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        layout.addLayout(top)

        self.why_button = mark_disclosure(QToolButton())
        self.why_button.setText(QCoreApplication.translate("questionRow", "Why ask this?"))
        # each of the tab's toggles named by its question, so a screen reader tells them apart
        self.why_button.setAccessibleName(QCoreApplication.translate("questionRow", "Why ask: {question}")
                                          .format(question=text))
        self.why_button.setCheckable(True)
        self.why_button.setArrowType(self._closed_arrow())
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setAutoRaise(True)
        self.why_button.toggled.connect(self._show_why)
        layout.addWidget(self.why_button)
        self.source_titles = source_titles
        self.why = TextBlock(self.why_button.accessibleName())  # the words it opens
        self.why.link_namer = self._link_name
        links = " ".join(f'<a href="{i}">[{i + 1}] {esc(self._title(c))}</a>'
                         for i, c in enumerate(question.citations))
        sources = ('<p class="muted"><small>' + QCoreApplication.translate("questionRow", "From: {sources}")
                   .format(sources=links) + "</small></p>" if links else "")
        why = esc(plain(question.why))
        self.why.set_page(f'<div style="margin-left: 24px;"><p>{why}</p>{sources}</div>', css)
        self.why.link_activated.connect(self._link)
        self.why.hide()
        layout.addWidget(self.why)

    def _title(self, citation: Citation) -> str:
        return self.source_titles.get(citation.source_id, citation.source_id)

    def _link_name(self, href: str, shown: str) -> tuple[str, str]:
        """A source link's name for a screen reader, "Source 1: <title>", and what it does."""
        if not href.isdigit() or int(href) >= len(self.question.citations):
            return shown, ""
        translate = QCoreApplication.translate
        name = translate("rich", "Source {number}: {title}").format(
            number=int(href) + 1, title=self._title(self.question.citations[int(href)]))
        return name, translate("page", "Opens the source at the words quoted")

    def _show_why(self, shown: bool) -> None:
        self.why.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else self._closed_arrow())

    def _closed_arrow(self) -> Qt.ArrowType:
        """Points the way the reader reads: right, or left in a right-to-left language."""
        return Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow

    def _link(self, href: str) -> None:
        citation: Citation = self.question.citations[int(href)]
        self.source_clicked.emit(citation)

    def set_checked(self, on: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)
