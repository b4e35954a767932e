"""The language of the window: chosen at start, changed from View › Language.

At start the first of these the app has a translation for wins: ``--language CODE``, the
clinic's ``language`` key, what this user chose last time (not in clinic mode: a clinic
computer remembers nothing between people), the computer's own language; else English.
A change from the menu makes the window again in the new language, on the same page,
with the same sheet (``app.start`` does the making).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from viewer import translation
from viewer.translation import language_name
from viewer.ui.window.action_flags import new_action

if TYPE_CHECKING:
    from viewer.clinic.settings import ClinicSettings
    from viewer.ui.window.window_state import Settings

KEY = "view/language"
log = logging.getLogger(__name__)


def start_language(asked: str | None, clinic: ClinicSettings, settings: Settings) -> str:
    """The language to start in (see the module's note)."""
    have = translation.available()
    system = QLocale.system().name().replace("_", "-")
    saved = str(settings.value(KEY, "") or "")
    wanted = [asked, clinic.language, saved, system, system.split("-")[0]]
    for code in wanted:
        if code and code in have:
            return code
    for code in (asked, clinic.language):
        if code:
            log.warning("no translation of the app in %r; the languages are %s", code, ", ".join(have))
            break
    return translation.SOURCE_LANGUAGE


def add_language_menu(parent: QMenu, chosen: Callable[[str], None]) -> QMenu:
    """View › Language: one entry a language the app has, the one in force ticked. A
    pseudo-locale is listed only while it is in force (it is for testing)."""
    menu = parent.addMenu(QCoreApplication.translate("language", "&Language"))
    group = QActionGroup(menu)
    current = translation.current()
    for code in translation.available():
        if code in translation.PSEUDO_LANGUAGES and code != current:
            continue
        action = new_action(language_name(code), menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: chosen(c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def remember(settings: Settings, code: str) -> None:
    settings.setValue(KEY, code)
    settings.sync()
