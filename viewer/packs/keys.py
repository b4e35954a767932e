"""Ed25519 keys for signing packs, through PyNaCl (libsodium; never our own crypto).

libsodium's verification refuses a small-order public key by itself (such a key,
32 zero bytes for one, lets anyone make a signature that verifies); the clinic
file's ``trusted_keys`` are checked here too, so a placeholder is named when the
file is read, not only when a pack is refused.

A private key file is PEM (PKCS#8, the form OpenSSL writes for Ed25519), readable
by its owner only. Its public half is one line of base64 (the raw 32 bytes): the
line a clinic's ``trusted_keys`` lists. A key's id is the first 16 hex digits of
the SHA-256 of those 32 bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from nacl.bindings import crypto_core_ed25519_is_valid_point
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from viewer.errors import ViewerError

# An Ed25519 private key in PKCS#8 (RFC 8410) is this DER prefix and the 32-byte seed.
_PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
_PEM_BEGIN, _PEM_END = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
PUBLIC_BYTES = 32


@dataclass(frozen=True)
class PublicKey:
    key: VerifyKey
    key_id: str
    origin: str  # where it came from, for messages

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            self.key.verify(data, signature)
            return True
        except (BadSignatureError, ValueError, TypeError):
            return False


def raw_public(key: VerifyKey) -> bytes:
    return bytes(key)


def key_id(key: VerifyKey) -> str:
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def public_line(key: VerifyKey) -> str:
    return base64.b64encode(raw_public(key)).decode("ascii")


def public_key_problem(raw: bytes) -> str:
    """Why these bytes cannot be a trusted Ed25519 key, or "" when they can.

    libsodium's own test: a canonical point of the curve's main subgroup. That refuses
    32 zero bytes and every other small-order point, whose "signatures" anyone can make."""
    if len(raw) != PUBLIC_BYTES:
        return f"{len(raw)} bytes; an Ed25519 public key is {PUBLIC_BYTES}"
    if not crypto_core_ed25519_is_valid_point(raw):
        return ("not a usable Ed25519 public key (a placeholder such as all zero bytes, or "
                "another small-order point: anyone could sign for it)")
    return ""


def key_line_problem(line: str) -> str:
    """What is wrong with one ``trusted_keys`` entry (base64 of 32 bytes), or ""."""
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        return f"{line.strip()[:20]!r} is not a base64 key (one line of 44 characters)"
    problem = public_key_problem(raw)
    return f"{line.strip()[:20]!r}: {problem}" if problem else ""


def parse_public_line(line: str, origin: str) -> PublicKey:
    """One base64 line, or ViewerError naming where it came from."""
    problem = key_line_problem(line)
    if problem:
        raise ViewerError(f"{origin}: {problem}")
    key = VerifyKey(base64.b64decode(line.strip(), validate=True))
    return PublicKey(key, key_id(key), origin)


def _pem(seed: bytes) -> bytes:
    body = base64.b64encode(_PKCS8_PREFIX + seed).decode("ascii")
    return f"{_PEM_BEGIN}\n{body}\n{_PEM_END}\n".encode("ascii")


def generate(out: Path) -> str:
    """Write a new private key to ``out`` (mode 0600) and ``out.pub``; return the key id."""
    out = Path(out)
    pub = out.with_name(out.name + ".pub")
    for path in (out, pub):
        if path.exists() or path.is_symlink():
            raise ViewerError(f"{path}: already exists; a key is never overwritten")
    private = SigningKey.generate()
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(_pem(bytes(private)))
        pub.write_text(public_line(private.verify_key) + "\n", encoding="ascii")
    except OSError as err:
        raise ViewerError(f"{out}: cannot write the key ({err.strerror})") from err
    return key_id(private.verify_key)


def load_private(path: Path) -> SigningKey:
    try:
        text = Path(path).read_text(encoding="ascii")
    except OSError as err:
        raise ViewerError(f"{path}: cannot read the key ({err.strerror})") from err
    except UnicodeDecodeError:
        text = ""
    lines = [line.strip() for line in text.strip().splitlines()]
    try:
        if len(lines) < 3 or lines[0] != _PEM_BEGIN or lines[-1] != _PEM_END:
            raise ValueError("not PEM")
        der = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        raise ViewerError(f"{path}: not a private key written by 'patient-viewer keygen'") from None
    if len(der) != len(_PKCS8_PREFIX) + 32 or not der.startswith(_PKCS8_PREFIX):
        raise ViewerError(f"{path}: not an Ed25519 private key")
    return SigningKey(der[len(_PKCS8_PREFIX):])
