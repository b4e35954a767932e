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


def who_to_call_lines(clinic_phone: str) -> list[str]:
    """The care team first; then the clinic's phone, or one line a national information line."""
    lines = [translate("helplines", "For a warning sign or a worry about your treatment, call "
                                    "your own care team first.")]
    if clinic_phone:
        return [*lines, translate("helplines", "This clinic: {phone}").format(phone=clinic_phone)]
    lines.append(translate("helplines", "For general questions about cancer, national "
                                        "information lines:"))
    for country, service, phone in HELPLINES:
        lines.append(translate("helplines", "{country}: {service}, {phone}").format(
            country=translate("helplines", NAMES.get(country, country)),
            service=translate("helplines", NAMES.get(service, service)), phone=phone))
    return lines
