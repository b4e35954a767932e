"""``patient-viewer screenshots`` writes one PNG per screen, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.devtools.screenshots import write_screenshots

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def test_screenshots_cover_every_tab_sources_a_quote_glossary_and_search(qtbot, small_db, tmp_path):
    assert write_screenshots(tmp_path / "shots", small_db) == 0
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    for slug in ("topic-1", "topic-2"):
        for tab in ("what", "how", "evidence", "questions"):
            assert any(n.endswith(f"-{slug}-{tab}.png") for n in names)
    for screen in ("sources", "source-with-quote", "editors-notes", "glossary", "search"):
        assert any(n.endswith(f"-{screen}.png") for n in names), screen
    image = QImage(str(tmp_path / "shots" / names[0]))
    assert (image.width(), image.height()) == (1400, 920)
