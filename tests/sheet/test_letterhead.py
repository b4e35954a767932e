"""A clinic's lines on every page of every sheet, and its paper size, read back from the PDF."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest

from tests.sheet_pdf import page_texts
from viewer.cli import main
from viewer.clinic.settings import ENV
from viewer.sheet.model import Letterhead, sheet_for_topics
from viewer.sheet.painting import write_pdf

CLINIC = """\
clinic_name = "Riverside Oncology"
clinic_phone = "020 7946 0000"
front_desk_line = "Hand this sheet to the front desk"
paper = "Letter"
"""
A4 = (595, 842)  # points, rounded
LETTER = (612, 792)


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in pypdf.PdfReader(str(path)).pages]


def test_the_clinic_lines_are_on_every_page(qapp, small_store, tmp_path):
    head = Letterhead(("Riverside Oncology \u00b7 020 7946 0000", "Hand this sheet to the front desk"),
                      "Letter")
    sheet = sheet_for_topics(small_store, ["topic-1", "topic-2"], large_print=True, letterhead=head)
    out = tmp_path / "sheet.pdf"
    pages = write_pdf(sheet, out)
    texts = page_texts(out)
    assert pages == len(texts) >= 2
    for n, text in enumerate(texts, 1):
        assert "Riverside Oncology \u00b7 020 7946 0000" in text, f"page {n}"
        assert "Hand this sheet to the front desk" in text, f"page {n}"
        assert f"Page {n} of {pages}" in text
    assert set(page_sizes(out)) == {LETTER}


def test_a_sheet_without_a_clinic_is_a4_with_no_clinic_lines(qapp, small_store, tmp_path):
    out = tmp_path / "sheet.pdf"
    write_pdf(sheet_for_topics(small_store, ["topic-1"]), out)
    assert set(page_sizes(out)) == {A4}
    assert "Riverside" not in " ".join(page_texts(out))


@pytest.mark.parametrize("where", ["before", "after"])
def test_the_sheet_command_reads_the_clinic_file(qapp, small_db, tmp_path, where):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(CLINIC)
    out = tmp_path / "sheet.pdf"
    sheet = ["sheet", "--topic", "topic-1", "--out", str(out)]
    option = ["--clinic", str(clinic)]
    argv = ["--database", str(small_db), *(option + sheet if where == "before" else sheet + option)]
    assert main(argv) == 0
    assert ENV not in os.environ, "the settings travel as a record, not in the environment"
    texts = page_texts(out)
    assert all("Riverside Oncology" in t and "front desk" in t for t in texts)
    assert set(page_sizes(out)) == {LETTER}


def test_a_bad_clinic_file_still_gives_a_sheet(qapp, small_db, tmp_path, capsys):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text('clinic_name = "Riverside Oncology"\npaper = "A5"\n')
    out = tmp_path / "sheet.pdf"
    assert main(["--database", str(small_db), "--clinic", str(clinic), "sheet", "--topic",
                 "topic-1", "--out", str(out)]) == 0
    assert f"{clinic}:2: paper:" in capsys.readouterr().err
    assert set(page_sizes(out)) == {A4}
    assert "Riverside Oncology" in page_texts(out)[0]


@pytest.mark.parametrize("argv", [["--clinic", "C", "content-info"], ["content-info", "--clinic", "C"],
                                  ["--clinic", "C", "sheet", "--topic", "t", "--out", "x.pdf"]])
def test_clinic_before_or_after_any_command_names_the_same_file(argv, monkeypatch, tmp_path):
    from viewer.cli import _clinic, parser

    monkeypatch.chdir(tmp_path)
    Path("C").write_text('clinic_name = "Named"\n')
    args = parser().parse_args(argv)
    assert _clinic(args).clinic_name == "Named" and _clinic(args).files == (Path("C"),)
    assert ENV not in os.environ
