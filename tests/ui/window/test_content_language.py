"""The pages follow the reader's language, topic by topic: a translated topic in it, any
other in English, saying so at the top of the page and in the topic list; search too.

The content has topic-1 and the glossary also in the test language "xx" (tests/library.py),
topic-2 in English only. The app is given a translation of its screens in "xx" (its English
words, so the test reads them as they are) in a folder of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from tests.ui_helpers import IGNORE_OFFSCREEN, all_text, close_windows_in_english, language_action
from viewer import translation
from viewer.clinic.settings import DESKTOP
from viewer.ui.window import app

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
NOTICE = "This page is not yet available in xx; it is shown in English."


@pytest.fixture
def xx_screens(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app's translations, and one of its screens in "xx"; English again after."""
    folder = tmp_path / "translations"
    shutil.copytree(translation.folder(), folder)
    shutil.copy(folder / "patient-viewer_en.qm", folder / "patient-viewer_xx.qm")
    monkeypatch.setattr(translation, "folder", lambda: folder)
    assert "xx" in translation.available()
    yield
    close_windows_in_english()


def _page(window, slug: str, tab: str = "what") -> str:
    window.show_topic(slug, tab)
    page = window.topic_view.pages[tab]
    for block in page.blocks():  # the last topic's blocks, deleted later, go now
        QCoreApplication.sendPostedEvents(block, QEvent.Type.DeferredDelete)
    return all_text(page)


def _topic_rows(window) -> list[str]:
    rows = window.left.list
    return [rows.item(i).data(0) or "" for i in range(rows.count())]


def test_switching_language_shows_a_translated_page_and_says_when_one_is_english(
        qtbot, two_language_db, xx_screens):
    window = app.start(two_language_db, DESKTOP, language="en")
    english = _page(window, "topic-1")
    assert "It is a made-up vaccine." in english and NOTICE not in english

    language_action(window, "xx").trigger()  # View › Language › xx
    new = app._windows[-1]
    assert new is not window and translation.current() == "xx"
    assert new.topic_view.slug == "topic-1"  # the same page, now in the reader's language
    translated = all_text(new.topic_view.pages["what"])
    assert "IT IS A MADE-UP vaccine." in translated
    assert "TEST TOPIC 1" in translated and NOTICE not in translated
    assert "It is a made-up" not in translated

    fallback = _page(new, "topic-2")  # no translation: English, and the page says so
    assert NOTICE in fallback
    assert "It is a made-up vaccine." in fallback and "Test topic 2" in fallback
    assert fallback.index(NOTICE) < fallback.index("It is a made-up vaccine.")  # at the top
    evidence = _page(new, "topic-2", "evidence")
    assert NOTICE in evidence
    questions = _page(new, "topic-2", "questions")
    assert NOTICE in questions

    rows = "\n".join(_topic_rows(new))
    assert "TEST TOPIC 1" in rows and "Test topic 2" in rows
    assert "A made-up treatment for the tests. (in English)" in rows  # topic-2 says so
    assert "A MADE-UP TREATMENT FOR THE TESTS. (in" not in rows


def test_search_in_the_readers_language_finds_the_pages_shown_to_them(
        qtbot, two_language_db, xx_screens):
    window = app.start(two_language_db, DESKTOP, language="xx")
    found = window.content.find("trains").of_kind("section")
    assert [(h.topic_slug, h.title) for h in found] == [
        ("topic-1", "TEST TOPIC 1 \u2013 HOW IT WORKS"), ("topic-2", "Test topic 2 \u2013 How it works")]
    assert window.content.term("vaccine").term == "VACCINE"  # a mark opens the entry in "xx"


def test_the_glossary_names_an_entry_not_yet_explained_in_the_readers_language(
        qtbot, two_language_db, tmp_path):
    from tests.library import write_library, write_translation
    from viewer.builder.pipeline import build_database
    from viewer.store.content import ContentStore
    from viewer.ui.pages.glossary_page import GlossaryPage

    root = write_library(tmp_path / "library")
    write_translation(root, glossary=False)  # topic-1 in "xx", the glossary English only
    build_database(root, root / "content.db")
    said = "This word is not yet explained in xx; it is shown in English."
    for database, first, notice in ((two_language_db, "NEOANTIGEN", False),
                                    (root / "content.db", "neoantigen", True)):
        content = ContentStore(database).in_language("xx")
        page = GlossaryPage(content, "")
        qtbot.addWidget(page)
        page.list.setCurrentRow(0)
        text = page.detail.toPlainText()
        assert text.startswith(first)
        assert (said in text) is notice, text
        content.close()


def test_search_on_its_thread_answers_in_the_windows_language(two_language_db):
    """The search thread keeps a reader per database; a window remade in another language
    gets one in that language, not the one the last window used."""
    from viewer.store.content import ContentStore
    from viewer.ui.window.search_flow import _reader

    english = ContentStore(two_language_db)
    try:
        assert _reader(english).language == "en"
        reader = _reader(english.in_language("xx"))
        assert reader.language == "xx"
        assert reader.find("trains").of_kind("section")[0].title == "TEST TOPIC 1 \u2013 HOW IT WORKS"
    finally:
        english.close()


def test_a_words_definition_on_a_page_says_when_it_is_in_english(tmp_path):
    """Clicking or hovering a marked word shows its entry: in the reader's language where
    the glossary is translated, else in English, saying so."""
    from tests.library import write_library, write_translation
    from viewer.builder.pipeline import build_database
    from viewer.store.content import ContentStore
    from viewer.ui.pages.page import PageContext

    root = write_library(tmp_path / "library")
    write_translation(root, glossary=False)
    build_database(root, root / "content.db")
    content = ContentStore(root / "content.db").in_language("xx")
    try:
        links = PageContext(content, "", "").links()
        links.text(content.section("topic-1", "what").blocks[0].text)  # IT IS A MADE-UP {vaccine}.
        assert links.tips == {"term:vaccine": "vaccine: A word for the tests, number 0. (in English)"}
        english = PageContext(content.in_language("en"), "", "").links()
        english.text("{vaccine}")
        assert english.tips == {"term:vaccine": "vaccine: A word for the tests, number 0."}
    finally:
        content.close()
