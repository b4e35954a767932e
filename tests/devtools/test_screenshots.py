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


def test_with_a_clinic_file_the_clinic_screens_and_sheet_are_rendered(qtbot, small_db, tmp_path):
    from viewer.clinic.settings import read_clinic_file
    from viewer.ui.clinic.idle import TITLE

    clinic = tmp_path / "clinic.toml"
    clinic.write_text('kiosk = true\nclinic_name = "Riverside Oncology"\nidle_minutes = 999\n')
    out = tmp_path / "shots"
    assert write_screenshots(out, small_db, clinic=read_clinic_file(clinic)) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for screen in ("clinic-settings-problems", "clinic-kiosk-questions", "clinic-idle-notice",
                   "clinic-finish"):
        assert any(n.endswith(f"-{screen}.png") for n in names), screen
    idle = QImage(str(next(out.glob("*-clinic-idle-notice.png"))))
    assert (idle.width(), idle.height()) == (1400, 920)
    assert len({idle.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 920, 7)}) > 2, \
        f"the {TITLE!r} notice is not blank"
    assert (out / "clinic-sheet.pdf").stat().st_size > 1000
