"""Offline and safe by construction: no network, nothing remote, article text never markup."""

from __future__ import annotations

import shutil
import socket
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.library import write_library
from tests.ui_helpers import IGNORE_OFFSCREEN, all_text, highlighted_text, open_window
from viewer.builder.pipeline import build_database
from viewer.ui.text.safe_text import SafeText
from viewer.ui.window import app
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

HOSTILE = ('See <img src="https://example.org/x.png"> and <b>bold</b> '
           '<a href="https://example.org/">here</a> <style>p {color: red}</style> &amp; more.')


def _refuse(*args, **kwargs):
    raise OSError("the network is off for this test")


def test_a_whole_session_works_with_no_network(qtbot, small_db, monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    window = open_window(qtbot, small_db)
    for row in range(2):
        window.nav.setCurrentRow(row)
        for tab in TABS:
            window.topic_view.set_tab(tab)
            assert "Key points" in all_text(window.topic_view.pages[tab])
    window.show_topic("topic-1", "evidence")
    window.open_citations(window.topic_view.links["evidence"].groups[0])
    assert highlighted_text(window.source_view.text)
    window.show_sources()
    window.show_glossary("neoantigens")
    assert window.search_for("JX594")
    window.go_to_hit(window.results.hits[0])
    assert "JX-594" in highlighted_text(window.source_view.text)
    refused = [u for b in window.findChildren(SafeText) for u in b.refused]
    assert refused == []


def test_the_text_view_refuses_anything_remote(qtbot):
    view = SafeText("test")
    qtbot.addWidget(view)
    view.set_page('<p>x<img src="https://example.org/x.png"><img src="file:///etc/passwd"></p>', "")
    view.show()
    qtbot.waitExposed(view)
    assert set(view.refused) == {"https://example.org/x.png", "file:///etc/passwd"}
    assert not view.openExternalLinks() and not view.openLinks()


def test_article_text_is_shown_as_text_never_markup(qtbot, tmp_path):
    root = write_library(tmp_path / "lib")
    seed = root / "seeds" / "test-news.txt"
    seed.write_text(seed.read_text().replace("It is not available yet.",
                                             f"It is not available yet.\n{HOSTILE}"))
    build_database(root, root / "content.db")
    window = open_window(qtbot, root / "content.db")
    window.open_source("test-news")
    view = window.source_view.text
    assert HOSTILE in view.toPlainText()
    assert "example.org/x.png" not in "".join(view.refused)
    assert view.document().toHtml().count("<img") == 0


def _answer_the_message_box(seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_a_damaged_database_gets_a_clear_message_not_a_traceback(qtbot, tmp_path):
    bad = tmp_path / "content\x1b[31m.db"  # its name is said with the control character escaped
    bad.write_bytes(b"this is not a database" * 100)
    seen: list[str] = []
    _answer_the_message_box(seen)
    assert app.start(bad) is None
    assert seen and seen[0].startswith("The app could not open its information pages.")
    assert "not a readable database" in seen[0]
    assert "content\\x1b[31m.db" in seen[0] and "\x1b" not in seen[0]


def _damaged_copy(small_db, tmp_path, damage) -> object:
    bad = tmp_path / "content.db"
    shutil.copyfile(small_db, bad)
    damage(bad)
    return bad


def test_a_damaged_row_a_page_reads_shows_a_message_in_that_page(qtbot, small_db, tmp_path):
    """The opening checks read the header, not every row: a row a page reads (here the
    glossary's other forms, which SQLite parses for the page's word links) can be damaged.
    The window opens; the page says what is wrong instead of going blank."""
    def bad_json(path) -> None:
        with sqlite3.connect(path) as db:
            db.execute("UPDATE glossary SET also = '[not json'")

    window = app.start(_damaged_copy(small_db, tmp_path, bad_json))
    qtbot.addWidget(window)
    shown = all_text(window.topic_view.pages["what"])
    assert shown.startswith("This page could not be shown:") and "malformed JSON" in shown


def test_damage_the_window_meets_before_its_first_page_gets_the_clear_message(qtbot, small_db,
                                                                                tmp_path):
    """The topics table's first page overwritten on disk: the file still opens (its header
    is sound), and the first query of it fails while the window is made."""
    def scribble(path) -> None:
        with sqlite3.connect(path) as db:
            page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'topics'").fetchone()[0]
            size = db.execute("PRAGMA page_size").fetchone()[0]
        with open(path, "r+b") as file:
            file.seek((page - 1) * size)
            file.write(b"\xff" * size)

    seen: list[str] = []
    _answer_the_message_box(seen)
    assert app.start(_damaged_copy(small_db, tmp_path, scribble)) is None
    assert seen and seen[0].startswith("The app could not open its information pages.")
    assert "damaged" in seen[0] or "not a readable database" in seen[0]
