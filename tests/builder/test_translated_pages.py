"""A translated page mirrors its English page block by block; the build refuses one that
does not. The language here is a test fixture: the English words written in capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library import fixture_translation
from viewer.builder.mirror import blocks, revision
from viewer.builder.pages import parse_topic
from viewer.builder.pipeline import check
from viewer.cli import main


@pytest.fixture
def translated(library: Path) -> Path:
    """topic-1 translated into the test language "xx", its revisions recorded."""
    english = library / "resources" / "content" / "topics" / "topic-1.txt"
    page = library / "resources" / "content" / "translations" / "xx" / "topic-1.txt"
    page.parent.mkdir(parents=True)
    page.write_text(fixture_translation(english.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(library)
        assert main(["translated", "xx", "topic-1"]) == 0  # the editors' command records it
    return page


def problems(library: Path) -> list[str]:
    return [str(p) for p in check(library)[1]]


def test_a_faithful_translation_passes(library, translated):
    assert "IT IS A MADE-UP {vaccine}." in translated.read_text(encoding="utf-8")
    assert problems(library) == []


def test_a_block_with_another_number_is_refused(library, translated):
    text = translated.read_text(encoding="utf-8")
    text = text.replace("IT WAS TRIED IN MICE.", "IT WAS TRIED IN 12 MICE.", 1)
    translated.write_text(text, encoding="utf-8")
    found = problems(library)
    assert any("block what/4 says 12; the English block says no number" in p for p in found), found


def test_a_block_with_another_date_or_percentage_is_refused(library, translated):
    text = translated.read_text(encoding="utf-8").replace("  when: 2025", "  when: 2024", 1)
    text = text.replace("key: IT IS NOT FOR SALE.", "key: IT IS NOT FOR SALE IN 90% OF SHOPS.", 1)
    translated.write_text(text, encoding="utf-8")
    found = problems(library)
    assert any("block evidence/3 says 2024; the English block says 2025" in p for p in found), found
    assert any("block what/2 says 90%; the English block says no number" in p
               for p in found), found


def test_a_block_missing_from_the_translation_is_refused(library, translated):
    text = translated.read_text(encoding="utf-8")
    block = "unknown: WE DO NOT KNOW IF IT WORKS IN PEOPLE.\n  [test-news] It is not available yet.\n"
    text = text.replace(block, "", 1)
    translated.write_text(text, encoding="utf-8")
    found = problems(library)
    assert any("block evidence/4 (unknown, " in p and "is missing from the translation" in p
               for p in found), found


def test_a_block_missing_from_the_english_page_is_refused(library, translated):
    text = translated.read_text(encoding="utf-8").replace(
        "== how |", "AN EXTRA SENTENCE.\n  [test-news] JX-594 in mice\n\n== how |", 1)
    translated.write_text(text, encoding="utf-8")
    found = problems(library)
    assert any("block what/5 is not in the English page" in p for p in found), found


def test_a_block_citing_another_passage_is_refused(library, translated):
    text = translated.read_text(encoding="utf-8").replace(
        "  [test-news] It is not available yet.", "  [test-news] JX-594 in mice", 1)
    translated.write_text(text, encoding="utf-8")
    found = problems(library)
    assert any("block what/2 cites other passages than the English block" in p for p in found), found


def test_a_translation_older_than_its_english_block_is_refused(library, translated):
    english = library / "resources" / "content" / "topics" / "topic-1.txt"
    before = blocks(parse_topic(english, "topic-1.txt")[0])["what/2"]
    english.write_text(english.read_text(encoding="utf-8").replace(
        "key: It is not for sale.", "key: It is not for sale anywhere.", 1), encoding="utf-8")
    after = blocks(parse_topic(english, "topic-1.txt")[0])["what/2"]
    found = problems(library)
    assert any(f"block what/2 was translated from an older English block (revision {revision(before)}, "
               f"now {revision(after)})" in p for p in found), found


def test_a_translation_with_no_record_of_its_english_revisions_is_refused(library, translated):
    translated.with_suffix(".from").unlink()
    found = problems(library)
    assert any("translations/xx/topic-1.from:0: no record of the English revisions" in p
               for p in found), found


def test_a_folder_that_is_no_language_code_is_refused(library, translated):
    translated.parent.rename(translated.parent.with_name("Spanish"))
    found = problems(library)
    assert any("translations/Spanish:0: not a language code" in p for p in found), found


def test_a_translated_page_too_hard_to_read_in_its_language_is_refused(library, translated):
    """Spanish is held to Fernández-Huerta reading ease; the field has no formula for "xx"."""
    spanish = translated.parent.with_name("es")
    translated.parent.rename(spanish)
    assert problems(library) == []  # these short capital words read easily
    page = spanish / "topic-1.txt"
    hard = ("IT TRAINS THE BODY TO FIND THE MARKS.",
            "IT TRAINS THE IMMUNOLOGICAL CONSTITUTIONALITY INTERNATIONALISATION CHARACTERISATIONS "
            "INCOMPREHENSIBILITIES EXTRAORDINARILY MULTIDIMENSIONAL REPRESENTATIONAL CONSIDERATIONS.")
    page.write_text(page.read_text(encoding="utf-8").replace(*hard), encoding="utf-8")
    found = problems(library)
    assert any("tab 'how' reads at Fernández-Huerta reading ease" in p and "it must be 65 or above" in p
               for p in found), found


def test_recording_a_page_that_is_not_there_says_so(library, capsys, monkeypatch):
    monkeypatch.chdir(library)
    assert main(["translated", "xx", "topic-1"]) == 1
    said = capsys.readouterr().err
    assert "resources/content/translations/xx/topic-1.txt:0: no such translated page" in said
