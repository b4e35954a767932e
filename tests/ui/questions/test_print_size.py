"""The printed sheet follows the screen's text size: a reader of large text gets a large
sheet, the small lines too (date, source lines, footer, source list). Written from the
real Questions tab and read back from the PDF, size by size."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from tests.ui_helpers import IGNORE_OFFSCREEN, open_window
from viewer.ui.window.theme import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)

# Lines of the sheet, by what they are: a piece of text each line of that kind holds.
KINDS = {"date": "Made on", "footer": "For discussion with your care team",
         "sources heading": "Where these questions come from", "page number": "Page 1 of",
         "question number": "1.", "title": "Questions"}


def text_sizes(path: Path) -> list[tuple[str, float]]:
    """Each run of text on every page with its size in points as printed (the font size
    times the text and drawing matrices' vertical scale)."""
    found: list[tuple[str, float]] = []
    for page in pypdf.PdfReader(str(path)).pages:
        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((text.strip(), abs(size * tm[3] * cm[3])))
        page.extract_text(visitor_text=visit)
    return found


def sizes_by_kind(path: Path) -> dict[str, float]:
    runs = text_sizes(path)
    out = {}
    for kind, marker in KINDS.items():
        # whole words (a run's words come tab-separated): "For discussion…" is the footer,
        # not the who-to-call box's "For a warning sign…"
        matching = [size for text, size in runs if " ".join(text.split()).startswith(marker)]
        assert matching, f"{kind}: no text starting {marker!r} in {path.name}"
        out[kind] = max(matching)
    return out


def sheet_at(qtbot, db, tmp_path: Path, points: int, large_print: bool = False) -> dict[str, float]:
    window = open_window(qtbot, db)
    window.set_text_size(points, save=False)
    window.show_topic(window.content.topics()[0].slug, "questions")
    tab = window.topic_view.questions_tab
    for row in list(tab.rows.values())[:2]:
        row.box.setChecked(True)
    tab.buttons.large_print.setChecked(large_print)
    out = tmp_path / f"sheet-{points}-{large_print}.pdf"
    tab.buttons.write_pdf_to(str(out))
    assert out.exists(), tab.status.text()
    window.close()
    return sizes_by_kind(out)


def test_the_largest_screen_text_prints_every_line_twice_as_large(qtbot, small_db, tmp_path):
    normal = sheet_at(qtbot, small_db, tmp_path, DEFAULT_TEXT_SIZE)
    largest = sheet_at(qtbot, small_db, tmp_path, MAX_TEXT_SIZE)
    for kind in normal:
        assert largest[kind] == pytest.approx(2 * normal[kind], rel=0.03), (kind, normal, largest)
    assert largest["date"] >= 20 and largest["footer"] >= 20  # the small lines are large too


def test_large_print_makes_the_small_lines_large(qtbot, small_db, tmp_path):
    normal = sheet_at(qtbot, small_db, tmp_path, DEFAULT_TEXT_SIZE)
    large = sheet_at(qtbot, small_db, tmp_path, DEFAULT_TEXT_SIZE, large_print=True)
    for kind in ("date", "footer", "sources heading", "page number"):
        assert large[kind] >= 14.5 and large[kind] > 1.35 * normal[kind], (kind, normal, large)


def test_smaller_screen_text_never_prints_smaller_than_normal(qtbot, small_db, tmp_path):
    normal = sheet_at(qtbot, small_db, tmp_path, DEFAULT_TEXT_SIZE)
    small = sheet_at(qtbot, small_db, tmp_path, 10)
    assert small == pytest.approx(normal, rel=0.01)
