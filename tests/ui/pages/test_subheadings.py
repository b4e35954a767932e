"""Every `## ` subheading the editors wrote is in the database and on screen as a heading,
and a long tab opens with a contents list that takes the reader to each one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.builder.pages import parse_topic
from viewer.marks import plain
from viewer.store.content import ContentStore
from viewer.store.models import Statement
from viewer.ui.text.safe_text import anchor_position

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

TOPICS = sorted((REPO / "resources" / "content" / "topics").glob("*.txt"))


def subheadings_in_file(path: Path) -> list[tuple[str, str]]:
    """(tab, heading) for every line that starts with ``## `` (read here, not by the builder)."""
    found, tab = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            tab = line[3:].split("|")[0].strip()
        elif line.startswith("## "):
            found.append((tab, plain(line[3:].strip())))
    return found


def headings_on_screen(page) -> list[str]:
    """The text of every block the page's documents lay out as a level-2 heading."""
    out = []
    for block in page.blocks():
        text_block = block.document().begin()
        while text_block.isValid():
            if text_block.blockFormat().headingLevel() == 2:
                out.append(text_block.text().strip())
            text_block = text_block.next()
    return out


def test_the_real_pages_have_their_95_subheadings():
    assert sum(len(subheadings_in_file(p)) for p in TOPICS) == 95
    assert len(TOPICS) == 5


def test_every_subheading_is_in_the_database_and_on_screen(qtbot, real_db):
    store = ContentStore(real_db)
    window = open_window(qtbot, real_db)
    counted = 0
    for path in TOPICS:
        slug = path.stem
        for tab in {t for t, _ in subheadings_in_file(path)}:
            wanted = [h for t, h in subheadings_in_file(path) if t == tab]
            stored = [plain(b.text) for b in store.section(slug, tab).blocks
                      if isinstance(b, Statement) and b.kind == "heading"]
            assert stored == wanted, (slug, tab)
            window.show_topic(slug, tab)
            shown = headings_on_screen(window.topic_view.pages[tab])
            missing = [h for h in wanted if h not in shown]
            assert not missing, (slug, tab, missing)
            counted += len(wanted)
    assert counted == 95


def test_a_long_tab_opens_with_its_contents_and_each_entry_goes_to_its_heading(qtbot, real_db):
    window = open_window(qtbot, real_db)
    for tab in ("what", "how", "evidence"):
        window.show_topic("enteromix", tab)
        QApplication.processEvents()  # painted, as it is before anyone can click
        page = window.topic_view.pages[tab]
        first = page.blocks()[0]
        text = first.toPlainText()
        wanted = [h for t, h in subheadings_in_file(REPO / "resources/content/topics/enteromix.txt")
                  if t == tab]
        assert "On this page" in text
        # the contents come before the first subheading's own text
        contents_at = text.index("On this page")
        for heading in wanted:
            assert heading in text[contents_at:contents_at + 2000], (tab, heading)
        hrefs = contents_hrefs(first)
        assert len(hrefs) == len(wanted) + (tab == "evidence")  # + "What we don't know yet"
        for href in hrefs:
            page.verticalScrollBar().setValue(0)
            first.anchorClicked.emit(_url(href))
            QApplication.processEvents()
            block = QApplication.focusWidget()
            assert block in page.blocks()
            position = anchor_position(block, href[1:])
            assert block.textCursor().position() == position
            rect = block.cursorRect(block.textCursor())
            y = block.viewport().mapTo(page.widget(), rect.topLeft()).y() - page.verticalScrollBar().value()
            assert 0 <= y < page.viewport().height(), (href, y)  # the heading is in view


def test_a_short_tab_has_no_contents_list(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.show_topic(window.content.topics()[0].slug, "what")
    assert "On this page" not in window.topic_view.pages["what"].blocks()[0].toPlainText()


def contents_hrefs(block) -> list[str]:
    hrefs = []
    text_block = block.document().begin()
    while text_block.isValid():
        it = text_block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href.startswith("#") and href not in hrefs:
                hrefs.append(href)
            it += 1
        text_block = text_block.next()
    return hrefs


def _url(href: str):
    from PySide6.QtCore import QUrl

    return QUrl(href)


def test_a_comment_is_hash_space_and_a_subheading_is_never_one(tmp_path):
    page = (REPO / "resources/content/topics/enteromix.txt").read_text(encoding="utf-8")
    page = page.replace("== how | How it works\n", "== how | How it works\n#\n# a note\n", 1)
    path = tmp_path / "enteromix.txt"
    path.write_text(page, encoding="utf-8")
    topic, problems = parse_topic(path, "enteromix.txt")
    assert not problems
    headings = [b.text for s in topic.sections for b in s.blocks if b.kind == "heading"]
    assert len(headings) == len(subheadings_in_file(REPO / "resources/content/topics/enteromix.txt"))
    assert "a note" not in " ".join(b.text for s in topic.sections for b in s.blocks)
    path.write_text(page.replace("# a note", "#a note"), encoding="utf-8")
    topic, problems = parse_topic(path, "enteromix.txt")
    assert topic is None
    assert [(p.line, "comment is '# '" in p.message) for p in problems] == [
        (page.splitlines().index("# a note") + 1, True)]
