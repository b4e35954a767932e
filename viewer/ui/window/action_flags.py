"""Flags a menu action carries as a Qt property, for policies that must not hang on its text.

A renamed or translated entry keeps its flag: kiosk mode hides every action with
``OPENS_A_DIALOG`` set, whatever it is called.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

#: The action opens a file or system dialog (a way out of a kiosk).
OPENS_A_DIALOG = "opensADialog"


def opens_a_dialog(action: QAction) -> bool:
    return bool(action.property(OPENS_A_DIALOG))
