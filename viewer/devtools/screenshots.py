"""Render every screen to PNG with no display: each tab of each topic, sources, a source
with its quote highlighted, the glossary and a search. Uses a throwaway settings file and
sheet, so no one's own questions appear in the pictures."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from viewer.store.open_or_rebuild import open_content
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.window_state import open_settings
from viewer.vocabulary import TABS

SIZE = (1400, 920)


def _settle(app: QApplication, ms: int = 60) -> None:
    for _ in range(3):
        app.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def write_screenshots(out: Path, database: Path | None = None) -> int:
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from viewer.store.user import UserStore
    from viewer.ui.window.app import application

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        opened = open_content(database)
        content = opened.store
        user = UserStore(Path(tmp) / "sheet.db")
        window = MainWindow(content, user, settings=open_settings(Path(tmp) / "settings.ini"),
                            origin=opened.origin)
        window.resize(*SIZE)
        window.show()
        _settle(app)

        def shot(name: str) -> None:
            _settle(app)
            path = out / f"{len(written) + 1:02d}-{name}.png"
            window.grab().save(str(path))
            written.append(path)

        topics = content.topics()
        for topic in topics:
            for tab in TABS:
                window.show_topic(topic.slug, tab)
                shot(f"{topic.slug}-{tab}")
        window.show_sources()
        shot("sources")
        if topics:
            window.show_topic(topics[0].slug, "evidence")
            cited = next((g for g in window.topic_view.links["evidence"].groups if len(g[0].quote) > 20),
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
            window.show_topic(topics[0].slug, "evidence")
            shot("high-contrast-evidence")
        window.close()
        user.close()
        content.close()
    for path in written:
        print(path)
    return 0
