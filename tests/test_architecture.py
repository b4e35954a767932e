"""The rules of docs/architecture.md, read from the code's own imports."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

VIEWER = Path(__file__).resolve().parent.parent / "viewer"
MAX_LINES = 300


def imports(path: Path) -> set[str]:
    """Every module a file imports, and ``module.name`` for each name it imports from one."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules(folder: str) -> list[Path]:
    return sorted((VIEWER / folder).rglob("*.py"))


def test_builder_and_store_never_import_qt():
    for path in modules("builder") + modules("store") + modules("clinic") + [VIEWER / "vocabulary.py",
                                                         VIEWER / "records.py"]:
        qt = [m for m in imports(path) if m.startswith("PySide6")]
        assert not qt, f"{path.relative_to(VIEWER)} imports {qt}"


def test_builder_never_imports_the_store_or_the_ui():
    for path in modules("builder"):
        bad = [m for m in imports(path) if m.startswith(("viewer.store", "viewer.ui", "viewer.sheet"))]
        assert not bad, f"{path.relative_to(VIEWER)} imports {bad}"


def test_ui_never_speaks_sql():
    for path in modules("ui"):
        bad = [m for m in imports(path) if m.split(".")[0] in ("sqlite3", "sqlite_utils")]
        assert not bad, f"{path.relative_to(VIEWER)} imports {bad}"


def test_sheet_has_no_widgets():
    """The sheet paints with QtGui; of QtWidgets it may only make the application object
    (the command line needs one for fonts and painting)."""
    for path in modules("sheet"):
        widgets = [m for m in imports(path) if m.startswith("PySide6.QtWidgets.")
                   and m != "PySide6.QtWidgets.QApplication"]
        ui = [m for m in imports(path) if m.startswith("viewer.ui")]
        assert not widgets and not ui, f"{path.relative_to(VIEWER)} imports {widgets + ui}"


def test_only_the_opener_reaches_back_into_the_builder():
    """The one sanctioned edge: the app rebuilds a broken content database. The command
    line (cli.py and its sub-commands in commands/) wires every layer."""
    reaching = [p.relative_to(VIEWER).as_posix() for p in VIEWER.rglob("*.py")
                if not p.is_relative_to(VIEWER / "builder") and p.name != "cli.py"
                and not p.is_relative_to(VIEWER / "commands")
                and any(m.startswith("viewer.builder") for m in imports(p))]
    assert reaching == ["store/open_or_rebuild.py"]


def test_packs_never_import_qt_the_builder_or_the_ui():
    """Packs are checked before anything opens them: no Qt, no builder, no store, no ui."""
    for path in modules("packs"):
        bad = [m for m in imports(path)
               if m.startswith(("PySide6", "viewer.builder", "viewer.store", "viewer.ui", "viewer.sheet"))]
        assert not bad, f"{path.relative_to(VIEWER)} imports {bad}"


def test_small_rooms_with_unique_names():
    files = [p for p in VIEWER.rglob("*.py") if p.name != "__init__.py"]
    long = {p.relative_to(VIEWER).as_posix(): n for p in files
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"files over {MAX_LINES} lines: {long}"
    twice = [name for name, n in Counter(p.name for p in files).items() if n > 1]
    assert not twice, f"module names used twice: {twice}"
    assert not [d for d in VIEWER.rglob("build") if d.is_dir()]
