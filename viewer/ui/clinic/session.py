"""Clear one person's session so the next person finds the app as it started.

Everything personal goes: ticks, own questions and notes; name, date and doctor (all in
the user store); the search box and the glossary's filter; the open source panel; the
clipboard; any dialog or notice left open; and the text size and colours go back to the
clinic's defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from viewer.ui.clinic.notice import FullWindowNotice
from viewer.vocabulary import TABS

if TYPE_CHECKING:
    from viewer.clinic.settings import ClinicSettings
    from viewer.ui.window.main_window import MainWindow


def clear_session(window: MainWindow, clinic: ClinicSettings) -> None:
    for dialog in window.findChildren(QDialog):  # a half-done Save, Print or Clear
        if dialog.isVisible():
            dialog.reject()
    for notice in window.findChildren(FullWindowNotice):  # "Please collect your sheet" too
        notice.hide()
    window.user.clear()
    tab = window.topic_view.questions_tab
    if tab is not None:
        tab.reload()
        tab.status.clear()
    # setText, not clear(): it also empties the undo history, so Ctrl+Z brings nothing back
    for box in window.findChildren(QLineEdit):
        if box.text():
            box.setText("")
    window.search.cancel()
    window.close_source()
    window.set_text_size(clinic.text_size, save=False)
    window.set_theme(clinic.theme, save=False)
    topics = window.content.topics()
    if topics:
        window.show_topic(topics[0].slug, TABS[0])
    window.statusBar().clearMessage()
    window.howto.show_again()  # the next patient is a first-time reader too
    QApplication.clipboard().clear()
    window.nav.setFocus()
