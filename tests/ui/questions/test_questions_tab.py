from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import QBoxLayout, QFileDialog, QMessageBox

from tests.sheet_pdf import page_texts, question_pages
from tests.ui_helpers import own_questions
from viewer import paths
from viewer.sheet.model import sheet_from_user
from viewer.store.content import ContentStore
from viewer.store.models import Citation
from viewer.store.user import UserStore
from viewer.ui.questions.questions_tab import SIDE_CHARS, STACK_LINES, QuestionsTab

# The offscreen platform warns when a window's size limits change; that is Qt's, not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

OWN = "Can I keep working while I have this treatment?"
NOTES = "Bring the scan report Quetzalcoatl"
NAME = "Wilhelmina Testpatient"


@pytest.fixture
def user_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(tmp_path / "data"))
    return paths.user_database()


def open_tab(qtbot, content: ContentStore, db: Path, slug: str = "topic-1") -> QuestionsTab:
    tab = QuestionsTab(content, UserStore(db))
    qtbot.addWidget(tab)
    tab.set_topic(slug)
    tab.resize(1200, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)  # keyboard shortcuts go to the active window
    return tab


def sheet_texts(tab: QuestionsTab) -> list[str]:
    return [tab.panel.list.item(i).text().split("\n")[0] for i in range(tab.panel.list.count())]


def test_tick_add_reorder_and_note_are_kept_then_cleared(qtbot, small_store: ContentStore,
                                                         user_db: Path) -> None:
    tab = open_tab(qtbot, small_store, user_db)
    panel = tab.panel
    qtbot.mouseClick(tab.rows["topic-1-q3"].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.rows["topic-1-q1"].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.rows["topic-1-q2"].label, Qt.MouseButton.LeftButton)  # the text ticks too
    tab.set_topic("topic-2")
    qtbot.mouseClick(tab.rows["topic-2-q5"].box, Qt.MouseButton.LeftButton)
    assert sheet_texts(tab) == ["1. Is question 3 a good one to ask?",
                                "2. Is question 1 a good one to ask?",
                                "3. Is question 2 a good one to ask?",
                                "4. Is question 5 a good one to ask?"]

    qtbot.keyClicks(panel.own_text, OWN)
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert sheet_texts(tab)[-1] == f"5. {OWN}"
    # by keyboard: the own question (selected after adding) two places up
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    # by button: the first one down
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.down, Qt.MouseButton.LeftButton)
    # by drag: a drop in the list moves the row in its model, as this does
    assert panel.list.model().moveRow(QModelIndex(), 4, QModelIndex(), 0)
    qtbot.waitUntil(lambda: sheet_texts(tab)[0].startswith("1. "))
    expected = ["Is question 5 a good one to ask?", "Is question 1 a good one to ask?",
                "Is question 3 a good one to ask?", OWN, "Is question 2 a good one to ask?"]
    assert sheet_texts(tab) == [f"{n}. {t}" for n, t in enumerate(expected, 1)]

    qtbot.keyClicks(panel.notes, NOTES)
    qtbot.keyClicks(panel.fields["name"], NAME)
    qtbot.keyClicks(panel.fields["appointment"], "14 March")
    tab.buttons.large_print.click()

    # "restart": a new store and a new tab on the same file
    tab.user.close()
    tab.close()
    again = open_tab(qtbot, small_store, user_db)
    assert sheet_texts(again) == [f"{n}. {t}" for n, t in enumerate(expected, 1)]
    assert [qid for qid, row in again.rows.items() if row.box.isChecked()] == [
        "topic-1-q1", "topic-1-q2", "topic-1-q3"]
    assert again.panel.notes.toPlainText() == NOTES
    assert again.panel.fields["name"].text() == NAME
    assert again.panel.fields["appointment"].text() == "14 March"
    assert again.buttons.large_print.isChecked()
    sheet = sheet_from_user(small_store, again.user)
    assert [q.text for q in sheet.questions] == expected and sheet.large_print

    # clear: cancel first, then confirm
    qtbot.mouseClick(again.buttons.clear_button, Qt.MouseButton.LeftButton)
    box = again.buttons.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert again.panel.list.count() == 5
    qtbot.mouseClick(again.buttons.clear_button, Qt.MouseButton.LeftButton)
    box = again.buttons.dialog
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert again.panel.list.count() == 0
    assert not any(row.box.isChecked() for row in again.rows.values())
    assert again.panel.notes.toPlainText() == "" and again.panel.fields["name"].text() == ""
    assert "cleared" in again.status.text()
    again.user.close()

    with sqlite3.connect(user_db) as conn:
        for table in ("chosen", "own", "notes", "header", "options"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    conn.close()
    data = b"".join(p.read_bytes() for p in user_db.parent.iterdir() if p.is_file())
    for typed in (OWN, NOTES, NAME, "Quetzalcoatl", "topic-1-q3", "14 March"):
        assert typed.encode() not in data, typed


def test_why_ask_this_opens_and_its_source_link_is_handed_up(qtbot, small_store: ContentStore,
                                                             user_db: Path) -> None:
    tab = open_tab(qtbot, small_store, user_db)
    row = tab.rows["topic-1-q4"]
    assert not row.why.isVisible()
    qtbot.mouseClick(row.why_button, Qt.MouseButton.LeftButton)
    assert row.why.isVisible()
    assert "It helps you talk to your doctor." in row.why.toPlainText()
    assert "From: [1] A test report on a made-up treatment" in row.why.toPlainText()
    with qtbot.waitSignal(tab.source_requested) as blocker:
        row.why.anchorClicked.emit(QUrl("0"))  # as a click or Enter on the link does
    citation = blocker.args[0]
    assert isinstance(citation, Citation) and citation.source_id == "test-news"
    qtbot.mouseClick(row.why_button, Qt.MouseButton.LeftButton)
    assert not row.why.isVisible()


def test_own_questions_are_edited_and_removed_and_removing_unticks(qtbot, small_store: ContentStore,
                                                                   user_db: Path) -> None:
    tab = open_tab(qtbot, small_store, user_db)
    panel = tab.panel
    qtbot.mouseClick(tab.rows["topic-1-q6"].box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.own_text, "First wording")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert panel.edit.isEnabled()
    qtbot.mouseClick(panel.edit, Qt.MouseButton.LeftButton)
    assert panel.own_text.toPlainText() == "First wording" and panel.add.text() == "Save changes"
    panel.own_text.selectAll()
    qtbot.keyClicks(panel.own_text, "Better wording")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    assert sheet_texts(tab) == ["1. Is question 6 a good one to ask?", "2. Better wording"]
    assert own_questions(tab.user)[0].text == "Better wording"
    qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)  # the own question is selected
    assert own_questions(tab.user) == []
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0
    assert not tab.rows["topic-1-q6"].box.isChecked()
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)  # empty: nothing added
    assert tab.user.entries() == []


def test_save_as_pdf_writes_the_sheet_in_the_chosen_order(qtbot, small_store: ContentStore,
                                                          user_db: Path, tmp_path: Path) -> None:
    tab = open_tab(qtbot, small_store, user_db)
    qtbot.mouseClick(tab.rows["topic-1-q7"].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.rows["topic-1-q2"].box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.panel.own_text, OWN)
    qtbot.mouseClick(tab.panel.add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.panel.notes, NOTES)
    qtbot.mouseClick(tab.buttons.pdf_button, Qt.MouseButton.LeftButton)
    dialog = tab.buttons.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    out = tmp_path / "mine.pdf"
    dialog.selectFile(str(out))
    dialog.accept()
    assert out.is_file()
    said = tab.status.text()  # plain words: the file, its folder, how many pages
    assert f"in the file “mine.pdf” in the folder “{tmp_path}”" in said
    assert re.search(r"saved: [1-9] pages?,", said) and "page(s)" not in said
    texts = page_texts(out)
    sheet = sheet_from_user(small_store, tab.user)
    assert question_pages(texts, sheet.questions) == [0, 0, 0]
    whole = " ".join(texts)
    assert NOTES in whole and "Page 1 of" in whole
    tab.buttons.write_pdf_to(str(tmp_path / "no-such-folder" / "x.pdf"))
    assert "was not saved" in tab.status.text() and "does not exist" in tab.status.text()


def test_list_and_my_sheet_side_by_side_when_wide_stacked_when_narrow_and_tall_one_at_a_time_else(
        qtbot, small_store: ContentStore, user_db: Path) -> None:
    from tests.layout_checks import scrolls

    tab = open_tab(qtbot, small_store, user_db)
    qtbot.mouseClick(tab.rows["topic-1-q1"].box, Qt.MouseButton.LeftButton)
    metrics = tab.fontMetrics()  # the sizes in the tab's own letters and lines: any font
    narrow = int(1.6 * SIDE_CHARS * metrics.averageCharWidth())  # too narrow for two columns
    short, tall = (STACK_LINES - 4) * metrics.lineSpacing(), (STACK_LINES + 12) * metrics.lineSpacing()
    for (width, height), side in (((1400, 800), True), ((narrow, short), True),
                                  ((narrow, tall), False)):
        tab.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (tab.width(), tab.height()) == (w, h))
        assert (tab.box.direction() == QBoxLayout.Direction.LeftToRight) is side, (width, height)
        one_at_a_time = (width, height) == (narrow, short)  # too narrow and short for both
        assert tab.switch.isVisible() is one_at_a_time
        if one_at_a_time:
            assert tab.list_page.isVisible() and not tab.sheet_side.isVisible()
            tab.switch.sheet_button.click()
            assert scrolls(tab.sheet_area) and tab.panel.list.isVisible()
            tab.switch.questions_button.click()
            continue
        assert tab.panel.list.isVisible() and tab.panel.list.count() == 1
        assert scrolls(tab.list_page) and scrolls(tab.sheet_area)
        assert not scrolls(tab.panel.list)  # it shows every row; the column around it scrolls


def test_a_file_name_with_markup_and_control_characters_is_said_as_its_characters(
        qtbot, small_store: ContentStore, user_db: Path, tmp_path: Path) -> None:
    tab = open_tab(qtbot, small_store, user_db)
    name = "\x1b[32m<img src=x.png><b>mine\x07.pdf"
    tab.buttons.write_pdf_to(str(tmp_path / name))
    assert (tmp_path / name).is_file()
    said = tab.status.text()
    assert "“\\x1b[32m<img src=x.png><b>mine\\x07.pdf”" in said, said
    assert "\x1b" not in said and tab.status.textFormat() == Qt.TextFormat.PlainText
    tab.buttons.write_pdf_to(str(tmp_path / "no\x1b[31m-such" / "x.pdf"))
    assert "was not saved" in tab.status.text() and "no\\x1b[31m-such" in tab.status.text()
