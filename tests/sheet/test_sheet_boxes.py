"""The sheet says who to call, and how old its facts are when they are old, read back from the PDF."""

from __future__ import annotations

from datetime import date

from tests.sheet_pdf import page_texts
from viewer.sheet.model import Letterhead, sheet_for_topics
from viewer.sheet.painting import write_pdf
from viewer.store.content import ContentStore

TOPIC = "checkpoint-inhibitors"  # the shipped pages: facts current to December 2026


def first_page(sheet, tmp_path) -> str:
    out = tmp_path / "sheet.pdf"
    write_pdf(sheet, out)
    return page_texts(out)[0]


def whole_sheet(sheet, tmp_path) -> str:
    out = tmp_path / "sheet.pdf"
    write_pdf(sheet, out)
    return " ".join(page_texts(out))


def test_a_home_sheet_gives_the_national_lines_and_no_age_notice(qapp, real_db, tmp_path):
    sheet = sheet_for_topics(ContentStore(real_db), [TOPIC], made_on=date(2027, 3, 1))
    text = whole_sheet(sheet, tmp_path)
    assert "Who to call" in text and "call your own care team first" in text
    assert "USA: National Cancer Institute, Cancer Information Service, 1-800-422-6237" in text
    assert "UK: Macmillan Support Line, 0808 808 00 00" in text
    assert "If you live in another country, ask your care team" in text
    assert "This clinic" not in text and "may be out of date" not in text


def test_a_clinic_sheet_gives_the_clinic_phone_instead(qapp, real_db, tmp_path):
    head = Letterhead(("Riverside Oncology \u00b7 020 7946 0000",), "A4", "020 7946 0000")
    sheet = sheet_for_topics(ContentStore(real_db), [TOPIC], made_on=date(2027, 3, 1),
                             letterhead=head)
    text = whole_sheet(sheet, tmp_path)
    assert "This clinic: 020 7946 0000" in text
    assert "1-800-422-6237" not in text


def test_a_sheet_made_more_than_a_year_after_the_facts_says_how_old_they_are(qapp, real_db,
                                                                           tmp_path):
    sheet = sheet_for_topics(ContentStore(real_db), [TOPIC], made_on=date(2028, 3, 1))
    text = first_page(sheet, tmp_path)  # at the top
    assert "The facts behind these questions may be out of date." in text
    assert "facts current to December 2026, 15 months before this sheet was made" in text
    assert "Ask your care team what is new." in text
    # twelve months is not yet "more than a year"
    assert not sheet_for_topics(ContentStore(real_db), [TOPIC], made_on=date(2027, 12, 31)).old_facts()


def test_a_clock_before_the_content_was_reviewed_gets_no_notice(qapp, real_db):
    sheet = sheet_for_topics(ContentStore(real_db), [TOPIC], made_on=date(2020, 1, 1))
    assert sheet.reviewed == "2026-12-06"
    assert sheet.old_facts() == []
