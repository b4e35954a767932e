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


def fit_titles(bar: QTabBar, titles: list[str], width: int,
               short: list[str] | None = None) -> int:
    """The first that fits in ``width``: each title on one line, the short forms on one line,
    then the short forms on two (one line of tabs leaves the page more room than two).
    Without short forms: the titles on one line, then on two. The bar shows no scroll arrows
    and cuts nothing.

    Returns the bar's width with the last of these: the least width the tabs can have.
    """
    forms = [titles, short, [two_lines(t) for t in short]] if short else \
        [titles, [two_lines(t) for t in titles]]
    widths = []
    for form in forms:
        _set(bar, form)
        widths.append(_with_bold(bar.sizeHint().width()))
    chosen = next((f for f, w in zip(forms, widths, strict=True) if w <= width), forms[-1])
    _set(bar, chosen)
    return widths[-1]


def _set(bar: QTabBar, titles: list[str]) -> None:
    for i, title in enumerate(titles):
        if bar.tabText(i) != title:
            bar.setTabText(i, title)


def _with_bold(width: int) -> int:
    """A little room to spare (the chosen tab is no longer bold: the bar keeps its place)."""
    return width + 8
