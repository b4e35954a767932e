"""The cycle collector is paused while the app starts and on again once the window has
painted, with what start-up made set aside; every other command runs with it on."""

from __future__ import annotations

import gc

from tests.ui_helpers import run_probe
from viewer import cli

LAUNCH = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import viewer.cli as cli

run = cli.cmd_run

def watched(args):
    import viewer.ui.window.app as window_app
    start = window_app.start

    def start_watched(*a, **k):
        print("while starting", gc.isenabled())
        window = start(*a, **k)
        def after_first_frame():
            print("after the first frame", gc.isenabled(), gc.get_freeze_count() > 0)
            QApplication.quit()
        QTimer.singleShot(300, after_first_frame)
        return window

    window_app.start = start_watched
    return run(args)

cli.cmd_run = watched
code = cli.main(["--database", sys.argv[1]])
print("after the app", gc.isenabled(), code)
"""


def test_paused_while_the_window_is_made_and_on_after_its_first_frame(small_db, tmp_path):
    out = run_probe(LAUNCH, small_db, tmp_path)
    assert out.splitlines() == ["while starting False", "after the first frame True True",
                                       "after the app True 0"]


def test_other_commands_run_with_the_collector_on(qapp, small_db, tmp_path, monkeypatch):
    during: list[bool] = []
    write = cli.cmd_sheet

    def sheet(args):
        during.append(gc.isenabled())
        return write(args)

    monkeypatch.setattr(cli, "cmd_sheet", sheet)
    out = tmp_path / "sheet.pdf"
    assert cli.main(["--database", str(small_db), "sheet", "--topic", "topic-1",
                     "--out", str(out)]) == 0
    assert during == [True] and out.is_file() and gc.isenabled()
