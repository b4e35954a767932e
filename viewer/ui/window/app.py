"""Start the desktop app: fonts, content, the user's sheet, the window; errors shown plainly.

In a clinic (docs/clinic.md) the sheet and the window's settings stay in memory unless
the clinic keeps sheets on disk, and ``ClinicMode`` adds the kiosk and the idle reset.
On a computer that does not let the app write its folders, the window still opens
with the sheet in memory, and says so once.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from viewer import collector, fonts, paths, translation
from viewer.clinic.settings import DESKTOP, ClinicSettings
from viewer.errors import DatabaseError, printable
from viewer.opening.choice import Opened, open_content
from viewer.opening.repair import CannotRepair
from viewer.store.user import UserStore
from viewer.ui import deferred
from viewer.ui.first_frame import AfterFrame
from viewer.ui.text.opening_words import cannot_repair, opening_notice, set_aside_notice
from viewer.ui.window.header import app_title
from viewer.ui.window.language import remember, start_language
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE
from viewer.ui.window.window_state import MemorySettings, Settings, open_settings

log = logging.getLogger(__name__)
DATABASE_HELP = QT_TRANSLATE_NOOP("app", "The app could not open its information pages.\n\n{error}\n\n"
                 "Nothing of yours was changed. Please reinstall the app, or ask the person "
                 "who looks after this computer.")
CANNOT_SAVE = QT_TRANSLATE_NOOP("app", "This computer does not let the app save your question sheet.\n\n"
               "You can still use everything: your sheet is kept while the app is open. "
               "Print it, or save it as a PDF in a folder you choose, before you close the app.")


translate = QCoreApplication.translate


def application(platform: str | None = None,
                language: str = translation.SOURCE_LANGUAGE) -> QApplication:
    """The application, made on first call, with ``language``'s translations in force
    (English if the app has none in that language); ``platform`` is Qt's ``-platform`` option."""
    argv = sys.argv[:1] + (["-platform", platform] if platform else [])
    app = QApplication.instance() or QApplication(argv)
    translation.install(language)
    app.setApplicationName("patient-viewer")
    app.setApplicationDisplayName(app_title())
    app.setFont(fonts.text_font(DEFAULT_TEXT_SIZE))
    return app


def start(database: Path | None = None, clinic: ClinicSettings = DESKTOP,
          user: UserStore | None = None, language: str | None = None) -> MainWindow | None:
    """The window, shown; or None after telling the user why the content would not open.
    ``user`` is the sheet to show (tests give one whose disk fills up); by default the
    one the clinic settings ask for. ``language``: ``--language``, which wins over the
    clinic's and the user's own choice (see ``language.start_language``)."""
    try:
        opened = open_content(database, clinic.trusted_keys)
    except DatabaseError as err:
        log.error("the app could not start: %s", err)
        said = cannot_repair(err) if isinstance(err, CannotRepair) else str(err)
        deferred.message_boxes().cannot_open(translate("app", DATABASE_HELP).format(error=printable(said)))
        return None
    if user is None:
        user = UserStore(paths.user_database()) if clinic.saves_sheets else UserStore.in_memory()
    settings = MemorySettings(clinic.text_size, clinic.theme) if clinic.in_clinic else open_settings()
    code = start_language(language, clinic, settings)
    if code != translation.current():
        translation.install(code)
    window = _make_window(opened, user, settings, clinic)
    if window is None:
        return None
    notices = [n for n in (opening_notice(opened), set_aside_notice(user.set_aside)) if n]
    if user.cannot_save:
        notices.append(translate("app", CANNOT_SAVE))
    else:
        user.when_cannot_save(
            lambda _why: deferred.message_boxes().tell(_windows[-1], translate("app", CANNOT_SAVE)))
    if notices:
        deferred.message_boxes().tell(window, "\n\n".join(notices))
    if clinic.in_clinic:
        for mode in window.findChildren(deferred.clinic_mode()):
            mode.show_problems()
    return window


_windows: list[MainWindow] = []  # the window shown; made again when the language changes


def _make_window(opened: Opened, user: UserStore, settings: Settings,
                 clinic: ClinicSettings) -> MainWindow | None:
    content = opened.store.in_language(translation.current())  # the pages in the reader's language
    try:
        window = MainWindow(content, user, settings=settings, origin=opened.origin,
                            clinic_keys=clinic.trusted_keys,
                            clinic_phone=clinic.clinic_phone if clinic.in_clinic else "")
    except DatabaseError as err:  # damage inside the file, met while the first page is made
        log.error("the app could not start: %s", err)
        said = translate("app", DATABASE_HELP).format(error=printable(str(err)))
        deferred.message_boxes().cannot_open(said)
        return None
    if clinic.in_clinic:
        window.clinic_mode = deferred.clinic_mode()(window, clinic, content, user)
    if clinic.kiosk:
        window.showFullScreen()
    else:
        window.show()
    window.language_chosen.connect(lambda code: _change_language(window, code, opened, user, settings,
                                                                 clinic))
    _windows[:] = [window]
    return window


def _change_language(old: MainWindow, code: str, opened: Opened, user: UserStore,
                     settings: Settings, clinic: ClinicSettings) -> None:
    """Every word in ``code``: the window made again, on the same page, with the same sheet;
    remembered for next time (in memory only, in a clinic)."""
    if code == translation.current():
        return
    remember(settings, code)
    translation.install(code)
    geometry = old.saveGeometry()
    old_state = old.state
    old.hide()
    window = _make_window(opened, user, settings, clinic)
    if window is None:
        return
    if not clinic.kiosk:
        window.restoreGeometry(geometry)
    window.set_text_size(old_state.text_size, save=False)
    window.set_theme(old_state.theme, save=False)
    if old.clinic_mode is not None:
        old.clinic_mode.leave()  # its idle reset and kiosk keys go with it
    else:
        old.close()
    old.deleteLater()




def run(database: Path | None = None, clinic: ClinicSettings = DESKTOP,
        language: str | None = None) -> int:
    app = application()
    window = start(database, clinic, language=language)
    if window is None:
        return 2
    if clinic.content_folder:
        deferred.content_watch().watch_content_folder(window, clinic)
    _after_first_frame(window, collect_from_now_on)
    return app.exec()


def _after_first_frame(window: QWidget, then: Callable[[], None]) -> None:
    """``then`` once the window's first frame has painted, or after two seconds if it has
    not painted by then (a window that is never shown must not keep the collector off)."""
    AfterFrame(window, then)
    QTimer.singleShot(2000, then)


def collect_from_now_on() -> None:
    """The cycle collector on again, with what start-up made set aside (viewer/collector.py)."""
    collector.resume(freeze=True)
