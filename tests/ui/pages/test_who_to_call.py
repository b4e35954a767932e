"""Every topic page says who to call, and how old its facts are once they are old."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.ui.clinic.session_helpers import clinic_window
from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.vocabulary import TABS

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

TOPIC = "checkpoint-inhibitors"


def page_text(window, tab: str) -> str:
    window.show_topic(TOPIC, tab)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # blocks of the pages before
    assert window.topic_view.slug == TOPIC and window.topic_view.current_tab() == tab
    return "\n".join(b.toPlainText() for b in window.topic_view.pages[tab].blocks())


def test_every_tab_gives_the_national_lines_on_a_home_computer(qtbot, real_db):
    window = open_window(qtbot, real_db)
    for tab in TABS:
        text = page_text(window, tab)
        assert "Who to call" in text, tab
        assert "USA: National Cancer Institute, Cancer Information Service, 1-800-422-6237" in text
        assert "UK: Macmillan Support Line, 0808 808 00 00" in text
        assert "If you live in another country, ask your care team" in text
        assert "This clinic" not in text


def test_in_a_clinic_the_box_gives_the_clinic_phone(qtbot, real_db, tmp_path):
    window = clinic_window(qtbot, real_db, tmp_path,
                           'clinic_name = "Riverside Oncology"\nclinic_phone = "020 7946 0000"\n')
    text = page_text(window, "what")
    assert "This clinic: 020 7946 0000" in text
    assert "USA: National Cancer Institute" not in text  # (the page's own text may still name it)
    assert "If you live in another country" not in text


def test_old_facts_get_a_notice_at_the_top_of_every_tab(qtbot, real_db):
    window = open_window(qtbot, real_db)
    assert "Newer results may exist. Ask your care team" not in page_text(window, "what")
    window.topic_view.context.today = lambda: date(2028, 3, 1)
    window.topic_view.refresh()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for tab in TABS:
        text = page_text(window, tab)
        first = window.topic_view.pages[tab].blocks()[0].toPlainText()
        notice = ("The facts on this page are current to December 2026: they are 15 months old. "
                  "Newer results may exist. Ask your care team what is new.")
        assert notice in first, tab
        assert first.index(notice) < first.index("Key points"), tab  # at the top
        assert notice in text


def test_a_clock_before_the_content_was_made_gets_no_notice(qtbot, real_db):
    window = open_window(qtbot, real_db)
    window.topic_view.context.today = lambda: date(2019, 5, 1)
    window.topic_view.refresh()
    assert "months old" not in page_text(window, "what")
    window.topic_view.context.today = lambda: date(2027, 12, 31)  # twelve months: not yet
    window.topic_view.refresh()
    assert "months old" not in page_text(window, "evidence")


def test_a_phone_number_is_never_split_across_two_lines(qapp):
    from viewer.ui.pages.who_to_call import who_to_call_html

    assert "0808\u00a0808\u00a000\u00a000" in who_to_call_html("")
    assert "020\u00a07946\u00a00000" in who_to_call_html("020 7946 0000")
