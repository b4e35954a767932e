"""Before the window opens on X11, the app names the system libraries Qt's xcb plugin
needs and this computer lacks (viewer/display_libraries.py), on the real plugin file and
the real dynamic loader: no list is guessed and nothing is mocked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import display_libraries as display

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
# The ones a newcomer's bare Debian lacked; Qt blamed libxcb-cursor0 for each.
BARE_DESKTOP_LACKS = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                      "libxkbcommon-x11.so.0"]


def test_the_libraries_are_read_from_the_plugin_and_qts_own_libraries():
    needed = display.needed_from_system(display.xcb_plugin())
    assert set(BARE_DESKTOP_LACKS) | {"libxcb.so.1", "libX11-xcb.so.1"} <= set(needed)
    # found through the plugin's RUNPATH, so not asked of the system
    assert not [name for name in needed if name.startswith("libQt6")], needed


def test_every_library_this_machine_has_is_found_and_a_name_that_is_nowhere_is_not():
    needed = display.needed_from_system(display.xcb_plugin())
    assert display.missing(needed) == []  # the test machine has the window's libraries
    assert display.missing(["libxcb-icccm.so.4", "libpatient-viewer-nowhere.so.9"]) == [
        "libpatient-viewer-nowhere.so.9"]
    assert display.xcb_problem() == ""


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs Debian's dpkg")
def test_each_needed_library_names_the_package_dpkg_says_brings_it():
    """The package table is checked against dpkg for every library the plugin needs from
    the system, so a new dependency of a new Qt fails here until the table names it."""
    wrong = {}
    for name in display.needed_from_system(display.xcb_plugin()):
        if name.startswith(("libc.so", "libm.so", "libdl.so", "libpthread.so", "ld-linux", "libzstd")):
            continue  # glibc and what glib brings: every system has them
        found = subprocess.run(["dpkg-query", "-S", f"*/{name}"], capture_output=True, text=True)
        owners = {line.split(":")[0] for line in found.stdout.splitlines()}
        if display.PACKAGES.get(name) not in owners:
            wrong[name] = (display.PACKAGES.get(name), sorted(owners))
    assert not wrong, wrong


@pytest.mark.parametrize(("environ", "argv", "first"), [
    ({"DISPLAY": ":0"}, [], True),
    ({}, [], True),  # Qt's default on Linux
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, [], False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, [], False),
    ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, [], True),
    ({"QT_QPA_PLATFORM": "offscreen"}, [], False),
    ({"QT_QPA_PLATFORM": "xcb:nodpi;wayland"}, [], True),
    ({"QT_QPA_PLATFORM": "xcb"}, ["app", "-platform", "offscreen"], False),
])
def test_xcb_first_as_qt_chooses(environ, argv, first):
    assert display.xcb_comes_first(environ, argv) is first


def _app(env: dict[str, str], *hide: Path) -> subprocess.CompletedProcess:
    """The app started on X11 in a mount namespace of its own, with each of ``hide``
    covered by an empty file, as on a desktop without that package."""
    script = "".join(f'mount --bind /dev/null "{path}" && ' for path in hide) + 'exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "-", sys.executable, "-m", "viewer"],
                          env=env, capture_output=True, text=True, timeout=60)


def _system_copy(name: str) -> Path:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    path = next(line.split("=> ")[1] for line in listing.splitlines() if line.strip().startswith(name + " "))
    return Path(path).resolve()


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="hiding a system library needs root and unshare")
def test_a_desktop_without_two_xcb_packages_is_told_which_to_install(tmp_path):
    hidden = [_system_copy("libxcb-icccm.so.4"), _system_copy("libxcb-keysyms.so.1")]
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DISPLAY": ":99",
           "QT_QPA_PLATFORM": "xcb", "PATIENT_VIEWER_DATA_DIR": str(tmp_path / "data")}
    result = _app(env, *hidden)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "libxcb-icccm.so.4" in lines[0] and "libxcb-keysyms.so.1" in lines[0]
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in lines[0]
    assert "xcb-cursor" not in lines[0]  # Qt's misleading word is never reached


def test_no_display_at_all_is_one_plain_line(tmp_path):
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb",
           "PATIENT_VIEWER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "viewer"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "patient-viewer: there is no display to open the window on (DISPLAY is not set): start the "
        "app from a desktop session. The sheet, screenshots and content-info commands need none"]
