"""Page text is escaped as ``html.escape`` would, without importing it at start, and a control
character from the data is shown as its escape, never passed to the page."""

from __future__ import annotations

import html

from viewer.errors import CONTROL_CHARACTERS
from viewer.ui.text.rich import esc
from viewer.vocabulary import MARK_END, MARK_START

KEPT = "\n\t" + MARK_START + MARK_END  # layout, and the search's own match marks


def test_escape_matches_the_standard_library_on_every_special_character() -> None:
    every = "".join(chr(c) for c in range(32, 256) if chr(c) not in CONTROL_CHARACTERS)
    samples = ["plain", "a & b", "<script>alert('x')</script>", 'say "yes"', "&amp; already",
               every, "Ünïcödé – dash & 'quotes'"]
    for text in samples:
        assert esc(text) == html.escape(text, quote=True), text


def test_a_control_character_is_shown_as_its_escape() -> None:
    for c in CONTROL_CHARACTERS:
        if c in KEPT:
            continue
        shown = esc(f"a{c}<b>")
        assert c not in shown and shown == "a" + c.encode("unicode_escape").decode("ascii") + "&lt;b&gt;"
    assert esc("one\ntwo\tthree") == "one\ntwo\tthree"
