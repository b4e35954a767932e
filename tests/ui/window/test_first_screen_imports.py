"""The first screen imports and makes only what it shows (issue: start-up that does not grow).

A fresh process starts the app through its command line, as a patient does, and lists
what was imported and which Qt classes Python made by the time the window first painted.
Each entry below was once on that path or could slip onto it, and none of it is shown on
the first screen. The Qt classes are those PySide6 makes only when our code names them
(it makes every widget and event class by itself, the first time it hands one to Python).
"""

from __future__ import annotations

import ast

from tests.ui_helpers import run_probe

FIRST_PAINT = """
import linecache, sys
import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import viewer.ui.window.app as window_app
from viewer.cli import main

class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            made = [n for m in (core, gui, widgets) for n in QT_NOT_MADE if n in vars(m)]
            read = [f for f in linecache.cache if "viewer" in f]  # sources read (by PySide)
            print(repr({"modules": sorted(sys.modules), "qt": made, "read": read}))  # no json
            QTimer.singleShot(0, QApplication.instance().quit)
            self.deleteLater()
        return False

QT_NOT_MADE = %r
spy = Spy()
start = window_app.start
def watched(*args, **kwargs):
    window = start(*args, **kwargs)
    window.installEventFilter(spy)
    return window
window_app.start = watched
main(["--database", sys.argv[1]])
"""

# QLCDNumber stands for every widget class: PySide makes them all at once when Python is
# handed a widget of a class it cannot tell (a viewport Qt made, an app-wide filter's object).
# QIcon is made by ``QAction(text, parent)`` (see action_flags.new_action); QAccessible by
# the screen reader's nodes, which wait for the first frame (safe_text).
QT_NOT_MADE = ("QStyle", "QUrl", "QPdfWriter", "QLCDNumber", "QMessageBox", "QFileDialog", "QIcon",
               "QAccessible")

NOT_ON_THE_FIRST_SCREEN = (
    "viewer.sheet", "viewer.ui.questions", "viewer.builder", "viewer.review", "viewer.devtools",
    "viewer.packs.keys", "viewer.packs.verify", "viewer.packs.install", "viewer.cli.pack_commands",
    "viewer.cli.parsers",
    "viewer.ui.pages.search", "viewer.ui.pages.glossary_page", "viewer.ui.pages.sources_page",
    "viewer.ui.pages.source_view", "viewer.ui.pages.evidence", "viewer.ui.pages.ladder",
    "viewer.ui.clinic", "viewer.ui.text.html_list", "PySide6.QtPrintSupport", "cryptography",
    "sqlite_utils", "json", "html", "importlib.resources", "tomllib",
    "viewer.ui.reading.page_text", "viewer.ui.window.message_boxes", "viewer.ui.window.install_dialog",
    "logging.handlers", "dataclasses", "encodings.unicode_escape",
    "viewer.ui.text.accessible_text", "viewer.ui.text.accessible_controls",
)


def test_the_first_paint_imports_and_makes_nothing_the_first_screen_does_not_show(small_db, tmp_path):
    out = run_probe(FIRST_PAINT % (QT_NOT_MADE,), tmp_path, small_db)
    seen = ast.literal_eval(next(x for x in out.splitlines() if x.startswith("{")))
    loaded = [m for m in seen["modules"]
              if any(m == name or m.startswith(name + ".") for name in NOT_ON_THE_FIRST_SCREEN)]
    assert loaded == []
    assert seen["qt"] == []
    assert seen["read"] == []  # PySide was told the app's modules (ui/feature_scan.py)
    assert "viewer.ui.window.main_window" in seen["modules"]  # the probe saw the real window
