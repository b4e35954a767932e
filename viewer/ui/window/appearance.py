"""Text size and theme applied across the window: its font, stylesheet and every page's CSS."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from viewer import fonts
from viewer.ui.window.theme import MAX_TEXT_SIZE, MIN_TEXT_SIZE

if TYPE_CHECKING:
    from viewer.ui.window.main_window import MainWindow


def theme_palette(colours: dict[str, str]) -> QPalette:
    """The theme's palette: Qt's own dialogs and the parts no stylesheet reaches use it."""
    palette = QPalette()
    for role, colour in colours.items():
        if role != "disabled":
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled"]))
    return palette


def use_palette(window: MainWindow) -> None:
    app = QApplication.instance()
    if app is not None:
        app.setPalette(theme_palette(window.theme.palette))
    window.setPalette(theme_palette(window.theme.palette))


def style_window(window: MainWindow) -> None:
    """The window's font and stylesheet at ``window.text_size``. The size goes in the
    stylesheet too: widgets it styles take their font from it, not from their parent.
    The window calls this before it makes its parts, so each is styled once as it is
    made rather than styled and then restyled (no change in start-up time was measured)."""
    font = fonts.text_font(window.text_size)
    window.setFont(font)
    QToolTip.setFont(font)
    use_palette(window)
    window.setStyleSheet(window.theme.window_qss(fonts.load(), window.text_size))


def enable_size_buttons(window: MainWindow) -> None:
    window.header.smaller.setEnabled(window.text_size > MIN_TEXT_SIZE)
    window.header.larger.setEnabled(window.text_size < MAX_TEXT_SIZE)


def apply_text_size(window: MainWindow) -> None:
    style_window(window)
    enable_size_buttons(window)


def apply_theme(window: MainWindow) -> None:
    """``window.theme`` on the stylesheet, every page made so far, and the contrast button."""
    use_palette(window)
    window.setStyleSheet(window.theme.window_qss(fonts.load(), window.text_size))
    css = window.theme.page_css
    for widget in (window.topic_view, window.nav, *window.pages.all_made(),
                   *window.source_panel.made()):
        widget.set_css(css)
    contrast = window.header.contrast
    contrast.blockSignals(True)
    contrast.setChecked(window.theme.name == "high-contrast")
    contrast.blockSignals(False)
