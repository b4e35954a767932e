"""The window's menu entries and keyboard shortcuts, as one table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.ui.text.labels import tab_title
from viewer.ui.window.install_update import add_install_action
from viewer.ui.window.language import add_language_menu
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE
from viewer.vocabulary import TABS

if TYPE_CHECKING:
    from viewer.ui.window.main_window import MainWindow

translate = QCoreApplication.translate
Keys = list[QKeySequence | QKeySequence.StandardKey | str]


def _add(window: MainWindow, menu: QMenu, text: str, keys: Keys, slot: Callable) -> QAction:
    action = QAction(text, window)
    unique: dict[str, QKeySequence] = {}
    for key in keys:  # a standard key may repeat one we list: keep one of each
        sequence = QKeySequence(key)
        unique.setdefault(sequence.toString(), sequence)
    action.setShortcuts([s for s in unique.values() if not s.isEmpty()])
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
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
         window.header.contrast.toggle),
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
    if add_install_action(window, content) is None:  # no one could install here
        content.menuAction().setVisible(False)
    help_menu = window.menuBar().addMenu(translate("actions", "&Help"))
    _add(window, help_menu, translate("actions", "How to use this app"), [], window.show_howto)
