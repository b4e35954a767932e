from __future__ import annotations

from pathlib import Path

import pytest

from tests.sheet_pdf import page_texts
from viewer.cli import main, parser
from viewer.sheet.pdf_file import long_date, parse_date


def run(small_db: Path, *args: str) -> int:
    return main(["--database", str(small_db), "sheet", *args])


def test_chosen_questions_in_the_order_given(qapp, small_db: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.pdf"
    assert run(small_db, "--topic", "topic-1", "--topic", "topic-2", "--question", "topic-2-q4",
               "--question", "topic-1-q2", "--name", "Ana", "--date", "2026-03-14",
               "--doctor", "Dr Lee", "--out", str(out)) == 0
    assert "2 question(s)" in capsys.readouterr().out
    whole = " ".join(page_texts(out))
    assert "1. Is question 4 a good one to ask?" in whole
    assert "2. Is question 2 a good one to ask?" in whole
    assert "3. Is question" not in whole
    for part in ("Ana", "Saturday 14 March 2026", "Dr Lee", "Page 1 of"):
        assert part in whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


@pytest.mark.parametrize("flag", [[], ["--all"]])
def test_without_questions_every_question_of_the_topic_goes_on(qapp, small_db: Path,
                                                               tmp_path: Path, flag: list[str]) -> None:
    out = tmp_path / "blank.pdf"
    assert run(small_db, "--topic", "topic-2", *flag, "--large-print", "--out", str(out)) == 0
    whole = " ".join(page_texts(out))
    for n in range(1, 9):
        assert f"{n}. Is question {n} a good one to ask?" in whole
    assert "Name:" in whole


@pytest.mark.parametrize(("args", "message"), [
    (["--topic", "nope"], "no topic 'nope'"),
    (["--topic", "topic-1", "--question", "topic-1-q99"], "no question 'topic-1-q99'"),
    (["--topic", "topic-1", "--question", "topic-2-q1"], "not one of the --topic"),
    (["--topic", "topic-1", "--date", "14/03/2026"], "write the date as YYYY-MM-DD"),
    (["--topic", "topic-1", "--date", "2026-02-30"], "not a real date"),
])
def test_bad_input_exits_2_with_one_message_and_no_file(qapp, small_db: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        args: list[str], message: str) -> None:
    out = tmp_path / "sheet.pdf"
    assert run(small_db, *args, "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert err.startswith("patient-viewer: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("where", "message"), [
    ("missing/sheet.pdf", "does not exist"),
    ("sheet.txt", "should end in .pdf"),
    ("a-file/sheet.pdf", "cannot write"),
])
def test_an_unwritable_output_path_exits_2(qapp, small_db: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           where: str, message: str) -> None:
    (tmp_path / "a-file").write_text("x")
    assert run(small_db, "--topic", "topic-1", "--out", str(tmp_path / where)) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_an_existing_sheet_is_replaced_whole(qapp, small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old")
    assert run(small_db, "--topic", "topic-1", "--question", "topic-1-q1", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_the_sheet_command_is_documented(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["sheet", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "With neither --all nor --question, every question of the topics" in help_text
    for flag in ("--topic", "--all", "--question", "--name", "--date", "--doctor",
                 "--large-print", "--out"):
        assert flag in help_text


def test_dates() -> None:
    assert long_date(parse_date("2026-03-14")) == "Saturday 14 March 2026"
