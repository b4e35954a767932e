"""Open the content database the app should read, rebuilding it if it is broken.

The shipped database is opened read-only. If it is missing or damaged, the app
rebuilds one from the seeds and pages it ships with, into the user's cache
folder, and says so; the user's own data is in another file and is not touched.

This is the one place the app reaches back into the builder (see
docs/architecture.md, "The one sanctioned edge"): a patient with a damaged install
still gets the pages, built by the same checked code as the shipped database. The
builder is imported only on that path, never at a normal start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from viewer import paths, resources
from viewer.errors import ContentError, DatabaseError
from viewer.store.content import ContentStore


@dataclass
class Opened:
    store: ContentStore
    notice: str  # empty, or what the app had to do, to show the user


def open_content(explicit: Path | None = None) -> Opened:
    """The content store. With ``explicit``, that file or a DatabaseError."""
    if explicit is not None:
        return Opened(ContentStore(explicit), "")
    shipped = resources.shipped_database()
    try:
        return Opened(ContentStore(shipped), "")
    except DatabaseError as first:
        problem = str(first)
    rebuilt = paths.rebuilt_content_database()
    try:
        store = ContentStore(rebuilt)
        if store.meta().get("content_hash") == _shipped_hash():
            return Opened(store, f"{problem}. Using the copy rebuilt earlier from the "
                                 "articles that ship with the app.")
        store.close()
    except DatabaseError:
        pass
    from viewer.builder.pipeline import build_database

    try:
        build_database(resources.data_root(), rebuilt)
    except ContentError as err:
        raise DatabaseError(f"{problem}; rebuilding it from the shipped files failed:\n{err}") \
            from err
    return Opened(ContentStore(rebuilt), f"{problem}. It was rebuilt from the articles that "
                                         "ship with the app; your own questions and notes "
                                         "were not touched.")


def _shipped_hash() -> str:
    from viewer.builder.pipeline import content_hash

    return content_hash(resources.data_root())
