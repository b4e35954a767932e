from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from tests.sheet_pdf import embedded_fonts, flat, page_texts, question_pages
from viewer.sheet.model import (
    CARE_TEAM_LINE,
    TITLE,
    SheetError,
    sheet_for_topics,
    sheet_from_user,
)
from viewer.sheet.painting import write_pdf
from viewer.store.content import ContentStore
from viewer.store.user import MAX_OWN_QUESTION, UserStore

DAY = date(2026, 3, 2)


@pytest.fixture
def user(tmp_path: Path) -> UserStore:
    store = UserStore(tmp_path / "user.db")
    yield store
    store.close()


def assert_pages_numbered(texts: list[str]) -> None:
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {len(texts)}" in text
        assert "For discussion with your care team" in text


def test_a_short_sheet_has_every_part_in_the_users_order(qapp, small_store: ContentStore,
                                                          user: UserStore, tmp_path: Path) -> None:
    user.choose("topic-1-q3")
    user.choose("topic-2-q5")
    own = user.add_own("Can I keep my current treatment while I wait?", "topic-1")
    user.choose("topic-1-q1")
    user.move("own", str(own.id), +1)  # own question goes last
    user.set_notes("Bring the scan report.\nAsk about parking.")
    user.set_header("name", "Ana Patient")
    user.set_header("appointment", "14 March, 10:30")
    user.set_header("doctor", "Dr Lee, oncology clinic")
    sheet = sheet_from_user(small_store, user, made_on=DAY)
    assert [q.text for q in sheet.questions] == [
        "Is question 3 a good one to ask?", "Is question 5 a good one to ask?",
        "Is question 1 a good one to ask?", "Can I keep my current treatment while I wait?"]
    assert sheet.topics == ["Test topic 1", "Test topic 2"]

    out = tmp_path / "sheet.pdf"
    pages = write_pdf(sheet, out)
    texts = page_texts(out)
    assert len(texts) == pages
    assert_pages_numbered(texts)
    whole = " ".join(texts)
    for part in (TITLE, "About: Test topic 1; Test topic 2", "Made on 2 March 2026",
                 "Ana Patient", "14 March, 10:30", "Dr Lee, oncology clinic", CARE_TEAM_LINE,
                 "My questions", "My own question", "My notes", "Bring the scan report.",
                 "Ask about parking.", "Where these questions come from",
                 "A test report on a made-up treatment", "https://example.org/report"):
        assert part in whole, part
    on = question_pages(texts, sheet.questions)
    assert on == sorted(on)
    positions = [whole.index(flat(q.text)) for q in sheet.questions]
    assert positions == sorted(positions)
    assert "AtkinsonHyperlegible-Regular" in embedded_fonts(out)
    assert "AtkinsonHyperlegible-Bold" in embedded_fonts(out)


def test_every_question_of_every_topic_is_whole_on_one_page(qapp, small_store: ContentStore,
                                                            tmp_path: Path) -> None:
    for large in (False, True):
        sheet = sheet_for_topics(small_store, ["topic-1", "topic-2"], large_print=large,
                                 made_on=DAY)
        assert len(sheet.questions) == 16
        out = tmp_path / f"all-{large}.pdf"
        pages = write_pdf(sheet, out)
        texts = page_texts(out)
        assert len(texts) == pages > 2
        assert_pages_numbered(texts)
        question_pages(texts, sheet.questions)
    assert pages > 4  # large print takes more pages


def test_a_blank_sheet_has_lines_to_write_on(qapp, small_store: ContentStore,
                                             tmp_path: Path) -> None:
    sheet = sheet_for_topics(small_store, ["topic-2"], ["topic-2-q2"], made_on=DAY)
    out = tmp_path / "blank.pdf"
    write_pdf(sheet, out)
    whole = " ".join(page_texts(out))
    assert "Name:" in whole and "Appointment:" in whole and "Doctor or clinic:" in whole
    assert "My notes" in whole


def test_very_long_own_questions_and_notes_wrap_and_print(qapp, small_store: ContentStore,
                                                          user: UserStore, tmp_path: Path) -> None:
    words = [f"word{i}" for i in range(400)]
    long_question = user.add_own(" ".join(words))
    assert len(long_question.text) == MAX_OWN_QUESTION
    user.choose("topic-1-q1")
    notes = "\n".join(" ".join(f"note{p}x{i}" for i in range(80)) for p in range(12))
    user.set_notes(notes)
    sheet = sheet_from_user(small_store, user, made_on=DAY)
    out = tmp_path / "long.pdf"
    write_pdf(sheet, out)
    texts = page_texts(out)
    assert len(texts) >= 3
    assert_pages_numbered(texts)
    question_pages(texts, sheet.questions)
    whole = " ".join(texts)
    for word in notes.split():
        assert f" {word} " in f" {whole} ", word


def test_vietnamese_russian_and_hindi_print(qapp, small_store: ContentStore, user: UserStore,
                                            tmp_path: Path) -> None:
    vietnamese = "Tôi có thể tiếp tục điều trị hiện tại trong lúc chờ đợi không?"
    russian = "Можно ли продолжать моё нынешнее лечение?"
    hindi = "क्या मैं अपना इलाज जारी रख सकता हूँ?"
    for text in (vietnamese, russian, hindi):
        user.add_own(text)
    user.set_notes(f"Ghi chú: hỏi bác sĩ về chi phí.\nЗаметка: спросить о цене.\n{hindi}")
    user.set_header("name", "Nguyễn Thị Hoa")
    sheet = sheet_from_user(small_store, user, made_on=DAY)
    out = tmp_path / "scripts.pdf"
    write_pdf(sheet, out)
    texts = page_texts(out)
    whole = " ".join(texts)
    question_pages(texts, sheet.questions[:2])
    for part in ("Ghi chú: hỏi bác sĩ về chi phí.", "Заметка: спросить о цене.", "Nguyễn Thị Hoa"):
        assert part in whole
    # Devanagari: Qt shapes conjuncts (क्या, मैं, हूँ) into glyphs whose PDF text maps
    # are not exact, so only the words made of plain letters are read back.
    assert whole.count("अपना इलाज जारी रख सकता") == 2
    assert "3." in whole
    fonts = embedded_fonts(out)
    assert any(f.startswith("NotoSans") for f in fonts), fonts


def test_unknown_topics_and_questions_are_refused(small_store: ContentStore) -> None:
    with pytest.raises(SheetError, match="no topic 'nope'"):
        sheet_for_topics(small_store, ["nope"])
    with pytest.raises(SheetError, match="no question 'topic-1-q99'"):
        sheet_for_topics(small_store, ["topic-1"], ["topic-1-q99"])
    with pytest.raises(SheetError, match="not one of the --topic"):
        sheet_for_topics(small_store, ["topic-1"], ["topic-2-q1"])


def test_a_bad_output_path_leaves_nothing(qapp, small_store: ContentStore, tmp_path: Path) -> None:
    sheet = sheet_for_topics(small_store, ["topic-1"], made_on=DAY)
    with pytest.raises(SheetError, match="does not exist"):
        write_pdf(sheet, tmp_path / "missing" / "sheet.pdf")
    with pytest.raises(SheetError, match="is a folder"):
        write_pdf(sheet, tmp_path)
    (tmp_path / "file").write_text("x")
    with pytest.raises(SheetError):
        write_pdf(sheet, tmp_path / "file" / "sheet.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_an_own_question_is_never_split_even_in_large_print(qapp, small_store: ContentStore,
                                                            user: UserStore, tmp_path: Path) -> None:
    for i in range(12):
        user.add_own(f"Own question {i}: " + "how does this affect me " * 25)
    sheet = dataclasses.replace(sheet_from_user(small_store, user, made_on=DAY), large_print=True)
    out = tmp_path / "own.pdf"
    write_pdf(sheet, out)
    texts = page_texts(out)
    assert_pages_numbered(texts)
    question_pages(texts, sheet.questions)


def test_every_question_of_every_real_topic(qapp, real_db: Path, tmp_path: Path) -> None:
    store = ContentStore(real_db)
    try:
        slugs = [t.slug for t in store.topics()]
        sheet = sheet_for_topics(store, slugs, made_on=DAY)
        assert len(sheet.questions) == len(store.questions()) > 0
        sources = {c.source_id for q in store.questions() for c in q.citations}
        assert len(sheet.sources) == len(sources)
    finally:
        store.close()
    out = tmp_path / "real.pdf"
    pages = write_pdf(sheet, out)
    texts = page_texts(out)
    assert len(texts) == pages
    assert_pages_numbered(texts)
    on = question_pages(texts, sheet.questions)
    assert on == sorted(on)
    whole = " ".join(texts)
    for topic in sheet.topics:
        assert flat(topic) in whole
    for source in sheet.sources:
        assert flat(source.title)[:40] in whole


def test_own_and_library_questions_keep_their_kind_on_the_sheet(small_store: ContentStore,
                                                                user: UserStore) -> None:
    """The sheet and the My sheet list read the same entries: an own question has no
    sources, a library question keeps its own source numbers, in the patient's order."""
    library_q = small_store.questions()[0]
    user.choose(library_q.id)
    own = user.add_own("Mine, typed by me")
    sheet = sheet_from_user(small_store, user, made_on=DAY)
    kinds = [(q.text, q.own, bool(q.source_numbers)) for q in sheet.questions]
    assert kinds == [(library_q.text, False, True), (own.text, True, False)]


def test_cited_background_notes_print_their_references(qapp, real_db: Path, tmp_path: Path) -> None:
    """A question that cites our background notes sends the reader to the notes' public
    references, printed on the sheet; an article prints none."""
    store = ContentStore(real_db)
    try:
        sheets = [sheet_for_topics(store, [t.slug], made_on=DAY) for t in store.topics()]
        notes = [s for sheet in sheets for s in sheet.sources
                 if s.title == store.source_index()["editors-notes"].title]
        assert notes and all(s.references for s in notes)
        assert all(not s.references for sheet in sheets for s in sheet.sources if s not in notes)
        sheet = next(sh for sh in sheets if any(s in notes for s in sh.sources))
        out = tmp_path / "notes.pdf"
        write_pdf(sheet, out)
        text = flat(" ".join(page_texts(out)))
        reference = next(s for s in sheet.sources if s in notes).references[0]
        squeeze = str.maketrans("", "", " \t\n")  # a long web address wraps at any character
        assert ("Reference: " + reference).translate(squeeze) in text.translate(squeeze)
    finally:
        store.close()
