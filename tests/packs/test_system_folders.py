"""Packs installed for every user are found in any folder of XDG_DATA_DIRS, in order, as an
Ubuntu session sets it; root installing with its own (unset) list reaches the same place."""

from __future__ import annotations

import json

from tests.clinic.test_which_file_wins import UBUNTU_DATA, stand_in
from tests.library import write_library
from tests.packs.helpers import Signer, make_pack
from viewer.cli import main


def test_a_system_pack_in_the_fourth_ubuntu_data_folder_is_used(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PATIENT_VIEWER_SYSTEM_DATA_DIR")
    value, folders = stand_in(tmp_path, UBUNTU_DATA)
    signer = Signer(tmp_path / "keys")
    pack = make_pack(write_library(tmp_path / "lib"), tmp_path / "p.pvpack", signer, 3)
    # IT installs as root, whose environment names only the last folder.
    monkeypatch.setenv("XDG_DATA_DIRS", str(folders[3]))
    assert main(["install-pack", "--system", str(pack), "--clinic", str(signer.clinic)]) == 0
    assert (folders[3] / "patient-viewer" / "content" / "pack-00000003.head").is_file()
    # A user's Ubuntu session lists four folders; the pack is in the last.
    monkeypatch.setenv("XDG_DATA_DIRS", value)
    capsys.readouterr()
    assert main(["content-info", "--json", "--clinic", str(signer.clinic)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["content"]["in_use"] == "pack" and info["content"]["sequence"] == 3
    assert info["content"]["key_id"] == signer.key_id
