"""The search box in the header: it says when to search; the results page does the rest.

Kept apart from the results page so that start-up does not import the search itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DELAY_MS = 150


class SearchBox(QLineEdit):
    """Emits ``query`` a moment after typing stops, and ``cancelled`` on Esc."""

    query = Signal(str)
    cancelled = Signal()
    go_down = Signal()
    submitted = Signal(str)  # Enter: search now, whatever the wait, and go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setPlaceholderText(translate("searchBox", "Search topics, questions, words and articles  "
                                                       "(Ctrl+F)"))
        self.setAccessibleName(translate("searchBox", "Search"))
        self.setAccessibleDescription(translate("searchBox", "Results appear as you type. Press Down "
                                                             "to reach them."))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(lambda: self.query.emit(self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        self._timer.stop()
        self.submitted.emit(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cancelled.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        super().keyPressEvent(event)
