"""Enter presses the button that has the keyboard, as Space does (Qt's buttons take only
Space outside dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterPresses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton) \
                and event.key() in _ENTER and event.modifiers() in _PLAIN \
                and watched.hasFocus() and watched.isEnabled():
            watched.click()
            return True
        return False


class _FirstPaint(QObject):
    def __init__(self, widget: QObject, then: list[QObject]) -> None:
        super().__init__(widget)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            for watcher in self.then:
                QApplication.instance().installEventFilter(watcher)
            watched.removeEventFilter(self)
            self.deleteLater()
        return False


def watch_app_after_first_paint(window: QObject, *watchers: QObject) -> None:
    """Give every event of the app to ``watchers`` from the window's first paint on. A Python
    filter on the whole app makes Python wrap every object an event goes to (Qt's style and
    painting classes among them), which the first screen need not pay for."""
    window.installEventFilter(_FirstPaint(window, list(watchers)))
