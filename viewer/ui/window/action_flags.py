"""Menu actions: how one is made, and the flags it carries as a Qt property, for policies
that must not hang on its text.

A renamed or translated entry keeps its flag: kiosk mode hides every action with
``OPENS_A_DIALOG`` set, whatever it is called.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

#: The action opens a file or system dialog (a way out of a kiosk).
OPENS_A_DIALOG = "opensADialog"


def opens_a_dialog(action: QAction) -> bool:
    return bool(action.property(OPENS_A_DIALOG))


def new_action(text: str, parent: QObject) -> QAction:
    """A menu action with its text. Not ``QAction(text, parent)``: PySide tells that call
    from the ``QAction(icon, text)`` overload by asking whether the text could be an icon,
    which makes its QIcon and QPixmap classes with all their enums (some 4 ms at start,
    for an app that shows no icon)."""
    action = QAction(parent)
    action.setText(text)
    return action
