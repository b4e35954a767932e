"""Clear one person's session so the next person finds the app as it started.

Everything personal goes: ticks, own questions and notes; name, date and doctor (all in
the user store); the search box and the glossary's filter; the open source panel; the
clipboard and the X11 selection (what a middle-click pastes); any dialog or notice left
open; and the text size and colours go back to the clinic's defaults, on the first topic,
with the how-to strip shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from viewer.ui import deferred
from viewer.ui.clinic.notice import FullWindowNotice
from viewer.ui.window.howto import HowToStrip
from viewer.vocabulary import TABS

if TYPE_CHECKING:
    from viewer.clinic.settings import ClinicSettings
    from viewer.store.content import ContentStore
    from viewer.store.user import UserStore


class SessionHost(Protocol):
    """The window, as far as clearing a session goes."""

    def cancel_search(self) -> None: ...
    def close_source(self) -> None: ...
    def set_text_size(self, points: int, save: bool = True) -> None: ...
    def set_theme(self, name: str, save: bool = True) -> None: ...
    def show_topic(self, slug: str, tab: str | None = None) -> None: ...
    def focus_topics(self) -> None: ...


def clear_session(window: QWidget, host: SessionHost, content: ContentStore, user: UserStore,
                  clinic: ClinicSettings) -> None:
    for dialog in window.findChildren(QDialog):  # a half-done Save, Print or Clear
        if dialog.isVisible():
            dialog.reject()
    for notice in window.findChildren(FullWindowNotice):  # "Please collect your sheet" too
        notice.hide()
    user.clear()
    for tab in window.findChildren(deferred.questions_tab()):
        tab.reload()
        tab.status.clear()
    # setText, not clear(): it also empties the undo history, so Ctrl+Z brings nothing back
    for box in window.findChildren(QLineEdit):
        if box.text():
            box.setText("")
    host.cancel_search()
    host.close_source()
    host.set_text_size(clinic.text_size, save=False)
    host.set_theme(clinic.theme, save=False)
    if topics := content.topics():
        host.show_topic(topics[0].slug, TABS[0])
    for strip in window.findChildren(HowToStrip):
        strip.show_again()  # the next patient is a first-time reader too
    clear_clipboard()
    host.focus_topics()


def clear_clipboard() -> None:
    """Empty the clipboard and, where the system has one, the selection a middle-click pastes."""
    clipboard = QApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
