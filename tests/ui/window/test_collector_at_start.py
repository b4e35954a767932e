"""The cycle collector is paused while the app starts and on again once the window has
painted, with what start-up made set aside; every other command runs with it on."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QWidget

from tests.ui_helpers import run_probe
from viewer import cli
from viewer.ui.window import app

LAUNCH = """
import gc, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import viewer.cli as cli
import viewer.cli.app_commands as commands

run = commands.run

class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("paint")
            watched.removeEventFilter(self)
        return False

def watched(args, clinic):
    import viewer.ui.window.app as window_app
    start, collect = window_app.start, window_app.collect_from_now_on

    def start_watched(*a, **k):
        print("while starting", gc.isenabled())
        window = start(*a, **k)
        window.installEventFilter(paints)
        QTimer.singleShot(500, QApplication.quit)
        return window

    def collect_watched():
        was = gc.isenabled()
        collect()
        print("collector on", was, gc.isenabled(), gc.get_freeze_count() > 0)

    window_app.start, window_app.collect_from_now_on = start_watched, collect_watched
    return run(args, clinic)

paints = Paints()
commands.run = watched
code = cli.main(["--database", sys.argv[1]])
print("after the app", gc.isenabled(), code)
"""


def test_paused_while_the_window_is_made_and_on_after_its_first_frame(small_db, tmp_path):
    said = run_probe(LAUNCH, tmp_path, small_db).splitlines()
    assert said[:3] == ["while starting False", "paint", "collector on False True True"]
    assert said[3:] == ["after the app True 0"]


def test_a_window_that_never_paints_still_turns_the_collector_on(qtbot):
    hidden = QWidget()  # never shown, so never painted
    qtbot.addWidget(hidden)
    called: list[str] = []
    app._after_first_frame(hidden, lambda: called.append("on"))
    qtbot.waitUntil(lambda: called == ["on"], timeout=4000)


def test_other_commands_run_with_the_collector_on(qapp, small_db, tmp_path, monkeypatch):
    during: list[bool] = []
    from viewer.cli import app_commands

    write = app_commands.sheet

    def sheet(args, clinic):
        during.append(gc.isenabled())
        return write(args, clinic)

    monkeypatch.setattr(app_commands, "sheet", sheet)
    out = tmp_path / "sheet.pdf"
    assert cli.main(["--database", str(small_db), "sheet", "--topic", "topic-1",
                     "--out", str(out)]) == 0
    assert during == [True] and out.is_file() and gc.isenabled()
