"""Every screen at 1280x720, 1366x768, 1920x1080 and 3840x2160, at normal text and three
steps larger, and (in a second process) at Qt's scale factor 2: one scroll per view,
nothing clipped, every tab title whole."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from tests.layout_checks import problems, scrolls
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE
from viewer.vocabulary import TABS

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]

SCREENS = [(1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]
# At scale 2 a 1280x720 or 1366x768 screen is 640x360 or 683x384 points: below the window's
# least size (760x540), so those two are not claimed; every other pair is.
SMALLEST_POINTS = (760, 540)


def walk_every_screen(window, screen: QRect, least: bool = False) -> dict[str, list[str]]:
    """Show each screen in turn; the problems found on each, by screen. With ``least``, the
    window is made as small as it goes on each screen (the screen itself is not checked)."""
    found: dict[str, list[str]] = {}
    topic = window.content.topics()[0].slug

    def check(name: str) -> None:
        QApplication.processEvents()
        for _ in range(3 if least else 0):  # (wrapped rows may ask for more height on the way)
            window.resize(1, 1)
            QApplication.processEvents()
        seen = problems(window, screen)
        if seen:
            found[name] = seen

    check("first start")
    window.howto.dismiss()
    for tab in TABS:
        window.show_topic(topic, tab)
        check(tab)
    rows = list(window.topic_view.questions_tab.rows.values())
    for row in rows[:3]:
        row.box.setChecked(True)
    check("questions, three ticked")
    window.show_topic(topic, "what")
    window.open_citations(window.topic_view.links["what"].groups[0])
    check(f"source ({'over the page' if window.source_panel.over_page() else 'beside'})")
    window.close_source()
    notes = next(s for s in window.content.sources() if s.is_editors_notes)
    window.open_source(notes.id)
    check("editors' notes")
    window.close_source()
    window.show_sources()
    check("sources")
    window.show_glossary()
    check("glossary")
    window.search_for("vaccine")
    check("search")
    window.search_for("")
    return found


def run_sizes(qtbot, database, text_size: int) -> dict[str, list[str]]:
    every: dict[str, list[str]] = {}
    for width, height in SCREENS:
        window = open_window(qtbot, database)
        scale = window.devicePixelRatioF()
        if width / scale < SMALLEST_POINTS[0] or height / scale < SMALLEST_POINTS[1]:
            window.close()
            continue
        screen = QRect(0, 0, round(width / scale), round(height / scale))
        window.showNormal()
        window.set_text_size(text_size, save=False)
        window.resize(screen.size())
        for name, seen in walk_every_screen(window, screen).items():
            every[f"{width}x{height} scale {scale:g} text {text_size}pt, {name}"] = seen
        window.close()
    window = open_window(qtbot, database)  # and the window made as small as it goes
    window.showNormal()
    window.set_text_size(text_size, save=False)
    for name, seen in walk_every_screen(window, QRect(0, 0, 10_000, 10_000), least=True).items():
        every[f"least window {window.width()}x{window.height()} text {text_size}pt, {name}"] = seen
    window.close()
    return every


@pytest.mark.parametrize("steps", [0, 3])
def test_every_screen_at_every_size_has_one_scroll_and_nothing_clipped(qtbot, real_db, steps):
    every = run_sizes(qtbot, real_db, DEFAULT_TEXT_SIZE + steps)
    assert not every, "\n".join(f"{where}:\n  " + "\n  ".join(seen) for where, seen in every.items())


def test_a_text_block_sized_to_its_text_is_no_scrolling_view_but_the_page_is(qtbot, small_db):
    window = open_window(qtbot, small_db)
    page = window.topic_view.pages["what"]
    assert scrolls(page)
    assert page.blocks() and not any(scrolls(block) for block in page.blocks())


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "2", reason="this is the second process")
def test_at_scale_factor_two(tmp_path):
    """Qt reads QT_SCALE_FACTOR once per process: run the size checks again in another."""
    env = dict(os.environ, QT_SCALE_FACTOR="2")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             f"{__file__}::test_every_screen_at_every_size_has_one_scroll_and_nothing_clipped"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:]
