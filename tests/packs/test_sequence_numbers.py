"""Pack numbers of any width up to SQLite's largest integer work everywhere; beyond, one line."""

from __future__ import annotations

import json

import pytest

from tests.packs.helpers import Signer, make_pack, resign
from viewer.cli import main
from viewer.opening import choice
from viewer.packs.locations import MAX_SEQUENCE, installed_sequences, user_content_dir


@pytest.fixture
def signer(tmp_path) -> Signer:
    return Signer(tmp_path / "keys")


def test_a_date_like_number_installs_is_used_and_a_newer_one_follows(tmp_path, library, signer,
                                                                     capsys):
    """The December attack test's F1: 2025060101 was reported installed, then deleted by the
    installer's own clean-up, and every later pack was refused."""
    date_like = make_pack(library, tmp_path / "d.pvpack", signer, 2025060101)
    assert main(["install-pack", str(date_like), "--clinic", str(signer.clinic)]) == 0
    folder = user_content_dir()
    assert (folder / "pack-2025060101.head").is_file() and (folder / "pack-2025060101.db").is_file()
    assert installed_sequences(folder) == [2025060101]
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.kind == "pack" and opened.origin.sequence == 2025060101
    opened.store.close()
    capsys.readouterr()
    assert main(["content-info", "--clinic", str(signer.clinic)]) == 0
    assert "2025060101" in capsys.readouterr().out

    newer = make_pack(library, tmp_path / "n.pvpack", signer, 2025070101)
    assert main(["install-pack", str(newer), "--clinic", str(signer.clinic)]) == 0
    assert "number 2025060101 is kept as the fallback" in capsys.readouterr().out
    assert installed_sequences(folder) == [2025070101, 2025060101]
    older = make_pack(library, tmp_path / "o.pvpack", signer, 7)
    assert main(["install-pack", str(older), "--clinic", str(signer.clinic)]) == 2
    assert "not newer than number 2,025,070,101" in capsys.readouterr().err


def test_the_largest_number_works_and_short_numbers_keep_their_names(tmp_path, library, signer):
    small = make_pack(library, tmp_path / "s.pvpack", signer, 3)
    assert main(["install-pack", str(small), "--clinic", str(signer.clinic)]) == 0
    assert (user_content_dir() / "pack-00000003.head").is_file()  # as before: old installs read
    top = make_pack(library, tmp_path / "t.pvpack", signer, MAX_SEQUENCE)
    assert main(["install-pack", str(top), "--clinic", str(signer.clinic)]) == 0
    assert installed_sequences(user_content_dir()) == [MAX_SEQUENCE, 3]


@pytest.mark.parametrize("number", [str(MAX_SEQUENCE + 1), "99999999999999999999", "0", "-5"])
def test_pack_refuses_a_number_outside_the_range_with_one_line(tmp_path, library, monkeypatch,
                                                                capsys, number):
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    monkeypatch.chdir(library)
    out = tmp_path / "p.pvpack"
    capsys.readouterr()
    assert main(["pack", "--key", str(tmp_path / "k"), "--sequence", number, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "from 1 to 9,223,372,036,854,775,807" in err, err
    assert not out.exists()


def test_install_pack_refuses_a_signed_number_beyond_the_range(tmp_path, library, signer,
                                                               capsys):
    five = make_pack(library, tmp_path / "five.pvpack", signer, 5)
    raw = five.read_bytes()
    manifest = json.loads(raw[12:12 + int.from_bytes(raw[8:12], "big")])
    manifest["sequence"] = MAX_SEQUENCE + 1
    pack = resign(five, tmp_path / "big.pvpack", signer,
                  json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode())
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "from 1 to" in err
    assert not user_content_dir().exists()


def test_odd_names_in_the_content_folder_are_not_packs(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "pack-00000009.head").mkdir()  # a folder named like a head
    (folder / "pack-000000012.head").write_bytes(b"")  # not the name pack 12 is written as
    (folder / "pack-00000013.head").symlink_to(tmp_path / "elsewhere")
    (folder / "pack-99999999999999999999.head").write_bytes(b"")  # beyond the range
    (folder / "pack-00000004.head").write_bytes(b"x")
    assert installed_sequences(folder) == [4]
