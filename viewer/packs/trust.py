"""Which public keys may sign content: the two slots the app ships, and the clinic's.

The app ships ``resources/keys/current.pub`` and ``next.pub`` (two slots, so a
signing key can be rotated: a release adds the next key before packs signed by it
appear). Lines starting with ``#`` are comments; an empty slot trusts nothing.
The clinic settings add their ``trusted_keys``, which the caller passes in (the settings
are read once, at start, by the command line).
"""

from __future__ import annotations

from viewer import resources
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

