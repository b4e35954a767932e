"""Reading what a screen or a printed sheet says, and finding words that were not translated.

Under the ``en-XA`` pseudo-locale every word of the app is accented and in brackets;
the content (topic pages, questions, articles, glossary) stays as the database has it.
So a run of plain letters that is neither inside a pseudo-translated bracket nor part
of the content is a string that missed ``translate()``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from viewer.marks import plain
from viewer.store.models import SearchHit
from viewer.ui.text.rich import human_date
from viewer.vocabulary import MARK_END, MARK_START

ACCENTED = set("åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽōñé")
_WORD = re.compile(r"[A-Za-z]{2,}")


def content_strings(database: Path) -> list[str]:
    """Every text the content database holds, as a reader sees it, longest first."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    found: set[str] = set()
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            for column in columns:
                for (value,) in db.execute(f'SELECT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and value.strip():
                        # as the pages show it: marks resolved, ISO dates written out
                        for text in (value, plain(value), human_date(plain(value))):
                            found.add(text.strip())
                            found.update(line.strip() for line in text.splitlines() if line.strip())
    finally:
        db.close()
    return sorted(found, key=len, reverse=True)


def without_pseudo(text: str) -> str:
    """The text with every bracketed span that holds pseudo-translated letters taken out."""
    out, stack = [], []  # stack: the start in ``out`` of each open bracket
    for char in text:
        if char == "[":
            stack.append(len(out))
            out.append(char)
        elif char == "]" and stack:
            start = stack.pop()
            if any(c in ACCENTED for c in out[start:]):
                del out[start:]
                out.append(" ")
            else:
                out.append(char)
        else:
            out.append(char)
    return "".join(out)


def untranslated(text: str, content: list[str]) -> list[str]:
    """Plain English words left in ``text`` once pseudo spans and the content are taken out."""
    rest = without_pseudo(" ".join(text.split()))
    for value in content:
        for form in {value, " ".join(value.split())}:
            if len(form) > 1 and form in rest:  # whole words only: "ber" is not in "September"
                rest = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", " ", rest)
    return _WORD.findall(rest)


def _html_text(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def visible_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in the window now: titles,
    labels, buttons, tool tips, accessible names, place-holders, lists, tabs, menus,
    text views and the tool tips of their links."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle()),
                                    ("status bar", window.statusBar().currentMessage())]
    for menu_action in window.menuBar().actions():
        found.append(("menu", menu_action.text()))
        if menu_action.menu() is not None:
            found += [("menu entry", a.text()) for a in menu_action.menu().actions() if a.text()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = type(widget).__name__
        found += [(f"{name} accessible name", widget.accessibleName()),
                  (f"{name} accessible description", widget.accessibleDescription()),
                  (f"{name} tool tip", _html_text(widget.toolTip()))]
        if isinstance(widget, QLabel):
            found.append((f"{name} text", _html_text(widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((f"{name} text", widget.text()))
        elif isinstance(widget, QLineEdit):
            found += [(f"{name} place-holder", widget.placeholderText())]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append((f"{name} place-holder", widget.placeholderText()))
            if isinstance(widget, QTextEdit):
                found.append((f"{name} text", widget.toPlainText()))
        elif isinstance(widget, QTabBar):
            found += [(f"{name} tab", widget.tabText(i).replace("\n", " ")) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                text = item.text()
                hit = item.data(Qt.ItemDataRole.UserRole)
                if isinstance(hit, SearchHit):  # a search snippet is cut from the content
                    text = text.replace(hit.snippet.replace(MARK_START, "").replace(MARK_END, ""), "")
                found.append((f"{name} item", text))
        tips = getattr(widget, "tips", None)
        if isinstance(tips, dict):
            found += [(f"{name} link tip", tip) for tip in tips.values()]
        if hasattr(widget, "text") and type(widget).__name__ == "LadderWidget":
            found.append(("ladder", widget.text()))
    return [(where, text) for where, text in found if text]


def month_names() -> set[str]:
    """The month names of the locale in force: dates are written by QLocale, not translated."""
    locale = QLocale()
    return {locale.monthName(m, f) for m in range(1, 13)
            for f in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)}


def problems(texts: list[tuple[str, str]], content: list[str]) -> set[str]:
    months = month_names()
    found = {}
    for where, text in texts:
        words = [w for w in untranslated(text, content) if w not in months]
        if words:
            found[f"{where}: {text[:80]!r}"] = " ".join(words[:4])
    return {f"{place} ({words})" for place, words in found.items()}
