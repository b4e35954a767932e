"""Atkinson Hyperlegible, made for low-vision readers, loaded from its OFL wheel."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "Atkinson Hyperlegible"
_loaded: list[str] = []


def load() -> str:
    """Register the font files with Qt once per process; return the family to use."""
    if not _loaded:
        folder = files("fontpkg_atkinson_hyperlegible") / "files"
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".ttf"):
                font_id = QFontDatabase.addApplicationFont(str(entry))
                if font_id >= 0:
                    _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _loaded[0] if _loaded else FAMILY


def text_font(points: int) -> QFont:
    font = QFont(load())
    font.setPointSize(points)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
