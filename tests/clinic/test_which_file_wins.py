"""Which clinic file is read, and which one wins: every folder of XDG_CONFIG_DIRS in order
(Ubuntu's real value), a system-wide file that a user's file or environment variable
cannot switch off, and the settings read once and passed down."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from viewer import paths
from viewer.cli import main
from viewer.clinic import settings as clinic_settings
from viewer.clinic.settings import ENV, LOCKED_KEYS, load_clinic_settings

UBUNTU_CONFIG = "/etc/xdg/xdg-ubuntu:/etc/xdg"
UBUNTU_DATA = "/usr/share/ubuntu:/usr/share/gnome:/usr/local/share/:/usr/share/"


def stand_in(tmp_path: Path, value: str) -> tuple[str, list[Path]]:
    """Ubuntu's colon list with every folder moved under ``tmp_path``."""
    folders = [tmp_path / "root" / p.strip("/") for p in value.split(":")]
    return ":".join(str(f) + ("/" if p.endswith("/") else "") for f, p in
                    zip(folders, value.split(":"), strict=True)), folders


def system_file(folder: Path, text: str) -> Path:
    path = folder / "patient-viewer" / "clinic.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ubuntu_session_finds_the_file_in_the_second_config_folder(tmp_path, monkeypatch):
    value, (ubuntu, etc_xdg) = stand_in(tmp_path, UBUNTU_CONFIG)
    monkeypatch.setenv("XDG_CONFIG_DIRS", value)
    path = system_file(etc_xdg, "kiosk = true\n")
    assert paths.system_config_dirs() == [ubuntu, etc_xdg]
    s = load_clinic_settings()
    assert s.kiosk and s.files == (path,) and not s.saves_sheets


def test_the_more_important_folder_wins(tmp_path, monkeypatch):
    value, (ubuntu, etc_xdg) = stand_in(tmp_path, UBUNTU_CONFIG)
    monkeypatch.setenv("XDG_CONFIG_DIRS", value)
    system_file(etc_xdg, 'clinic_name = "etc"\n')
    first = system_file(ubuntu, 'clinic_name = "ubuntu"\n')
    s = load_clinic_settings()
    assert s.clinic_name == "ubuntu" and s.files == (first,)


def test_xdg_lists_follow_the_specification():
    assert paths.system_config_dirs({}, "linux") == [Path("/etc/xdg")]
    assert paths.system_config_dirs({"XDG_CONFIG_DIRS": ""}, "linux") == [Path("/etc/xdg")]
    # relative entries are invalid and skipped; empty ones too
    assert paths.system_config_dirs({"XDG_CONFIG_DIRS": "rel:/a::/b"}, "linux") == [Path("/a"),
                                                                                   Path("/b")]
    assert paths.system_data_dirs({}, "linux") == [Path("/usr/local/share/patient-viewer"),
                                                   Path("/usr/share/patient-viewer")]
    ubuntu = paths.system_data_dirs({"XDG_DATA_DIRS": UBUNTU_DATA}, "linux")
    assert [p.parent.as_posix() for p in ubuntu] == ["/usr/share/ubuntu", "/usr/share/gnome",
                                                     "/usr/local/share", "/usr/share"]


def test_windows_places():
    env = {"ProgramData": r"D:\ProgramData", "LOCALAPPDATA": r"D:\Users\ana\AppData\Local"}
    assert paths.system_config_dirs(env, "win32") == [Path(r"D:\ProgramData")]
    assert paths.system_data_dirs(env, "win32") == [Path(r"D:\ProgramData") / "patient-viewer"]
    assert clinic_settings.system_clinic_files(env, "win32") == [
        Path(r"D:\ProgramData") / "patient-viewer" / "clinic.toml"]
    assert paths.system_config_dirs({}, "win32") == [Path(r"C:\ProgramData")]


@pytest.mark.parametrize("how", ["environment", "option"])
def test_a_users_file_cannot_switch_a_system_kiosk_off(tmp_path, monkeypatch, how):
    value, (_, etc_xdg) = stand_in(tmp_path, UBUNTU_CONFIG)
    monkeypatch.setenv("XDG_CONFIG_DIRS", value)
    from tests.packs.helpers import Signer

    it, mine = Signer(tmp_path / "it").public_line, Signer(tmp_path / "mine").public_line
    system = system_file(etc_xdg, f'kiosk = true\nclinic_name = "Riverside"\n'
                                  f'trusted_keys = ["{it}"]\n')
    own = tmp_path / "mine.toml"
    own.write_text(f'kiosk = false\nkeep_sheets_on_disk = true\nidle_minutes = 0\n'
                   f'trusted_keys = ["{mine}"]\nclinic_name = "My desk"\ntext_size = 20\n')
    if how == "environment":
        monkeypatch.setenv(ENV, str(own))
        s = load_clinic_settings()
    else:
        s = load_clinic_settings(own)
    assert s.kiosk and not s.saves_sheets and s.idle_minutes == 10
    assert s.trusted_keys == [it], "a user cannot add a signing key"
    assert (s.clinic_name, s.text_size) == ("My desk", 20), "the keys a user may set"
    assert s.path == system and s.files == (system, own)
    refused = {p.key for p in s.problems}
    assert refused == {"kiosk", "keep_sheets_on_disk", "idle_minutes", "trusted_keys"}
    assert refused <= set(LOCKED_KEYS)
    assert all(str(system) in p.message for p in s.problems)


def test_with_no_system_file_a_users_file_is_read_on_its_own(tmp_path, monkeypatch):
    own = tmp_path / "mine.toml"
    own.write_text("kiosk = false\nkeep_sheets_on_disk = true\n")
    monkeypatch.setenv(ENV, str(own))
    s = load_clinic_settings()
    assert s.in_clinic and not s.kiosk and s.saves_sheets and s.problems == []


def test_a_dangling_link_at_the_system_path_is_the_safe_side(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    link = tmp_path / "xdg" / "patient-viewer" / "clinic.toml"
    link.parent.mkdir(parents=True)
    link.symlink_to(tmp_path / "gone.toml")
    s = load_clinic_settings()
    assert s.in_clinic and s.kiosk and not s.saves_sheets
    [problem] = s.problems
    assert "cannot be read" in problem.message


def test_the_command_line_reads_the_settings_once_and_never_into_the_environment(
        tmp_path, monkeypatch, capsys):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text('kiosk = true\npaper = "A5"\n')
    reads: list[Path] = []
    real = clinic_settings.read_clinic_file

    def counted(path: Path):
        reads.append(path)
        return real(path)

    monkeypatch.setattr(clinic_settings, "read_clinic_file", counted)
    assert main(["--clinic", str(clinic), "content-info", "--json"]) == 0
    said = capsys.readouterr()
    assert reads == [clinic]
    assert ENV not in os.environ
    assert said.err.count(f"{clinic}:2: paper:") == 1
    info = json.loads(said.out)
    assert info["clinic"] == {"clinic_mode": True, "kiosk": True, "files": [str(clinic)],
                              "problems": [f"{clinic}:2: paper: must be one of A4, Letter, not "
                                           "'A5'; using 'A4'"]}
