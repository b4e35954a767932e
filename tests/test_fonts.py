"""The font lookup finds the packages' files however the packages are laid out.

A frozen app (PyInstaller) can see a font package's data folder without its
``__init__.py``: a namespace package with no ``ROOT``. The lookup must still
find and register the fonts there, and must say "not installed" for a package
that is absent or ships no ``files/`` folder, never crash.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from viewer import fonts


def _real_atkinson() -> Path:
    path = fonts.font_file(fonts.PACKAGES[0], "AtkinsonHyperlegible-Regular.ttf")
    assert path is not None, "the Atkinson Hyperlegible package is a dependency of the app"
    return path


def _fresh(monkeypatch: pytest.MonkeyPatch, root: Path, name: str) -> None:
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delitem(sys.modules, name, raising=False)


def test_installed_packages_are_found() -> None:
    for package in fonts.PACKAGES:
        folder = fonts.font_folder(package)
        assert folder is not None and any(folder.glob("*.ttf")), package


def test_namespace_package_without_root_is_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    """The frozen layout: ``pkg/files/*.ttf`` and no ``__init__.py`` (so no ``ROOT``)."""
    name = "frozen_fontpkg_for_test"
    (tmp_path / name / "files").mkdir(parents=True)
    shutil.copy(_real_atkinson(), tmp_path / name / "files" / "Test-Regular.ttf")
    _fresh(monkeypatch, tmp_path, name)

    found = fonts.font_file(name, "Test-Regular.ttf")

    assert found == tmp_path / name / "files" / "Test-Regular.ttf"
    assert fonts.font_file(name, "Missing.ttf") is None
    families = fonts._register(name)
    assert "Atkinson Hyperlegible" in families
    assert "Atkinson Hyperlegible" in QFontDatabase.families()


def test_regular_package_is_found_through_its_location(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "plain_fontpkg_for_test"
    (tmp_path / name / "files").mkdir(parents=True)
    (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    shutil.copy(_real_atkinson(), tmp_path / name / "files" / "A.ttf")
    _fresh(monkeypatch, tmp_path, name)

    assert fonts.font_file(name, "A.ttf") == tmp_path / name / "files" / "A.ttf"


def test_absent_package_or_empty_package_is_not_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = "fontpkg_without_files_for_test"
    (tmp_path / name).mkdir()
    (tmp_path / name / "__init__.py").write_text("ROOT = None\n", encoding="utf-8")
    _fresh(monkeypatch, tmp_path, name)

    assert fonts.font_folder("no_such_fontpkg_anywhere") is None
    assert fonts.font_file("no_such_fontpkg_anywhere", "A.ttf") is None
    assert fonts.font_folder(name) is None
    assert fonts._register(name) == ()
