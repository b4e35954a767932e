"""Trusted keys: the app's two shipped slots (for rotation) and the clinic's list."""

from __future__ import annotations

import pytest

from tests.packs.helpers import Signer, make_pack
from viewer import resources
from viewer.cli import main
from viewer.errors import ViewerError
from viewer.packs.trust import shipped_key_lines, trusted_keys


@pytest.fixture
def slots(tmp_path, monkeypatch):
    folder = tmp_path / "shipped" / "keys"
    folder.mkdir(parents=True)
    monkeypatch.setattr(resources, "resource", lambda rel: tmp_path / "shipped" / rel)
    return folder


def test_the_repositorys_slots_are_documented_placeholders_that_trust_nothing():
    assert resources.resource("keys/current.pub").is_file()
    assert resources.resource("keys/next.pub").is_file()
    assert shipped_key_lines() == []


def test_a_key_in_the_next_slot_is_trusted_so_a_key_can_be_rotated(tmp_path, library, slots):
    old, new = Signer(tmp_path / "old"), Signer(tmp_path / "new")
    (slots / "current.pub").write_text(f"# the key in use\n{old.public_line}\n")
    (slots / "next.pub").write_text(f"{new.public_line}\n")
    assert [k.key_id for k in trusted_keys([])] == [old.key_id, new.key_id]
    signed_by_old = make_pack(library, tmp_path / "one.pvpack", old, 1)
    signed_by_new = make_pack(library, tmp_path / "two.pvpack", new, 2)
    assert main(["install-pack", str(signed_by_old)]) == 0  # no clinic file needed
    assert main(["install-pack", str(signed_by_new)]) == 0


def test_a_malformed_key_line_is_named(tmp_path, slots):
    (slots / "current.pub").write_text("not-a-key\n")
    with pytest.raises(ViewerError, match="shipped key slot current"):
        trusted_keys([])
    (slots / "current.pub").write_text("")
    good = Signer(tmp_path / "good").public_line
    with pytest.raises(ViewerError, match="trusted_keys entry 2"):
        trusted_keys([good, "AAAA"])
