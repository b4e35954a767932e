"""Start-up of the standalone bundle against the same app started from a virtual environment.

Both run packaging/launch.py (frozen in the bundle, by the venv's Python otherwise) with
PATIENT_VIEWER_FIRST_PAINT_SINCE set: each fresh process reports the wall time from just
before it was spawned to the main window's first paint. Also times a whole command
(``sheet --all`` to PDF). Medians over interleaved runs, after one untimed warm-up each
(so both read from a warm disk cache).

    build/bundle/venv/bin/python benchmarks/bundle_startup.py --bundle DIR/patient-viewer-<version>

Run it with the Python of an environment where the app was installed as README says
(`pip install .`); make-bundle leaves one in build/bundle/venv. (In an editable checkout
with no build/content.db the app rebuilds its database on every start, which is not a
fair baseline.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def environment(data: str) -> dict[str, str]:
    """A fresh user folder; and byte-code caching on, as for any installed app (pip compiles
    an installed package's modules; the bundle ships them compiled)."""
    env = dict(os.environ, PATIENT_VIEWER_DATA_DIR=data)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def first_paint(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as data:
        env = environment(data)
        env["PATIENT_VIEWER_FIRST_PAINT_SINCE"] = repr(time.time())
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=data)
    line = next(x for x in out.stdout.splitlines() if x.startswith("first paint"))
    return float(line.split()[2])


def whole_command(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as data:
        env = environment(data)
        started = time.perf_counter()
        subprocess.run(command + ["sheet", "--topic", "enteromix", "--all", "--out", f"{data}/s.pdf"],
                       env=env, capture_output=True, check=True, cwd=data)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, type=Path, help="an unpacked bundle folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    commands = {"venv": [sys.executable, str(ROOT / "packaging" / "launch.py")],
                "bundle": [str(args.bundle.resolve() / "patient-viewer")]}
    for measure in (first_paint, whole_command):
        times: dict[str, list[float]] = {kind: [] for kind in commands}
        for command in commands.values():
            measure(command)  # warm-up, untimed
        for _ in range(args.runs):
            for kind, command in commands.items():  # interleaved, so drift hits both alike
                times[kind].append(measure(command))
        medians = {kind: statistics.median(t) for kind, t in times.items()}
        label = "first paint of the window" if measure is first_paint else "sheet --all to PDF"
        for kind, median in medians.items():
            print(f"{label:>26} {kind:>6}: {median * 1000:6.0f} ms (median of {args.runs}; "
                  f"min {min(times[kind]) * 1000:.0f}, max {max(times[kind]) * 1000:.0f})")
        print(f"{'':>26}  ratio: bundle/venv {medians['bundle'] / medians['venv']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
