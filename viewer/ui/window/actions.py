"""The window's menu entries and keyboard shortcuts, as one table.

They call the window through ``ActionHost``, the few methods a menu needs, never
its parts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from viewer.ui.text.labels import tab_title
from viewer.ui.window.action_flags import new_action
from viewer.ui.window.install_update import add_install_action
from viewer.ui.window.language import add_language_menu
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE
from viewer.vocabulary import TABS

translate = QCoreApplication.translate
Keys = list[QKeySequence | QKeySequence.StandardKey | str]


class ActionHost(Protocol):
    """What the menus ask of the window (a QMainWindow)."""

    @property
    def text_size(self) -> int: ...
    def set_text_size(self, points: int, save: bool = True) -> None: ...
    def toggle_contrast(self) -> None: ...
    def focus_search(self) -> None: ...
    def focus_topics(self) -> None: ...
    def go_tab(self, tab: str) -> None: ...
    def show_glossary(self, term: str | None = None) -> None: ...
    def show_sources(self) -> None: ...
    def escape(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)


def _add(window: QWidget, menu: QMenu, text: str, keys: Keys, slot: Callable) -> QAction:
    action = new_action(text, window)
    unique: dict[str, QKeySequence] = {}
    for key in keys:  # a standard key may repeat one we list: keep one of each
        sequence = QKeySequence(key)
        unique.setdefault(sequence.toString(), sequence)
    action.setShortcuts([s for s in unique.values() if not s.isEmpty()])
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def build_actions(window: ActionHost, clinic_keys: Sequence[str]) -> None:
    """``clinic_keys``: the keys trusted to sign content updates (clinic settings)."""
    view = window.menuBar().addMenu(translate("actions", "&View"))
    go = window.menuBar().addMenu(translate("actions", "&Go"))
    content = window.menuBar().addMenu(translate("actions", "&Content"))
    window.menuBar().setAccessibleName(translate("actions", "Menu"))
    size = window.set_text_size
    table: list[tuple[QMenu, str, Keys, Callable]] = [
        (view, translate("actions", "Larger text"), [QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
         lambda: size(window.text_size + 1)),
        (view, translate("actions", "Smaller text"), [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
         lambda: size(window.text_size - 1)),
        (view, translate("actions", "Normal text size"), ["Ctrl+0"], lambda: size(DEFAULT_TEXT_SIZE)),
        (view, translate("actions", "High contrast on or off"), ["Ctrl+Shift+H"],
         window.toggle_contrast),
        (go, translate("actions", "Search"), [QKeySequence.StandardKey.Find, "Ctrl+F"], window.focus_search),
        (go, translate("actions", "Topic list"), ["Ctrl+L"], window.focus_topics),
        *[(go, translate("actions", "Tab {number}: {title}").format(number=i, title=tab_title(tab)),
           [f"Ctrl+{i}"],
           lambda _=False, t=tab: window.go_tab(t)) for i, tab in enumerate(TABS, start=1)],
        (go, translate("actions", "Glossary"), ["Ctrl+G"], lambda: window.show_glossary()),
        (go, translate("actions", "Sources"), ["Ctrl+Shift+S"], window.show_sources),
        (go, translate("actions", "Close the source, or the search"), ["Esc"], window.escape),
    ]
    for menu, text, keys, slot in table:
        _add(window, menu, text, keys, slot)
    add_language_menu(view, window.language_chosen.emit)
    if add_install_action(window, content, clinic_keys) is None:  # no one could install here
        content.menuAction().setVisible(False)
    help_menu = window.menuBar().addMenu(translate("actions", "&Help"))
    _add(window, help_menu, translate("actions", "How to use this app"), [], window.show_howto)
