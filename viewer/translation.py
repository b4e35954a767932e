"""The language of the screens and the printed sheet: Qt's translators, installed once.

Every word a patient or staff member reads goes through ``QCoreApplication.translate``
(extracted by ``pyside6-lupdate`` into ``resources/translations/*.ts``, compiled by
``pyside6-lrelease`` into ``.qm``; ``python -m viewer.devtools.translations`` does
both). English is the source language; its own ``.qm`` holds only the plural forms.
``en-XA`` and ``ar-XB`` are pseudo-locales made from the source strings by that script:
accented and longer, and right to left. A right-to-left translation says so by
translating ``QT_LAYOUT_DIRECTION`` as ``RTL``; Qt then mirrors every window.

QtCore only: the window and the sheet both read through it.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from viewer import resources

# Qt reads the layout direction from this message of the installed translations ("LTR"
# or "RTL"); marked here so lupdate puts it in every .ts file for a translator to set.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")

SOURCE_LANGUAGE = "en"
#: made by a script from the source strings, for testing; never offered to patients
PSEUDO_LANGUAGES = ("en-XA", "ar-XB")

_installed: list[QTranslator] = []  # kept alive as long as they are installed
_current = SOURCE_LANGUAGE


def folder() -> Path:
    return resources.resource("translations")


def file_stem(code: str) -> str:
    """``en-XA`` -> ``en_XA``: the name Qt's translation files use."""
    return code.replace("-", "_")


def available() -> list[str]:
    """The languages with a compiled translation of the app, source language first."""
    found = sorted(p.stem.removeprefix("patient-viewer_").replace("_", "-")
                   for p in folder().glob("patient-viewer_*.qm"))
    return [SOURCE_LANGUAGE, *[c for c in found if c != SOURCE_LANGUAGE]]


def locale_for(code: str) -> QLocale:
    """The locale that writes this language's dates and numbers; a pseudo-locale writes
    its base language's (``en-XA`` as English, ``ar-XB`` as English too: its words are
    English made to run right to left)."""
    if code in PSEUDO_LANGUAGES:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    locale = QLocale(file_stem(code))
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def language_name(code: str) -> str:
    """A language as its readers write its name: English, español, русский."""
    if code in PSEUDO_LANGUAGES:
        return f"{code} (pseudo)"
    if code == SOURCE_LANGUAGE:
        return "English"  # Qt names it "American English"; the app's English is no one country's
    name = QLocale(file_stem(code)).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def fallback_name(code: str) -> str:
    """The language a page falls back to, in the reader's words: English is named by the
    translation ("inglés"); any other language by its own name."""
    if code == SOURCE_LANGUAGE:
        return QCoreApplication.translate("language", "English")
    return language_name(code)


def install(code: str = SOURCE_LANGUAGE) -> bool:
    """Put ``code``'s translations in force (the app's and Qt's own, for the dialogs'
    buttons and the print dialog), replacing any installed before. False, with English
    in force, if the app has no translation in that language."""
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    known = code in available()
    if not known:
        code = SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(code))
    own = QTranslator(app)
    if own.load(str(folder() / f"patient-viewer_{file_stem(code)}.qm")):
        _installed.append(own)
    if code not in PSEUDO_LANGUAGES:
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{name}", str(where)) for where in _qt_folders()
               for name in (file_stem(code), code.split("-")[0])):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    _current = code
    return known


def _qt_folders() -> list[Path]:
    """Where Qt's own translations are: Qt's configured folder, or inside the PySide6
    package (a frozen app may not configure it; on Windows they sit beside the package)."""
    package = Path(PySide6.__file__).parent
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            package / "Qt" / "translations", package / "translations"]


def current() -> str:
    """The language whose translations are in force."""
    return _current


def ensure() -> None:
    """English in force if no language has been installed yet: its plural forms are a
    translation too ("1 page", "2 pages"). For windows and sheets made without ``install``."""
    if not _installed and QCoreApplication.instance() is not None:
        install(SOURCE_LANGUAGE)
