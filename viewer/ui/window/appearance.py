"""Text size and theme applied across the window: its font, stylesheet and every page's CSS.

Each function takes the parts it changes, not the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip, QWidget

from viewer import fonts
from viewer.ui.window.theme import MAX_TEXT_SIZE, MIN_TEXT_SIZE, Theme


class Styled(Protocol):
    def set_css(self, css: str) -> None: ...


def theme_palette(colours: dict[str, str]) -> QPalette:
    """The theme's palette: Qt's own dialogs and the parts no stylesheet reaches use it."""
    palette = QPalette()
    for role, colour in colours.items():
        if role != "disabled":
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled"]))
    return palette


def use_palette(window: QWidget, theme: Theme) -> None:
    app = QApplication.instance()
    if app is not None:
        app.setPalette(theme_palette(theme.palette))
    window.setPalette(theme_palette(theme.palette))


def style_window(window: QWidget, theme: Theme, points: int) -> None:
    """The window's font and stylesheet at ``points``. The size goes in the stylesheet
    too: widgets it styles take their font from it, not from their parent. Called before
    the window makes its parts, so each is styled once as it is made."""
    font = fonts.text_font(points)
    window.setFont(font)
    QToolTip.setFont(font)
    use_palette(window, theme)
    window.setStyleSheet(theme.window_qss(fonts.load(), points))


def enable_size_buttons(smaller: QAbstractButton, larger: QAbstractButton, points: int) -> None:
    smaller.setEnabled(points > MIN_TEXT_SIZE)
    larger.setEnabled(points < MAX_TEXT_SIZE)


def apply_theme(window: QWidget, theme: Theme, points: int, pages: Iterable[Styled],
                contrast: QAbstractButton) -> None:
    """``theme`` on the stylesheet, every page made so far, and the contrast button."""
    use_palette(window, theme)
    window.setStyleSheet(theme.window_qss(fonts.load(), points))
    for widget in pages:
        widget.set_css(theme.page_css)
    contrast.blockSignals(True)
    contrast.setChecked(theme.name == "high-contrast")
    contrast.blockSignals(False)
