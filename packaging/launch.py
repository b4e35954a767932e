"""Entry point of the standalone bundle: the same ``main`` as the ``patient-viewer`` command.

``PATIENT_VIEWER_FIRST_PAINT_SINCE=<time.time() at spawn>`` makes it print the seconds
from then to the window's first paint and quit: benchmarks/bundle_startup.py times the
bundle and the venv app through this one file, so both take the same path.
"""

from __future__ import annotations

import os
import sys

# A kiosk session or `env -i` may start the app with no locale at all. Qt then switches
# to C.UTF-8 itself, with a warning on every start; say so first, quietly.
if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"


def _report_first_paint(since: float) -> None:
    """Create the app's QApplication early (the app reuses it) and quit at the first paint."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                print(f"first paint {time.time() - since:.3f} s", flush=True)
                # a paint during start-up comes before the event loop runs, when quit() does
                # nothing: keep asking until the loop is there to hear it (exit, not quit:
                # in Qt 6 quit() goes through closing the windows, and did not end the loop here)
                self.quitter = QTimer(self, interval=50, timeout=lambda: QApplication.exit(0))
                self.quitter.start()
            return False

    app = QApplication(sys.argv[:1])
    app.first_paint = FirstPaint(app)  # kept alive with the app
    app.installEventFilter(app.first_paint)


if os.environ.get("PATIENT_VIEWER_FIRST_PAINT_SINCE"):
    _report_first_paint(float(os.environ["PATIENT_VIEWER_FIRST_PAINT_SINCE"]))

from viewer.cli import main  # noqa: E402

raise SystemExit(main())
