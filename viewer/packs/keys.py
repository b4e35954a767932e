"""Ed25519 keys for signing packs, through the ``cryptography`` library (never our own crypto).

A private key file is PEM (PKCS#8), readable by its owner only. Its public half is
one line of base64 (the raw 32 bytes): the line a clinic's ``trusted_keys`` lists.
A key's id is the first 16 hex digits of the SHA-256 of those 32 bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from viewer.errors import ViewerError


@dataclass(frozen=True)
class PublicKey:
    key: Ed25519PublicKey
    key_id: str
    origin: str  # where it came from, for messages

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            self.key.verify(signature, data)
            return True
        except InvalidSignature:
            return False


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def public_line(key: Ed25519PublicKey) -> str:
    return base64.b64encode(raw_public(key)).decode("ascii")


def parse_public_line(line: str, origin: str) -> PublicKey:
    """One base64 line, or ViewerError naming where it came from."""
    try:
        raw = base64.b64decode(line.strip(), validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as err:
        raise ViewerError(f"{origin}: {line.strip()[:20]!r} is not an Ed25519 public key "
                          "(one line of base64, 44 characters)") from err
    return PublicKey(key, key_id(key), origin)


def generate(out: Path) -> str:
    """Write a new private key to ``out`` (mode 0600) and ``out.pub``; return the key id."""
    out = Path(out)
    pub = out.with_name(out.name + ".pub")
    for path in (out, pub):
        if path.exists():
            raise ViewerError(f"{path}: already exists; a key is never overwritten")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        pub.write_text(public_line(private.public_key()) + "\n", encoding="ascii")
    except OSError as err:
        raise ViewerError(f"{out}: cannot write the key ({err.strerror})") from err
    return key_id(private.public_key())


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except OSError as err:
        raise ViewerError(f"{path}: cannot read the key ({err.strerror})") from err
    except (ValueError, TypeError) as err:
        raise ViewerError(f"{path}: not a private key written by 'patient-viewer keygen'") from err
    if not isinstance(key, Ed25519PrivateKey):
        raise ViewerError(f"{path}: not an Ed25519 private key")
    return key
