"""Startup to the first painted window: the app against an empty PySide6 window.

Each run is a fresh Python process started the same way; the child reports the
wall time from just before the process was started to the window's first paint
event and to the end of that first frame, the processor time it spent to that paint, and
its peak memory (``VmHWM``). Medians over several runs. On a shared machine the wall time
also holds the time a child waited for a processor, which falls on either kind unevenly;
the processor time does not, so it is printed beside the wall-clock ratio.

    python benchmarks/startup.py [--runs 9] [--database build/content.db] [--floor] [--timeout 60]

A child that has not painted within the timeout (an error box waits for a click that
never comes offscreen) is killed, and the run stops with what it wrote.

A child imports only what it measures: the harness's own modules (argparse,
json, subprocess …) would otherwise be paid by both kinds and flatten the ratio.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def peak_rss_kb() -> int:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across exec, so a
    child of a big parent would report the parent's peak; ``VmHWM`` is this image's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _root() -> Path:  # for the parent only
    from pathlib import Path

    return Path(__file__).resolve().parent.parent


def child(kind: str, started: float, database: str, until_paint: bool = False) -> None:
    """In the child process: show a window, report at its first paint, quit.

    The app starts as a patient starts it, through the command-line entry point
    (``patient-viewer --database FILE``: arguments, logging, the clinic settings lookup, then the
    window). Two moments are reported: the window's first paint event, and the end of
    that first frame (a zero timer set at the paint event runs once every widget of the
    frame has painted), so the page's own painting is counted too.

    Each kind's own module is imported before the harness's Qt, as its script imports it:
    ``patient-viewer`` imports ``viewer.cli``, which imports no Qt. The order matters:
    PySide reads the source of every module imported after Qt (looking for its
    ``__feature__`` options), which a launch does not pay for the modules it imports first.
    """
    if kind == "floor":
        from floor_window import floor_window
    elif kind == "app":
        import viewer.cli as cli
        import viewer.cli.app_commands as commands
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    report: dict[str, float] = {}

    def frame_done() -> None:
        report["frame_seconds"] = time.time() - started
        report["maxrss_kb"] = peak_rss_kb()
        print(repr(report), flush=True)  # a dict of numbers; no json module in the child
        QApplication.instance().quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint and not report:
                report["seconds"] = time.time() - started
                report["cpu_seconds"] = time.process_time()  # this process's own, to here
                if until_paint:  # (benchmarks/instructions.py counts up to here)
                    import os

                    sys.stdout.flush()
                    os._exit(0)
                QTimer.singleShot(0, frame_done)
            return False

    # The spy watches the window only: a filter on the whole application would call into
    # Python for every event of every widget, and charge the app with it.
    spy = FirstPaint()
    app = QApplication(sys.argv[:1])  # the app's own start-up takes this one and sets it up
    if kind == "empty":
        window = QMainWindow()
        window.resize(1240, 860)
        window.installEventFilter(spy)
        window.show()
        app.exec()
    elif kind == "floor":
        window = floor_window(app, database, before_show=lambda w: w.installEventFilter(spy))
        app.exec()
    else:
        run = commands.run

        def run_watched(args: object, clinic: object) -> int:  # arguments, clinic settings
            import viewer.ui.window.app as window_app  # imported here, as a launch does

            start = window_app.start

            def start_watched(*args: object, **kwargs: object) -> QWidget | None:
                window = start(*args, **kwargs)  # shown; its first paint comes in the loop
                if window is not None:
                    window.installEventFilter(spy)
                return window

            window_app.start = start_watched
            return run(args, clinic)

        commands.run = run_watched
        cli.main(["--database", database])


class ChildFailed(Exception):
    """A child process that painted no window: it hung or it failed."""


def measure(kind: str, database: str, timeout: float = 60.0) -> dict[str, float]:
    import ast
    import os
    import subprocess
    import tempfile

    root = _root()
    env = dict(os.environ, PYTHONPATH=str(root))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app is byte-compiled (pip does it); let the warm-up runs write the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as data:
        env["PATIENT_VIEWER_DATA_DIR"] = data  # a fresh user folder: no one's settings
        started = time.time()
        try:
            out = subprocess.run([sys.executable, __file__, "--child", kind, repr(started), database],
                                 env=env, capture_output=True, text=True, cwd=root, timeout=timeout)
        except subprocess.TimeoutExpired as err:  # run() has killed the child
            said = (err.stderr or b"").decode("utf-8", "replace").strip()
            raise ChildFailed(f"the {kind} window did not paint within {timeout:g} s (a modal "
                              f"error box waiting offscreen?); it wrote:\n{said or '(nothing)'}") from None
    line = next((x for x in out.stdout.splitlines() if x.startswith("{")), None)
    if out.returncode != 0 or line is None:
        raise ChildFailed(f"the {kind} window exited with {out.returncode} before painting; it "
                          f"wrote:\n{(out.stderr or out.stdout).strip() or '(nothing)'}")
    return ast.literal_eval(line)


def main() -> int:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--database", default=str(_root() / "build" / "content.db"))
    parser.add_argument("--floor", action="store_true",
                        help="also the first screen's widgets made with no app code "
                             "(benchmarks/floor_window.py): what Qt itself costs")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a child may take to paint before the run fails")
    args = parser.parse_args()
    if not Path(args.database).is_file():
        print(f"{args.database}: no content database; run `patient-viewer build` first",
              file=sys.stderr)
        return 2
    kinds = ("empty", "floor", "app") if args.floor else ("empty", "app")
    try:
        summary = compare(args.database, args.runs, kinds=kinds, timeout=args.timeout)
    except ChildFailed as err:
        print(f"startup: {err}", file=sys.stderr)
        return 1
    for line in summary_lines(summary, args.runs):
        print(line)
    return 0


def compare(database: str, runs: int, warm: int = 1, kinds: tuple[str, ...] = ("empty", "app"),
            timeout: float = 60.0) -> dict[str, dict[str, float]]:
    """Medians of ``runs`` fresh processes of each kind, interleaved so drift hits all
    alike, after ``warm`` unmeasured runs of each (the disk cache, the byte code)."""
    import statistics

    for _ in range(warm):
        for kind in kinds:
            measure(kind, database, timeout)
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind in kinds:
            results[kind].append(measure(kind, database, timeout))
    return {kind: {key: statistics.median(r[key] for r in rs)
                   for key in ("seconds", "frame_seconds", "cpu_seconds", "maxrss_kb")}
            for kind, rs in results.items()}


def summary_lines(summary: dict[str, dict[str, float]], runs: int) -> list[str]:
    lines = [f"{kind:>6}: first paint {s['seconds'] * 1000:5.0f} ms, first frame done "
             f"{s['frame_seconds'] * 1000:5.0f} ms (medians of {runs}), peak memory "
             f"{s['maxrss_kb'] / 1024:5.1f} MB" for kind, s in summary.items()]
    empty = summary["empty"]
    for kind in [k for k in summary if k != "empty"]:
        s = summary[kind]
        lines.append(f"{kind:>6} vs empty: first paint {s['seconds'] / empty['seconds']:.2f}x, "
                     f"first frame {s['frame_seconds'] / empty['frame_seconds']:.2f}x, "
                     f"memory {s['maxrss_kb'] / empty['maxrss_kb']:.2f}x")
    if "floor" in summary and "app" in summary:  # the bound: the app against Qt's own cost
        app, floor = summary["app"], summary["floor"]
        lines.append(f"   app vs floor: first paint {app['seconds'] / floor['seconds']:.2f}x, "
                     f"first frame {app['frame_seconds'] / floor['frame_seconds']:.2f}x, "
                     f"memory {app['maxrss_kb'] / floor['maxrss_kb']:.2f}x")
        # processor time to the first paint: what the process itself spent, without the time it
        # waited for a processor, which a shared machine adds to either kind unevenly
        lines.append(f"   app vs floor: processor time to the first paint "
                     f"{app['cpu_seconds'] / floor['cpu_seconds']:.2f}x "
                     f"({app['cpu_seconds'] * 1000:.0f} and {floor['cpu_seconds'] * 1000:.0f} ms)")
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:  # startup.py --child KIND STARTED DATABASE [--until-paint]
        child(sys.argv[2], float(sys.argv[3]), sys.argv[4], until_paint=sys.argv[5:6] == ["--until-paint"])
        raise SystemExit(0)
    raise SystemExit(main())
