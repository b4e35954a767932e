"""paths never creates a folder or raises; folder_problem says why a folder is unusable."""

from __future__ import annotations

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
