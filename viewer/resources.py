"""The one place that finds the files the app ships: seeds, pages, styles, database.

An installed app finds them in the package (``viewer/_data/``, put there by the
wheel build); a checkout finds them at the top of the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent  # the package folder, in a wheel and in a frozen app
PACKAGED = HERE / "_data"
CHECKOUT = HERE.parent
CHECKOUT_DB = Path("build") / "content.db"


def data_root() -> Path:
    """The folder holding ``resources/`` and (but in the standalone bundle) ``seeds/``."""
    return PACKAGED if (PACKAGED / "resources").is_dir() else CHECKOUT


def resource(relative: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("styles/day.qss")``."""
    return data_root() / "resources" / relative


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


def shipped_database() -> Path:
    """The database that ships: in the package, or a checkout's ``build/content.db``."""
    packaged = PACKAGED / "content.db"
    return packaged if packaged.exists() or not rebuild_possible() else CHECKOUT / CHECKOUT_DB


def rebuild_possible() -> bool:
    """Whether the app can rebuild its content database from the files it ships. Not in the
    standalone bundle: it ships a database checked when the bundle was made, and leaves
    out the builder and what only the builder uses (docs/clinic.md, "What is left out")."""
    return not getattr(sys, "frozen", False)


# What the standalone app says when its own database is gone or damaged, and what an
# editors' command there says: the bundle carries neither the builder nor the sources.
REINSTALL = ("Install the app again (unpack its archive again, or run its installer again); "
             "your own questions and notes are kept elsewhere and are not touched")
