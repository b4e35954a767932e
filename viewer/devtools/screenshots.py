"""Render every screen to PNG with no display: each tab of each topic, sources, a source
with its quote highlighted, the glossary and a search; with a clinic file, the clinic
screens too (``clinic_screens``). Uses settings and a sheet in memory, so no one's own
questions appear in the pictures and nothing is written but the pictures."""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from viewer import translation
from viewer.clinic.settings import DESKTOP, ClinicSettings
from viewer.errors import ViewerError
from viewer.opening.choice import open_content
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.window_state import MemorySettings
from viewer.vocabulary import EVIDENCE_TAB, QUESTIONS_TAB, TABS

SIZE = (1400, 920)


def _settle(app: QApplication, ms: int = 60) -> None:
    for _ in range(3):
        app.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _offscreen_screen(width: int, height: int, scale: float) -> Path:
    """No display: one offscreen screen of the size asked for (Qt's own is 800x800), with
    ``scale`` device pixels to a point: a screen that says it has ``scale`` times the base
    dots per inch gets Qt's own high-density scaling, as QT_SCALE_FACTOR would. Returns
    the folder of its description, to remove once Qt has read it."""
    folder = Path(tempfile.mkdtemp(prefix="patient-viewer-screen-"))
    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "Screenshots", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96 * scale, "logicalBaseDpi": 96, "dpr": 1}]}))
    return folder


def write_screenshots(out: Path, database: Path | None = None,
                      clinic: ClinicSettings = DESKTOP, size: tuple[int, int] | None = None,
                      scale: float | None = None, language: str = "en",
                      text_size: int | None = None) -> list[Path]:
    """Every screen as a PNG in ``out``, in ``language``; returns their paths. ``size`` is
    the window in screen pixels: at ``scale`` 2 the window is half as many points each way,
    and each PNG is still ``size`` pixels. The scale reaches Qt only when this makes the
    application (the command line); a running application keeps its own. ``text_size`` in
    points, else the clinic's."""
    width, height = size or SIZE
    screen = _offscreen_screen(width, height, scale or 1) if QApplication.instance() is None else None
    from viewer.store.user import UserStore
    from viewer.ui.window.app import application

    if out.exists() and not out.is_dir():
        raise ViewerError(f"--out {out}: a file is there; give a folder for the PNG files")
    if language not in translation.available():
        raise ViewerError(f"--language {language}: the app has no translation in it; the languages "
                          f"are {', '.join(translation.available())}")
    # Qt splits the platform string at every ":", which cuts a Windows path (C:\\...) in
    # two, and a temporary folder may be on another drive than the current one: the file
    # is named relative to its folder, and the application is made there.
    with contextlib.chdir(screen) if screen is not None else contextlib.nullcontext():
        app = application(platform="offscreen:configfile=screen.json" if screen else None,
                          language=language)
    if screen is not None:
        shutil.rmtree(screen, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    opened = open_content(database, clinic.trusted_keys)
    content = opened.store
    user = UserStore.in_memory()
    window = MainWindow(content, user, settings=MemorySettings(text_size or clinic.text_size,
                                                             clinic.theme),
                        origin=opened.origin)
    scale = window.devicePixelRatioF()
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(round(width / scale), round(height / scale))
    if window.width() * scale > width or window.height() * scale > height:
        print(f"note: the window cannot be smaller than {window.width()}x{window.height()} points; "
              f"the pictures are {round(window.width() * scale)}x{round(window.height() * scale)}",
              file=sys.stderr)
    window.show()
    _settle(app)

    def shot(name: str) -> None:
        _settle(app)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    shot("first-start")  # with the "How to use this app" strip
    window.howto.dismiss()
    topics = content.topics()
    for topic in topics:
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            if tab == QUESTIONS_TAB and topic is topics[0]:  # two ticked: My sheet shows them
                for row in list(window.topic_view.questions_tab.rows.values())[:2]:
                    row.box.setChecked(True)
            shot(f"{topic.slug}-{tab}")
    window.show_sources()
    shot("sources")
    if topics:
        window.show_topic(topics[0].slug, EVIDENCE_TAB)
        cited = next((g for g in window.topic_view.links[EVIDENCE_TAB].groups if len(g[0].quote) > 20),
                     None)
        if cited:
            window.open_citations(cited)
            shot("source-with-quote")
        window.close_source()
    notes = next((s for s in content.sources() if s.is_editors_notes), None)
    if notes:
        window.open_source(notes.id)
        shot("editors-notes")
        window.close_source()
    window.show_glossary()
    shot("glossary")
    window.search_for("JX594")
    shot("search")
    window.search_for("")
    if topics:
        window.set_theme("high-contrast", save=False)
        window.show_topic(topics[0].slug, EVIDENCE_TAB)
        shot("high-contrast-evidence")
        window.set_theme(clinic.theme, save=False)
    if clinic.in_clinic:
        from viewer.devtools.clinic_screens import clinic_screens

        clinic_screens(window, clinic, out, shot)
        window.clinic_mode.leave()
    window.close()
    user.close()
    content.close()
    return written
