"""The clinic settings file: where it is found, what each key takes, and that a bad file
never stops the app (it falls back per key and names the file, line and key)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from viewer.clinic.settings import (
    DESKTOP,
    ENV,
    KEYS,
    load_clinic_settings,
    read_clinic_file,
    report_problems,
)

GOOD = """\
kiosk = true
idle_minutes = 5
keep_sheets_on_disk = false
clinic_name = "Riverside Oncology"
clinic_phone = "020 7946 0000"
front_desk_line = "Hand this sheet to the front desk"
paper = "Letter"
text_size = 18
theme = "high-contrast"
trusted_keys = [
  "SAdaWX5yGhVuLgeZ3lzAxTJNxufq8c3UYlCGjsUyFd0=",
  "XiEsCYDks5/AlyETSqAhCTdO39JgwNPQPLUByNZUV6k=",
]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_key_is_read(tmp_path):
    s = read_clinic_file(write(tmp_path, GOOD))
    assert s.problems == []
    assert s.in_clinic and s.kiosk and s.idle_reset
    assert (s.idle_minutes, s.paper, s.text_size, s.theme) == (5, "Letter", 18, "high-contrast")
    assert not s.saves_sheets
    assert s.sheet_lines == ["Riverside Oncology \u00b7 020 7946 0000",
                             "Hand this sheet to the front desk"]
    assert len(s.trusted_keys) == 2 and all(isinstance(k, str) for k in s.trusted_keys)
    assert s.trusted_keys[0].startswith("SAdaWX5y")


def test_defaults_of_an_empty_clinic_file_keep_nothing_on_disk(tmp_path):
    s = read_clinic_file(write(tmp_path, ""))
    assert s.in_clinic and not s.kiosk and s.idle_minutes == 10 and s.paper == "A4"
    assert not s.saves_sheets and s.trusted_keys == []


def test_no_clinic_file_is_an_ordinary_desktop(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none"))
    s = load_clinic_settings()
    assert s is DESKTOP and s.saves_sheets and not s.idle_reset and not s.kiosk


def test_a_users_file_sets_the_clinic_name_over_the_system_files(monkeypatch, tmp_path):
    """clinic_name is not a lock-down key: the option's file, else the environment's,
    sets it over the system-wide file (tests/clinic/test_which_file_wins.py has the rest)."""
    system = tmp_path / "xdg" / "patient-viewer" / "clinic.toml"
    system.parent.mkdir(parents=True)
    system.write_text('clinic_name = "system"\n')
    env = write(tmp_path, 'clinic_name = "environment"\n')
    option = tmp_path / "option.toml"
    option.write_text('clinic_name = "option"\n')
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV, raising=False)
    assert load_clinic_settings().clinic_name == "system"
    monkeypatch.setenv(ENV, str(env))
    assert load_clinic_settings().clinic_name == "environment"
    assert load_clinic_settings(option).clinic_name == "option"


@pytest.mark.parametrize(("line", "key", "words"), [
    ("idle_minutes = 999", "idle_minutes", "out of range"),
    ("idle_minutes = -1", "idle_minutes", "out of range"),
    ('idle_minutes = "ten"', "idle_minutes", "whole number"),
    ("idle_minutes = true", "idle_minutes", "whole number"),
    ('keep_sheets_on_disk = "yes"', "keep_sheets_on_disk", "true or false"),
    ('paper = "A5"', "paper", "A4, Letter"),
    ("paper = 4", "paper", "text in quotes"),
    ('theme = "dark"', "theme", "day, high-contrast"),
    ("text_size = 80", "text_size", "out of range"),
    ('trusted_keys = "one key"', "trusted_keys", "list of strings"),
    ("trusted_keys = [1, 2]", "trusted_keys", "list of strings"),
    ('trusted_keys = ["not base64!"]', "trusted_keys", "not a base64 key"),
    ('clinic_nmae = "typo"', "clinic_nmae", "unknown key, ignored; did you mean clinic_name?"),
    ('colour = "blue"', "colour", "the keys are listed in docs/clinic.md"),
])
def test_a_bad_key_falls_back_and_names_file_line_and_key(tmp_path, line, key, words):
    path = write(tmp_path, f'kiosk = true\nclinic_name = "Riverside"\n{line}\n')
    s = read_clinic_file(path)
    assert s.kiosk is True, "kiosk stays as asked"
    assert s.clinic_name == "Riverside", "the good keys are kept"
    assert s.idle_minutes == 10 and s.paper == "A4" and s.theme == "day" and s.text_size == 14
    assert not s.saves_sheets
    [problem] = s.problems
    assert (problem.path, problem.line, problem.key) == (str(path), 3, key)
    assert words in problem.message
    assert str(problem).startswith(f"{path}:3: {key}: ")


def test_a_syntax_error_costs_only_its_own_line(tmp_path):
    path = write(tmp_path, 'clinic_name = "Riverside"\npaper = "Letter\nkiosk = false\n'
                           "idle_minutes = 3\n")
    s = read_clinic_file(path)
    assert s.kiosk is False and s.idle_minutes == 3 and s.clinic_name == "Riverside"
    assert s.paper == "A4"
    [problem] = s.problems
    assert (problem.line, problem.key) == (2, "paper")
    assert "not valid TOML" in problem.message


def test_a_file_that_cannot_say_kiosk_takes_the_safe_side(tmp_path):
    path = write(tmp_path, "kiosk = tru\n")
    s = read_clinic_file(path)
    assert s.kiosk is True and s.idle_reset and not s.saves_sheets
    [problem] = s.problems
    assert problem.line == 1 and "safe side" in problem.message


@pytest.mark.parametrize("line", ['kiosk = "yes"', "kiosk = tru", "kiosk = 1", "kiosk: true"])
def test_a_kiosk_line_that_cannot_be_read_means_a_kiosk_and_keeps_the_rest(tmp_path, line):
    path = write(tmp_path, f'clinic_name = "Riverside"\n{line}\nidle_minutes = 3\n')
    s = read_clinic_file(path)
    assert s.kiosk is True and s.clinic_name == "Riverside" and s.idle_minutes == 3
    [problem] = s.problems
    assert (problem.line, problem.key) == (2, "kiosk") and "safe side" in problem.message


def test_a_syntax_error_in_a_file_without_kiosk_is_no_kiosk(tmp_path):
    s = read_clinic_file(write(tmp_path, 'clinic_name = "Riverside"\npaper = "A4\n'))
    assert s.kiosk is False and s.clinic_name == "Riverside"


@pytest.mark.parametrize("make", ["missing", "folder", "binary"])
def test_an_unreadable_file_takes_the_safe_side(tmp_path, make):
    path = tmp_path / "clinic.toml"
    if make == "folder":
        path.mkdir()
    elif make == "binary":
        path.write_bytes(b"kiosk = false\n\xff\xfe\x00")
    s = read_clinic_file(path)
    assert s.in_clinic and s.kiosk and not s.saves_sheets
    [problem] = s.problems
    assert problem.path == str(path) and "cannot be read" in problem.message


def test_problems_are_logged(tmp_path, caplog):
    path = write(tmp_path, "idle_minutes = 0.5\n")
    with caplog.at_level(logging.WARNING):
        s = load_clinic_settings(path)
        report_problems(s)
    assert s.idle_minutes == 10
    assert f"{path}:1: idle_minutes:" in caplog.text


def test_every_key_is_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic.md").read_text(encoding="utf-8")
    section = doc.split("## Clinic mode", 1)[1]
    missing = [k for k in KEYS if f"`{k}`" not in section]
    assert not missing, f"keys not in docs/clinic.md: {missing}"


def test_a_key_set_twice_keeps_the_first(tmp_path):
    s = read_clinic_file(write(tmp_path, "idle_minutes = 4\nkiosk = true\nidle_minutes = 9\n"))
    assert s.idle_minutes == 4 and s.kiosk
    [problem] = s.problems
    assert (problem.line, problem.key) == (3, "idle_minutes") and "set twice" in problem.message
