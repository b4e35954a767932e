"""The clinic screens for ``screenshots --clinic FILE``: the kiosk with a filled-in sheet,
the idle notice, the finish step and, when the file has problems, the staff notice.

The Finish step prints to a PDF in the output folder (``clinic-sheet.pdf``) instead of a
printer, so the printed clinic sheet can be reviewed too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from viewer.clinic.settings import ClinicSettings
from viewer.ui.clinic.idle import IdleReset
from viewer.ui.clinic.kiosk import ClinicMode
from viewer.ui.window.main_window import MainWindow
from viewer.vocabulary import QUESTIONS_TAB

SAMPLE = {"name": "Sample Patient", "appointment": "Tuesday 14 March, 10:30",
          "doctor": "Dr Example"}
SAMPLE_OWN = "Can I keep working while I have this treatment?"


def pdf_printer(path: Path) -> Callable[[], QPrinter]:
    def make() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer
    return make


def clinic_screens(window: MainWindow, clinic: ClinicSettings, out: Path,
                   shot: Callable[[str], None]) -> None:
    mode = ClinicMode(window, clinic, window.content, window.user,
                      printer=pdf_printer(out / "clinic-sheet.pdf"))
    window.clinic_mode = mode
    if mode.show_problems():
        shot("clinic-settings-problems")
        mode.problems.hide()
    topics = window.content.topics()
    if topics:
        window.show_topic(topics[0].slug, QUESTIONS_TAB)
        user = window.user
        for question in window.content.questions(topics[0].slug)[:3]:
            user.choose(question.id)
        user.add_own(SAMPLE_OWN, topics[0].slug)
        for field, value in SAMPLE.items():
            user.set_header(field, value)
        user.set_notes("Bring the letter from the hospital.")
        window.topic_view.questions_tab.reload()
        window.topic_view.questions_tab.set_topic(topics[0].slug)
        shot("clinic-kiosk-questions" if clinic.kiosk else "clinic-questions")
    idle = mode.idle or IdleReset(window, 60 * 60_000, mode.clear)
    idle.ask()
    shot("clinic-idle-notice")
    idle.stop()
    mode.finish.start()
    shot("clinic-finish")
    mode.finish.notice.hide()
