"""Start-up to the first paint counted in instructions: the app against the floor.

Wall-clock start-up on a shared machine moves by a tenth from one quarter hour to the next,
and the app (Python code) and the floor (mostly Qt's) do not move alike. Counted
instructions do not move: the same tree gives the same count to within 0.1 %. Each kind
runs once as ``startup.py`` runs it (which also writes the byte code), then once under
valgrind's callgrind, from the process's start to the window's first paint event.

    python benchmarks/instructions.py [--database build/content.db] [--kinds floor app]

Needs valgrind (Debian: ``apt-get install valgrind``); each count takes about 25 s.
An instruction is not a nanosecond (a cache miss or a system call is one instruction),
so this is for telling whether a change made start-up smaller, beside ``startup.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP = Path(__file__).resolve().parent / "startup.py"


def count(kind: str, database: str) -> int:
    """Instructions from the start of a ``kind`` child to its window's first paint."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    child = [sys.executable, str(STARTUP), "--child", kind, repr(time.time()), database, "--until-paint"]
    with tempfile.TemporaryDirectory() as warm, tempfile.TemporaryDirectory() as data:
        subprocess.run(child, env=dict(env, PATIENT_VIEWER_DATA_DIR=warm), cwd=ROOT,
                       capture_output=True, check=True, timeout=120)  # writes the byte code
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *child],
                             env=dict(env, PATIENT_VIEWER_DATA_DIR=data), cwd=ROOT,
                             capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"instructions: the {kind} child was not counted; valgrind wrote:\n"
                         f"{out.stderr.strip()[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=str(ROOT / "build" / "content.db"))
    parser.add_argument("--kinds", nargs="+", default=["floor", "app"], choices=["empty", "floor", "app"])
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    if not Path(args.database).is_file():
        print(f"{args.database}: no content database; run `patient-viewer build` first", file=sys.stderr)
        return 2
    counts = {kind: count(kind, args.database) for kind in args.kinds}
    for kind, n in counts.items():
        print(f"{kind:>6}: {n / 1e6:8.1f} million instructions to the first paint")
    if "floor" in counts and "app" in counts:
        print(f"   app vs floor: {counts['app'] / counts['floor']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
