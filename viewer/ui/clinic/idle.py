"""The idle reset: after a quiet spell, ask "Are you still reading?", then clear.

One event filter on the whole application sees every key, click, touch, wheel and
mouse move, so no widget can keep the session alive by swallowing input. The times
are in milliseconds so tests can make them short.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from viewer.ui.clinic.notice import FullWindowNotice

GRACE_MS = 30_000
TITLE = QT_TRANSLATE_NOOP("idle", "Are you still reading?")
BUTTON = QT_TRANSLATE_NOOP("idle", "I’m still here")
translate = QCoreApplication.translate

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
            QEvent.Type.TabletPress}
# a mouse nudged by a passer-by must not keep the last person's questions: only these
# answer the notice
ANSWERS = ACTIVITY - {QEvent.Type.MouseMove}


def body_text(seconds: int) -> str:
    return translate("idle", "Your questions will be cleared in %n second(s)", "", seconds)


class IdleReset(QObject):
    """Shows the notice after ``idle_ms`` without input and calls ``clear`` ``grace_ms`` later
    unless someone answers it."""

    def __init__(self, window: QWidget, idle_ms: int, clear: Callable[[], None],
                 grace_ms: int = GRACE_MS) -> None:
        super().__init__(window)
        self.grace_ms = grace_ms
        self._clear = clear
        self.notice = FullWindowNotice(window, translate("idle", TITLE))
        self.notice.pressed.connect(self.still_here)
        self.idle = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle.timeout.connect(self.ask)
        self.grace = QTimer(self, singleShot=True, interval=grace_ms)
        self.grace.timeout.connect(self.expire)
        self.tick = QTimer(self, interval=250)
        self.tick.timeout.connect(self._update_count)
        QApplication.instance().installEventFilter(self)
        self.idle.start()

    @property
    def asking(self) -> bool:
        return self.notice.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in ACTIVITY:
            if self.asking:
                if kind in ANSWERS and watched is not self.notice.button:
                    self.still_here()
            else:
                self.idle.start()
        return False

    def ask(self) -> None:
        seconds = math.ceil(self.grace_ms / 1000)
        self.notice.show_notice(translate("idle", TITLE), body_text(seconds), translate("idle", BUTTON))
        self.grace.start()
        self.tick.start()

    def _update_count(self) -> None:
        left = max(1, math.ceil(self.grace.remainingTime() / 1000))
        self.notice.body.setText(body_text(left))

    def still_here(self) -> None:
        """Someone is there: keep everything and start counting again."""
        self._stop_asking()
        self.idle.start()

    def expire(self) -> None:
        self._stop_asking()
        self._clear()
        self.idle.start()

    def _stop_asking(self) -> None:
        self.grace.stop()
        self.tick.stop()
        self.notice.hide()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.idle.stop()
        self._stop_asking()
