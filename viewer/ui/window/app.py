"""Start the desktop app: fonts, content, the user's sheet, the window; errors shown plainly."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import fonts, paths
from viewer.errors import DatabaseError
from viewer.store.open_or_rebuild import open_content
from viewer.store.user import UserStore
from viewer.ui.window.main_window import APP_TITLE, MainWindow
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE

DATABASE_HELP = ("The app could not open its information pages.\n\n{error}\n\n"
                 "Nothing of yours was changed. Please reinstall the app, or ask the person "
                 "who looks after this computer.")


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("patient-viewer")
    app.setApplicationDisplayName(APP_TITLE)
    app.setFont(fonts.text_font(DEFAULT_TEXT_SIZE))
    return app


def start(database: Path | None = None) -> MainWindow | None:
    """The window, shown; or None after telling the user why the content would not open."""
    try:
        opened = open_content(database)
    except DatabaseError as err:
        QMessageBox.critical(None, APP_TITLE, DATABASE_HELP.format(error=err))
        return None
    user = UserStore(paths.user_database())
    window = MainWindow(opened.store, user, origin=opened.origin)
    window.show()
    notices = [n for n in (opened.notice, user.notice) if n]
    if notices:
        window.statusBar().showMessage(notices[0], 15000)
        QMessageBox.information(window, APP_TITLE, "\n\n".join(notices))
    return window


def run(database: Path | None = None) -> int:
    app = application()
    window = start(database)
    if window is None:
        return 2
    return app.exec()
