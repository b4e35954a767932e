"""The topic tabs' titles, always whole: no scroll arrows, no "…"; on two lines when narrow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar


def fit_tab_bar(bar: QTabBar) -> None:
    """Every tab shows its whole title: nothing hides behind scroll arrows or is cut short."""
    bar.setUsesScrollButtons(False)
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setExpanding(False)


def two_lines(title: str) -> str:
    """The title broken at the space nearest its middle: "Where the evidence\\nstands"."""
    words = title.split()
    if len(words) < 3:
        return title
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(title) / 2))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def fit_titles(bar: QTabBar, titles: list[str], width: int) -> int:
    """One line each if the whole bar fits in ``width``, else the long titles on two lines.

    Returns the bar's width with two-line titles: the least width the tabs can have.
    """
    for i, title in enumerate(titles):
        bar.setTabText(i, two_lines(title))
    least = _with_bold(bar.sizeHint().width())
    for i, title in enumerate(titles):
        bar.setTabText(i, title)
    if _with_bold(bar.sizeHint().width()) > width:
        for i, title in enumerate(titles):
            bar.setTabText(i, two_lines(title))
    return least


def _with_bold(width: int) -> int:
    """Room for the chosen tab's title in bold, which the bar's size hint may not count yet."""
    return int(width * 1.05) + 8
