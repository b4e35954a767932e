"""Opening the content database the app should read, and rebuilding a broken one; what
the window says of it comes from the records, in words the ui owns."""

from __future__ import annotations

import tempfile

import pytest

from viewer import resources
from viewer.opening import choice
from viewer.opening.repair import CannotRepair
from viewer.ui.text.opening_words import cannot_repair, opening_notice


def test_a_broken_shipped_database_is_rebuilt_and_user_data_kept(tmp_path, monkeypatch):
    broken = tmp_path / "shipped.db"
    broken.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(resources, "shipped_database", lambda: broken)
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(tmp_path / "user"))
    mine = tmp_path / "user" / "my-questions.db"
    mine.parent.mkdir()
    mine.write_bytes(b"the user's own data")
    opened = choice.open_content()
    assert opened.repair and not opened.repair.reused and opened.repair.kept
    assert "shipped.db" in opened.repair.problem
    assert "rebuilt from the articles that ship with the app" in opening_notice(opened)
    assert len(opened.store.topics()) >= 4
    opened.store.close()
    again = choice.open_content()  # the rebuilt copy is reused, not built again
    assert again.repair and again.repair.reused
    assert "rebuilt earlier" in opening_notice(again)
    again.store.close()
    assert mine.read_bytes() == b"the user's own data"


def _broken_shipped_and_cache_blocked(tmp_path, monkeypatch):
    """A shipped database that is garbage, and a user folder under a plain file; the file."""
    broken = tmp_path / "shipped.db"
    broken.write_bytes(b"garbage" * 1000)
    blocker = tmp_path / "plain-file"
    blocker.write_text("in the way")
    monkeypatch.setattr(resources, "shipped_database", lambda: broken)
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(blocker / "cache"))
    return blocker


def test_a_repair_the_cache_cannot_hold_is_built_in_a_temporary_folder(tmp_path, monkeypatch):
    blocker = _broken_shipped_and_cache_blocked(tmp_path, monkeypatch)
    opened = choice.open_content()
    assert opened.repair and not opened.repair.kept
    assert "does not let the app keep the repaired copy" in opening_notice(opened)
    assert len(opened.store.topics()) >= 4
    assert not opened.store.path.is_relative_to(blocker)
    opened.store.close()
    assert blocker.read_text() == "in the way"


def test_a_repair_nothing_can_hold_says_why(tmp_path, monkeypatch):
    blocker = _broken_shipped_and_cache_blocked(tmp_path, monkeypatch)
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "tmp"))  # the temp folder is blocked too
    with pytest.raises(CannotRepair) as raised:
        choice.open_content()
    assert "shipped.db" in raised.value.problem and raised.value.cause
    assert "does not let the app write a repaired copy" in cannot_repair(raised.value)
