"""Print preview opens big enough to read, with a labelled toolbar and a Print… button
that is always in sight, at normal and at the largest text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.ui.questions.preview import HIDDEN, SCREEN_SHARE
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE

pytestmark = [pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN), pytest.mark.xcb]


@pytest.mark.parametrize("points", [DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE])
def test_preview_is_readable_and_print_is_always_in_sight(qtbot, small_db, points):
    window = open_window(qtbot, small_db)
    window.set_text_size(points, save=False)
    window.show_topic(window.content.topics()[0].slug, "questions")
    tab = window.topic_view.questions_tab
    next(iter(tab.rows.values())).box.setChecked(True)
    tab.buttons.preview()
    dialog = tab.buttons.dialog
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    area = dialog.screen().availableGeometry()
    assert dialog.width() >= 0.8 * SCREEN_SHARE * area.width()
    assert dialog.height() >= 0.8 * SCREEN_SHARE * area.height()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert preview.zoomFactor() > 1.0, "the page is shown larger than life, not at a third"
    toolbar = dialog.findChild(QToolBar)
    assert toolbar.toolButtonStyle().name == "ToolButtonTextBesideIcon"
    shown = [a.text().replace("&", "").lower() for a in toolbar.actions() if a.isVisible()]
    assert "fit width" in shown and not any(word in name for name in shown for word in HIDDEN)
    button = next(b for b in dialog.findChild(QDialogButtonBox).buttons()
                  if b.text().startswith("Print"))
    assert button.isVisible() and button.text().startswith("Print")
    assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    dialog.reject()
