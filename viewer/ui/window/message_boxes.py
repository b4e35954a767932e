"""The app's message boxes: a plain-text box, a notice that does not stop the app, and the
one that says the information pages could not be opened. Loaded when one is first wanted (most starts have
none to show)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from viewer.errors import printable
from viewer.ui.window.header import app_title


def plain_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A box with an OK button whose text is shown as the characters it is: it names files and
    quotes why a pack was refused (a name like ``<b>x.pvpack`` is not markup), control
    characters escaped."""
    box = QMessageBox(icon, title, printable(text, keep_newlines=True), QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(window: QMainWindow, text: str) -> QMessageBox:
    """Say something in a box that does not stop the app (and in the status bar)."""
    window.statusBar().showMessage(text.split("\n\n")[0], 15000)
    box = plain_box(window, QMessageBox.Icon.Information, app_title(), text)
    box.setObjectName("notice")
    box.open()
    return box


def cannot_open(text: str) -> None:
    """The content would not open: said before any window is shown, and waited on."""
    QMessageBox.critical(None, app_title(), text)
