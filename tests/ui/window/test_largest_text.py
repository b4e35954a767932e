"""The largest text on the screens people have: the window never outgrows the screen's free
area, nothing is cut off, and the page keeps at least half the window's height (the header,
help strip, tab titles, status bar and topic list give way). Each case runs in a process of
its own, as a first start: offscreen on a screen of the size named, and on a real X server
(Xvfb) where one can be started, so the window manager's real geometry is measured too."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from viewer.ui.window.give_way import READING_SHARE
from viewer.ui.window.theme import MAX_TEXT_SIZE

pytestmark = pytest.mark.xcb

# (screen width, height, scale factor): a small laptop, a 720p screen, a 1080p screen at
# 150% and at 200%.
CASES = [(1366, 768, 1), (1280, 720, 1), (1920, 1080, 1.5), (1920, 1080, 2)]


def _probe(env: dict, database: Path, text_size: int, theme: str, tmp: Path) -> dict:
    env = dict(env, PYTHONPATH=str(REPO), PATIENT_VIEWER_DATA_DIR=str(tmp / "data"))
    out = subprocess.run([sys.executable, "-m", "tests.ui.window.screen_probe", str(database),
                          str(text_size), theme], env=env, capture_output=True, text=True,
                         timeout=300, cwd=REPO)
    assert out.returncode == 0, out.stderr[-4000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def offscreen(width: int, height: int, scale: float, tmp: Path) -> dict:
    screen = tmp / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "Probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                QT_SCALE_FACTOR=f"{scale:g}")


def check(result: dict, where: str) -> list[str]:
    """Every broken rule, in words."""
    found = []
    ax, ay, aw, ah = result["area"]
    for seen in result["screens"]:
        name = f"{where}, {seen['screen']}"
        x, y, w, h = seen["frame"]
        if w > aw or h > ah or x < ax or y < ay or x + w > ax + aw or y + h > ay + ah:
            found.append(f"{name}: window {w}x{h} at {x},{y} is outside the free area "
                         f"{aw}x{ah} at {ax},{ay}")
        found += [f"{name}: {p}" for p in seen["problems"]]
        if not seen["back"]:  # (whole, if shown: a cut one is among the problems)
            found.append(f"{name}: no Back button in the header")
        if seen["screen"] == "help strip asked for":
            if not seen["strip"]:
                found.append(f"{name}: Help › How to use this app did not show the strip")
            continue
        page_h, window_h = seen["page"][1], seen["window"][1]
        if page_h < READING_SHARE * window_h:
            found.append(f"{name}: the page is {page_h} px of a {window_h} px window")
        if where.startswith("1366x768") and seen["reading"] < READING_SHARE * window_h:
            found.append(f"{name}: {seen['reading']} px of text in sight in a {window_h} px window")
    if result["nav_longest_word"] > result["nav_viewport"]:
        found.append(f"{where}: the topic list is {result['nav_viewport']} px wide, its longest "
                     f"word {result['nav_longest_word']} px: words would break")
    return found


@pytest.mark.parametrize("theme", ["day", "high-contrast"])
@pytest.mark.parametrize(("width", "height", "scale"), CASES)
def test_largest_text_fits_every_screen_offscreen(real_db, tmp_path, width, height, scale, theme):
    result = _probe(offscreen(width, height, scale, tmp_path), real_db, MAX_TEXT_SIZE, theme, tmp_path)
    assert result["text_size"] == MAX_TEXT_SIZE
    found = check(result, f"{width}x{height} scale {scale:g} {theme}")
    assert not found, "\n".join(found)


def test_at_1366x768_the_strip_gives_way_and_the_narrow_screen_folds_the_topic_list(real_db, tmp_path):
    laptop = _probe(offscreen(1366, 768, 1, tmp_path), real_db, MAX_TEXT_SIZE, "day", tmp_path)
    first = laptop["screens"][0]
    assert not first["strip"], "at the largest text the strip leaves the page its room"
    assert not first["topics_folded"], "1366 px is wide enough for the topic list"
    scaled = _probe(offscreen(1920, 1080, 2, tmp_path), real_db, MAX_TEXT_SIZE, "day", tmp_path)
    assert scaled["screens"][0]["topics_folded"], "960 points: the topic list is the Topics menu"
    normal = _probe(offscreen(1366, 768, 1, tmp_path), real_db, 14, "day", tmp_path)
    assert normal["screens"][0]["strip"] and not normal["screens"][0]["topics_folded"]
    assert not check(normal, "1366x768 normal text")


def _xvfb(width: int, height: int):
    """A private X server of the size asked for; its display number, and the process."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (CI installs it)")
    folder = Path(tempfile.mkdtemp(prefix="xvfb-"))
    display_file = folder / "display"
    with display_file.open("w") as out:
        server = subprocess.Popen(["Xvfb", "-displayfd", str(out.fileno()), "-screen", "0",
                                   f"{width}x{height}x24", "-nolisten", "tcp"],
                                  pass_fds=(out.fileno(),), stderr=subprocess.DEVNULL)
    for _ in range(100):
        if display_file.read_text().strip():
            break
        subprocess.run(["sleep", "0.1"], check=False)
    display = display_file.read_text().strip()
    shutil.rmtree(folder, ignore_errors=True)
    if not display:
        server.kill()
        pytest.skip("Xvfb did not start")
    return display, server


@pytest.mark.parametrize("theme", ["day", "high-contrast"])
def test_largest_text_on_a_real_x_server_at_1366x768(real_db, tmp_path, theme):
    """Real window geometry: xcb, a 1366x768 X server, the largest text, a first start."""
    display, server = _xvfb(1366, 768)
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=f":{display}")
        env.pop("QT_SCALE_FACTOR", None)
        result = _probe(env, real_db, MAX_TEXT_SIZE, theme, tmp_path)
    finally:
        server.kill()
        server.wait()
    assert result["area"][2:] == [1366, 768]
    found = check(result, f"Xvfb 1366x768 {theme}")
    assert not found, "\n".join(found)
