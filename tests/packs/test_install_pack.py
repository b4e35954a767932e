"""install-pack refuses every bad pack with exit 2, one message, and nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.packs.helpers import Signer, make_pack, snapshot
from viewer.cli import main
from viewer.opening import choice
from viewer.packs import install
from viewer.packs.container import MAGIC
from viewer.packs.database_rules import RULES_VERSION
from viewer.packs.locations import user_content_dir


@pytest.fixture
def signer(tmp_path: Path) -> Signer:
    return Signer(tmp_path / "keys")


@pytest.fixture
def installed_one(tmp_path, library, signer) -> Path:
    """Pack number 1 installed for the user; returns the content folder."""
    pack = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    return user_content_dir()


def refused(capsys, pack: Path, clinic: Path, folder: Path) -> str:
    """Run install-pack expecting refusal; return its one message."""
    before = snapshot(folder)
    capsys.readouterr()
    assert main(["install-pack", str(pack), "--clinic", str(clinic)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(pack) in err, err
    assert snapshot(folder) == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    return err


def in_use(clinic_line: str) -> int:
    opened = choice.open_content(clinic_keys=[clinic_line])
    opened.store.close()
    return opened.origin.sequence


def test_a_good_pack_installs_and_keeps_the_previous_as_fallback(tmp_path, library, signer,
                                                                 installed_one, capsys):
    assert sorted(p.name for p in installed_one.iterdir()) == [
        "highest-sequence", "install.lock", "pack-00000001.checked", "pack-00000001.db",
        "pack-00000001.head"]
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    assert "number 1 is kept as the fallback" in capsys.readouterr().out
    assert in_use(signer.public_line) == 2
    (installed_one / "pack-00000002.db").write_bytes(b"damaged")  # found damaged later
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and opened.passed_over
    opened.store.close()


def _pack_two(tmp_path, library, signer) -> tuple[Path, bytes]:
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    return pack, pack.read_bytes()


@pytest.mark.parametrize("where", ["magic", "version", "length", "manifest", "signature",
                                   "database", "last byte"])
def test_one_changed_byte_anywhere_is_refused(tmp_path, library, signer, installed_one, capsys,
                                              where):
    pack, data = _pack_two(tmp_path, library, signer)
    manifest_len = int.from_bytes(data[8:12], "big")
    offset = {"magic": 0, "version": 7, "length": 11, "manifest": 12 + manifest_len // 2,
              "signature": 12 + manifest_len + 10, "database": 12 + manifest_len + 64 + 5000,
              "last byte": len(data) - 1}[where]
    changed = bytearray(data)
    changed[offset] ^= 0x01
    pack.write_bytes(bytes(changed))
    refused(capsys, pack, signer.clinic, installed_one)
    assert in_use(signer.public_line) == 1


def test_a_pack_signed_by_an_untrusted_key_is_refused(tmp_path, library, signer, installed_one,
                                                      capsys):
    stranger = Signer(tmp_path / "stranger")
    pack = make_pack(library, tmp_path / "two.pvpack", stranger, 2)
    assert "does not match any trusted key" in refused(capsys, pack, signer.clinic, installed_one)


def test_another_apps_pack_is_refused(tmp_path, library, signer, installed_one, capsys):
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2, app_id="another-app")
    assert "for another app" in refused(capsys, pack, signer.clinic, installed_one)


@pytest.mark.parametrize("sequence", [1, 0])
def test_an_equal_or_older_sequence_is_refused(tmp_path, library, signer, installed_one, capsys,
                                               sequence):
    # another pack with that number (made at another time), not the installed one again
    pack = make_pack(library, tmp_path / "old.pvpack", signer, sequence,
                     created="2001-01-01T00:00:00Z")
    assert "is not newer than" in refused(capsys, pack, signer.clinic, installed_one)


def test_rollback_is_refused_even_after_the_newer_pack_was_deleted(tmp_path, library, signer,
                                                                   installed_one, capsys):
    old = make_pack(library, tmp_path / "three.pvpack", signer, 3)
    newer = make_pack(library, tmp_path / "five.pvpack", signer, 5)
    assert main(["install-pack", str(newer), "--clinic", str(signer.clinic)]) == 0
    for name in ("pack-00000005.db", "pack-00000005.head"):
        (installed_one / name).unlink()
    assert "not newer than number 5" in refused(capsys, old, signer.clinic, installed_one)


@pytest.mark.parametrize("keep", [5, 11, 300, -1])
def test_a_truncated_file_is_refused(tmp_path, library, signer, installed_one, capsys, keep):
    pack, data = _pack_two(tmp_path, library, signer)
    pack.write_bytes(data[:keep])
    refused(capsys, pack, signer.clinic, installed_one)


def test_bytes_added_after_the_database_are_refused(tmp_path, library, signer, installed_one,
                                                    capsys):
    pack, data = _pack_two(tmp_path, library, signer)
    pack.write_bytes(data + b"\0")
    assert "truncated or padded" in refused(capsys, pack, signer.clinic, installed_one)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, signer, installed_one, capsys):
    pack = tmp_path / "huge.pvpack"
    with open(pack, "wb") as f:  # sparse: costs no disk, but stat says it is huge
        f.write(MAGIC)
        f.truncate(install.MAX_PACK_BYTES + 1)
    assert "over the" in refused(capsys, pack, signer.clinic, installed_one)


def test_a_schema_newer_than_the_app_reads_is_refused(tmp_path, library, signer, installed_one,
                                                      capsys):
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2, schema_version=99)
    assert "schema version 99" in refused(capsys, pack, signer.clinic, installed_one)


def test_a_newer_app_version_is_refused(tmp_path, library, signer, installed_one, capsys):
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2, min_app_version="99.0")
    assert "needs app version 99.0" in refused(capsys, pack, signer.clinic, installed_one)


def test_a_valid_manifest_over_another_database_is_refused(tmp_path, library, signer,
                                                           installed_one, capsys):
    pack, data = _pack_two(tmp_path, library, signer)
    manifest_len = int.from_bytes(data[8:12], "big")
    start = 12 + manifest_len + 64
    other = bytearray(data)  # same size, other bytes: a database the manifest does not describe
    other[start + 4096: start + 4200] = bytes(104)
    pack.write_bytes(bytes(other))
    assert "does not match its manifest" in refused(capsys, pack, signer.clinic, installed_one)


def test_a_database_whose_own_number_differs_from_the_manifest_is_refused(
        tmp_path, library, signer, installed_one, capsys):
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2, db_sequence=7)
    assert "does not match its manifest" in refused(capsys, pack, signer.clinic, installed_one)


def test_an_install_that_fails_at_the_last_rename_changes_nothing(tmp_path, library, signer,
                                                                  installed_one, capsys,
                                                                  monkeypatch):
    pack, _ = _pack_two(tmp_path, library, signer)
    real = os.replace

    def fail_on_head(src, dst):
        if str(dst).endswith(".head"):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(install.os, "replace", fail_on_head)
    assert "No space left" in refused(capsys, pack, signer.clinic, installed_one)
    assert in_use(signer.public_line) == 1


def test_an_install_killed_between_the_renames_leaves_the_previous_content_in_use(
        tmp_path, library, signer, installed_one, monkeypatch):
    pack, _ = _pack_two(tmp_path, library, signer)
    real = os.replace

    def killed(src, dst):
        if str(dst).endswith(".head"):
            raise KeyboardInterrupt  # nothing after this line runs: like a power cut
        return real(src, dst)

    monkeypatch.setattr(install.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        main(["install-pack", str(pack), "--clinic", str(signer.clinic)])
    assert (installed_one / "pack-00000002.db").exists()  # the half-done install
    assert in_use(signer.public_line) == 1
    monkeypatch.setattr(install.os, "replace", real)
    three = make_pack(library, tmp_path / "three.pvpack", signer, 3)
    assert main(["install-pack", str(three), "--clinic", str(signer.clinic)]) == 0
    assert in_use(signer.public_line) == 3
    assert sorted(p.name for p in installed_one.glob("pack-*")) == [  # the cut-off .db is gone
        "pack-00000001.checked", "pack-00000001.db", "pack-00000001.head",
        "pack-00000003.checked", "pack-00000003.db", "pack-00000003.head"]


def test_nothing_installs_when_no_key_is_trusted(tmp_path, library, signer, capsys):
    pack = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert main(["install-pack", str(pack)]) == 2
    assert "no signing key is trusted" in capsys.readouterr().err
    assert not user_content_dir().exists()


def test_system_install_goes_to_the_machine_wide_folder(tmp_path, library, signer):
    pack = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert main(["install-pack", str(pack), "--system", "--clinic", str(signer.clinic)]) == 0
    assert (tmp_path / "system-data" / "content" / "pack-00000001.head").exists()
    assert not user_content_dir().exists()


def test_newer_shipped_content_wins_over_an_older_installed_pack(tmp_path, library, signer,
                                                                 installed_one, monkeypatch):
    from viewer import resources
    from viewer.builder.pipeline import build_database

    shipped = tmp_path / "release-2.db"
    build_database(library, shipped, pack_sequence=3)  # a release that carries pack 3's content
    monkeypatch.setattr(resources, "shipped_database", lambda: shipped)
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.kind == "shipped" and opened.origin.sequence == 3
    opened.store.close()


def test_an_installed_database_edited_in_place_is_passed_over(tmp_path, library, signer,
                                                              installed_one):
    pack = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    db = installed_one / "pack-00000002.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 1  # same size, other bytes
    db.write_bytes(bytes(data))
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and "changed or damaged" in opened.problems()
    opened.store.close()


def test_a_folder_is_not_a_pack(tmp_path, signer, installed_one, capsys):
    assert "not a file" in refused(capsys, tmp_path, signer.clinic, installed_one)


def test_the_hash_stamp_is_trusted_only_while_the_file_is_unchanged(installed_one, signer):
    """Start-up does not hash a checked database again; a stamp that does not match the
    file (or a missing one) means the whole file is hashed again before it is used."""
    stamp = installed_one / "pack-00000001.checked"
    size, _, _, _, _, digest, _, rules = stamp.read_text().split()
    assert int(size) == (installed_one / "pack-00000001.db").stat().st_size
    assert rules == RULES_VERSION
    stamp.write_text(stamp.read_text().replace(digest, "0" * 64))  # a stamp that lies
    assert in_use(signer.public_line) == 1  # hashed again: the file itself is fine
    assert stamp.read_text().split()[5] == digest  # and the stamp is true again
    stamp.unlink()
    assert in_use(signer.public_line) == 1 and stamp.exists()


def test_a_pack_names_its_language_and_one_that_misnames_it_is_refused(tmp_path, library, signer,
                                                                       installed_one, capsys):
    from viewer.packs.container import read_head

    named = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    with named.open("rb") as f:
        assert read_head(f, str(named)).manifest.language == "en"
    wrong = make_pack(library, tmp_path / "three.pvpack", signer, 3, language="es")
    assert "(schema, pack number, content hash or language)" in refused(capsys, wrong, signer.clinic,
                                                                         installed_one)
