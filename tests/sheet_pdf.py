"""Reading a written sheet back, for the sheet tests."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf

from viewer.sheet.model import SheetQuestion


def page_texts(path: Path) -> list[str]:
    """Each page's text, flattened (Qt's PDFs space words with tabs)."""
    reader = pypdf.PdfReader(str(path))
    return [flat(page.extract_text()) for page in reader.pages]


def flat(text: str) -> str:
    """White space runs as one space, letters composed (NFC) as Python writes them."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def question_pages(texts: list[str], questions: list[SheetQuestion]) -> list[int]:
    """The page each numbered question stands on, checking that its number and its whole
    text are on that one page; fails if a question is missing or split."""
    found: list[int] = []
    for n, q in enumerate(questions, 1):
        pattern = re.compile(rf"(?:^| ){n}\. {re.escape(flat(q.text))}")
        pages = [i for i, text in enumerate(texts) if pattern.search(text)]
        assert len(pages) == 1, f"question {n} ({q.text[:40]!r}) is on pages {pages}"
        found.append(pages[0])
    return found


def embedded_fonts(path: Path) -> set[str]:
    """The names of the fonts whose files are embedded in the PDF."""
    reader = pypdf.PdfReader(str(path))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                desc = descendant.get_object().get("/FontDescriptor")
                if desc is not None and any(k in desc.get_object() for k in
                                            ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(font["/BaseFont"]).split("+")[-1].lstrip("/"))
    return names
