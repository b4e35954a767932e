from __future__ import annotations

import pytest

from viewer import resources


@pytest.fixture(autouse=True)
def shipped_is_small(small_db, monkeypatch):
    """The content 'shipped with the app' is the tiny library (pack number 0)."""
    monkeypatch.setattr(resources, "shipped_database", lambda: small_db)
