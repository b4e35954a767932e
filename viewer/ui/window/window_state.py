"""What the window remembers between runs: place and size, topic, tab, text size and theme;
and where the window goes on the first start (fitted to the screen it is on).

A clinic computer remembers nothing between people, and a computer that does not let
the app write its folder gets no settings file: both use ``MemorySettings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from viewer import paths
from viewer.plain_records import Record
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, clamp_text_size
from viewer.vocabulary import TABS


class WindowState(Record):
    width: int = 1240
    height: int = 860
    topic: str = ""
    tab: str = TABS[0]
    text_size: int = DEFAULT_TEXT_SIZE
    theme: str = "day"
    geometry: QByteArray | None = None  # QWidget.saveGeometry(); None on the first start


class MemorySettings:
    """Settings that last as long as the window, starting from a clinic's text size and theme."""

    def __init__(self, text_size: int = DEFAULT_TEXT_SIZE, theme: str = "day") -> None:
        self._values: dict[str, object] = {"view/text_size": text_size, "view/theme": theme}

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:  # noqa: N802 (QSettings' name)
        self._values[key] = value

    def sync(self) -> None:
        pass


Settings = QSettings | MemorySettings


def open_settings(path: Path | None = None) -> Settings:
    """The settings file in the user-data folder (tests point that folder elsewhere), or
    settings in memory when that folder cannot be made or written."""
    path = path or paths.settings_file()
    if paths.folder_problem(path.parent):
        return MemorySettings()
    return QSettings(str(path), QSettings.Format.IniFormat)


def _int(settings: Settings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def load_state(settings: Settings) -> WindowState:
    d = WindowState()
    return WindowState(
        width=max(640, _int(settings, "window/width", d.width)),
        height=max(480, _int(settings, "window/height", d.height)),
        topic=str(settings.value("view/topic", d.topic)),
        tab=str(settings.value("view/tab", d.tab)),
        text_size=clamp_text_size(_int(settings, "view/text_size", d.text_size)),
        theme=str(settings.value("view/theme", d.theme)),
        geometry=_bytes(settings.value("window/geometry")),
    )


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def save_state(settings: Settings, state: WindowState) -> None:
    settings.setValue("window/width", state.width)
    settings.setValue("window/height", state.height)
    settings.setValue("view/topic", state.topic)
    settings.setValue("view/tab", state.tab)
    settings.setValue("view/text_size", state.text_size)
    settings.setValue("view/theme", state.theme)
    if state.geometry is not None:
        settings.setValue("window/geometry", state.geometry)
    settings.sync()


MAXIMIZE_BELOW = 1400  # on a screen narrower than this (in points), the window fills it
FIRST_SHARE, FIRST_WIDEST = 0.85, 1800  # otherwise: most of the screen, but no wider than this


def fits_screens(rect: QRect) -> bool:
    """True if each corner of ``rect`` is in the free area of a screen there is now."""
    areas = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    corners = (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())
    return all(any(area.contains(corner) for area in areas) for corner in corners)


def place_window(window: QWidget, state: WindowState) -> None:
    """Put back the saved place and size if it still fits the screens; else fit the screen.

    A laptop that was on a big monitor yesterday must not open a window off its edge.
    """
    if state.geometry is not None and window.restoreGeometry(state.geometry):
        if fits_screens(window.geometry()) or window.isMaximized():
            return
    if window.isMaximized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    if area.width() < MAXIMIZE_BELOW:
        window.resize(area.size())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    width = min(FIRST_WIDEST, int(area.width() * FIRST_SHARE))
    height = int(area.height() * FIRST_SHARE)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    window.setGeometry(rect)
