"""``patient-viewer sheet`` in a process of its own, as a clinic runs it: it loads what a
sheet needs and nothing else (the window, the packs' commands, the fallback fonts a
sheet in Latin letters never uses, the enums of Qt's ``Qt`` namespace)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.sheet_pdf import page_texts
from tests.ui_helpers import run_probe

SCRIPT = """
import json, sys
from viewer.cli import main
code = main(sys.argv[1:])
import PySide6.QtCore
from PySide6.QtGui import QFontDatabase
registered = [f for i in range(64) for f in QFontDatabase.applicationFontFamilies(i)]
print(json.dumps({"code": code, "modules": sorted(sys.modules),
                  "qt_namespace": "Qt" in vars(PySide6.QtCore),
                  "families": registered}))  # the app's own fonts, not the system's
"""


def run_sheet(small_db: Path, out: Path, *args: str) -> dict:
    said = run_probe(SCRIPT, out.parent, "--database", small_db, "sheet", "--topic", "topic-1",
                     "--out", out, *args)
    return json.loads(said.splitlines()[-1])


def test_a_sheet_loads_only_what_it_needs(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "latin.pdf"
    seen = run_sheet(small_db, out, "--name", "Ana Lopez")
    assert seen["code"] == 0 and "Ana Lopez" in " ".join(page_texts(out))
    unneeded = [m for m in seen["modules"] if m.startswith(
        ("viewer.ui", "viewer.cli.pack_commands", "viewer.cli.editor_commands", "viewer.builder",
         "viewer.packs.choose", "PySide6.QtWidgets"))]
    assert not unneeded
    assert not seen["qt_namespace"], (
        "the sheet made PySide6 create the enums of the whole Qt namespace (about 10 ms): "
        "draw through viewer/sheet/ink.py, not QPainter.setPen, setBrush or Qt.*")
    assert "Atkinson Hyperlegible" in seen["families"]
    assert "Noto Sans" not in seen["families"]  # the fallbacks are not read for Latin letters


def test_a_name_in_another_script_brings_the_fallbacks(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "russian.pdf"
    seen = run_sheet(small_db, out, "--name", "Анна Иванова")
    assert "Анна Иванова" in " ".join(page_texts(out))
    assert "Noto Sans" in seen["families"]
