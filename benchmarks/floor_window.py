"""The app's first screen built with no app code: what start-up costs before the app adds any.

A reference for ``startup.py --floor``: the same Qt widgets the first screen shows (a menu
bar, a header with a search box and three buttons, the how-to strip, a topic list, four
tabs and one page of text), the app's font, its stylesheet and its page stylesheet, and
the first page's sentences read from the same database with ``sqlite3``. What it leaves
out is everything the app is made of: its modules, records, checks and settings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "resources" / "styles"


def _fonts(app: QApplication) -> None:
    spec = find_spec("fontpkg_atkinson_hyperlegible")
    folder = Path(list(spec.submodule_search_locations)[0]) / "files"
    for file in sorted(folder.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(file))
    font = QFont("Atkinson Hyperlegible")
    font.setPointSize(14)
    app.setFont(font)


def _page(database: str) -> tuple[list[tuple[str, str]], str]:
    db = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
    topics = db.execute("SELECT title, summary FROM topics ORDER BY position").fetchall()
    sentences = db.execute(
        "SELECT text FROM statements WHERE tab = 'what' AND topic_slug = "
        "(SELECT slug FROM topics ORDER BY position LIMIT 1) ORDER BY position").fetchall()
    db.close()
    html = "<h1>What it is</h1>" + "".join(f'<p>{text} <a href="cite:1">[1]</a></p>'
                                           for (text,) in sentences)
    return topics, html


def floor_window(app: QApplication, database: str,
                 before_show: Callable[[QMainWindow], object]) -> QMainWindow:
    _fonts(app)
    topics, html = _page(database)
    window = QMainWindow()
    window.resize(1240, 860)
    window.setStyleSheet((STYLES / "day.qss").read_text(encoding="utf-8"))
    for title in ("&View", "&Go", "&Content"):
        window.menuBar().addMenu(title)
    central = QWidget()
    column = QVBoxLayout(central)
    header = QHBoxLayout()
    header.addWidget(QLabel("Cancer vaccines: plain facts and sources"))
    header.addWidget(QLineEdit(), 1)
    for text in ("A\u2212", "A+", "High contrast"):
        header.addWidget(QPushButton(text))
    column.addLayout(header)
    howto = QHBoxLayout()
    strip = QLabel("How to use this app. Choose a topic in the list on the left. " * 3)
    strip.setWordWrap(True)
    howto.addWidget(strip, 1)
    howto.addWidget(QPushButton("Got it \u2013 hide this"))
    column.addLayout(howto)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    topic_list = QListWidget()
    topic_list.setWordWrap(True)
    for title, summary in topics:
        topic_list.addItem(f"{title}\n{summary}")
    splitter.addWidget(topic_list)
    tabs = QTabWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    page = QTextBrowser()
    page.document().setDefaultStyleSheet((STYLES / "day-page.css").read_text(encoding="utf-8"))
    page.setHtml(html)
    scroll.setWidget(page)
    tabs.addTab(scroll, "What it is")
    for title in ("How it works", "Where the evidence stands", "Questions to ask your doctor"):
        tabs.addTab(QWidget(), title)
    splitter.addWidget(tabs)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar()
    before_show(window)
    window.show()
    return window
