"""The fonts the printed sheet embeds, loaded from the font packages the app installs.

Atkinson Hyperlegible (made for low-vision readers) covers Latin only. For text it
cannot show (Vietnamese letters, Cyrillic, Devanagari) the sheet uses Noto Sans and
Noto Sans Devanagari when their packages are installed, and the system's fonts
otherwise. A paragraph in another script is set wholly in the fallback font, so
a Vietnamese word is not a patchwork of two typefaces.

(The window's own loader is ``viewer/ui/fonts.py``; this one only serves the sheet.)
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

MAIN = "Atkinson Hyperlegible"
PACKAGES = ("fontpkg_atkinson_hyperlegible", "fontpkg_noto_sans", "fontpkg_noto_sans_devanagari")


@cache
def load() -> tuple[str, ...]:
    """Register the packaged fonts with Qt (once); the families loaded, main one first."""
    families: list[str] = []
    for name in PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        for file in sorted(Path(package.ROOT, "files").glob("*.ttf")):
            if "Italic" in file.name:
                continue
            font_id = QFontDatabase.addApplicationFont(str(file))
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    return tuple(families)


@cache
def _main_raw() -> QRawFont | None:
    try:
        package = importlib.import_module(PACKAGES[0])
    except ImportError:
        return None
    return QRawFont(str(Path(package.ROOT, "files", "AtkinsonHyperlegible-Regular.ttf")), 12)


def main_font_covers(text: str) -> bool:
    raw = _main_raw()
    return raw is not None and all(raw.supportsCharacter(c) for c in text if not c.isspace())


def font_for(text: str, point_size: float, bold: bool = False) -> QFont:
    """A font for this paragraph: Atkinson Hyperlegible if it has every letter, else the
    fallback fonts first; Qt finds any letter still missing in the next family."""
    families = list(load())
    if not main_font_covers(text) and MAIN in families:
        families.remove(MAIN)
        families.append(MAIN)
    font = QFont()
    font.setFamilies(families or [MAIN])
    font.setPointSizeF(point_size)
    if bold and families and families[0] != MAIN:
        # the fallback fonts are variable fonts: ask for the weight, so Qt does not fake
        # bold by drawing every letter twice (which PDF readers then read twice)
        font.setVariableAxis(QFont.Tag("wght"), 700.0)
    else:
        font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
