"""What the window remembers between runs: size, topic, tab, text size and theme."""

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


def open_settings(path: Path | None = None) -> QSettings:
    """The settings file in the user-data folder (tests point that folder elsewhere)."""
    return QSettings(str(path or paths.settings_file()), QSettings.Format.IniFormat)


def _int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def load_state(settings: QSettings) -> WindowState:
    d = WindowState()
    return WindowState(
        width=max(640, _int(settings, "window/width", d.width)),
        height=max(480, _int(settings, "window/height", d.height)),
        topic=str(settings.value("view/topic", d.topic)),
        tab=str(settings.value("view/tab", d.tab)),
        text_size=clamp_text_size(_int(settings, "view/text_size", d.text_size)),
        theme=str(settings.value("view/theme", d.theme)),
    )


def save_state(settings: QSettings, state: WindowState) -> None:
    settings.setValue("window/width", state.width)
    settings.setValue("window/height", state.height)
    settings.setValue("view/topic", state.topic)
    settings.setValue("view/tab", state.tab)
    settings.setValue("view/text_size", state.text_size)
    settings.setValue("view/theme", state.theme)
    settings.sync()
