"""paths never creates a folder or raises; folder_problem says why a folder is unusable."""

from __future__ import annotations

import os
from pathlib import Path

from viewer import paths


def test_paths_under_a_plain_file_do_not_raise(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(blocker / "sub"))
    for path in (paths.user_database(), paths.settings_file(), paths.rebuilt_content_database(),
                 paths.log_file()):
        assert str(path).startswith(str(blocker))
        assert not path.parent.exists()
    problem = paths.folder_problem(paths.user_data_dir())
    assert "Not a directory" in problem and str(blocker) in problem


def test_folder_problem_makes_a_missing_folder(tmp_path):
    folder = tmp_path / "a" / "b"
    assert paths.folder_problem(folder) == ""
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_the_users_folders_follow_the_xdg_specification(tmp_path, monkeypatch):
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in ("", "relative/share"):  # unset, empty or relative: the default
        monkeypatch.setenv("XDG_DATA_HOME", value)
        monkeypatch.setenv("XDG_CACHE_HOME", value)
        assert paths.user_data_dir() == tmp_path / "home" / ".local" / "share" / "patient-viewer"
        assert paths.user_cache_dir() == tmp_path / "home" / ".cache" / "patient-viewer"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert paths.user_database() == tmp_path / "data" / "patient-viewer" / "my-questions.db"
    assert paths.log_file() == tmp_path / "cache" / "patient-viewer" / "patient-viewer.log"


def test_a_home_that_is_not_an_absolute_path_is_the_accounts_own(tmp_path, monkeypatch):
    import pwd

    own = pwd.getpwuid(os.getuid()).pw_dir
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    for home in ("", "relative"):
        monkeypatch.setenv("HOME", home)
        assert paths.user_data_dir() == Path(own) / ".local" / "share" / "patient-viewer"


def test_the_users_folders_on_windows_and_macos(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    local = {"LOCALAPPDATA": r"D:\Users\ana\AppData\Local"}
    assert str(paths._user_folder(local, "win32", "data")) == local["LOCALAPPDATA"]
    assert paths._user_folder({}, "win32", "data") == tmp_path / "AppData" / "Local"  # unset
    assert paths._user_folder({}, "darwin", "data") == tmp_path / "Library" / "Application Support"
    assert paths._user_folder({}, "darwin", "cache") == tmp_path / "Library" / "Caches"
    xdg = {"XDG_DATA_HOME": "/x/data", "XDG_CACHE_HOME": "relative"}  # honoured on macOS too
    assert paths._user_folder(xdg, "darwin", "data") == Path("/x/data")
    assert paths._user_folder(xdg, "darwin", "cache") == tmp_path / "Library" / "Caches"
