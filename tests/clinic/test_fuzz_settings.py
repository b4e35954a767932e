"""Property-based tests of the clinic file's reader: no file makes it raise, every setting
it returns is one the app can use, a kiosk asked for is never lost, and a byte-order
mark changes nothing. A quick run is part of every test command;
``--hypothesis-profile=long`` runs many more examples (README, "Test it")."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from viewer.clinic.file_reader import _KIOSK_LINE, _check
from viewer.clinic.settings import KEYS, ClinicSettings, read_clinic_file
from viewer.plain_records import field_names

# Lines a clinic file is made of, good and bad, and anything else.
VALUES = st.sampled_from(["true", "false", "tru", "1", "-1", "999", "10", '"A4"', '"Letter"',
                          '"day"', '"x"', "[]", '["a"]', "{}", "1.5", '"', "[", "{a = 1}",
                          "1979-05-27", '"""', "'x'", "nan"])
KEY_NAMES = st.sampled_from([*KEYS, "kiosk", "KIOSK", '"kiosk"', "clinic_nmae", "x", "a.b", ""])
LINES = st.one_of(
    st.builds(lambda k, v, sep: f"{k}{sep}{v}", KEY_NAMES, VALUES,
              st.sampled_from([" = ", "=", ": ", " "])),
    st.sampled_from(["[table]", "[[array]]", "# a comment", "", "   ", "\ufeff", "\x00", "\x1b[2J"]),
    st.text(max_size=40),
)
FILES = st.lists(LINES, max_size=30).map("\n".join)

_n = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("clinic-fuzz")


def read(folder: Path, data: bytes) -> ClinicSettings:
    path = folder / f"clinic-{next(_n)}.toml"
    path.write_bytes(data)
    return read_clinic_file(path)


def assert_usable(s: ClinicSettings) -> None:
    assert s.in_clinic
    for name in field_names(ClinicSettings):
        if name in KEYS:
            assert _check(name, getattr(s, name)) == "", (name, getattr(s, name))
    for problem in s.problems:
        shown = str(problem)
        assert shown.isprintable(), shown
        assert len(shown) < 1000


@given(data=st.binary(max_size=3000))
def test_any_bytes_never_raise_and_give_usable_settings(folder, data):
    assert_usable(read(folder, data))


@given(text=FILES)
def test_any_file_of_clinic_lines_gives_usable_settings(folder, text):
    s = read(folder, text.encode("utf-8", "surrogatepass"))
    assert_usable(s)
    if not any(_KIOSK_LINE.match(line) for line in text.splitlines()):
        assert not s.kiosk or any(p.line == 0 and not p.key for p in s.problems)


@given(text=FILES, where=st.integers(min_value=0, max_value=30))
def test_a_kiosk_asked_for_anywhere_is_a_kiosk(folder, text, where):
    lines = text.split("\n")
    lines.insert(min(where, len(lines)), "kiosk = true")
    s = read(folder, "\n".join(lines).encode("utf-8", "surrogatepass"))
    assert s.kiosk, lines


@given(text=FILES)
def test_a_byte_order_mark_changes_nothing(folder, text):
    assume(not text.startswith("\ufeff"))  # a second mark is text, and not TOML
    data = text.encode("utf-8", "surrogatepass")
    plain, marked = read(folder, data), read(folder, b"\xef\xbb\xbf" + data)
    assert [getattr(plain, k) for k in KEYS] == [getattr(marked, k) for k in KEYS]
    assert [(p.line, p.key) for p in plain.problems] == [(p.line, p.key) for p in marked.problems]
