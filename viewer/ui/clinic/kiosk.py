"""Clinic mode on the main window: the clinic's letterhead on sheets, the idle reset, and
in a kiosk the Finish button, no way out but the staff's keys, and no file dialogs.

The window knows nothing of clinics; this attaches to it from outside (docs/clinic.md),
through ``ClinicHost``: a signal and a few methods, never the window's parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QPushButton, QWidget

from viewer.sheet.model import Letterhead, Sheet
from viewer.ui import deferred
from viewer.ui.clinic.finish import FinishFlow, default_printer, finish_button
from viewer.ui.clinic.idle import GRACE_MS, IdleReset
from viewer.ui.clinic.notice import FullWindowNotice
from viewer.ui.clinic.session import SessionHost, clear_session
from viewer.ui.pages.source_view import NO_BROWSER, SourceView
from viewer.ui.questions.print_step import sheet_to_print
from viewer.ui.window.action_flags import opens_a_dialog

if TYPE_CHECKING:
    from viewer.clinic.settings import ClinicSettings
    from viewer.store.content import ContentStore
    from viewer.store.user import UserStore
    from viewer.ui.questions.questions_tab import QuestionsTab

LEAVE_KEYS = "Ctrl+Alt+Shift+Q"  # documented for staff in docs/clinic.md
PROBLEMS_TITLE = QT_TRANSLATE_NOOP("kiosk", "For staff: the clinic settings file has problems")
PROBLEMS_BODY = QT_TRANSLATE_NOOP("kiosk", "The app started with safe settings for the lines below. "
                                           "Please pass this on to whoever looks after this computer.")
translate = QCoreApplication.translate


def _leave_keys(event: QKeyEvent) -> bool:
    pressed = event.keyCombination()
    wanted = QKeySequence(LEAVE_KEYS)[0]
    mods = pressed.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return pressed.key() == wanted.key() and mods == wanted.keyboardModifiers()


class ClinicHost(SessionHost, Protocol):
    """What clinic mode asks of the window, besides being a QMainWindow."""

    questions_tab_made: SignalInstance  # the Questions tab, when it is first made

    @property
    def text_size(self) -> int: ...
    def add_to_header(self, widget: QWidget) -> None: ...
    def show_message(self, text: str, ms: int) -> None: ...


class ClinicMode(QObject):
    """``idle_ms`` and ``grace_ms`` default to the clinic's minutes and 30 seconds; tests
    make them short. ``printer`` finds the default printer (tests print to a PDF)."""

    def __init__(self, window: ClinicHost | QMainWindow, clinic: ClinicSettings,
                 content: ContentStore, user: UserStore, idle_ms: int | None = None,
                 grace_ms: int = GRACE_MS,
                 printer: Callable[[], QPrinter | None] = default_printer) -> None:
        super().__init__(window)
        self.window = window
        self.clinic = clinic
        self.content, self.user = content, user
        self.leaving = False
        self.letterhead = Letterhead(tuple(clinic.sheet_lines), clinic.paper, clinic.clinic_phone)
        window.questions_tab_made.connect(self._questions_tab_made)
        for tab in window.findChildren(deferred.questions_tab()):  # made before clinic mode came
            self._questions_tab_made(tab)
        self.idle: IdleReset | None = None
        if clinic.idle_reset:
            self.idle = IdleReset(window, idle_ms or clinic.idle_minutes * 60_000, self.clear,
                                  grace_ms)
        self.finish = FinishFlow(window, self.sheet, self.letterhead, self.clear, printer)
        self.finish_button: QPushButton | None = None
        if clinic.kiosk:
            self._lock_down()
        window.installEventFilter(self)
        self.problems = FullWindowNotice(window, translate("kiosk", "Clinic settings problems"))
        self.problems.pressed.connect(self.problems.hide)

    def sheet(self) -> Sheet:
        return sheet_to_print(self.content, self.user, self.letterhead, self.window.text_size)

    def clear(self) -> None:
        clear_session(self.window, self.window, self.content, self.user, self.clinic)

    def show_problems(self) -> bool:
        """Show staff what is wrong with the settings file; False if nothing is."""
        if not self.clinic.problems:
            return False
        lines = "\n".join(str(p) for p in self.clinic.problems)
        self.problems.show_notice(translate("kiosk", PROBLEMS_TITLE), translate("kiosk", PROBLEMS_BODY),
                                  translate("kiosk", "Continue"), lines)
        self.window.show_message(translate("kiosk", "Clinic settings: {problem}").format(
            problem=self.clinic.problems[0]), 30000)
        return True

    def _questions_tab_made(self, tab: QuestionsTab) -> None:
        tab.letterhead = self.letterhead
        if self.clinic.kiosk:
            tab.lock_down()

    def _lock_down(self) -> None:
        # every menu entry flagged as opening a dialog goes, whatever its words, and a menu
        # left empty goes with it
        for menu in [a.menu() for a in self.window.menuBar().actions() if a.menu()]:
            for action in menu.actions():
                if opens_a_dialog(action):
                    action.setVisible(False)
                    action.setEnabled(False)  # its shortcut too
            if not any(a.isVisible() for a in menu.actions()):
                menu.menuAction().setVisible(False)
        self.finish_button = finish_button()
        self.finish_button.clicked.connect(self.finish.start)
        self.window.add_to_header(self.finish_button)
        self.window.setProperty(NO_BROWSER, True)  # a source view asks before it offers one
        for view in self.window.findChildren(SourceView):  # made before clinic mode came
            view.show_open_button()
        leave = QShortcut(QKeySequence(LEAVE_KEYS), self.window)
        leave.setContext(Qt.ShortcutContext.ApplicationShortcut)
        leave.activated.connect(self.leave)
        # a modal dialog shadows even an application shortcut; the keys are seen here first
        QApplication.instance().installEventFilter(self)

    def leave(self) -> None:
        """Staff leave the kiosk: the app closes (an in-memory sheet goes with it), and
        any dialog open over it with it."""
        self.leaving = True
        app = QApplication.instance()
        app.removeEventFilter(self)
        dialogs = [d for d in self.window.findChildren(QDialog) if d.isVisible()]
        if isinstance(modal := app.activeModalWidget(), QDialog) and modal not in dialogs:
            dialogs.append(modal)
        for dialog in dialogs:
            dialog.reject()
        self.window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """In a kiosk only the staff's keys close the window; a closed window stops watching."""
        if event.type() == QEvent.Type.KeyPress and self.clinic.kiosk and _leave_keys(event):
            self.leave()
            return True
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.clinic.kiosk and not self.leaving:
                event.ignore()
                return True
            if self.idle is not None:
                self.idle.stop()
        return super().eventFilter(watched, event)
