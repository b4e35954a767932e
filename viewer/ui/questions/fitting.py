"""A list and a text box that are as tall as what they hold, so the column around them is
the only thing that scrolls (one scroll per view)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QListWidget, QSizePolicy, QTextEdit, QWidget

OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _no_scroll_bars(view: QAbstractScrollArea) -> None:
    view.setVerticalScrollBarPolicy(OFF)
    view.setHorizontalScrollBarPolicy(OFF)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class FitList(QListWidget):
    """A word-wrapped list showing every row: never a scroll bar of its own."""

    def __init__(self, min_rows: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_rows = min_rows
        _no_scroll_bars(self)
        self.setWordWrap(True)
        model = self.model()
        for changed in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            changed.connect(self.fit)
        self.fit()

    def fit(self, *_: object) -> None:
        self.doItemsLayout()
        rows = self.contentsSize().height() if self.count() else 0
        least = self.min_rows * (self.fontMetrics().lineSpacing() + 2 * self.spacing())
        frame = 2 * self.frameWidth() + self.contentsMargins().top() + self.contentsMargins().bottom()
        height = max(rows, least) + frame + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def updateGeometries(self) -> None:  # noqa: N802 (Qt name)
        """Every row is shown: there is nothing to scroll to, whatever is current."""
        super().updateGeometries()
        self.verticalScrollBar().setRange(0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


class FitTextEdit(QTextEdit):
    """Plain text that grows a line at a time as it is typed; at least ``min_lines`` tall."""

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        _no_scroll_bars(self)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self.fit)
        self.fit()

    def fit(self, *_: object) -> None:
        least = self.min_lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        margins = self.contentsMargins()
        height = math.ceil(max(self.document().size().height(), least)) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
