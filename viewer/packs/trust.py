"""Which public keys may sign content: the two slots the app ships, and the clinic's.

The app ships ``resources/keys/current.pub`` and ``next.pub`` (two slots, so a
signing key can be rotated: a release adds the next key before packs signed by it
appear). Lines starting with ``#`` are comments; an empty slot trusts nothing.
The clinic settings file adds its ``trusted_keys``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import platformdirs

from viewer import resources
from viewer.packs.keys import PublicKey, parse_public_line
from viewer.paths import APP

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


# TODO(clinic): replace with ``load_clinic_settings().trusted_keys`` from viewer.clinic once
# the clinic settings reader is merged; this reads only that one key, the same way.
def clinic_trusted_keys(explicit: Path | None = None) -> list[str]:
    """``trusted_keys`` of the clinic settings file (``explicit``, else $PATIENT_VIEWER_CLINIC,
    else the system config folder's clinic.toml); [] when there is none or it is unreadable."""
    env = os.environ.get("PATIENT_VIEWER_CLINIC")
    path = explicit or (Path(env) if env else
                        Path(platformdirs.site_config_dir(APP, appauthor=False)) / "clinic.toml")
    try:
        value = tomllib.loads(path.read_text(encoding="utf-8")).get("trusted_keys", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
