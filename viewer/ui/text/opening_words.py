"""What the app had to do to open its content and the patient's sheet, in the reader's
words. The opening (``viewer/opening``) and the store hand back records; the words are
here, once, for the window and the command line alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from viewer.opening.choice import Opened
    from viewer.opening.repair import CannotRepair
    from viewer.store.user import SetAside

translate = QCoreApplication.translate


def opening_notice(opened: Opened) -> str:
    """Empty when the content opened as expected."""
    lines = []
    for passed in opened.passed_over:
        if passed.keys:
            lines.append(translate("opening", "Content updates are not used: {problem}").format(
                problem=passed.problem))
        else:
            lines.append(translate("opening", "A content update was passed over: {problem}").format(
                problem=passed.problem))
    if repair := opened.repair:
        if repair.reused:
            said = translate("opening", "{problem}. Using the copy rebuilt earlier from the articles "
                                        "that ship with the app.").format(problem=repair.problem)
        else:
            said = translate("opening", "{problem}. It was rebuilt from the articles that ship with "
                                        "the app; your own questions and notes were not "
                                        "touched.").format(problem=repair.problem)
        if not repair.kept:
            said += " " + translate("opening", "This computer does not let the app keep the repaired "
                                               "copy, so it will be rebuilt again next time.")
        lines.append(said)
    elif lines and opened.origin.kind == "pack":
        lines.append(translate("opening", "Using content update number {number} instead.").format(
            number=opened.origin.sequence))
    elif lines:
        lines.append(translate("opening", "Using the content that came with the app instead."))
    return "\n".join(lines)


def cannot_repair(err: CannotRepair) -> str:
    return translate("opening", "{problem}. It could not be repaired either, because this computer "
                                "does not let the app write a repaired copy ({cause})").format(
        problem=err.problem, cause=err.cause)


def set_aside_notice(set_aside: SetAside | None) -> str:
    """Empty when the saved sheet was read."""
    if set_aside is None:
        return ""
    if not set_aside.kept_as:
        return translate("opening", "Your saved question sheet could not be read ({problem}).").format(
            problem=set_aside.problem)
    return translate("opening", "Your saved question sheet could not be read ({problem}). It was kept "
                                "as {file} and a new, empty sheet was started.").format(
        problem=set_aside.problem, file=set_aside.kept_as)
