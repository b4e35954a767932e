"""The fonts the app ships, loaded from their OFL wheels: the one place that registers them.

Atkinson Hyperlegible, made for low-vision readers, is the app's type. It covers
Latin only, so Noto Sans and Noto Sans Devanagari stand behind it for what
patients type in Vietnamese, Russian or Hindi.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "Atkinson Hyperlegible"
PACKAGES = ("fontpkg_atkinson_hyperlegible", "fontpkg_noto_sans", "fontpkg_noto_sans_devanagari")


def font_folder(package: str) -> Path | None:
    """The ``files/`` folder of a font package, or None if the package or its fonts are missing.

    Found through the import system rather than the package's ``ROOT`` attribute: a frozen
    app (PyInstaller) may see the package's data folder without its ``__init__``, as a
    namespace package that has no ``ROOT``. The package's spec is enough; importing it
    (or ``importlib.resources``) costs start-up time for nothing.
    """
    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "files"
        if folder.is_dir():
            return folder
    return None


def font_file(package: str, name: str) -> Path | None:
    """A font file shipped by one of the font packages, or None if it is not installed."""
    folder = font_folder(package)
    path = folder / name if folder else None
    return path if path and path.is_file() else None


@cache
def _register(package: str) -> tuple[str, ...]:
    """Register one package's font files with Qt, once a process; the families it holds."""
    folder = font_folder(package)
    if folder is None:
        return ()
    found: list[str] = []
    for file in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        found += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in found]
    return tuple(found)


def families() -> tuple[str, ...]:
    """Every packaged family, Atkinson first (the sheet needs the fallbacks)."""
    found: list[str] = []
    for package in PACKAGES:
        found += [f for f in _register(package) if f not in found]
    return tuple(found)


def load() -> str:
    """Register Atkinson only (the fallbacks cost start-up time the window does not need);
    return the family the window uses."""
    loaded = _register(PACKAGES[0])
    return loaded[0] if loaded else FAMILY


def text_font(points: int) -> QFont:
    font = QFont(load())
    font.setPointSize(points)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
