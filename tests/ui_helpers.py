"""Helpers for the window tests: find a link on screen, read what is highlighted."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser

from viewer.ui.pages.page import PageView
from viewer.ui.text.safe_text import TextBlock


def anchor_cursor(browser: QTextBrowser, prefix: str) -> QTextCursor | None:
    """A cursor on the first link whose address starts with ``prefix``."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith(prefix):
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return cursor
            it += 1
        block = block.next()
    return None


def find_link(page: PageView, prefix: str) -> tuple[TextBlock, QPoint]:
    """The text block holding a link and the point inside its viewport to click it."""
    QApplication.processEvents()
    for block in page.blocks():
        cursor = anchor_cursor(block, prefix)
        if cursor is not None:
            page.ensureWidgetVisible(block)
            rect = block.cursorRect(cursor)
            page.ensureVisible(*_centre(block, rect, page))
            QApplication.processEvents()
            return block, block.cursorRect(cursor).center()
    raise AssertionError(f"no link {prefix!r} on the page")


def _centre(block: TextBlock, rect, page: PageView) -> tuple[int, int, int, int]:
    point = block.viewport().mapTo(page.widget(), rect.center())
    return point.x(), point.y(), 50, 100


def highlighted_text(browser: QTextBrowser) -> str:
    """The text shown on a coloured background (the quote), joined."""
    parts = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background().style().value != 0:
                parts.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(parts)


def all_text(page: PageView) -> str:
    return "\n".join(block.toPlainText() for block in page.blocks())


def open_window(qtbot, database, settings_path=None):
    """The real main window on ``database``, shown; closed by qtbot at the end of the test."""
    from viewer import paths
    from viewer.store.content import ContentStore
    from viewer.store.user import UserStore
    from viewer.ui.first_frame import AfterFrame
    from viewer.ui.window.main_window import MainWindow

    content = ContentStore(database)
    user = UserStore(paths.user_database())
    window = MainWindow(content, user, settings_path=settings_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)
    # Enter on buttons and the mouse's Back and Forward come once the first frame is drawn
    qtbot.waitUntil(lambda: not window.findChildren(AfterFrame))
    return window


# The offscreen platform warns whenever a window's size limits change, and when a popup
# (a glossary definition) grabs the keyboard it does not have; that is not ours.
IGNORE_OFFSCREEN = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def run_probe(script: str, tmp_path, *args: object) -> str:
    """``script`` run with ``args`` in a fresh Python with the repository importable,
    offscreen, and a user folder of its own; its standard output. A failure shows its
    standard error."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen",
               PATIENT_VIEWER_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", script, *map(str, args)], env=env,
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return out.stdout


def own_questions(store):
    """The patient's own questions on a sheet, in its order."""
    return [store.own_question(int(e.ref)) for e in store.entries() if e.is_own]


def close_windows_in_english() -> None:
    """After a test that changed the language: every window closed, English installed again."""
    from viewer import translation
    from viewer.ui.window import app

    for window in list(app._windows):
        window.close()
    app._windows.clear()
    translation.install(translation.SOURCE_LANGUAGE)


def language_action(window, code: str):
    """View › Language › the entry for ``code``."""
    view = window.menuBar().actions()[0].menu()
    language = next(a.menu() for a in view.actions() if a.menu() is not None)
    return next(a for a in language.actions() if a.data() == code)


def focused():
    """The widget with the keyboard focus; a test fails if none has it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=None):
    """One key pressed where the focus is, as a person would; the focus after it."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(focused(), key, modifier or Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()
    return QApplication.focusWidget()
