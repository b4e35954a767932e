"""Every colour pair the themes use, measured against WCAG 2.2 AA: 4.5:1 for text, 3:1 for
the edges of controls, ticks and focus rings. The colours are read from the stylesheets
and palettes themselves, so a change to a file is measured, not a copy of it.

    python -m tests.ui.window.test_contrast    prints the table (for the notes)
"""

from __future__ import annotations

import re

import pytest

from viewer import resources
from viewer.ui.window.theme import PALETTES, THEMES

TEXT, CONTROL = 4.5, 3.0
_BLOCK = re.compile(r"([^{}]+)\{([^}]*)\}")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    """(selectors, declarations) of each rule, in order; comments dropped."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = []
    for selectors, body in _BLOCK.findall(sheet):
        names = [" ".join(s.split()) for s in selectors.split(",")]
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = value.strip()
        found.append((names, decls))
    return found


def colour(sheet: str, selector: str, prop: str) -> str:
    """The colour the last rule naming ``selector`` gives ``prop`` (the hex in a border)."""
    value = None
    for names, decls in rules(sheet):
        if selector in names and prop in decls:
            value = decls[prop]
    assert value is not None, f"no {prop} for {selector}"
    hexes = _HEX.findall(value)
    assert hexes, f"{selector} {prop}: {value!r} names no colour"
    return hexes[-1].lower()


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(h[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pairs(theme: str) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, least ratio) for every pair the theme uses."""
    qss = resources.read_text(f"styles/{theme}.qss")
    css = resources.read_text(f"styles/{theme}-page.css")
    pal = PALETTES[theme]

    def q(selector: str, prop: str = "color") -> str:
        return colour(qss, selector, prop)

    def c(selector: str, prop: str = "color") -> str:
        return colour(css, selector, prop)

    page = q("QTextBrowser", "background")
    window = q("QMainWindow", "background")
    header = q("QWidget#header", "background")
    button = q("QPushButton", "background")
    ladder = q("LadderWidget", "background")
    out = [
        ("window text", q("QWidget"), window, TEXT),
        ("app title", q("QLabel#appTitle"), header, TEXT),
        ("page text", c("body"), page, TEXT),
        ("page headings", c("h1"), page, TEXT),
        ("links in the page", c("a"), page, TEXT),
        ("citation numbers [1]", c("a.cite"), page, TEXT),
        ("glossary words", c("a.term"), page, TEXT),
        ("topic links", c("a.topic"), page, TEXT),
        ("muted text (dates, sources)", c(".muted"), page, TEXT),
        ("key points heading", c(".keyhead"), c(".keypoints", "background-color"), TEXT),
        ("key points text", c("body"), c(".keypoints", "background-color"), TEXT),
        ("links in key points", c("a.cite"), c(".keypoints", "background-color"), TEXT),
        ("evidence card text", c("body"), c(".card", "background-color"), TEXT),
        ("tag: good", c(".good"), c(".good", "background-color"), TEXT),
        ("tag: caution", c(".caution"), c(".caution", "background-color"), TEXT),
        ("tag: plain", c(".plain"), c(".plain", "background-color"), TEXT),
        ("unknowns box text", c("body"), c(".unknowns", "background-color"), TEXT),
        ("highlighted quote", c(".quote"), c(".quote", "background-color"), TEXT),
        ("page footer", c(".footer"), page, TEXT),
        ("care note", c(".carenote"), page, TEXT),
        ("source references", c(".ref"), page, TEXT),
        ("buttons", q("QPushButton"), button, TEXT),
        ("pressed-in button (checked)", q("QPushButton:checked"),
         q("QPushButton:checked", "background"), TEXT),
        ("disabled button text", q("QPushButton:disabled"), button, TEXT),
        ("search box text", q("QWidget"), q("QLineEdit", "background"), TEXT),
        ("tab titles", q("QTabBar::tab"), q("QTabBar::tab", "background"), TEXT),
        ("chosen tab title", q("QTabBar::tab:selected"), q("QTabBar::tab:selected", "background"), TEXT),
        ("lists", q("QListWidget"), q("QListWidget", "background"), TEXT),
        ("chosen row in a list", q("QListWidget", "selection-color"),
         q("QListWidget", "selection-background-color"), TEXT),
        ("tooltips", q("QToolTip"), q("QToolTip", "background"), TEXT),
        ("status bar", q("QStatusBar"), q("QStatusBar", "background"), TEXT),
        ("menus", q("QMenu"), q("QMenu", "background"), TEXT),
        ("chosen menu entry", q("QMenu::item:selected"), q("QMenu::item:selected", "background"), TEXT),
        ("help strip", q("QWidget"), q("QFrame#howto", "background"), TEXT),
        ("source panel heading", q("QLabel#panelHeading"), q("QFrame#sourcePanel", "background"), TEXT),
        ("muted labels", q("QLabel#muted"), window, TEXT),
        ("clinic notice", q("#clinicNotice QLabel"), q("#clinicNotice", "background"), TEXT),
        ("clinic notice, for staff", q("#clinicNotice QLabel#noticeDetail"),
         q("#clinicNotice", "background"), TEXT),
        ("clinic notice button", q("#clinicNotice QPushButton"),
         q("#clinicNotice QPushButton", "background"), TEXT),
        ("clinic notice button, pointed at", q("#clinicNotice QPushButton"),
         q("#clinicNotice QPushButton:hover", "background"), TEXT),
        ("dialog lists and file views", q("QTreeView"), q("QTreeView", "background"), TEXT),
        ("dialog column headers", q("QHeaderView::section"), q("QHeaderView::section", "background"), TEXT),
        ("dialog chosen row", q("QTreeView", "selection-color"),
         q("QTreeView", "selection-background-color"), TEXT),
        ("dialogs and message boxes (palette)", pal["WindowText"], pal["Window"], TEXT),
        ("dialog fields (palette)", pal["Text"], pal["Base"], TEXT),
        ("dialog buttons (palette)", pal["ButtonText"], pal["Button"], TEXT),
        ("links in labels, \"From: [1]\" (palette)", pal["Link"], pal["Base"], TEXT),
        ("links in labels on the window (palette)", pal["Link"], pal["Window"], TEXT),
        ("placeholder text (palette)", pal["PlaceholderText"], pal["Base"], TEXT),
        ("disabled text (palette)", pal["disabled"], pal["Base"], TEXT),
        ("chosen text (palette)", pal["HighlightedText"], pal["Highlight"], TEXT),
        ("ladder text", q("LadderWidget", "qproperty-textColor"), q("LadderWidget", "background"), TEXT),
        ("ladder steps not reached, names", q("LadderWidget", "qproperty-mutedColor"),
         q("LadderWidget", "background"), TEXT),
        # controls and focus: 3:1
        ("button edge on the window", q("QPushButton", "border"), window, CONTROL),
        ("clinic notice button's focus ring", q("#clinicNotice QPushButton:focus", "border"),
         q("#clinicNotice", "background"), CONTROL),
        ("button edge on the header", q("QPushButton", "border"), header, CONTROL),
        ("search box edge", q("QLineEdit", "border"), header, CONTROL),
        ("own question box edge", q("FitTextEdit", "border"), page, CONTROL),
        ("tick box edge", q("QCheckBox::indicator", "border"), page, CONTROL),
        ("ticked box on the page", q("QCheckBox::indicator:checked", "background"), page, CONTROL),
        ("tick inside a ticked box", "#ffffff" if theme == "day" else "#000000",
         q("QCheckBox::indicator:checked", "background"), CONTROL),
        ("focus ring on the page", q("QPushButton:focus", "border"), page, CONTROL),
        ("focus ring on the window", q("QPushButton:focus", "border"), window, CONTROL),
        ("focus ring around a list", q("QPushButton:focus", "border"),
         q("QListWidget", "background"), CONTROL),
        ("chosen tab against the others", q("QTabBar::tab:selected", "border-top")
         if theme == "day" else q("QTabBar::tab:selected", "background"),
         q("QTabBar::tab", "background"), CONTROL),
        ("ladder: steps reached", q("LadderWidget", "qproperty-doneColor"), ladder, CONTROL),
        ("ladder: where it is", q("LadderWidget", "qproperty-hereColor"), ladder, CONTROL),
        ("combo and spin box edges (dialogs)", q("QComboBox", "border"),
         q("QComboBox", "background"), CONTROL),
    ]
    return out


def table() -> str:
    lines = ["| theme | what | colours | ratio | needs |", "|---|---|---|---|---|"]
    for theme in THEMES:
        for what, fg, bg, least in pairs(theme):
            lines.append(f"| {theme} | {what} | {fg} on {bg} | {ratio(fg, bg):.2f}:1 | {least:g}:1 |")
    return "\n".join(lines)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_colour_pair_meets_wcag_aa(theme):
    low = [f"{what}: {fg} on {bg} is {ratio(fg, bg):.2f}:1, needs {least:g}:1"
           for what, fg, bg, least in pairs(theme) if ratio(fg, bg) < least]
    assert not low, "\n".join(low)


def test_the_measure_is_wcags():
    assert ratio("#000000", "#ffffff") == pytest.approx(21)
    assert ratio("#0000ff", "#000000") == pytest.approx(2.44, abs=0.01)  # the review's "From: [1]"
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_tick_images_are_the_colours_measured():
    for name, ink in (("tick-white.svg", "#ffffff"), ("tick-black.svg", "#000000")):
        assert f'stroke="{ink}"' in resources.read_text(f"styles/{name}")
    for theme in THEMES:
        qss = THEMES[theme].window_qss("Any", 14)
        assert "url(@styles/" not in qss and "tick-" in qss


if __name__ == "__main__":
    print(table())
