""""Install content update…": the same checks as ``patient-viewer install-pack``, from the window.

Marked ``OPENS_A_DIALOG``, so kiosk mode hides it (viewer/ui/clinic/kiosk.py):
on a waiting-room computer only staff install content, with the command line. The new
content is used from the next start.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from viewer.packs.locations import system_content_dir, user_content_dir  # folder names only
from viewer.ui import deferred
from viewer.ui.window.action_flags import OPENS_A_DIALOG, new_action

TITLE = QT_TRANSLATE_NOOP("installUpdate", "Install content update")
translate = QCoreApplication.translate


def can_write(folder: Path) -> bool:
    """True if this user could make or write ``folder``: its nearest existing part is a
    folder they may write in. Looks only: nothing is made at start-up."""
    for part in (folder, *folder.parents):
        if part.exists():
            return part.is_dir() and os.access(part, os.W_OK | os.X_OK)
    return False


def someone_can_install() -> bool:
    """A pack can be installed here: for this user, or for everyone (staff, as root)."""
    return can_write(user_content_dir()) or can_write(system_content_dir())


def add_install_action(window: QWidget, menu: QMenu, clinic_keys: Sequence[str]) -> QAction | None:
    """The menu entry, only where a pack could be installed; else None (and no entry).
    ``clinic_keys``: the clinic settings' ``trusted_keys``."""
    if not someone_can_install():
        return None
    action = new_action(translate("installUpdate", "Install content update…"), window)
    action.setProperty(OPENS_A_DIALOG, True)
    action.triggered.connect(lambda: deferred.install_dialog().install_from_dialog(window, clinic_keys))
    menu.addAction(action)
    return action
