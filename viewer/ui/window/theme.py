"""Themes: one widget stylesheet (.qss) and one page stylesheet (.css) per theme."""

from __future__ import annotations

from functools import cache

from viewer import resources
from viewer.plain_records import Record

DEFAULT_TEXT_SIZE = 14  # points
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 10, 30


class Theme(Record, frozen=True):
    name: str  # the file stem under resources/styles/
    label: str

    @property
    def qss(self) -> str:
        return _read(f"styles/{self.name}.qss")

    def window_qss(self, family: str, points: int) -> str:
        """The widget stylesheet with the font and text size in it: widgets the stylesheet
        styles take their font from it, not from their parent. ``@styles/`` in a ``url()``
        is the folder of the stylesheets (the tick of a ticked box)."""
        qss = self.qss.replace("url(@styles/", f"url({resources.resource('styles').as_posix()}/")
        return f'QWidget {{ font-family: "{family}"; font-size: {points}pt; }}\n' + qss

    @property
    def palette(self) -> dict[str, str]:
        """Colours for what the stylesheets do not reach: Qt's own dialogs, links in labels
        ("From: [1]"), placeholder and disabled text. Role name to colour."""
        return PALETTES[self.name]

    @property
    def page_css(self) -> str:
        """Rules for the text documents, which do not follow the widget stylesheet."""
        return _read(f"styles/{self.name}-page.css")


PALETTES = {
    "day": {"Window": "#f7f5f0", "WindowText": "#1f2328", "Base": "#ffffff",
            "AlternateBase": "#f3f1ec", "Text": "#1f2328", "Button": "#ffffff",
            "ButtonText": "#1d3b5c", "BrightText": "#ffffff", "Highlight": "#1d3b5c",
            "HighlightedText": "#ffffff", "Link": "#1a5fb4", "LinkVisited": "#1a5fb4",
            "PlaceholderText": "#5b6168", "ToolTipBase": "#fffdf5", "ToolTipText": "#1f2328",
            "Light": "#ffffff", "Midlight": "#ece8df", "Mid": "#857f72", "Dark": "#5b6168",
            "Shadow": "#3a3f45", "disabled": "#6b665c"},
    "high-contrast": {"Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
                      "AlternateBase": "#1a1a1a", "Text": "#ffffff", "Button": "#000000",
                      "ButtonText": "#ffff00", "BrightText": "#ffffff", "Highlight": "#ffff00",
                      "HighlightedText": "#000000", "Link": "#00ffff", "LinkVisited": "#00ffff",
                      "PlaceholderText": "#c8c8c8", "ToolTipBase": "#000000",
                      "ToolTipText": "#ffffff", "Light": "#ffffff", "Midlight": "#c8c8c8",
                      "Mid": "#ffffff", "Dark": "#ffffff", "Shadow": "#ffffff",
                      "disabled": "#9a9a9a"},
}

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
