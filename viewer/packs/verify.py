"""The checks a pack's head must pass, at install and again at every start."""

from __future__ import annotations

import re

from viewer import __version__
from viewer.packs.container import Head, PackError
from viewer.packs.keys import PublicKey
from viewer.schema import SCHEMA_VERSION

APP_ID = "patient-viewer"
_SHA256 = re.compile(r"[0-9a-f]{64}")


def version_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split("."))
    except ValueError:
        return ()


def check_head(head: Head, trusted: list[PublicKey], shown: str) -> PublicKey:
    """Signature first, then what the signed manifest says about this app. Returns the signer."""
    signer = next((k for k in trusted if k.verifies(head.signature, head.manifest_bytes)), None)
    if signer is None:
        named = head.manifest.key_id if isinstance(head.manifest.key_id, str) else "?"
        raise PackError(f"{shown}: the signature does not match any trusted key (the manifest "
                        f"names key {named[:16]!r}); the pack may have been changed, or was "
                        "signed by a key this computer does not trust")
    m = head.manifest
    if m.key_id != signer.key_id:
        raise PackError(f"{shown}: the manifest names key {m.key_id!r} but was signed by "
                        f"{signer.key_id}")
    if m.app_id != APP_ID:
        raise PackError(f"{shown}: this pack is for another app ({m.app_id!r}, not {APP_ID!r})")
    if m.schema_version != SCHEMA_VERSION:
        raise PackError(f"{shown}: the pack's database is schema version {m.schema_version}; "
                        f"this app reads version {SCHEMA_VERSION}")
    need = version_tuple(m.min_app_version)
    if not need or need > version_tuple(__version__):
        raise PackError(f"{shown}: the pack needs app version {m.min_app_version} or newer; "
                        f"this is {__version__}")
    if not _SHA256.fullmatch(m.database_sha256):
        raise PackError(f"{shown}: the manifest's database SHA-256 is malformed")
    return signer
