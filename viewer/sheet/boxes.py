"""The sheet's notices in tinted boxes: which questions are not yet in the reader's
language, how old the facts are, and who to call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter

from viewer.dates import month_year
from viewer.helplines import who_to_call_lines, who_to_call_title
from viewer.sheet.ink import TINT, rounded_box
from viewer.translation import fallback_name, language_name

if TYPE_CHECKING:
    from viewer.sheet.layout import Group, SheetLayout


def boxed(layout: SheetLayout, lines: list[tuple[str, bool]], color: QColor,
          space_before: float = 6) -> Group:
    """Lines of text (bold or not) in a tinted rounded box, kept on one page."""
    from viewer.sheet.layout import Group, Row  # the layout calls here: import when called

    pad = layout.px(7)
    inner = [row for text, bold in lines
             for row in layout.text(text, layout.style.body, bold=bold, indent=2 * pad,
                                  right=2 * pad, spacing=1.2)]
    height = sum(r.height for r in inner) + 2 * pad

    def paint(p: QPainter, top: float) -> None:
        rounded_box(p, QRectF(0, top, layout.width, height), pad, color)
        y = top + pad
        for row in inner:
            row.paint(p, y)
            y += row.height

    return Group([layout.space(space_before), Row(height, paint), layout.space(4)])


def language_groups(layout: SheetLayout) -> list[Group]:
    """Which topics' questions are in English because they are not yet translated into
    the reader's language (the pages say the same at their top)."""
    sheet = layout.sheet
    if not sheet.untranslated:
        return []
    tr = QCoreApplication.translate
    lines = [(tr("sheet", "Some of these questions are not yet available in {language}.").format(
        language=language_name(sheet.language)), True)]
    for title, shown in sheet.untranslated:
        lines.append((tr("sheet", "{topic}: its questions are in {shown}.").format(
            topic=title, shown=fallback_name(shown)), False))
    return [boxed(layout, lines, TINT)]


def old_facts_groups(layout: SheetLayout) -> list[Group]:
    """How old the facts are, when more than a year older than the sheet's day."""
    old = layout.sheet.old_facts()
    if not old:
        return []
    tr = QCoreApplication.translate
    lines = [(tr("sheet", "The facts behind these questions may be out of date."), True)]
    for title, month, age in old:
        lines.append((tr("sheet", "{topic}: facts current to {month}, {age} months before "
                                  "this sheet was made.").format(
            topic=title, month=month_year(month), age=age), False))
    lines.append((tr("sheet", "Ask your care team what is new."), False))
    return [boxed(layout, lines, TINT)]


def call_group(layout: SheetLayout) -> Group:
    """Who to call: the clinic's phone on a clinic's sheet, else the national lines."""
    lines = [(who_to_call_title(), True)]
    lines += [(text, False) for text in who_to_call_lines(layout.sheet.letterhead.phone)]
    return boxed(layout, lines, TINT)
