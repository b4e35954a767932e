"""Paint a laid-out sheet on a PDF writer or a printer, with "Page N of M" on every page.

The PDF is written to a temporary file beside the target and renamed into place,
so a failure never leaves half a PDF behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QPointF
from PySide6.QtGui import QFontMetricsF, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from viewer import translation
from viewer.sheet import typefaces
from viewer.sheet.ink import INK, RULE, SOFT, line
from viewer.sheet.layout import MARGINS_MM, Row, SheetLayout, paginate
from viewer.sheet.model import Sheet, SheetError, sheet_title

translate = QCoreApplication.translate


def paint_sheet(device: QPagedPaintDevice, sheet: Sheet) -> int:
    """Paint the sheet on a PDF writer or printer; returns the number of pages."""
    translation.ensure()
    builder = SheetLayout(device, sheet)
    clinic = [row for n, text in enumerate(sheet.letterhead.lines)  # the clinic's name in ink
              for row in builder.text(text, builder.style.small, bold=n == 0,
                                      color=INK if n == 0 else SOFT)]
    footer_height = builder.px(builder.style.small * 3.6) + sum(r.height for r in clinic)
    pages = paginate(builder.groups(), device.height() - footer_height)
    painter = QPainter()
    if not painter.begin(device):
        raise SheetError("could not start drawing the sheet (is the printer or file available?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, page in enumerate(pages, 1):
            if n > 1:
                device.newPage()
            for row, y in page:
                row.paint(painter, y)
            _footer(painter, builder, n, len(pages), device.height() - footer_height, clinic)
    finally:
        painter.end()
    return len(pages)


def _footer(p: QPainter, b: SheetLayout, n: int, total: int, top: float, clinic: list[Row]) -> None:
    """The rule, "For discussion…" and "Page N of M", then the clinic's lines, if any."""
    line(p, QPointF(0, top + b.px(10)), QPointF(b.width, top + b.px(10)), RULE, b.px(0.8))
    y = top + b.px(14)
    left = b.text(translate("sheet", "For discussion with your care team"), b.style.small, color=SOFT)
    left[0].paint(p, y)
    right = translate("sheet", "Page {page} of {pages}").format(page=QLocale().toString(n),
                                                                 pages=QLocale().toString(total))
    right_rows = b.text(right, b.style.small, bold=True)
    font = typefaces.font_for(right, b.style.small, True)
    advance = QFontMetricsF(font, b.device).horizontalAdvance(right)
    p.save()
    p.translate(b.width - advance - b.px(1), 0)
    right_rows[0].paint(p, y)
    p.restore()
    y += left[0].height
    for row in clinic:
        row.paint(p, y)
        y += row.height


PAPER = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def setup_page(device: QPagedPaintDevice, paper: str = "A4") -> None:
    device.setPageSize(QPageSize(PAPER.get(paper, QPageSize.PageSizeId.A4)))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(sheet: Sheet, path: Path) -> int:
    """Write the sheet to ``path`` via a temporary file beside it, so a failure leaves
    no half-written PDF; returns the number of pages."""
    path = Path(path)
    if path.is_dir():
        raise SheetError(f"{path} is a folder; give a file name ending in .pdf")
    if not path.parent.is_dir():
        raise SheetError(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part",
                                         dir=path.parent)
    except OSError as err:
        raise SheetError(f"cannot write {path}: {err.strerror or err}") from err
    os.close(fd)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(300)
        writer.setTitle(sheet.title or sheet_title())
        writer.setCreator("patient-viewer")
        setup_page(writer, sheet.letterhead.paper)
        pages = paint_sheet(writer, sheet)
        del writer
        if temp.stat().st_size == 0:
            raise SheetError(f"cannot write {path}: nothing was written")
        os.replace(temp, path)
    except OSError as err:
        raise SheetError(f"cannot write {path}: {err.strerror or err}") from err
    finally:
        temp.unlink(missing_ok=True)
    return pages
