"""``patient-viewer screenshots`` writes one PNG per screen, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.devtools.screenshots import write_screenshots

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def test_screenshots_cover_every_tab_sources_a_quote_glossary_and_search(qtbot, small_db, tmp_path):
    assert write_screenshots(tmp_path / "shots", small_db)
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
    assert write_screenshots(out, small_db, clinic=read_clinic_file(clinic))
    names = sorted(p.name for p in out.glob("*.png"))
    for screen in ("clinic-settings-problems", "clinic-kiosk-questions", "clinic-idle-notice",
                   "clinic-finish"):
        assert any(n.endswith(f"-{screen}.png") for n in names), screen
    idle = QImage(str(next(out.glob("*-clinic-idle-notice.png"))))
    assert (idle.width(), idle.height()) == (1400, 920)
    assert len({idle.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 920, 7)}) > 2, \
        f"the {TITLE!r} notice is not blank"
    assert (out / "clinic-sheet.pdf").stat().st_size > 1000


def test_size_and_scale_give_pngs_of_that_many_pixels_from_a_fresh_process(small_db, tmp_path):
    """--scale must reach Qt before the application exists: a new process, as a user runs it."""
    import os
    import struct
    import subprocess
    import sys

    from tests.conftest import REPO

    out = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    result = subprocess.run([sys.executable, "-m", "viewer", "--database", str(small_db), "screenshots",
                             "--size", "1920x1080", "--scale", "2", "--out", str(out)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert len(pngs) >= 14  # two topics of four tabs, and the other screens
    for png in pngs:
        assert struct.unpack(">II", png.read_bytes()[16:24]) == (1920, 1080), png.name


def test_a_bad_size_is_refused_with_a_clear_message(tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run([sys.executable, "-m", "viewer", "screenshots", "--size", "big",
                             "--out", str(tmp_path)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


def test_a_temporary_folder_with_a_colon_still_gives_the_size_asked_for(small_db, tmp_path):
    """On Windows the temporary folder is C:\\...: Qt splits its platform string at every
    ":", so the screen description must not be named by a path holding one."""
    import os
    import struct
    import subprocess
    import sys

    from tests.conftest import REPO

    colon = tmp_path / "C:"
    colon.mkdir()
    out = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    env["TMPDIR"] = str(colon)
    result = subprocess.run([sys.executable, "-m", "viewer", "--database", str(small_db), "screenshots",
                             "--size", "1000x700", "--out", str(out)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert len(pngs) >= 14
    assert struct.unpack(">II", pngs[0].read_bytes()[16:24]) == (1000, 700)
    assert not list(colon.iterdir()), "the screen description was left behind"
