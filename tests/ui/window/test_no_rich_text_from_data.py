"""Text from the database or typed by a person is never rendered as rich text by accident.

A copy of a built database has markup and control characters added to every text a
screen shows; every screen is opened, and every label and tooltip is read back as Qt
renders it: the markup must show as the characters it is, never as an image, a link or bold.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextEdit, QWidget

from tests.ui_helpers import IGNORE_OFFSCREEN, find_link, open_window
from viewer.ui.text.html_list import HTML_ROLE, HtmlList
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

MARKUP = ' <img src="zzimg.png"> <a href="zzlink:x">zzlink</a> <b>zzbold</b>\x1b[31m\x07'
TYPED = '<img src="zzimg.png"> <b>zzbold</b>'
CONTROL = "\x1b\x07"  # of MARKUP
COLUMNS = {"sources": ("title", "outlet", "author", "note"), "paragraphs": ("text",),
           "dropped": ("reason",), "source_references": ("title",),
           "topics": ("title", "summary", "stage_label"), "sections": ("title",),
           "statements": ("text",), "questions": ("text", "why"), "glossary": ("definition",),
           "evidence": ("found", "disagree")}


def marked_copy(database, tmp_path):
    copy = tmp_path / "marked.db"
    shutil.copy(database, copy)
    db = sqlite3.connect(copy)
    with db:
        for table, columns in COLUMNS.items():
            for column in columns:
                db.execute(f"UPDATE {table} SET {column} = {column} || ? "  # noqa: S608 (names above)
                           f"WHERE {column} IS NOT NULL AND {column} != ''", (MARKUP,))
        db.executemany("INSERT OR IGNORE INTO words (word) VALUES (?)",
                       [("zzbold",), ("zzimg",), ("zzlink",)])  # so search takes the words
        for index in ("paragraphs_fts", "sections_fts", "questions_fts", "glossary_fts", "words_fts"):
            db.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")  # noqa: S608 (names above)
    db.close()
    return copy


def renders_rich(text: str, fmt: Qt.TextFormat) -> bool:
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


def wrong(where: str, text: str, rich: bool) -> list[str]:
    """The markup of the data in ``text`` that Qt renders as markup: an image, a link or
    bold, where the characters themselves should show."""
    if not rich or "zz" not in text:
        return []  # plain text is shown as the characters it is
    doc = QTextDocument()
    doc.setHtml(text)
    out = []
    if "zzimg" in text and "zzimg" not in doc.toPlainText():  # the tag made an image
        out.append(f"{where}: an image rendered: {text!r}")
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            form = fragment.charFormat()
            if form.isImageFormat() or form.toImageFormat().name():
                out.append(f"{where}: an image rendered: {text!r}")
            if "zzlink" in fragment.text() and form.isAnchor() and "zzlink:" in form.anchorHref():
                out.append(f"{where}: a link rendered: {text!r}")
            if fragment.text().strip() == "zzbold" and form.fontWeight() >= 600:
                out.append(f"{where}: bold rendered: {text!r}")
            it += 1
        block = block.next()
    return out


def walk(window: QWidget, screen: str) -> list[str]:
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget.window() is window:
            continue
        name = f"{screen}: {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            problems += wrong(name, widget.text(), renders_rich(widget.text(), widget.textFormat()))
        tip = widget.toolTip()
        problems += wrong(name + " tooltip", tip, GuiQt.mightBeRichText(tip))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
                problems += wrong(f"{name} row {row} tooltip", tip, GuiQt.mightBeRichText(tip))
                html = index.data(HTML_ROLE) or ""  # the rows an HtmlList draws as rich text
                problems += wrong(f"{name} row {row} html", html, True)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    problems += raw_control(f"{name} row {row} {role.name}", index.data(role))
                problems += raw_control(f"{name} row {row} html", html)
        if isinstance(widget, QLabel):
            problems += raw_control(name, widget.text())
        if isinstance(widget, QTextEdit):  # the pages: HTML the app writes, data escaped
            problems += raw_control(name, widget.toPlainText())
        problems += raw_control(name + " tooltip", tip)
    return problems


def raw_control(where: str, text) -> list[str]:
    """A control character of the data shown as itself (a box, or nothing, on screen)."""
    if isinstance(text, str) and any(c in text for c in CONTROL):
        return [f"{where}: a raw control character: {text!r}"]
    return []


def test_no_data_or_typed_text_is_rendered_as_rich_text(qtbot, small_db, tmp_path):
    window = open_window(qtbot, marked_copy(small_db, tmp_path))
    problems: list[str] = []
    for topic in window.content.topics():
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            qtbot.wait(20)
            problems += walk(window, f"{topic.slug}/{tab}")
    window.show_topic("topic-1", "what")  # a glossary word clicked: its popup and status line
    page = window.topic_view.pages["what"]
    block, point = find_link(page, "term:")
    qtbot.mouseClick(block.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.popup.isVisible() and "zzbold" in window.statusBar().currentMessage()
    problems += walk(page.popup, "definition popup")
    problems += raw_control("status bar", window.statusBar().currentMessage())
    page.popup.hide()
    window.show_glossary()
    problems += walk(window, "glossary")
    window.show_sources()
    problems += walk(window, "sources")
    for source in window.content.sources():
        window.open_source(source.id)
        problems += walk(window, f"source {source.id}")
    window.close_source()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, TYPED)
    window.search_for(TYPED + "\x07")  # a control character pasted in
    problems += walk(window, "search for markup")
    for query, kinds in (("zzbold", {"section", "question", "glossary"}), ("mice", {"paragraph"})):
        hits = window.search_for(query)  # articles are ranked by an index made at build
        assert kinds <= {h.kind for h in hits}
        shown = len(hits)
        qtbot.waitUntil(lambda: window.results.list.count() >= shown)  # noqa: B023 (waited here)
        problems += walk(window, f"search for data: {query}")
    assert isinstance(window.results.list, HtmlList)  # its rows' HTML was read above
    problems += wrong("status bar", window.statusBar().currentMessage(), False)
    QApplication.processEvents()
    assert "\n".join(sorted(set(problems))) == ""


def test_a_notice_naming_files_is_plain_text(qtbot, small_db):
    from viewer.ui.window.message_boxes import tell

    window = open_window(qtbot, small_db)
    box = tell(window, "A content update was passed over: /media/<b>usb</b>\x1b[31m/pack.head")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>usb</b>\\x1b[31m" in box.text()
    assert "\x1b" not in window.statusBar().currentMessage()
    box.close()
