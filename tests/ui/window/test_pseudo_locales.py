"""Under the en-XA pseudo-locale every word the app shows is translated, on every screen
and on the printed sheet; under ar-XB the window mirrors."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.pseudo_checks import content_strings, problems, visible_texts
from tests.sheet_pdf import page_texts
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer import translation
from viewer.sheet.model import Letterhead, sheet_from_user
from viewer.sheet.painting import write_pdf
from viewer.store.content import ContentStore
from viewer.store.user import UserStore
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.window_state import MemorySettings
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards, whatever happens."""
    def use(code: str) -> None:
        assert translation.install(code), f"no translation {code}"
    yield use
    translation.install(translation.SOURCE_LANGUAGE)


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(ContentStore(database), UserStore.in_memory(), settings=MemorySettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _walk(window: MainWindow, qtbot) -> list[tuple[str, str]]:
    """Every screen a patient reaches, and what each says."""
    seen: list[tuple[str, str]] = []
    topics = window.content.topics()
    for topic in topics:
        for tab in TABS:
            window.show_topic(topic.slug, tab)
            if tab == "questions" and topic is topics[0]:
                rows = list(window.topic_view.questions_tab.rows.values())
                for row in rows[:2]:
                    row.box.setChecked(True)
                    row.why_button.setChecked(True)
                window.topic_view.questions_tab.panel.own_text.setPlainText("")
            seen += visible_texts(window)
    window.show_sources()
    seen += visible_texts(window)
    window.show_topic(topics[0].slug, "evidence")
    cited = window.topic_view.links["evidence"].groups[0]
    window.open_citations(cited)
    seen += visible_texts(window)
    window.close_source()
    notes = next(s for s in window.content.sources() if s.is_editors_notes)
    window.open_source(notes.id)
    seen += visible_texts(window)
    window.close_source()
    window.show_glossary()
    window.glossary_page.list.setCurrentRow(0)
    seen += visible_texts(window)
    for query in ("vaccine", "zzzzqqq"):
        window.search_for(query)
        qtbot.wait(50)
        seen += visible_texts(window)
    window.search_for("")
    return seen


def test_every_word_on_every_screen_is_translated_under_en_xa(qtbot, real_db, language):
    language("en-XA")
    window = _window(qtbot, real_db)
    seen = _walk(window, qtbot)
    assert len(seen) > 200
    assert any("Ŵĥåţ îţ îš" in text for _, text in seen)  # it did look at translated words
    found = sorted(problems(seen, content_strings(real_db)))
    assert found == [], "\n".join(found)


def test_the_clinic_notices_are_translated_under_en_xa(qtbot, real_db, language):
    from viewer.ui.clinic.finish import FinishFlow
    from viewer.ui.clinic.idle import IdleReset

    language("en-XA")
    window = _window(qtbot, real_db)
    idle = IdleReset(window, 60_000, lambda: None)
    idle.ask()
    seen = visible_texts(window)
    idle.stop()
    finish = FinishFlow(window, lambda: sheet_from_user(window.content, window.user), Letterhead(),
                        lambda: None)
    finish.start()  # an empty sheet: "There is nothing on your sheet yet"
    seen += visible_texts(window)
    assert any("Åŕé ýöû šţîļļ ŕéåðîñĝ" in text for _, text in seen)
    assert sorted(problems(seen, content_strings(real_db))) == []


def test_every_line_of_the_printed_sheet_is_translated_under_en_xa(qtbot, real_db, tmp_path, language):
    language("en-XA")
    content = ContentStore(real_db)
    user = UserStore.in_memory()
    topics = content.topics()
    for topic in topics[:2]:
        for question in content.questions(topic.slug)[:2]:
            user.choose(question.id)
    user.add_own("Can I keep working?", topics[0].slug)
    user.set_header("name", "Ana Patient")
    user.set_notes("Bring the letter.")
    sheet = sheet_from_user(content, user, made_on=date(2026, 3, 2))
    pdf = tmp_path / "sheet.pdf"
    write_pdf(sheet, pdf)
    texts = page_texts(pdf)
    whole = " ".join(texts)
    assert "[Ǫûéšţîöñš ƒöŕ ɱý åþþöîñţɱéñţ" in whole  # the title, pseudo-translated
    assert "Ana Patient" in whole
    extra = ["Can I keep working?", "Ana Patient", "Bring the letter."]
    found = problems([(f"page {n}", text) for n, text in enumerate(texts, 1)],
                     extra + content_strings(real_db))
    assert sorted(found) == []


def test_the_window_mirrors_under_ar_xb(qtbot, small_db, language):
    language("ar-XB")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = _window(qtbot, small_db)
    assert window.isRightToLeft()
    # the topic list is on the right, the page on its left
    nav = window.left.mapTo(window, window.left.rect().center()).x()
    page = window.stack.mapTo(window, window.stack.rect().center()).x()
    assert nav > page
    assert window.header.title.text().startswith("\u200f\u202e")


def test_english_again_after_a_pseudo_locale(qtbot, small_db, language):
    language("ar-XB")
    language("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window = _window(qtbot, small_db)
    assert window.header.title.text() == "Cancer vaccines: plain facts and sources"


def test_the_ladder_names_every_step_whole_in_a_longer_language(qtbot, real_db, language):
    """In en-XA the steps' names are longer: where six do not fit on a row, the steps stand
    in a column instead of running into each other."""
    language("en-XA")
    window = _window(qtbot, real_db)
    window.show_topic(window.content.topics()[0].slug, "evidence")
    ladder = window.topic_view.ladder
    qtbot.waitUntil(lambda: ladder.width() > 0)
    assert ladder.stacked() or ladder.width() >= ladder._row_width()
    assert ladder.width() >= ladder.minimumSizeHint().width()
    window.resize(800, 700)
    qtbot.waitUntil(lambda: ladder.stacked() or ladder.width() >= ladder._row_width())
