"""What a screen reader gets, read over AT-SPI from outside the app, on a real X server.

The app runs with accessibility on inside its own D-Bus session; Debian's python3-pyatspi
(the system's Python, not this environment) reads its tree as Orca would
(tests/ui/atspi_probe.py). CI runs this in its Xvfb part, with at-spi2-core, dbus and
python3-pyatspi installed by .ci/run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from tests.conftest import REPO
from viewer.marks import plain
from viewer.store.content import ContentStore
from viewer.ui.text.labels import question_group

pytestmark = pytest.mark.xcb

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = REPO / "tests" / "ui" / "atspi_probe.py"


def _can_read_atspi() -> str:
    """Why this machine cannot run the AT-SPI probe, or ""."""
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session is missing (apt: dbus)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "the system python3 has no pyatspi (apt: python3-pyatspi, at-spi2-core)"
    return ""


@pytest.fixture(scope="module")
def tree(qapp, real_db_module: Path, tmp_path_factory) -> dict:
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: runs in CI's Xvfb run")
    missing = _can_read_atspi()
    if missing:
        if os.environ.get("PATIENT_VIEWER_EXPECT_XCB"):
            pytest.fail(missing)
        pytest.skip(missing)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb",
               PATIENT_VIEWER_DATA_DIR=str(tmp_path_factory.mktemp("atspi-user")))
    run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(PROBE), "--",
                          sys.executable, "-m", "viewer", "--database", str(real_db_module)],
                         capture_output=True, text=True, env=env, timeout=180)
    lines = [line for line in run.stdout.splitlines() if line.startswith("ATSPI-JSON ")]
    assert lines, f"the probe printed no tree: {run.stdout[-2000:]} {run.stderr[-3000:]}"
    return json.loads(lines[-1].removeprefix("ATSPI-JSON "))


@pytest.fixture(scope="module")
def real_db_module(tmp_path_factory) -> Path:
    from viewer.builder.pipeline import build_database

    out = tmp_path_factory.mktemp("atspi-real") / "content.db"
    build_database(REPO, out)
    return out


def test_the_page_is_a_document_of_headings_and_links(tree, real_db_module):
    start = tree["start"]
    store = ContentStore(real_db_module)
    section = store.section("enteromix", "what")
    subheadings = [plain(b.text) for b in section.blocks if getattr(b, "kind", "") == "heading"]
    assert "What it is" in start["headings"]
    for heading in subheadings:
        assert heading in start["headings"]
    sources = [name for name in start["links"] if name.startswith("Source ")]
    assert len(sources) >= 20, start["links"]
    assert all(": " in name and len(name) > len("Source 1: ") + 5 for name in sources)
    assert sources[0].startswith("Source 1: ")
    # glossary words are links by their own word (the definition is their description)
    assert "clinical trial" in start["links"] and "peer review" in start["links"]
    # the contents list leads to each subheading
    for heading in subheadings:
        assert heading in start["links"]


def test_no_control_is_unnamed(tree):
    assert tree["start"]["unnamed_controls"] == []
    for tab, seen in tree["tabs"].items():
        assert seen["chosen"], tab
        assert seen["unnamed_controls"] == [], tab
    print("AT-SPI per tab:", {tab: {"headings": len(seen["headings"]), "links": len(seen["links"]),
                                    "unnamed": len(seen["unnamed_controls"])}
                              for tab, seen in tree["tabs"].items()})


def test_every_text_tab_has_headings_and_source_links(tree):
    for tab in ("What it is", "How it works", "Where the evidence stands"):
        seen = tree["tabs"][tab]
        assert tab in seen["headings"] and len(seen["headings"]) >= 4, (tab, seen["headings"])
        assert sum(name.startswith("Source ") for name in seen["links"]) >= 10, (tab, seen["links"])


def test_on_the_questions_tab_groups_are_headings_and_why_sources_are_named_links(tree, real_db_module):
    store = ContentStore(real_db_module)
    questions = store.questions("enteromix")
    groups = {question_group(q.group) for q in questions}
    assert groups <= set(tree["questions"]["headings"]), tree["questions"]["headings"]
    assert tree["why_opened"] == f"Why ask: {plain(questions[0].text)}"
    # each "Why ask" is a button that expands, not a check box
    assert ["push button", tree["why_opened"]] in tree["questions"]["controls"]
    titles = {s.id: s.title for s in store.sources()}
    sources = [f"Source {i + 1}: {titles[c.source_id]}" for i, c in enumerate(questions[0].citations)]
    links = tree["questions_why_open"]["links"]
    assert sources and all(name in links for name in sources), links
    # and Tab onto them is heard (the first question's "Why ask this?" is open by then)
    heard = [name for role, name in tree["focus"]["Questions to ask your doctor"] if role == "link"]
    assert sources[0] in heard, heard


def test_tab_through_the_page_is_heard_link_by_link(tree):
    """Real Tab presses on the X server: each stop sends a focus event over AT-SPI, the one a
    screen reader speaks, links inside the page text included."""
    heard = tree["focus"]["What it is"]
    assert heard, "no focus event reached the AT-SPI bus"
    # from the tab bar straight into the page's text: no stop on the scroll area around it
    assert heard[0] == ["document frame", "What it is"], heard[:3]
    links = [name for role, name in heard if role == "link"]
    assert len(links) >= 30, heard
    assert sum(name.startswith("Source ") for name in links) >= 15, links
    assert "clinical trial" in links  # a glossary word, by its word


def test_on_the_questions_tab_the_questions_are_heard_before_my_sheet(tree, real_db_module):
    heard = tree["focus"]["Questions to ask your doctor"]
    store = ContentStore(real_db_module)
    questions = [plain(q.text) for q in store.questions("enteromix")]
    boxes = [name for role, name in heard if role == "check box" and name in questions]
    assert boxes == questions[:len(boxes)] and len(boxes) >= 10, heard
    first_question = heard.index(["check box", questions[0]])
    assert not [e for e in heard[:first_question] if e[0] in ("text", "list")], heard[:first_question]
    assert all(e[0] in ("document frame", "link") for e in heard[:first_question]), heard[:first_question]


def test_the_questions_tab_names_each_control_by_its_question(tree, real_db_module):
    assert tree["questions_tab_chosen"]
    controls = tree["questions"]["controls"]
    names = [name for role, name in controls if role in ("push button", "toggle button", "check box")]
    store = ContentStore(real_db_module)
    for question in store.questions("enteromix"):
        text = plain(question.text)
        assert text in names
        assert f"Why ask: {text}" in names
    repeated = {name for name in names if names.count(name) > 1}
    assert not repeated, repeated
