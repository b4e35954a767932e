"""A text browser that never loads anything from outside and never follows a link itself.

Every page of the app is shown in one of these. Links are handled by the app
(``link_activated``); ``loadResource`` refuses anything that is not already in
the document, so no image, font or style can come from the network.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)

from viewer.ui import deferred

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QUrl  # a type only: made at the first link or resource


def anchor_position(block: QTextBrowser, name: str) -> int | None:
    """Where in the block's text the anchor ``name`` stands, or None."""
    text_block = block.document().begin()
    while text_block.isValid():
        it = text_block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if name in fragment.charFormat().anchorNames():
                return fragment.position()
            it += 1
        text_block = text_block.next()
    return None


_STEP = QAbstractSlider.SliderAction
_SCROLL_KEYS = {Qt.Key.Key_Up: _STEP.SliderSingleStepSub, Qt.Key.Key_Down: _STEP.SliderSingleStepAdd,
                Qt.Key.Key_PageUp: _STEP.SliderPageStepSub, Qt.Key.Key_PageDown: _STEP.SliderPageStepAdd,
                Qt.Key.Key_Space: _STEP.SliderPageStepAdd, Qt.Key.Key_Home: _STEP.SliderToMinimum,
                Qt.Key.Key_End: _STEP.SliderToMaximum}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_RING = re.compile(r"\.focusring\s*\{\s*color:\s*(#[0-9a-fA-F]{6})")


def install_screen_reader_nodes() -> None:
    """Page text as a document of headings, paragraphs and links for a screen reader
    (ui/text/accessible_text.py). Called once the window's first frame is drawn: Qt's
    accessibility classes are large to make in Python and the first frame does not need
    them; any node Qt made for the text before is made again (``accessible_text.install``)."""
    deferred.accessible_text().install(SafeText)


class SafeText(QTextBrowser):
    link_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.refused: list[str] = []  # what a page tried to load, for tests
        self.ring_colour = QColor("#1f6feb")  # set by each page's stylesheet (.focusring)
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        # what a screen reader calls a link: (href, words shown) -> (name, description)
        self.link_namer: Callable[[str, str], tuple[str, str]] | None = None

    def link_names(self, href: str, shown: str) -> tuple[str, str]:
        """A link's name and description for a screen reader."""
        if self.link_namer is not None:
            return self.link_namer(href, shown)
        return shown, ""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt name)
        """Refuse every outside resource: web, file or otherwise.

        The document asks here only for what it does not already hold, and the
        app puts nothing in a page that needs loading, so the answer is always no.
        """
        self.refused.append(url.toString())
        return None

    def set_page(self, html: str, css: str) -> None:
        self.document().setDefaultStyleSheet(css)
        found = _RING.search(css)
        self.ring_colour = QColor(found[1]) if found else QColor("#1f6feb")
        self.setHtml(html)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The text, then a ring round the link the keyboard is on: 3 px in the theme's focus
        colour (Qt's own mark is a 1-px dotted line)."""
        super().paintEvent(event)
        area = self.focused_link_area()
        if area is not None:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.ring_colour, 3))
            painter.drawRoundedRect(area.adjusted(-3, -1, 3, 1), 3, 3)
            painter.end()

    def focused_link_area(self) -> QRect | None:
        """Where the link under the keyboard is drawn, in the viewport; None if none is."""
        cursor = self.textCursor()
        if not self.hasFocus() or not cursor.hasSelection():
            return None
        probe = self.textCursor()
        probe.setPosition(cursor.selectionStart() + 1)
        if not probe.charFormat().anchorHref():
            return None
        probe.setPosition(cursor.selectionStart())
        start = self.cursorRect(probe)
        probe.setPosition(cursor.selectionEnd())
        end = self.cursorRect(probe)
        if start.top() == end.top():  # on one line: from its first letter to its last
            return QRect(start.topLeft(), end.bottomRight())
        return start.united(end).adjusted(-start.left(), 0, self.viewport().width() - end.right(), 0)


class TextBlock(SafeText):
    """A part of a page that is as tall as its text; the page around it scrolls."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_: object) -> None:
        if self.width() < 10 * self.fontMetrics().averageCharWidth():
            # a width only the window's first layout passes give, on the way to its own: the
            # whole text laid out a few words a line is most of a launch's text layout
            return
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(height)
        # The text edit sets its own scroll range from the height it had before this one is
        # applied; a block as tall as its text has nothing to scroll (the page does it).
        self.verticalScrollBar().setRange(0, 0)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt name)
        moved = super().focusNextPrevChild(forward)
        if moved and self.hasFocus():
            self._show_cursor()
            deferred.accessible_text().link_focused(self)
        return moved

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """The keys that scroll scroll the page around the block (the block has no scrolling
        of its own: without this they did nothing while the keyboard was in the text)."""
        action = _SCROLL_KEYS.get(event.key())
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            action, plain_keys = _STEP.SliderPageStepSub, True
        else:
            plain_keys = event.modifiers() in _PLAIN
        area = self._page()
        if action is not None and plain_keys and area is not None:
            area.verticalScrollBar().triggerAction(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def _page(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _show_cursor(self) -> None:
        """Keep the link that has keyboard focus in view of the page that scrolls."""
        parent = self._page()
        if parent is None:
            return
        rect = self.cursorRect(self.textCursor())
        point = self.viewport().mapTo(parent.widget(), rect.center())
        parent.ensureVisible(point.x(), point.y(), 40, max(60, rect.height() * 3))
