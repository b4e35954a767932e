"""A list whose rows are a bold title over a muted line or two, drawn as plain text.

The topic list is on the first screen, and a list asks for its rows' size hints many
times while the window first takes its shape. As rich text (``html_list``) each hint
would parse the row's HTML and lay out a text document; these rows are laid out once
per width and font with ``QTextLayout`` and drawn with the same layout.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from viewer.ui.text.rich import plain_tip, shown_plain

KEY_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
PAD = 12  # around the text, as the rich-text rows had
LINE_HEIGHT = 1.25  # the pages' line height, for readers who lose their place
_MUTED = re.compile(r"\.muted\s*\{[^}]*?color:\s*(#[0-9a-fA-F]{3,8})")


def muted_colour(css: str) -> str:
    """The colour the page stylesheet gives ``.muted`` text: one source for both."""
    found = _MUTED.search(css)
    return found.group(1) if found else "#5b6168"


class _Block:
    """One paragraph laid out at a width: its lines' positions, and its height."""

    def __init__(self, text: str, font: QFont, width: float) -> None:
        self.layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y + line.height() * (LINE_HEIGHT - 1) / 2))
            y += line.height() * LINE_HEIGHT
        self.layout.endLayout()
        self.height = y


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, view: TwoLineList) -> None:
        super().__init__(view)
        self.view = view
        self._laid_out: dict[tuple, tuple[_Block, _Block]] = {}

    def _blocks(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int) -> tuple[_Block, _Block]:
        title, summary = index.data(TITLE_ROLE) or "", index.data(SUMMARY_ROLE) or ""
        font = QFont(option.font)
        key = (title, summary, width, font.key())
        if key not in self._laid_out:
            if len(self._laid_out) > 256:  # many widths, from resizing: start again
                self._laid_out.clear()
            bold = QFont(font)
            bold.setBold(True)
            text_width = max(50, width - 2 * PAD)
            self._laid_out[key] = (_Block(title, bold, text_width), _Block(summary, font, text_width))
        return self._laid_out[key]

    def forget(self) -> None:
        self._laid_out.clear()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.viewport().width() - 4
        title, summary = self._blocks(option, index, width)
        below = summary.height if self.view.summaries else 0.0
        return QSize(width, int(title.height + below + 0.999) + 2 * PAD)

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The row's frame, background and focus as the style draws them, without its text:
        ``paint`` writes the text itself."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # the style draws the frame; naming QStyle in Python would make its enums at start
        super().paint(painter, option, index)
        selected = self.view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = option.palette.color(role)
        title, summary = self._blocks(option, index, option.rect.width())
        left, top = option.rect.left() + PAD, option.rect.top() + PAD
        painter.save()
        painter.setPen(ink)
        title.layout.draw(painter, QPointF(left, top))
        painter.setPen(ink if selected else QColor(self.view.muted))
        if self.view.summaries:
            summary.layout.draw(painter, QPointF(left, top + title.height))
        painter.restore()


def fit_rows(view: QListWidget) -> None:
    """Rows of their own heights, wrapped to the list's width, scrolled by the pixel."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setSpacing(2)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class TwoLineList(QListWidget):
    """Rows of (title, summary, key); ``set_css`` takes the page stylesheet's muted colour."""

    def __init__(self, name: str, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here: the one Qt makes, the first time Python is handed it, has
        # PySide make every widget class it knows (tests/ui/window/test_first_screen_imports.py)
        self.setViewport(QWidget(self))
        self.muted = muted_colour(css)
        self.setAccessibleName(name)
        self.verticalScrollBar().setAccessibleName(
            QCoreApplication.translate("page", "Scroll {area}").format(area=name))
        self.delegate = TwoLineDelegate(self)
        self.setItemDelegate(self.delegate)
        self.least_width = 0
        self.summaries = True  # the muted lines under the titles; off when they crowd the list out
        self._fitting = False
        fit_rows(self)

    def add(self, title: str, summary: str, key: str) -> QListWidgetItem:
        """A row; a screen reader says "title. summary"."""
        item = QListWidgetItem()
        title, summary = shown_plain(title), shown_plain(summary)
        spoken = f"{title}. {summary}"
        item.setData(TITLE_ROLE, title)
        item.setData(SUMMARY_ROLE, summary)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setData(Qt.ItemDataRole.DisplayRole, spoken)
        item.setData(KEY_ROLE, key)
        item.setToolTip(plain_tip(summary))
        self.addItem(item)
        return item

    def longest_word(self) -> int:
        """The width of the widest word of any row, in bold for a title: the rows wrap
        between words only, so the list is never narrower than this."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = (QFontMetrics(bold), self.fontMetrics())
        widest = 0
        for row in range(self.count()):
            item = self.item(row)
            for font, role in zip(metrics, (TITLE_ROLE, SUMMARY_ROLE), strict=True):
                for word in (item.data(role) or "").split():
                    widest = max(widest, font.horizontalAdvance(word))
        return widest

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        frame = self.width() - self.viewport().width() if self.isVisible() else 2 * self.frameWidth() + 12
        least = self.longest_word() + 2 * PAD + bar + frame + 8
        return QSize(max(hint.width(), least, self.least_width), hint.height())

    def fit_summaries(self) -> None:
        """Titles only where the summaries would leave fewer than half the rows in sight
        (large text, a short window): every topic, the glossary and the sources stay
        within reach. The summaries are still spoken and shown as each row's tip."""
        rows = self.count()
        if not rows or not self.isVisible() or self._fitting:
            return
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()  # (initFrom leaves the item font at the application's)
        # the width with the scroll bar shown, whether it is or not: the answer must not
        # depend on the bar it makes appear or go
        width = (self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
                 - 4)
        heights = []
        for row in range(rows):
            title, summary = self.delegate._blocks(option, self.model().index(row, 0), width)
            heights.append(title.height + summary.height + 2 * PAD + 2 * self.spacing())
        room, shown = float(self.viewport().height()), 0
        for height in heights:
            if room < height:
                break
            room -= height
            shown += 1
        wanted = shown * 2 >= rows
        if wanted != self.summaries:
            self.summaries = wanted
            self._fitting = True
            try:
                self.doItemsLayout()
                self.viewport().update()
            finally:
                self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_summaries()

    def set_css(self, css: str) -> None:
        self.muted = muted_colour(css)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.forget()
            self.doItemsLayout()
            self.updateGeometry()
            self.fit_summaries()
