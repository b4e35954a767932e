"""What of a page is read, in the order it is shown: every text block's sentences
(headings included) and every label's (the questions), each with the means to highlight
itself and bring itself into view."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QLayout, QScrollArea, QTextEdit, QWidget

from viewer.plain_records import Record
from viewer.ui import deferred
from viewer.ui.text.safe_text import SafeText

# Qt's raw text marks paragraphs, frames (the key points box) and objects with characters
# of their own; each is read as the end of a line, which keeps every position as it is.
_BREAKS = str.maketrans({c: "\n" for c in "\u2028\u2029\ufdd0\ufdd1\ufffc"})


_MARK = re.compile(r"\.mark\s*\{([^}]*)\}")


def mark_colours(css: str) -> tuple[QColor, QColor]:
    """The page theme's marker colours (``.mark``, as the source panel marks a quote): the
    sentence being read looks like a highlighted passage, in both themes."""
    rule = _MARK.search(css)
    background = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", rule[1]) if rule else None
    colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", rule[1]) if rule else None
    return (QColor(background[1] if background else "#ffe680"), QColor(colour[1] if colour else "#000000"))


class Part(Record, frozen=True):
    """One sentence of a page, in the widget that shows it."""

    widget: QWidget
    start: int
    end: int
    words: str

    def show(self, on: bool, page: QScrollArea) -> None:
        if isinstance(self.widget, QTextEdit):
            self._mark_text(self.widget, on, page)
        elif on:
            background, colour = mark_colours(_page_css(page))
            self.widget.setStyleSheet(f"background: {background.name()}; color: {colour.name()};")
            page.ensureWidgetVisible(self.widget, 20, 40)
        else:
            self.widget.setStyleSheet("")

    def _mark_text(self, text: QTextEdit, on: bool, page: QScrollArea) -> None:
        if not on:
            text.setExtraSelections([])
            return
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(text.document())
        mark.cursor.setPosition(self.start)
        mark.cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
        mark.format = QTextCharFormat()
        background, colour = mark_colours(text.document().defaultStyleSheet())
        mark.format.setBackground(background)
        mark.format.setForeground(colour)
        text.setExtraSelections([mark])
        at = QTextCursor(text.document())
        at.setPosition(self.start)
        rect = text.cursorRect(at)
        if page is text:  # a text view that scrolls itself
            if not text.viewport().rect().contains(rect):
                text.verticalScrollBar().setValue(text.verticalScrollBar().value() + rect.top() - 20)
            return
        point = text.viewport().mapTo(page.widget(), rect.center())
        page.ensureVisible(point.x(), point.y(), 20, max(60, rect.height() * 3))


def page_parts(page: QAbstractScrollArea) -> list[Part]:
    """Every sentence shown on ``page``, top to bottom (a text view alone: its own text)."""
    parts: list[Part] = []
    if isinstance(page, SafeText):
        return _text_parts(page)
    content = page.widget()
    if content is not None and content.layout() is not None:
        _walk(content.layout(), page, parts)
    return parts


def _walk(layout: QLayout, page: QWidget, parts: list[Part]) -> None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.layout() is not None:
            _walk(item.layout(), page, parts)
        widget = item.widget()
        if widget is None or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, SafeText):
            parts += _text_parts(widget)
        elif isinstance(widget, QLabel):
            text = widget.text()
            if "<" in text:
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            parts += [Part(widget, 0, len(text), s.words) for s in deferred.sentences().split(text)]
        elif widget.layout() is not None:
            _walk(widget.layout(), page, parts)


def _text_parts(text: SafeText) -> list[Part]:
    """The sentences of a text view, less the "On this page" list: its entries are links to
    the subheadings, each read where it stands."""
    raw = text.document().toRawText().translate(_BREAKS)
    contents = QCoreApplication.translate("page", "On this page")
    return [Part(text, s.start, s.end, s.words) for s in deferred.sentences().split(raw)
            if s.words != contents and not _in_page_link(text, s.start)]


def _in_page_link(text: SafeText, position: int) -> bool:
    at = QTextCursor(text.document())
    at.setPosition(position + 1)  # the format of the character after the position
    return at.charFormat().anchorHref().startswith("#")


def _page_css(page: QScrollArea) -> str:
    """The page theme's stylesheet, as its text blocks carry it."""
    block = page.findChild(SafeText)
    return block.document().defaultStyleSheet() if block is not None else ""
