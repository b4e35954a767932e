"""``sign-release`` / ``verify-release``: the editors' signature on a release's SHA256SUMS,
with real keys from ``keygen`` and real files."""

from __future__ import annotations

import hashlib

import pytest

from viewer.cli import main
from viewer.errors import ViewerError
from viewer.packs.keys import generate
from viewer.release import sign_release, verify_release


@pytest.fixture
def release(tmp_path):
    archive = tmp_path / "patient-viewer-0.1.0-linux-x86_64.tar.gz"
    archive.write_bytes(b"an archive" * 100)
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n")
    key = tmp_path / "keys" / "editor"
    key.parent.mkdir()
    key_id = generate(key)
    return sums, key, key_id


def test_a_signed_sums_file_verifies_with_the_public_key_and_names_it(release):
    sums, key, key_id = release
    sig = sign_release(sums, key)
    assert sig.name == "SHA256SUMS.sig" and len(sig.read_text().strip()) == 88  # 64 bytes, base64
    assert verify_release(sums, key.with_name("editor.pub")) == key_id


def test_one_changed_checksum_or_another_key_is_refused(release, tmp_path):
    sums, key, _ = release
    sign_release(sums, key)
    other = tmp_path / "keys" / "other"
    generate(other)
    with pytest.raises(ViewerError, match="does not match this file and key"):
        verify_release(sums, other.with_name("other.pub"))
    text = sums.read_text()
    sums.write_text(("0" if text[0] != "0" else "1") + text[1:])
    with pytest.raises(ViewerError, match="changed after signing"):
        verify_release(sums, key.with_name("editor.pub"))


@pytest.mark.parametrize("content, problem", [
    ("", "empty; nothing to sign"),
    ("not a checksum line\n", "SHA256SUMS:1: not a SHA256SUMS line"),
])
def test_only_a_sums_file_is_signed(release, content, problem):
    sums, key, _ = release
    sums.write_text(content)
    with pytest.raises(ViewerError, match=problem):
        sign_release(sums, key)
    assert not sums.with_name("SHA256SUMS.sig").exists()


def test_the_commands_sign_and_verify_and_a_missing_signature_is_one_line(release, capsys):
    sums, key, key_id = release
    assert main(["verify-release", str(sums), "--key", str(key) + ".pub"]) == 2
    err = capsys.readouterr().err
    assert "SHA256SUMS.sig: cannot read the signature" in err and "Traceback" not in err
    assert main(["sign-release", str(sums), "--key", str(key)]) == 0
    assert main(["verify-release", str(sums), "--key", str(key) + ".pub"]) == 0
    assert f"signed by key {key_id}" in capsys.readouterr().out
