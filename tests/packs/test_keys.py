"""Small-order public keys (32 zero bytes, a typical placeholder) are never trusted."""

from __future__ import annotations

import base64
import dataclasses
import hashlib

import pytest

from tests.packs.helpers import Signer, make_pack
from viewer.cli import main
from viewer.clinic.settings import read_clinic_file
from viewer.packs.container import Manifest
from viewer.packs.keys import PublicKey, key_line_problem
from viewer.packs.locations import user_content_dir

ZERO = base64.b64encode(bytes(32)).decode()  # "AAAA…A=", 44 characters
# Other points of small order (orders 1, 2, 4 and 8) in their usual encodings.
SMALL_ORDER = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
]
L = 2**252 + 27742317777372353535851937790883648493
IDENTITY = bytes([1]) + bytes(31)


def forged_pack(library, tmp_path, signer: Signer) -> bytes:
    """A pack 'signed' for the all-zero key with no private key: R = identity, S = 0 verifies
    whenever the challenge hash is a multiple of 4 (the order of that point), which one
    manifest in four is. Returns the pack's bytes."""
    pack = make_pack(library, tmp_path / "genuine.pvpack", signer, 9)
    data = pack.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    manifest = Manifest.from_bytes(data[12:12 + length], "genuine")
    zero_id = hashlib.sha256(bytes(32)).hexdigest()[:16]
    for n in range(200):
        raw = dataclasses.replace(manifest, key_id=zero_id, created=f"2026-01-01T00:00:{n:02d}Z"
                                  if n < 60 else f"2026-01-01T00:{n:02d}:00Z").to_bytes()
        k = int.from_bytes(hashlib.sha512(IDENTITY + bytes(32) + raw).digest(), "little") % L
        if k % 4 == 0:
            head = data[:8] + len(raw).to_bytes(4, "big") + raw + IDENTITY + bytes(32)
            return head + data[12 + length + 64:]
    raise AssertionError("no manifest gave a forgeable challenge")


def test_the_clinic_file_names_an_all_zero_key_as_a_problem(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text(f'kiosk = true\ntrusted_keys = ["{ZERO}"]\n')
    s = read_clinic_file(path)
    assert s.trusted_keys == []
    [problem] = s.problems
    assert str(problem).startswith(f"{path}:2: trusted_keys: ")
    assert "small-order" in problem.message


@pytest.mark.parametrize("hex_key", SMALL_ORDER)
def test_every_small_order_key_is_refused(hex_key):
    assert "small-order" in key_line_problem(base64.b64encode(bytes.fromhex(hex_key)).decode())


def test_a_forged_pack_for_the_zero_key_never_installs(tmp_path, library, capsys):
    signer = Signer(tmp_path / "keys")
    forged = tmp_path / "forged.pvpack"
    forged.write_bytes(forged_pack(library, tmp_path, signer))
    clinic = tmp_path / "zero.toml"
    clinic.write_text(f'trusted_keys = ["{ZERO}"]\n')
    assert main(["install-pack", str(forged), "--clinic", str(clinic)]) == 2
    assert not user_content_dir().exists()
    # and the signature check itself refuses it, whatever let the key through
    from nacl.signing import VerifyKey

    zero = PublicKey(VerifyKey(bytes(32)), hashlib.sha256(bytes(32)).hexdigest()[:16], "test")
    data = forged.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    assert not zero.verifies(data[12 + length:12 + length + 64], data[12:12 + length])


def test_a_real_key_still_verifies(tmp_path):
    signer = Signer(tmp_path / "keys")
    assert key_line_problem(signer.public_line) == ""
    signature = signer.private.sign(b"manifest").signature
    from viewer.packs.trust import trusted_keys

    [key] = trusted_keys([signer.public_line])
    assert key.verifies(signature, b"manifest") and not key.verifies(signature, b"other")
