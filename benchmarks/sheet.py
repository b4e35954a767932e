"""The printed sheet as a whole process, against ``python -c "import PySide6.QtGui"``.

Both run as fresh processes, interleaved, after warm-up runs; the figure is the
ratio of the medians of their wall times. The sheet has one topic with all its
questions, from the content database the app would open.

    python benchmarks/sheet.py [--runs 7] [--topic enteromix]
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


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--topic", default="enteromix")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed code is byte-compiled
    with tempfile.TemporaryDirectory() as tmp:
        env["PATIENT_VIEWER_DATA_DIR"] = tmp
        kinds = {
            "qtgui": [sys.executable, "-c", "import PySide6.QtGui"],
            "sheet": [sys.executable, "-m", "viewer", "sheet", "--topic", args.topic,
                      "--out", str(Path(tmp) / "sheet.pdf")],
        }
        for command in kinds.values():  # warm-up: disk cache and byte code
            wall(command, env)
            wall(command, env)
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, command in kinds.items():
                times[kind].append(wall(command, env))
    medians = {kind: statistics.median(t) for kind, t in times.items()}
    for kind, median in medians.items():
        print(f"{kind:>6}: {median * 1000:6.0f} ms (median of {args.runs})")
    print(f"sheet_ratio={medians['sheet'] / medians['qtgui']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
