"""The app's modules are named to PySide from the folders, before they are imported."""

from __future__ import annotations

from pathlib import Path

from viewer.ui.feature_scan import own_modules


def test_every_module_and_package_is_named_by_its_dotted_name(tmp_path):
    (tmp_path / "app" / "part" / "__pycache__").mkdir(parents=True)
    for name in ("__init__.py", "one.py", "part/__init__.py", "part/two.py", "part/notes.txt",
                 "part/__pycache__/two.cpython-311.pyc"):
        (tmp_path / "app" / name).write_text("", encoding="utf-8")
    assert sorted(own_modules(str(tmp_path / "app"), "app")) == ["app", "app.one", "app.part",
                                                                 "app.part.two"]


def test_the_viewer_package_is_listed_whole():
    import viewer

    folder = Path(viewer.__file__).parent
    names = set(own_modules(str(folder), "viewer"))
    files = [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(names) == len(files)
    assert {"viewer", "viewer.ui", "viewer.ui.window.app", "viewer.store.models"} <= names
