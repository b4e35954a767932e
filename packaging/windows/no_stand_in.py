"""Refuse a Windows bundle, zip or installed folder that holds a Wine stand-in DLL.

The stand-ins (packaging/windows/wine/*.c) make Wine load Qt during the build and the
CI test; a real Windows has the real DLLs, and a stand-in shipped there would
replace them. Each carries a marker string; this looks for it in every file, and for the
stand-ins' names.

Usage: python no_stand_in.py FOLDER|ZIP ...   (exit 1 naming what it found)
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

MARKER = b"PATIENT-VIEWER-WINE-STAND-IN"
NAMES = {"icuuc.dll"}


def stand_ins(target: Path) -> list[str]:
    found = []
    if target.is_file() and zipfile.is_zipfile(target):
        with zipfile.ZipFile(target) as z:
            for info in z.infolist():
                if Path(info.filename).name.lower() in NAMES or MARKER in z.read(info):
                    found.append(f"{target.name}:{info.filename}")
        return found
    files = [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())
    for path in files:
        if path.name.lower() in NAMES or MARKER in path.read_bytes():
            found.append(str(path))
    return found


def main(argv: list[str]) -> int:
    if not argv:
        raise SystemExit(__doc__)
    found = [hit for target in argv for hit in stand_ins(Path(target))]
    if found:
        print("a Wine stand-in DLL is in the Windows bundle:\n  " + "\n  ".join(found), file=sys.stderr)
        return 1
    print(f"no Wine stand-in in {', '.join(Path(t).name for t in argv)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
