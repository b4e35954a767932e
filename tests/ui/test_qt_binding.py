"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_do_not_use_up_none(qapp):
    widget = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        widget.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100
