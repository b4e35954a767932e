"""Startup to the first painted window: the app against an empty PySide6 window.

Each run is a fresh Python process started the same way; the child reports the
wall time from just before the process was started to the window's first paint
event, and its peak memory (``ru_maxrss``). Medians over several runs.

    python benchmarks/startup.py [--runs 7] [--database build/content.db]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def peak_rss_kb() -> int:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across exec, so a
    child of a big parent would report the parent's peak; ``VmHWM`` is this image's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(kind: str, started: float, database: str) -> None:
    """In the child process: show a window, report at its first paint, quit."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                painted = time.time()
                rss = peak_rss_kb()
                print(json.dumps({"seconds": painted - started, "maxrss_kb": rss}), flush=True)
                QApplication.instance().quit()
            return False

    if kind == "empty":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1240, 860)
    else:
        from viewer.ui.window.app import application, start

        app = application()
        window = start(Path(database))
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()


def measure(kind: str, database: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app is byte-compiled (pip does it); let the warm-up runs write the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as data:
        env["PATIENT_VIEWER_DATA_DIR"] = data  # a fresh user folder: no one's settings
        started = time.time()
        out = subprocess.run([sys.executable, __file__, "--child", kind, "--started", repr(started),
                              "--database", database], env=env, capture_output=True, text=True,
                             check=True, cwd=ROOT)
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", default=str(ROOT / "build" / "content.db"))
    parser.add_argument("--child", choices=("empty", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.started, args.database)
        return 0
    if not Path(args.database).is_file():
        print(f"{args.database}: no content database; run `patient-viewer build` first",
              file=sys.stderr)
        return 2
    results: dict[str, list[dict[str, float]]] = {"empty": [], "app": []}
    measure("empty", args.database)  # warm the disk cache for both
    measure("app", args.database)
    for _ in range(args.runs):
        for kind in ("empty", "app"):  # interleaved, so drift hits both alike
            results[kind].append(measure(kind, args.database))
    summary = {}
    for kind, runs in results.items():
        summary[kind] = (statistics.median(r["seconds"] for r in runs),
                         statistics.median(r["maxrss_kb"] for r in runs) / 1024)
        print(f"{kind:>6}: first paint {summary[kind][0] * 1000:7.0f} ms (median of {len(runs)}), "
              f"peak memory {summary[kind][1]:6.1f} MB")
    print(f" ratio: time {summary['app'][0] / summary['empty'][0]:.2f}x, "
          f"memory {summary['app'][1] / summary['empty'][1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
