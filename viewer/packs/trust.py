"""Which public keys may sign content: the two slots the app ships, and the clinic's.

The app ships ``resources/keys/current.pub`` and ``next.pub`` (two slots, so a
signing key can be rotated: a release adds the next key before packs signed by it
appear). Lines starting with ``#`` are comments; an empty slot trusts nothing.
The clinic settings file adds its ``trusted_keys``.
"""

from __future__ import annotations

from pathlib import Path

from viewer import resources
from viewer.clinic.settings import load_clinic_settings
from viewer.packs.keys import PublicKey, parse_public_line

SLOTS = ("current", "next")


def shipped_key_lines() -> list[tuple[str, str]]:
    """(line, origin) for each key in the shipped slots."""
    found = []
    for slot in SLOTS:
        path = resources.resource(f"keys/{slot}.pub")
        if not path.is_file():
            continue
        for line in path.read_text(encoding="ascii", errors="replace").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                found.append((line, f"shipped key slot {slot}"))
    return found


def trusted_keys(clinic_lines: list[str]) -> list[PublicKey]:
    """The shipped keys plus ``clinic_lines``; a malformed line is a ViewerError naming it."""
    lines = shipped_key_lines() + [(line, f"clinic settings trusted_keys entry {n}")
                                   for n, line in enumerate(clinic_lines, start=1)]
    return [parse_public_line(line, origin) for line, origin in lines]


def clinic_trusted_keys(explicit: Path | None = None) -> list[str]:
    """The clinic settings file's ``trusted_keys`` (``explicit``, else the file the app finds);
    [] on a desktop with no clinic file, or when the file or that key is unreadable."""
    return list(load_clinic_settings(explicit).trusted_keys)
