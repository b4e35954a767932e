"""What the window remembers between runs: size, topic, tab, text size and theme.

A clinic computer remembers nothing between people, and a computer that does not let
the app write its folder gets no settings file: both use ``MemorySettings``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from viewer import paths
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, clamp_text_size


@dataclass
class WindowState:
    width: int = 1240
    height: int = 860
    topic: str = ""
    tab: str = "what"
    text_size: int = DEFAULT_TEXT_SIZE
    theme: str = "day"


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
    )


def save_state(settings: Settings, state: WindowState) -> None:
    settings.setValue("window/width", state.width)
    settings.setValue("window/height", state.height)
    settings.setValue("view/topic", state.topic)
    settings.setValue("view/tab", state.tab)
    settings.setValue("view/text_size", state.text_size)
    settings.setValue("view/theme", state.theme)
    settings.sync()
