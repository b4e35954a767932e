"""The smoke set CI runs again on a real X server (Xvfb) with Qt's xcb platform.

Offscreen is not a real screen: no window system, no real key or focus events. The
tests marked ``xcb`` run a second time there; this one makes sure that run really
is on xcb, not quietly on offscreen again.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]

EXPECT = "PATIENT_VIEWER_EXPECT_XCB"  # set by CI for the Xvfb run


@pytest.mark.skipif(not os.environ.get(EXPECT), reason=f"only in the Xvfb run ({EXPECT}=1)")
def test_the_xcb_run_is_on_a_real_x_server(qtbot, small_db):
    assert QGuiApplication.platformName() == "xcb"
    assert os.environ.get("DISPLAY")
    window = open_window(qtbot, small_db)
    area = window.screen().availableGeometry()
    assert area.width() >= 1280 and area.height() >= 720
    assert area.contains(window.geometry())  # the first window fits the real screen
