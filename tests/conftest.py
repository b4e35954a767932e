from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.library import write_library, write_translation
from viewer.builder.pipeline import build_database
from viewer.store.content import ContentStore

REPO = Path(__file__).resolve().parent.parent

# Property-based tests: a quick run in every test command; `--hypothesis-profile=long`
# for the long one README describes. No example database: nothing is written to the tree.
_FUZZ = {"deadline": None, "database": None,
         "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("quick", max_examples=30, **_FUZZ)
settings.register_profile("long", max_examples=3000, **_FUZZ)
settings.load_profile("quick")

# With no display, one 1920x1080 screen (offscreen's own is 800x800, smaller than a real one).
# A run on a real X server (QT_QPA_PLATFORM=xcb) is left as it is.
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'tests' / 'offscreen-screen.json'}"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A tiny library of one article, the editors' notes, two topics and a glossary."""
    return write_library(tmp_path / "library")


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_library(tmp_path_factory.mktemp("small"))
    out = root / "content.db"
    build_database(root, out)
    return out


@pytest.fixture(scope="session")
def two_language_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny library with topic-1 and the glossary also in the test language "xx"
    (tests/library.py); topic-2 is English only."""
    root = write_library(tmp_path_factory.mktemp("two-languages"))
    write_translation(root)
    out = root / "content.db"
    build_database(root, out)
    return out


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database built from the real seeds and pages of this repository."""
    out = tmp_path_factory.mktemp("real") / "content.db"
    build_database(REPO, out)
    return out


@pytest.fixture
def small_store(small_db: Path) -> ContentStore:
    store = ContentStore(small_db)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's settings and user database live in its own folder, never the real one,
    and no clinic settings file of the machine is read."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(folder))
    # Content packs: the machine-wide folder is the test's own, and no clinic file is found
    # unless a test names one.
    monkeypatch.setenv("PATIENT_VIEWER_SYSTEM_DATA_DIR", str(tmp_path / "system-data"))
    monkeypatch.delenv("PATIENT_VIEWER_CLINIC", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))
    return folder
