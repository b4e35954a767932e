"""Installing a content pack the user chose: the file dialog, the checks, and what happened,
said in a box (loaded when the menu entry is first chosen: ``install_update.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.errors import ViewerError
from viewer.packs.locations import user_content_dir
from viewer.ui import deferred
from viewer.ui.text.rich import human_date, month_year
from viewer.ui.window.install_update import TITLE
from viewer.ui.window.message_boxes import plain_box

translate = QCoreApplication.translate


def install_from_dialog(window: QWidget, clinic_keys: Sequence[str]) -> bool:
    """Ask for a .pvpack file and install it for this user; say what happened."""
    title = translate("installUpdate", TITLE)
    name, _ = QFileDialog.getOpenFileName(window, title, "",
                                          translate("installUpdate", "Content packs (*.pvpack)"))
    if not name:
        return False
    install, trust = deferred.pack_install()
    try:
        keys = trust.trusted_keys(list(clinic_keys))
        if not keys:
            raise ViewerError(translate("installUpdate", "{file}: no signing key is trusted on this "
                                        "computer; ask the person who looks after it to add one to "
                                        "the clinic settings").format(file=name))
        done = install.install_pack(Path(name), user_content_dir(), keys)
    except ViewerError as err:
        plain_box(window, QMessageBox.Icon.Warning, title, translate(
            "installUpdate", "The update was not installed. Nothing was changed.\n\n{problem}").format(
                problem=err)).exec()
        return False
    m = done.manifest
    plain_box(window, QMessageBox.Icon.Information, title, translate(
        "installUpdate", "Content update number {number} is installed (reviewed {reviewed}, facts "
                         "current to {current_to}). The app will show it the next time it starts.").format(
            number=m.sequence, reviewed=human_date(m.reviewed),
            current_to=month_year(m.facts_current_to))).exec()
    return True
