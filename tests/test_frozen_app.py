"""The standalone bundle (PyInstaller sets ``sys.frozen``) leaves the builder out: a damaged
content database is not rebuilt there but named, with how to reinstall, and the editors'
commands say where to run them. .ci/bundle-check does the same with the real bundle."""

from __future__ import annotations

import sys

import pytest

from viewer import resources
from viewer.cli import main
from viewer.errors import DatabaseError
from viewer.opening.choice import open_content


@pytest.fixture
def frozen(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # what PyInstaller's loader sets


def test_a_damaged_database_in_the_bundle_says_install_again_and_builds_nothing(tmp_path, monkeypatch,
                                                                                 frozen):
    broken = tmp_path / "content.db"
    broken.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(resources, "shipped_database", lambda: broken)
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(tmp_path / "user"))
    with pytest.raises(DatabaseError) as caught:
        open_content()
    message = str(caught.value)
    assert str(broken) in message and "Install the app again" in message
    assert "not touched" in message
    assert not (tmp_path / "user").exists()  # no repaired copy was built


@pytest.mark.parametrize("argv", [
    ["build"], ["check"], ["pack", "--key", "k", "--sequence", "9", "--out", "p"],
    ["review", "--since", "a.db", "--out", "r.html"], ["translated", "es", "x"],
    ["add-source", "a.txt", "--kind", "news", "--title", "t"]])
def test_an_editors_command_in_the_bundle_is_one_line_and_exit_2(argv, capsys, frozen):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"patient-viewer: {argv[0]} is an editors' command: it reads the repository's seeds "
                   "and pages, which the standalone app does not carry. Run it in a checkout with "
                   "the app installed by pip (README.md)"]


def test_outside_the_bundle_a_damaged_database_is_still_rebuilt(tmp_path, monkeypatch):
    assert resources.rebuild_possible()
    broken = tmp_path / "content.db"
    broken.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(resources, "shipped_database", lambda: broken)
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(tmp_path / "user"))
    opened = open_content()
    assert opened.repair is not None and not opened.repair.reused
    opened.store.close()


def test_a_missing_database_in_the_bundle_is_named_where_the_bundle_keeps_it(tmp_path, monkeypatch, frozen):
    monkeypatch.setattr(resources, "PACKAGED", tmp_path / "_data")
    assert resources.shipped_database() == tmp_path / "_data" / "content.db"
    with pytest.raises(DatabaseError, match="Install the app again") as caught:
        open_content()
    assert str(tmp_path / "_data" / "content.db") in str(caught.value)
