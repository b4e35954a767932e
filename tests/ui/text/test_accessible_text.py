"""Page text as a screen reader's document: headings, paragraphs and named links, and the
link under the keyboard reported as focused (checked here through Qt's own accessibility
interfaces; tests/ui/window/test_screen_reader_tree.py reads the same over AT-SPI)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.marks import plain
from viewer.ui.text.safe_text import TextBlock
from viewer.vocabulary import HEADING

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
ROLE = QAccessible.Role


def children(block: TextBlock) -> list[tuple[QAccessible.Role, str, str]]:
    node = QAccessible.queryAccessibleInterface(block)
    assert node.role() == ROLE.Document and node.text(QAccessible.Text.Name) == block.accessibleName()
    out = []
    for i in range(node.childCount()):
        child = node.child(i)
        assert node.indexOfChild(child) == i and child.parent() is not None
        out.append((child.role(), child.text(QAccessible.Text.Name),
                    child.text(QAccessible.Text.Description)))
    return out


def test_a_page_is_headings_paragraphs_and_named_links(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "what")
    block = window.topic_view.pages["what"].blocks()[0]
    parts = children(block)
    headings = [name for role, name, _ in parts if role == ROLE.Heading]
    assert headings[:2] == ["What it is", "What kind of treatment it is"]
    links = [(name, description) for role, name, description in parts if role == ROLE.Link]
    titles = {s.title for s in window.content.sources()}
    cites = [name for name, _ in links if name.startswith("Source ")]
    assert cites and all(name.split(": ", 1)[1] in titles for name in cites)
    term = window.content.term("peer review")
    assert ("peer review", term.definition) in links
    paragraphs = [name for role, name, _ in parts if role == ROLE.Paragraph]
    # a paragraph of the page's own text, as the content has it (its first words)
    section = window.content.section("enteromix", "what")
    kinds = [getattr(b, "kind", "") for b in section.blocks]
    after_heading = section.blocks[kinds.index(HEADING) + 1]
    words = plain(after_heading.text)[:30]
    assert any(p.startswith(words) for p in paragraphs), (words, paragraphs[:5])


def test_the_link_under_the_keyboard_is_the_focused_child(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "what")
    window.topic_view.tabBar().setFocus()
    for _ in range(4):  # from the tabs into the page, link by link
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    block = QApplication.focusWidget()
    assert isinstance(block, TextBlock)
    node = QAccessible.queryAccessibleInterface(block)
    link = node.focusChild()
    assert link is not None and link.role() == ROLE.Link and link.state().focused
    selected = block.textCursor().selectedText().strip()
    assert selected and (selected in link.text(QAccessible.Text.Name) or link.text(
        QAccessible.Text.Name).startswith("Source "))
    others = [node.child(i) for i in range(node.childCount()) if node.child(i) is not link]
    assert not any(o.state().focused for o in others)


def test_on_the_questions_tab_group_titles_are_headings_and_why_sources_are_named_links(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "questions")
    QApplication.processEvents()
    tab = window.topic_view.questions_tab
    from viewer.ui.text.labels import question_group

    groups = [question_group(q.group) for q in window.content.questions("enteromix")]
    groups = [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]  # a heading at each change
    headings = [QAccessible.queryAccessibleInterface(label) for label in tab.rows_host.findChildren(QLabel)]
    named = [node.text(QAccessible.Text.Name) for node in headings if node.role() == ROLE.Heading]
    assert named == groups
    for row in tab.rows.values():  # Tab skips the titles: each question says its group
        box = QAccessible.queryAccessibleInterface(row.box)
        assert box.text(QAccessible.Text.Description) == question_group(row.question.group)
    row = next(r for r in tab.rows.values() if r.question.citations)
    toggle = QAccessible.queryAccessibleInterface(row.why_button)
    # a button that expands and collapses, not a check box
    assert toggle.role() == ROLE.Button and toggle.state().expandable
    assert toggle.state().collapsed and not toggle.state().expanded
    toggle.doAction(toggle.actionNames()[0])  # a screen reader's "press"
    assert row.why.isVisible() and toggle.state().expanded and not toggle.state().collapsed
    links = [(name, description) for role, name, description in children(row.why) if role == ROLE.Link]
    titles = {s.id: s.title for s in window.content.sources()}
    assert [name for name, _ in links] == [f"Source {i + 1}: {titles[c.source_id]}"
                                           for i, c in enumerate(row.question.citations)]
    # Tab from the toggle reaches the links, each the focused child as it is reached
    row.why_button.setFocus()
    qtbot.keyClick(row.why_button, Qt.Key.Key_Tab)
    for _ in range(2):
        if QApplication.focusWidget() is row.why and row.why.textCursor().hasSelection():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QAccessible.queryAccessibleInterface(row.why).focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == links[0][0]
    assert row.why.focused_link_area() is not None  # drawn with the page's focus ring


def test_a_link_is_named_when_it_is_read_not_when_its_page_was_first_read(qtbot, real_db):
    """A screen reader may read a page while it is being made, before the page knows its
    source titles: the link's name is the one it has when it is read."""
    window = open_window(qtbot, real_db)
    window.show_topic("enteromix", "questions")
    QApplication.processEvents()
    page = window.topic_view.pages["questions"]
    block = page.blocks()[0]
    tips, page.tips = page.tips, {}
    early = [name for role, name, _ in children(block) if role == ROLE.Link]
    assert early and all(name.startswith("[") for name in early), early
    page.tips = tips
    late = [name for role, name, _ in children(block) if role == ROLE.Link]
    assert all(name.startswith("Source ") for name in late), late
