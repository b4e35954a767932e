"""The rules of docs/architecture.md, read from the code's own imports."""

from __future__ import annotations

import ast
import re
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


def test_speech_has_no_qt_and_no_window():
    """The voice and the sound output run on a worker thread and in the command line's
    check: no Qt, no store, no ui (the window drives them from viewer/ui/reading)."""
    for path in modules("speech"):
        bad = [m for m in imports(path) if m.startswith(("PySide6", "viewer.ui", "viewer.store",
                                                          "viewer.builder", "viewer.sheet"))]
        assert not bad, f"{path.relative_to(VIEWER)} imports {bad}"


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


def test_only_the_repair_reaches_back_into_the_builder():
    """The one sanctioned edge: the app rebuilds a broken content database. The command
    line (viewer/cli/) wires every layer."""
    reaching = [p.relative_to(VIEWER).as_posix() for p in VIEWER.rglob("*.py")
                if not p.is_relative_to(VIEWER / "builder") and not p.is_relative_to(VIEWER / "cli")
                and any(m.startswith("viewer.builder") for m in imports(p))]
    assert reaching == ["opening/repair.py"]


def sentences(path: Path) -> list[str]:
    """String literals (f-string parts too) that read as a sentence for a person: a
    capital, then words. Docstrings and log calls' formats are for developers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and re.match(r"[A-Z][a-z]+ [a-z]+ [a-z]+", node.value)]


def test_the_store_neither_chooses_the_content_nor_words_a_notice():
    """Which content to open (a pack, the shipped database, a rebuilt copy) is wired above
    the store, in viewer/opening/; the store returns records (``SetAside``, ``WorldFault``)
    and the ui says them in the reader's words (``ui/text/opening_words.py``)."""
    for path in modules("store"):
        bad = [m for m in imports(path)
               if m.startswith(("viewer.packs", "viewer.builder", "viewer.opening", "viewer.ui"))]
        assert not bad, f"{path.relative_to(VIEWER)} imports {bad}"
        assert not sentences(path), f"{path.relative_to(VIEWER)} words a notice: {sentences(path)}"


def test_the_sentence_check_catches_a_notice(tmp_path):
    written = tmp_path / "notice.py"
    written.write_text('"""A docstring Is not a notice."""\n'
                       'def f(err):\n    return f"Your saved sheet could not be read ({err})."\n')
    assert sentences(written) == ["Your saved sheet could not be read ("]


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


def _closed_lists() -> dict[str, set[str]]:
    from viewer import vocabulary as v
    return {"tabs": set(v.TABS), "block kinds": {*v.BLOCK_KINDS, v.TEXT, v.HEADING},
            "stages": set(v.STAGES), "question groups": set(v.QUESTION_GROUPS),
            "search-hit kinds": set(v.HIT_KINDS)}


#: Tables keyed by every value of a list: display words, and the search query of each
#: hit kind (``tests/test_vocabulary.py`` checks that each covers its whole list).
PER_VALUE_TABLES = {"ui/text/labels.py", "store/full_text.py"}


def test_closed_lists_are_written_only_in_the_vocabulary():
    """A tuple, list, set or dict literal naming two or more values of one closed list is
    a copy of that list; it belongs in ``viewer/vocabulary.py`` (labels: ``LABEL_MODULES``)."""
    from viewer.schema import TABLES
    lists = _closed_lists()
    copies = []
    for path in VIEWER.rglob("*.py"):
        shown = path.relative_to(VIEWER).as_posix()
        if shown == "vocabulary.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                if shown in PER_VALUE_TABLES:
                    continue
                elements = [k for k in node.keys if k is not None]
            elif isinstance(node, ast.Tuple | ast.List | ast.Set):
                elements = node.elts
            else:
                continue
            words = {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if words <= set(TABLES):  # the tables "evidence" and "questions", not the tabs
                continue
            copies += [f"{shown}:{node.lineno} copies the {name}" for name, values in lists.items()
                       if len(words & values) >= 2]
    assert not copies, copies


def test_the_closed_list_check_catches_a_copy(tmp_path):
    """The check above is only worth having if it can fail."""
    tree = ast.parse('TABS = ("what", "how")\nKINDS = {"key": 1, "result": 2}\n')
    found = [{e.value for e in (n.elts if isinstance(n, ast.Tuple) else n.keys)}
             for n in ast.walk(tree) if isinstance(n, ast.Tuple | ast.Dict)]
    lists = _closed_lists()
    assert len(found[0] & lists["tabs"]) == 2 and len(found[1] & lists["block kinds"]) == 2


def _environ_writes(path: Path) -> list[int]:
    """Lines that change the process environment: ``os.environ[...] =``, ``del``, its
    mutating methods, ``os.putenv`` / ``os.unsetenv``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign)
                   else node.targets if isinstance(node, ast.Delete) else [])
        for target in targets:
            if isinstance(target, ast.Subscript) and ast.unparse(target.value).endswith("environ"):
                lines.append(node.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner, name = ast.unparse(node.func.value), node.func.attr
            if owner.endswith("environ") and name in ("update", "setdefault", "pop", "popitem",
                                                      "clear", "__setitem__", "__delitem__"):
                lines.append(node.lineno)
            if name in ("putenv", "unsetenv"):
                lines.append(node.lineno)
    return sorted(lines)


def test_nothing_writes_the_process_environment():
    """Settings travel as values (the clinic settings as one record read at start), never
    through the environment, where every later part and child process would see them."""
    found = {p.relative_to(VIEWER).as_posix(): lines for p in VIEWER.rglob("*.py")
             if (lines := _environ_writes(p))}
    assert not found, f"os.environ written at {found}"


def test_the_environment_check_sees_a_write(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nos.environ['A'] = '1'\nos.environ.setdefault('B', '2')\n"
                     "del os.environ['A']\nos.putenv('C', '3')\nprint(os.environ.get('D'))\n")
    assert _environ_writes(probe) == [2, 3, 4, 5]


def test_one_home_for_the_command_line():
    """Every argparse use is in viewer/cli/; its commands never import the package's own
    module back (no cycle), and nothing outside it takes an argparse Namespace."""
    outside = [p.relative_to(VIEWER).as_posix() for p in VIEWER.rglob("*.py")
               if not p.is_relative_to(VIEWER / "cli")
               and ("argparse" in imports(p) or "Namespace" in p.read_text(encoding="utf-8"))]
    assert outside == []
    back = [p.name for p in (VIEWER / "cli").glob("*_commands.py")
            if any(m == "viewer.cli" or m.startswith("viewer.cli.") for m in imports(p))]
    assert back == []


def test_the_clinic_settings_are_read_only_by_the_command_line():
    """Read once at start and passed down: only viewer/cli/ calls the loader."""
    readers = [p.relative_to(VIEWER).as_posix() for p in VIEWER.rglob("*.py")
               if not p.is_relative_to(VIEWER / "cli") and not p.is_relative_to(VIEWER / "clinic")
               and any(m.endswith(("load_clinic_settings", "read_clinic_file", "file_reader"))
                       for m in imports(p))]
    assert readers == []


def _window_attributes() -> set[str]:
    """The data the main window keeps for itself: every ``self.X = ...`` in main_window.py."""
    tree = ast.parse((VIEWER / "ui/window/main_window.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            for each in (target.elts if isinstance(target, ast.Tuple) else [target]):
                if isinstance(each, ast.Attribute) and isinstance(each.value, ast.Name) \
                        and each.value.id == "self":
                    names.add(each.attr)
    return names


def _reads_of_a_window(tree: ast.AST, attributes: set[str]) -> list[tuple[int, str]]:
    """``window.X`` or ``self.window.X`` where X is one of the window's own attributes."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and node.attr in attributes:
            holder = node.value
            name = holder.id if isinstance(holder, ast.Name) else (
                holder.attr if isinstance(holder, ast.Attribute) else "")
            if name in ("window", "_window", "host"):
                found.append((node.lineno, node.attr))
    return found


#: Renders every screen for review by driving the window as a person would: a developer
#: tool, not a part of the window.
WINDOW_DRIVERS = {"devtools/screenshots.py", "devtools/clinic_screens.py"}


def test_no_module_but_the_window_reads_its_parts():
    """Parts get a signal or a small protocol (ActionHost, PageHost, ClinicHost), not the
    window: a module reaching into ``window.topic_view.questions_tab`` breaks when the
    window is rearranged, and no test says so."""
    attributes = _window_attributes()
    assert {"topic_view", "user", "header", "nav"} <= attributes  # the check sees them
    reaching = [f"{p.relative_to(VIEWER).as_posix()}:{line} reads window.{attr}"
                for p in VIEWER.rglob("*.py")
                if p.name != "main_window.py" and p.relative_to(VIEWER).as_posix() not in WINDOW_DRIVERS
                for line, attr in _reads_of_a_window(ast.parse(p.read_text(encoding="utf-8")),
                                                     attributes)]
    assert not reaching, reaching
    caught = _reads_of_a_window(ast.parse("def f(window):\n    window.topic_view.set_tab('x')\n"),
                                attributes)
    assert caught == [(2, "topic_view")]


#: app.py makes the window, and may name its class; no part of the window may.
WINDOW_MAKERS = {"ui/window/main_window.py", "ui/window/app.py"}


def _names_the_window(tree: ast.AST) -> list[int]:
    """Lines importing ``MainWindow``, or its module whole: for a type or not, either way."""
    module = "viewer.ui.window.main_window"
    return [node.lineno for node in ast.walk(tree)
            if (isinstance(node, ast.ImportFrom) and node.module == module
                and any(alias.name == "MainWindow" for alias in node.names))
            or (isinstance(node, ast.Import) and any(alias.name == module for alias in node.names))]


def test_no_part_is_handed_the_whole_window():
    """A part typed ``window: MainWindow`` can reach for anything in it, whatever its parameter
    is called. Parts get a record of the widgets they need (``give_way.Room``,
    ``history.Ways``), a protocol or a signal, so they cannot even name the window's class."""
    naming = [f"{p.relative_to(VIEWER).as_posix()}:{line}" for p in VIEWER.rglob("*.py")
              if p.relative_to(VIEWER).as_posix() not in WINDOW_MAKERS | WINDOW_DRIVERS
              for line in _names_the_window(ast.parse(p.read_text(encoding="utf-8")))]
    assert not naming, naming
    typed = "if TYPE_CHECKING:\n    from viewer.ui.window.main_window import MainWindow\n"
    assert _names_the_window(ast.parse(typed)) == [2]
    assert _names_the_window(ast.parse("import viewer.ui.window.main_window\n")) == [1]


def test_kiosk_policy_never_reads_an_actions_text():
    source = (VIEWER / "ui/clinic/kiosk.py").read_text(encoding="utf-8")
    assert ".text()" not in source and "\\u2026" not in source


def test_no_dead_code():
    """vulture, as README's test command runs it (settings in pyproject.toml): code nothing
    calls fails here too, so the house checks catch it before it lands."""
    import importlib.util
    import subprocess
    import sys

    assert importlib.util.find_spec("vulture"), "vulture is missing: pip install -e '.[test]'"
    found = subprocess.run([sys.executable, "-m", "vulture"], cwd=VIEWER.parent,
                           capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stdout + found.stderr


def test_the_ui_defers_imports_in_one_place():
    """What the first paint does not import is imported in ``ui/deferred.py`` and in no
    other ui module's functions: one list of what start-up leaves for later."""
    scattered = []
    for path in modules("ui"):
        if path.name == "deferred.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                scattered += [f"{path.relative_to(VIEWER)}:{inner.lineno}" for inner in ast.walk(node)
                              if isinstance(inner, ast.Import | ast.ImportFrom)]
    assert not scattered, f"imports inside functions outside ui/deferred.py: {scattered}"
