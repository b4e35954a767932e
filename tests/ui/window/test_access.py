"""Every control has a name a screen reader can say; the ladder has a text equivalent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


def _unnamed(root: QWidget, skip: QWidget | None = None) -> list[str]:
    """Visible widgets reachable by Tab with neither an accessible name nor a text.

    ``skip``: a subtree owned and tested elsewhere (the Questions tab's own widget).
    """
    missing = []
    for widget in root.findChildren(QWidget):
        if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
            continue
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_every_screen_has_an_accessible_name(qtbot, small_db):
    window = open_window(qtbot, small_db)
    problems = set()
    for tab in TABS:
        window.show_topic("topic-1", tab)
        problems.update(_unnamed(window))
    window.show_sources()
    window.open_source("test-news")
    problems.update(_unnamed(window))
    window.show_glossary()
    problems.update(_unnamed(window))
    window.search_for("mice")
    problems.update(_unnamed(window))
    assert sorted(problems) == []


def test_the_tab_key_walks_the_window_and_focus_is_styled(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.search_box.setFocus()
    seen = []
    for _ in range(8):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert window.header.larger in seen and window.nav in seen
    assert ":focus" in window.styleSheet()
