"""What the kiosk says after Finish, in plain words a patient can act on."""

from __future__ import annotations

import pytest

from tests.ui.clinic.session_helpers import NOTES, clinic_window
from tests.ui.clinic.test_kiosk import KIOSK
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer.devtools.clinic_screens import pdf_printer
from viewer.ui.clinic.finish import DONE_TITLE, FAILED_BUTTON, FAILED_TITLE

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_a_failed_print_says_what_to_do_next_in_plain_words(qtbot, small_db, tmp_path):
    nowhere = tmp_path / "no-such-folder" / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(nowhere))
    window.user.set_notes(NOTES)
    window.clinic_mode.finish.start()
    notice = window.clinic_mode.finish.notice
    body = notice.body.text()
    assert notice.title.text() == FAILED_TITLE
    assert "switched on" in body and "paper" in body and "front desk" in body
    assert "Nothing was cleared" in body
    assert "drawing" not in body and "(" not in body  # no technical words for the patient
    assert notice.button.text() == FAILED_BUTTON != "Start"
    assert notice.detail.text().startswith("For staff:")  # the cause, small, for the staff
    window.clinic_mode.leave()


def test_a_sent_sheet_says_so_in_the_large_text(qtbot, small_db, tmp_path):
    out = tmp_path / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, KIOSK, printer=pdf_printer(out))
    window.user.set_notes(NOTES)
    window.clinic_mode.finish.start()
    notice = window.clinic_mode.finish.notice
    assert notice.title.text() == DONE_TITLE
    assert "was sent to the printer" in notice.body.text()  # the body's large type, centred
    assert not notice.detail.text() and notice.button.text() != "Start"
    window.clinic_mode.leave()
