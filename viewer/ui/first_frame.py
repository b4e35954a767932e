"""Work that waits for a widget's next frame to be drawn: what the first screen does not need.

A zero timer set when the paint event comes runs once the whole frame is drawn, so the
window is on the screen before the work starts. The app-wide key and mouse filters, the
cycle collector and the read-aloud check each wait for the first frame this way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFrame(QObject):
    """Runs ``then`` once, after the frame in which ``widget`` next paints; then goes."""

    def __init__(self, widget: QObject, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # a zero timer set now runs after the frame
        return False

    def _run(self) -> None:
        self.deleteLater()
        self.then()
