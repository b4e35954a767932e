"""Which typeface sets a paragraph: Atkinson Hyperlegible whenever it has every letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.sheet_pdf import embedded_fonts, page_texts
from viewer.sheet.model import sheet_from_user
from viewer.sheet.painting import write_pdf
from viewer.sheet.typefaces import MAIN, font_for
from viewer.store.content import ContentStore
from viewer.store.user import UserStore

LATIN = "Is the café open – and is it “near” the clinic’s door?"  # letters Atkinson has


def test_latin_beyond_ascii_is_set_in_atkinson(qapp) -> None:
    for bold in (False, True):
        assert font_for(LATIN, 12, bold).families() == [MAIN]


def test_other_scripts_are_set_in_the_fallbacks_first(qapp) -> None:
    for text, first in (("Доктор Иванов", "Noto Sans"), ("Nguyễn Thị Hoa", "Noto Sans"),
                        ("अपना इलाज", "Noto Sans")):
        families = font_for(text, 12).families()
        assert families[0] == first, (text, families)
        assert families[-1] == MAIN and "Noto Sans Devanagari" in families


def test_a_sheet_in_latin_letters_embeds_atkinson_only(qapp, small_store: ContentStore,
                                                       tmp_path: Path) -> None:
    user = UserStore(tmp_path / "user.db")
    try:
        user.add_own(LATIN)
        user.set_notes("Ask about the café’s hours – and parking.")
        sheet = sheet_from_user(small_store, user, made_on=date(2026, 3, 2))
    finally:
        user.close()
    out = tmp_path / "latin.pdf"
    write_pdf(sheet, out)
    assert "café" in " ".join(page_texts(out))
    assert embedded_fonts(out) == {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"}
