"""What the first paint does not import: every screen but the first, imported here when it
is first wanted, and nowhere else in the ui.

A launch shows one topic's first tab (docs/architecture.md, "Start-up"). The other pages,
the evidence tab, the Questions tab, the definition popup, clinic mode and installing a
pack are each a module the first screen does not need; importing them at start costs
every launch the time to load them. Each function below imports one and returns what its
caller makes. ``tests/ui/window/test_first_screen_imports.py`` fails if the first paint
imports any of them; ``tests/test_architecture.py`` fails if another ui module imports
inside a function.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from viewer.ui.clinic.kiosk import ClinicMode
    from viewer.ui.pages.definition_popup import DefinitionPopup
    from viewer.ui.pages.glossary_page import GlossaryPage
    from viewer.ui.pages.search import SearchResults
    from viewer.ui.pages.source_view import SourceView
    from viewer.ui.pages.sources_page import SourcesPage
    from viewer.ui.questions.questions_tab import QuestionsTab


def sources_page() -> type[SourcesPage]:
    from viewer.ui.pages.sources_page import SourcesPage

    return SourcesPage


def glossary_page() -> type[GlossaryPage]:
    from viewer.ui.pages.glossary_page import GlossaryPage

    return GlossaryPage


def search_results() -> type[SearchResults]:
    from viewer.ui.pages.search import SearchResults

    return SearchResults


def source_view() -> type[SourceView]:
    from viewer.ui.pages.source_view import SourceView

    return SourceView


def render_evidence() -> Callable[..., object]:
    from viewer.ui.pages.evidence import render_evidence

    return render_evidence


def questions_tab() -> type[QuestionsTab]:
    from viewer.ui.questions.questions_tab import QuestionsTab

    return QuestionsTab


def questions_first() -> Callable[[QuestionsTab], object]:
    from viewer.ui.questions.focus_order import questions_first

    return questions_first


def definition_popup() -> type[DefinitionPopup]:
    from viewer.ui.pages.definition_popup import DefinitionPopup

    return DefinitionPopup


def clinic_mode() -> type[ClinicMode]:
    from viewer.ui.clinic.kiosk import ClinicMode

    return ClinicMode


def content_watch() -> ModuleType:
    from viewer.ui.clinic import content_watch

    return content_watch


def pack_install() -> tuple[ModuleType, ModuleType]:
    """The packs' install and trust: checking a signature loads the crypto library."""
    from viewer.packs import install, trust

    return install, trust


def accessible_text() -> ModuleType:
    """Page text as a screen reader's document (text/accessible_text.py), made from the
    window's first frame on (text/safe_text.py)."""
    from viewer.ui.text import accessible_text

    return accessible_text


def message_boxes() -> ModuleType:
    """The app's message boxes (window/message_boxes.py): most starts have none to show."""
    from viewer.ui.window import message_boxes

    return message_boxes


def install_dialog() -> ModuleType:
    """Choosing a content pack to install, and saying what happened (its file dialog)."""
    from viewer.ui.window import install_dialog

    return install_dialog


def speech() -> tuple[ModuleType, ModuleType, ModuleType]:
    """Read aloud's voice, sound output and reading loop: the voice loads libespeak-ng and the
    sound output libasound, asked for after the first frame (ui/reading/read_bar.py)."""
    from viewer.speech import reading, sound, voice

    return voice, sound, reading


def page_text() -> ModuleType:
    """What of a page is read, sentence by sentence, when a page is first read aloud."""
    from viewer.ui.reading import page_text

    return page_text


def sentences() -> ModuleType:
    """Cutting a page into sentences, when a page is first read."""
    from viewer.speech import sentences

    return sentences
