"""Run in a process of its own (Qt reads the screen and the scale factor once per process):
open the real window on a first start at a text size and theme, walk every screen, and
print what was measured as JSON.

    python -m tests.ui.window.screen_probe DATABASE TEXT_SIZE THEME

The screen is whatever the platform gives (an offscreen configuration file, or a real X
server); the scale factor is QT_SCALE_FACTOR.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, ms: int = 120) -> None:
    for _ in range(3):
        app.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def main(database: Path, text_size: int, theme: str) -> dict:
    from PySide6.QtWidgets import QAbstractScrollArea

    from tests.layout_checks import problems
    from viewer.store.content import ContentStore
    from viewer.store.user import UserStore
    from viewer.ui.text.two_line_list import TITLE_ROLE
    from viewer.ui.window.app import application
    from viewer.ui.window.main_window import MainWindow
    from viewer.ui.window.window_state import MemorySettings
    from viewer.vocabulary import TABS

    app = application()
    content = ContentStore(database)
    window = MainWindow(content, UserStore.in_memory(), settings=MemorySettings(text_size, theme))
    window.show()
    settle(app, 400)
    area = window.screen().availableGeometry()
    seen: list[dict] = []

    def measure(name: str) -> None:
        settle(app)
        frame = window.frameGeometry()
        page = window.topic_view.currentWidget() if window.stack.currentWidget() is window.topic_view \
            else window.stack.currentWidget()
        areas = [a for a in [page, *page.findChildren(QAbstractScrollArea)]
                 if isinstance(a, QAbstractScrollArea) and a.isVisible()]
        # the text in sight: how much of the window's height the views' viewports cover (two
        # panes side by side count once, a list above a meaning both)
        spans = sorted((top, top + a.viewport().height()) for a in areas
                       for top in [a.viewport().mapTo(window, a.viewport().rect().topLeft()).y()])
        reading, reach = 0, -1
        for top, bottom in spans:
            reading += max(0, bottom - max(top, reach))
            reach = max(reach, bottom)
        seen.append({"screen": name, "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                     "reading": reading,
                     "window": [window.width(), window.height()], "page": [page.width(), page.height()],
                     "strip": window.howto.isVisible(), "topics_folded": window.left.isHidden(),
                     "back": window.header.back.isVisible(),
                     "problems": problems(window, area)})

    measure("first start")
    window.howto.dismiss()
    topic = content.topics()[0].slug
    for tab in TABS:
        window.show_topic(topic, tab)
        measure(tab)
    window.show_sources()
    measure("sources")
    window.show_glossary()
    measure("glossary")
    window.show_topic(topic, "what")
    window.show_howto()  # asked for from the Help menu: shown whatever the room
    measure("help strip asked for")
    nav = window.nav
    titles = [nav.item(row).data(TITLE_ROLE) for row in range(nav.count())]
    result = {"area": [area.x(), area.y(), area.width(), area.height()],
              "scale": window.devicePixelRatioF(), "text_size": window.text_size,
              "nav_longest_word": nav.longest_word(), "nav_viewport": nav.viewport().width(),
              "titles": titles, "screens": seen}
    window.close()
    content.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])))
