"""Enter presses the button that has the keyboard, as Space does (Qt's buttons take only
Space outside dialogs); Enter in the search box searches at once; ``attach`` wires these,
Back and Forward (history.py) and the page text's nodes for a screen reader to a window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication

from viewer.ui.first_frame import AfterFrame
from viewer.ui.text.safe_text import install_screen_reader_nodes
from viewer.ui.window.action_flags import new_action
from viewer.ui.window.history import History

if TYPE_CHECKING:
    from viewer.ui.window.history import Ways

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


def _after_first_frame(*watchers: QObject) -> None:
    """Once the window's first frame is drawn: every event of the app to ``watchers``, and
    the page text's nodes for a screen reader (Tab onto a link is spoken through them). A
    Python filter on the whole app makes Python wrap every object an event goes to, and the
    first object of a class PySide has not made yet (Qt's own window class) makes it make every
    class of its module, which the first frame need not wait for."""
    for watcher in watchers:
        QApplication.instance().installEventFilter(watcher)
    install_screen_reader_nodes()


def attach(ways: Ways) -> History:
    """The window's keyboard and mouse ways about: Back and Forward, Enter on its buttons and
    in its search box. Made once the window shows its first view: nothing is behind it."""
    window = ways.window
    history = History(ways)
    watchers = (EnterPresses(window), history)
    AfterFrame(window, lambda: _after_first_frame(*watchers))
    ways.header.search_box.submitted.connect(ways.search.submit)
    translate = QCoreApplication.translate
    for text, keys, slot in ((translate("actions", "Back"), QKeySequence.StandardKey.Back, history.back),
                             (translate("actions", "Forward"), QKeySequence.StandardKey.Forward,
                              history.forward)):
        action = new_action(text, window)
        unique = {s.toString(): s for s in (QKeySequence(keys), QKeySequence(
            "Alt+Left" if slot == history.back else "Alt+Right")) if not s.isEmpty()}
        action.setShortcuts(list(unique.values()))  # the standard key is often the same
        action.triggered.connect(slot)
        window.addAction(action)
    return history
