"""The fonts the printed sheet embeds, loaded from the font packages the app installs.

Atkinson Hyperlegible (made for low-vision readers) covers Latin only. For text it
cannot show (Vietnamese letters, Cyrillic, Devanagari) the sheet uses Noto Sans and
Noto Sans Devanagari when their packages are installed, and the system's fonts
otherwise. A paragraph in another script is set wholly in the fallback font, so
a Vietnamese word is not a patchwork of two typefaces.

The fonts are registered by ``viewer/fonts.py``, the app's one font loader.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QRawFont

from viewer import fonts
from viewer.fonts import FAMILY as MAIN
from viewer.fonts import PACKAGES, font_file


@cache
def _main_raw() -> QRawFont | None:
    path = font_file(PACKAGES[0], "AtkinsonHyperlegible-Regular.ttf")
    return QRawFont(str(path), 12) if path else None


@cache
def _main_has(char: str) -> bool:
    """Whether Atkinson has this letter. Asked by code point: PySide6 turns a one-letter str
    into a QChar that Atkinson never has for any letter beyond ASCII (é, the en dash, ’)."""
    raw = _main_raw()
    return raw is not None and raw.supportsCharacter(ord(char))


def main_font_covers(text: str) -> bool:
    return all(_main_has(c) for c in text if not c.isspace())


def font_for(text: str, point_size: float, bold: bool = False) -> QFont:
    """A font for this paragraph: Atkinson Hyperlegible if it has every letter, else the
    fallback fonts first; Qt finds any letter still missing in the next family.

    The fallbacks are registered the first time a paragraph needs them, so a sheet all
    in Atkinson's letters does not pay for reading them."""
    if main_font_covers(text):
        families = [fonts.load()]
    else:
        families = list(fonts.families())
        if MAIN in families:
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
