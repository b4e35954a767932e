"""Who to call, in the reader's language: the clinic in clinic mode, else the national
cancer information lines our background notes verify (QtCore only; the pages and the
printed sheet both say it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from viewer.vocabulary import HELPLINES

translate = QCoreApplication.translate

#: Each helpline's country and service, as ``viewer.vocabulary.HELPLINES`` names them,
#: marked for translation (a translator may give a service's name as readers know it).
NAMES = {"USA": QT_TRANSLATE_NOOP("helplines", "USA"),
         "UK": QT_TRANSLATE_NOOP("helplines", "UK"),
         "National Cancer Institute, Cancer Information Service":
             QT_TRANSLATE_NOOP("helplines", "National Cancer Institute, Cancer Information Service"),
         "Macmillan Support Line": QT_TRANSLATE_NOOP("helplines", "Macmillan Support Line")}


def who_to_call_title() -> str:
    return translate("helplines", "Who to call")


def who_to_call_parts(clinic_phone: str) -> tuple[list[str], list[str], list[str]]:
    """Who to call as (lines before, the numbers, lines after): the care team first; then
    the clinic's phone, or the national information lines and what to do elsewhere."""
    first = [translate("helplines", "For a warning sign or a worry about your treatment, call "
                                    "your own care team first.")]
    if clinic_phone:
        return first, [translate("helplines", "This clinic: {phone}").format(phone=clinic_phone)], []
    first.append(translate("helplines", "For general questions about cancer, national "
                                        "information lines:"))
    numbers = [translate("helplines", "{country}: {service}, {phone}").format(
        country=translate("helplines", NAMES.get(country, country)),
        service=translate("helplines", NAMES.get(service, service)), phone=phone)
        for country, service, phone in HELPLINES]
    # The lines our notes verify are for two countries; readers elsewhere are told where to ask.
    elsewhere = [translate("helplines", "If you live in another country, ask your care team for "
                                        "your country's cancer information line.")]
    return first, numbers, elsewhere


def who_to_call_lines(clinic_phone: str) -> list[str]:
    """The same, as one list of lines (the printed sheet)."""
    first, numbers, after = who_to_call_parts(clinic_phone)
    return [*first, *numbers, *after]
