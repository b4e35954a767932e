"""Page text is escaped exactly as ``html.escape`` would, without importing it at start."""

from __future__ import annotations

import html

from viewer.ui.text.rich import esc


def test_escape_matches_the_standard_library_on_every_special_character() -> None:
    samples = ["plain", "a & b", "<script>alert('x')</script>", 'say "yes"', "&amp; already",
               "".join(chr(c) for c in range(32, 256)), "Ünïcödé – dash & 'quotes'"]
    for text in samples:
        assert esc(text) == html.escape(text, quote=True), text
