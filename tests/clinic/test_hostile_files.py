"""Clinic files as they come from the world: a Windows editor's byte-order mark, a pipe,
a device, a folder, a huge file, nesting hundreds deep, a kiosk line that cannot be read,
control characters in a file name. The app always starts, on the safe side."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from viewer.clinic.file_reader import MAX_BYTES
from viewer.clinic.settings import read_clinic_file


def write(tmp_path: Path, data: bytes, name: str = "clinic.toml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_a_byte_order_mark_and_kiosk_on_line_one_is_a_kiosk(tmp_path, ending):
    """F5: Notepad saves UTF-8 with a mark; line 1 must still be read."""
    s = read_clinic_file(write(tmp_path, b"\xef\xbb\xbfkiosk = true" + ending
                                         + b'clinic_name = "Riverside"' + ending))
    assert s.kiosk and s.clinic_name == "Riverside" and s.problems == []


def test_a_fifo_is_not_waited_for(tmp_path):
    """F15: a pipe with no writer would block the start for ever."""
    fifo = tmp_path / "clinic.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    s = read_clinic_file(fifo)
    assert time.monotonic() - started < 20, "not waited for (a blocked open never returns)"
    assert s.kiosk and not s.saves_sheets
    [problem] = s.problems
    assert "not a regular file" in problem.message and "safe settings" in problem.message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_not_read(device):
    """F15: /dev/zero never ends; reading it ended in MemoryError."""
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    s = read_clinic_file(Path(device))
    assert s.kiosk and not s.saves_sheets
    assert "not a regular file" in s.problems[0].message


def test_a_folder_is_the_safe_side(tmp_path):
    folder = tmp_path / "clinic.toml"
    folder.mkdir()
    s = read_clinic_file(folder)
    assert s.kiosk and "a folder" in s.problems[0].message


def test_a_file_over_the_limit_is_not_read(tmp_path):
    big = write(tmp_path, b"kiosk = false\n" + b"# padding\n" * (MAX_BYTES // 10 + 1))
    s = read_clinic_file(big)
    assert s.kiosk and "larger than 1 MB" in s.problems[0].message


def test_a_large_file_is_read_in_one_pass(tmp_path, monkeypatch):
    """A 10 MB file with an error on line 1 once took 16 s: it is now refused by its size
    before a byte is parsed, and a file just under the limit with the same error is parsed
    in one pass over its lines, not once per line over the whole file. Counted in characters
    handed to the TOML parser, which no busy machine can change."""
    import tomllib

    real_loads = tomllib.loads
    parsed: list[int] = []

    def counting_loads(text, *args, **kwargs):
        parsed.append(len(text))
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(tomllib, "loads", counting_loads)
    line1 = b'kiosk = tru\n'
    ten = write(tmp_path, line1 + b'clinic_name = "x"\n' * 600_000, "ten.toml")
    assert read_clinic_file(ten).kiosk
    assert parsed == [], "a file over the limit is never parsed"
    under = write(tmp_path, line1 + b'clinic_name = "x"\n' * ((MAX_BYTES - 20) // 18), "one.toml")
    s = read_clinic_file(under)
    assert s.kiosk and s.problems[0].line == 1
    assert sum(parsed) <= 2 * under.stat().st_size, "each line is parsed a bounded number of times"


@pytest.mark.parametrize("text", ["x = " + "[" * 600 + "]" * 600,
                                  "x = " + "{a = " * 600 + "1" + "}" * 600,
                                  "kiosk = true\nx = " + "[" * 5000 + "]" * 5000])
def test_deep_nesting_is_caught(tmp_path, text):
    """F6: nesting hundreds deep was a RecursionError, and the app did not start."""
    s = read_clinic_file(write(tmp_path, text.encode()))
    assert s.in_clinic
    assert s.problems, "the nesting is reported"
    assert len(str(s.problems[0])) < 400, "the value is not quoted whole"
    if "kiosk" in text:
        assert s.kiosk


@pytest.mark.parametrize("text", [
    "kiosk = false\nkiosk = true\n",  # set twice: which one did IT mean?
    "kiosk = false\nkiosk = true",  # the same at the end of the file (found by Hypothesis)
    'clinic_name = "x"\n[section]\nkiosk = false\n',  # inside a table
    "KIOSK = true\n",  # in capitals
    '"kiosk" = "on"\n',
    'paper = "A4\nkiosk = tru\n',  # after another broken line
    "kiosk = [true]\n",
    "idle_minutes = 3\n\ufeffkiosk = true\n",  # a stray mark mid-file
])
def test_a_kiosk_line_anywhere_that_cannot_be_read_means_a_kiosk(tmp_path, text):
    s = read_clinic_file(write(tmp_path, text.encode()))
    assert s.kiosk, text


def test_a_clean_kiosk_false_is_no_kiosk(tmp_path):
    s = read_clinic_file(write(tmp_path, b"kiosk = false\n# kiosk = true was the old value\n"))
    assert not s.kiosk and s.problems == []


def test_control_characters_in_a_file_name_are_printed_as_escapes(tmp_path):
    """F16: a name with terminal escapes could paint a fake line over the real one."""
    name = "clinic\x1b[32m installed\x1b[0m\n.toml"
    path = write(tmp_path, b"idle_minutes = 999\n", name)
    [problem] = read_clinic_file(path).problems
    shown = str(problem)
    assert "\x1b" not in shown and "\n" not in shown
    assert "\\x1b[32m installed\\x1b[0m\\n.toml:1: idle_minutes:" in shown
