"""Print preview that a reader can use: big enough to read, a toolbar with words, and a
Print button that is always in sight.

Qt's own preview opens small, at about a third of the page's size, with a toolbar of
icons only; on a small screen its Print icon hides behind the toolbar's overflow arrow.
Here the dialog takes most of the screen and shows the page at the width of the dialog,
the toolbar keeps only what a patient needs (with its names beside the icons), and a row
of plain buttons at the bottom holds Print… and Close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QToolBar, QWidget

SCREEN_SHARE = 0.9  # of the screen's free area the preview takes
# Qt's toolbar entries a patient does not need: page set-up, orientation, layouts, first
# and last page (the sheet is a page or two). Matched by the action's object name or text.
HIDDEN = ("portrait", "landscape", "first page", "last page", "single page", "facing pages",
          "overview", "page setup")
translate = QCoreApplication.translate


def _print_action(toolbar: QToolBar) -> QAction | None:
    return next((a for a in toolbar.actions() if a.text().replace("&", "").lower() == "print"),
                None)


def prepare_preview(dialog: QPrintPreviewDialog, over: QWidget) -> QPushButton:
    """Size, toolbar and buttons for ``dialog``; returns its Print… button."""
    toolbar = dialog.findChild(QToolBar)
    print_action = None
    if toolbar is not None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setAccessibleName(translate("preview", "Print preview tools"))
        print_action = _print_action(toolbar)
        for action in toolbar.actions():
            name = action.text().replace("&", "").lower()
            if any(word in name for word in HIDDEN):
                action.setVisible(False)
    buttons = QDialogButtonBox()
    buttons.setContentsMargins(12, 8, 12, 12)
    print_button = buttons.addButton(translate("preview", "Print\u2026"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
    print_button.setAccessibleName(translate("preview", "Print my question sheet"))
    print_button.setDefault(True)
    close_button = buttons.addButton(translate("preview", "Close"),
                                     QDialogButtonBox.ButtonRole.RejectRole)
    close_button.setAccessibleName(translate("preview", "Close the print preview"))
    if print_action is not None:
        print_button.clicked.connect(print_action.trigger)
    close_button.clicked.connect(dialog.reject)
    dialog.layout().addWidget(buttons)
    screen = over.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    dialog.resize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    fit_width = next((a for a in toolbar.actions()
                      if a.text().replace("&", "").lower() == "fit width"), None) if toolbar else None
    preview = dialog.findChild(QPrintPreviewWidget)
    if fit_width is not None:  # the page as wide as the dialog (and the toolbar says so)
        fit_width.trigger()
        QTimer.singleShot(0, fit_width.trigger)  # again once the dialog has its size
    elif preview is not None:
        QTimer.singleShot(0, preview.fitToWidth)
    return print_button
