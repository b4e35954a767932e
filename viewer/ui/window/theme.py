"""Themes: one widget stylesheet (.qss) and one page stylesheet (.css) per theme."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from viewer import resources

DEFAULT_TEXT_SIZE = 14  # points
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 10, 30


@dataclass(frozen=True)
class Theme:
    name: str  # the file stem under resources/styles/
    label: str

    @property
    def qss(self) -> str:
        return _read(f"styles/{self.name}.qss")

    def window_qss(self, family: str, points: int) -> str:
        """The widget stylesheet with the font and text size in it: widgets the stylesheet
        styles take their font from it, not from their parent."""
        return f'QWidget {{ font-family: "{family}"; font-size: {points}pt; }}\n' + self.qss

    @property
    def page_css(self) -> str:
        """Rules for the text documents, which do not follow the widget stylesheet."""
        return _read(f"styles/{self.name}-page.css")


DAY = Theme("day", "Day")
HIGH_CONTRAST = Theme("high-contrast", "High contrast")
THEMES = {t.name: t for t in (DAY, HIGH_CONTRAST)}


def theme_named(name: str) -> Theme:
    return THEMES.get(name, DAY)


@cache
def _read(relative: str) -> str:
    return resources.read_text(relative)


def clamp_text_size(points: int) -> int:
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(points)))
