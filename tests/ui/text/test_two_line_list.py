"""The topic list's rows: title over summary, muted as the pages are, fitted to width and size."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from viewer.ui.text.two_line_list import KEY_ROLE, TwoLineList, muted_colour
from viewer.ui.window.theme import THEMES

LONG = ("An experimental cancer treatment from Russia. As of December 2025, it was not "
        "for sale and was still in its first trial in people.")


def test_each_theme_gives_the_rows_its_page_muted_colour() -> None:
    found = {name: muted_colour(theme.page_css) for name, theme in THEMES.items()}
    assert found == {"day": "#5b6168", "high-contrast": "#ffffff"}


def _list(qtbot, points: int, width: int = 300) -> TwoLineList:
    view = TwoLineList("Topics", THEMES["day"].page_css)
    qtbot.addWidget(view)
    font = QFont(view.font())
    font.setPointSize(points)
    view.setFont(font)
    view.resize(width, 600)
    view.add("Enteromix", LONG, "enteromix")
    view.add("Sources", "The articles", "page:sources")
    view.show()
    qtbot.waitExposed(view)
    return view


def test_rows_wrap_and_grow_with_the_text_size(qtbot) -> None:
    small, large = _list(qtbot, 10), _list(qtbot, 20)
    heights = [[v.visualItemRect(v.item(r)).height() for r in range(2)] for v in (small, large)]
    assert heights[0][0] > heights[0][1]  # the long summary wraps onto more lines
    assert heights[1][0] > heights[0][0] * 1.6  # twice the size, nearly twice the height
    narrow = _list(qtbot, 10, width=200)
    assert narrow.visualItemRect(narrow.item(0)).height() > heights[0][0]


def test_the_title_is_painted_in_ink_and_the_summary_muted(qtbot) -> None:
    view = _list(qtbot, 12)
    view.setCurrentRow(1)  # the long row is not selected: its summary is muted
    QApplication.processEvents()
    rect = view.visualItemRect(view.item(0))
    image = view.viewport().grab(rect).toImage()

    def darkest(top: int, bottom: int) -> int:  # the red of the most inked pixel in the band
        return min(image.pixelColor(x, y).red() for x in range(image.width())
                   for y in range(top, bottom))

    title_band, summary_band = (0, rect.height() // 4), (rect.height() // 2, rect.height())
    assert darkest(*title_band) < 50  # the palette's text colour (no stylesheet here): near black
    assert 70 < darkest(*summary_band) < 110  # muted #5b6168 (red 91), never darker
    assert view.item(0).data(KEY_ROLE) == "enteromix"
