"""Sign and check a release's SHA256SUMS with the editors' Ed25519 key.

``packaging/make-bundle`` writes ``SHA256SUMS`` beside the archives it builds. The
editors sign that file with the same key as their content packs (``keygen``); the
signature is ``SHA256SUMS.sig``: one line of base64 of the 64-byte signature over the
file's exact bytes. Anyone with the public line (``<key>.pub``, or a clinic's
``trusted_keys``) checks it with ``verify-release`` and then runs ``sha256sum -c``.
The key handling is the packs' own (viewer/packs/keys.py): one kind of key, one library.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from viewer.errors import ViewerError


def signature_file(sums: Path) -> Path:
    return sums.with_name(sums.name + ".sig")


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise ViewerError(f"{path}: cannot read the {what} ({err.strerror})") from err


def _check_sums(sums: Path, data: bytes) -> None:
    """A SHA256SUMS file: lines of 64 hex digits, two spaces (or space and *), a name."""
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise ViewerError(f"{sums}: not a SHA256SUMS file (not text)") from None
    if not lines:
        raise ViewerError(f"{sums}: empty; nothing to sign")
    for number, line in enumerate(lines, 1):
        digest, _, name = line.partition(" ")
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest) or not name.strip(" *"):
            raise ViewerError(f"{sums}:{number}: not a SHA256SUMS line ('<64 hex digits>  <file>')")


def sign_release(sums: Path, key: Path) -> Path:
    """Write ``SHA256SUMS.sig`` beside ``sums`` and return it."""
    from viewer.packs.keys import load_private

    data = _read(sums, "checksum file")
    _check_sums(sums, data)
    signer = load_private(key)
    signature = signer.sign(data)
    signature = getattr(signature, "signature", signature)  # a library may wrap the 64 bytes
    out = signature_file(sums)
    try:
        out.write_text(base64.b64encode(bytes(signature)).decode("ascii") + "\n", encoding="ascii")
    except OSError as err:
        raise ViewerError(f"{out}: cannot write the signature ({err.strerror})") from err
    return out


def verify_release(sums: Path, public: Path) -> str:
    """The key id that signed ``sums``, or ViewerError saying why it does not check out."""
    from viewer.packs.keys import parse_public_line

    data = _read(sums, "checksum file")
    sig_path = signature_file(sums)
    line = _read(sig_path, "signature").decode("ascii", "replace").strip()
    try:
        signature = base64.b64decode(line, validate=True)
    except binascii.Error:
        raise ViewerError(f"{sig_path}: not a signature (one line of base64)") from None
    key = parse_public_line(_read(public, "public key").decode("ascii", "replace"), str(public))
    if len(signature) != 64 or not key.verifies(signature, data):
        raise ViewerError(f"{sums}: the signature in {sig_path.name} does not match this file and "
                          f"key {key.key_id}: the file was changed after signing, or another key signed it")
    return key.key_id
