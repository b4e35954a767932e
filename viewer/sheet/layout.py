"""Lay out the question sheet for one paint device: rows, keep-together groups, pages.

The sheet is cut into groups of rows. A group that must stay whole (a question with
its answer lines, a heading with what follows it) moves to the next page when it
does not fit; only a group taller than a whole page is split, line by line. The
pages are laid out first, then painted (``painting``), so every page can say
"Page N of M".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QTextLayout, QTextOption

from viewer.dates import long_date
from viewer.sheet import typefaces
from viewer.sheet.boxes import boxed, call_group, language_groups, old_facts_groups
from viewer.sheet.ink import INK, RULE, SOFT, TINT, color_text, line
from viewer.sheet.model import CARE_TEAM_LINE, Sheet, SheetQuestion, SheetSource, sheet_title

translate = QCoreApplication.translate

MARGINS_MM = QMarginsF(18, 15, 18, 12)


@dataclass(frozen=True)
class Style:
    body: float  # points
    title: float
    heading: float
    small: float
    answer_gap: float  # points between the ruled answer lines (room for handwriting)
    answer_lines: int = 3


NORMAL = Style(body=13, title=22, heading=15.5, small=10.5, answer_gap=26)
# Large print: the small lines too (date, source lines, footer, source list) are large.
LARGE = Style(body=17, title=27, heading=20, small=15, answer_gap=32)
def scaled(style: Style, factor: float) -> Style:
    """Every size of ``style`` times ``factor`` (the number of answer lines stays)."""
    if factor == 1.0:
        return style
    return replace(style, body=style.body * factor, title=style.title * factor,
                   heading=style.heading * factor, small=style.small * factor,
                   answer_gap=style.answer_gap * factor)


@dataclass
class Row:
    height: float  # device pixels
    paint: Callable[[QPainter, float], None]  # (painter, top)
    blank: bool = False  # only space: left out at the top of a page


@dataclass
class Group:
    """Rows that stay on one page together, if they can."""

    rows: list[Row] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(r.height for r in self.rows)


class SheetLayout:
    """Turns a Sheet into groups of rows for one paint device."""

    def __init__(self, device: QPagedPaintDevice, sheet: Sheet) -> None:
        self.device = device
        self.sheet = sheet
        self.style = scaled(LARGE if sheet.large_print else NORMAL, sheet.print_scale)
        self.scale = device.logicalDpiY() / 72.0
        self.width = float(device.width())

    def px(self, points: float) -> float:
        return points * self.scale

    def text(self, text: str, size: float, *, bold: bool = False, indent: float = 0.0,
             right: float = 0.0, color: QColor = INK, spacing: float = 1.25) -> list[Row]:
        """One row per line of wrapped text."""
        font = typefaces.font_for(text, size, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        color_text(layout, text, color)
        layout.beginLayout()
        heights: list[float] = []
        y = 0.0
        while True:
            made = layout.createLine()
            if not made.isValid():
                break
            made.setLineWidth(self.width - indent - right)
            made.setPosition(QPointF(0, y))
            y += made.height()
            heights.append(made.height())
        layout.endLayout()
        rows = []
        for i, line_height in enumerate(heights):
            height = line_height * spacing
            extra = (height - line_height) / 2

            def paint(p: QPainter, top: float, i: int = i, extra: float = extra) -> None:
                drawn = layout.lineAt(i)
                drawn.draw(p, QPointF(indent, top + extra - drawn.y()))

            rows.append(Row(height, paint))
        return rows

    def space(self, points: float) -> Row:
        return Row(self.px(points), lambda p, top: None, blank=True)

    def ruled(self, indent: float, gap: float) -> Row:
        def paint(p: QPainter, top: float) -> None:
            y = top + self.px(gap) - self.px(3)
            line(p, QPointF(indent, y), QPointF(self.width, y), RULE, self.px(0.8))

        return Row(self.px(gap), paint)

    # -- the parts of the sheet -------------------------------------------------------------

    def groups(self) -> list[Group]:
        s = self.sheet
        groups = [self.title_group(), *language_groups(self), *old_facts_groups(self), self.header_group(),
                  self.care_group()]
        if s.questions:
            questions = [self.question_group(i, q) for i, q in enumerate(s.questions, 1)]
            heading = self.heading(translate("sheet", "My questions"))
            questions[0].rows[:0] = heading
            groups += questions
        groups += self.notes_groups()
        groups.append(call_group(self))  # after the patient's own part, before the sources
        if s.sources:
            groups += self.sources_groups()
        return groups

    def heading(self, text: str) -> list[Row]:
        return [self.space(14), *self.text(text, self.style.heading, bold=True),
                self.space(4)]

    def title_group(self) -> Group:
        s = self.sheet
        rows = self.text(s.title or sheet_title(), self.style.title, bold=True, spacing=1.15)
        if s.topics:
            about = translate("sheet", "About: {topics}").format(
                topics=translate("sheet", "; ", "between the topics a sheet is about").join(s.topics))
            rows += self.text(about, self.style.body)
        rows += self.text(translate("sheet", "Made on {date}").format(date=long_date(s.made_on)),
                          self.style.small, color=SOFT)
        return Group([*rows, self.space(8)])

    def header_group(self) -> Group:
        h = self.sheet.header
        label_width = self.px(self.style.body * 9.5)
        rows: list[Row] = []
        for label, value in ((translate("sheet", "Name"), h.name),
                             (translate("sheet", "Appointment"), h.appointment),
                             (translate("sheet", "Doctor or clinic"), h.doctor)):
            rows += self.field_rows(label, value, label_width)
        return Group(rows)

    def field_rows(self, label: str, value: str, label_width: float) -> list[Row]:
        gap = self.style.answer_gap
        label_rows = self.text(translate("sheet", "{label}:").format(label=label), self.style.body,
                               color=SOFT)
        value_rows = self.text(value, self.style.body, indent=label_width) if value else []
        first_label = label_rows[0]
        count = max(1, len(value_rows))
        rows: list[Row] = []
        for i in range(count):
            def paint(p: QPainter, top: float, i: int = i) -> None:
                row_h = self.px(gap)
                if i == 0:
                    first_label.paint(p, top + row_h - first_label.height - self.px(2))
                if value_rows:
                    v = value_rows[i]
                    v.paint(p, top + row_h - v.height - self.px(2))
                line(p, QPointF(label_width, top + row_h), QPointF(self.width, top + row_h), RULE,
                     self.px(0.8))

            rows.append(Row(self.px(gap) + (self.px(4) if i == count - 1 else 0), paint))
        return rows

    def care_group(self) -> Group:
        return boxed(self, [(translate("sheet", CARE_TEAM_LINE), False)], TINT, space_before=10)

    def question_group(self, number: int, q: SheetQuestion) -> Group:
        st = self.style
        indent = self.px(st.body * 2.4)
        rows = self.text(q.text, st.body, bold=True, indent=indent)
        number_rows = self.text(translate("sheet", "{number}.").format(number=number), st.body, bold=True)
        first = rows[0]

        def first_paint(p: QPainter, top: float, first: Row = first) -> None:
            number_rows[0].paint(p, top)
            first.paint(p, top)

        rows[0] = Row(first.height, first_paint)
        if q.own:
            rows += self.text(translate("sheet", "My own question"), st.small, indent=indent, color=SOFT)
        elif q.source_numbers:
            count = len(q.source_numbers)
            numbers = translate("sheet", ", ", "between source numbers").join(
                QLocale().toString(n) for n in sorted(q.source_numbers))
            # one or more numbers: the plural form is chosen by how many
            where = translate("sheet", "Source(s) {numbers}, listed at the end of the sheet.", "",
                              count).format(numbers=numbers)
            if len(self.sheet.topics) > 1:
                where = translate("sheet", "{topic}. {sources}").format(topic=q.topic_title, sources=where)
            rows += self.text(where, st.small, indent=indent, color=SOFT)
        rows += [self.ruled(indent, st.answer_gap) for _ in range(st.answer_lines)]
        return Group([*rows, self.space(12)])

    def notes_groups(self) -> list[Group]:
        st = self.style
        heading = self.heading(translate("sheet", "My notes"))
        paragraphs = [p.strip() for p in self.sheet.notes.split("\n")]
        groups: list[Group] = []
        text_rows: list[Row] = []
        for paragraph in paragraphs:
            text_rows += self.text(paragraph, st.body) if paragraph else [self.space(st.body * 0.6)]
        blank = [self.ruled(0, st.answer_gap) for _ in range(4 if self.sheet.notes.strip() else 6)]
        if not self.sheet.notes.strip():
            return [Group([*heading, *blank])]
        # the heading stays with the first lines; the rest of the notes may run on
        groups.append(Group([*heading, *text_rows[:2]]))
        groups += [Group([row]) for row in text_rows[2:]]
        groups.append(Group(blank))
        return groups

    def sources_groups(self) -> list[Group]:
        st = self.style
        rows = [self.space(14), *self.text(translate("sheet", "Where these questions come from"),
                                           st.small * 1.15, bold=True)]
        for s in self.sheet.sources:
            rows += self.text(translate("sheet", "{number}.").format(number=s.number) + " "
                              + _source_line(s), st.small, color=SOFT,
                              indent=self.px(st.small))
            for reference in s.references:
                rows += self.text(translate("sheet", "Reference: {reference}").format(reference=reference),
                                  st.small, color=SOFT,
                                  indent=self.px(st.small * 2.2))
        if sum(r.height for r in rows) < float(self.device.height()) / 2:
            return [Group(rows)]
        return [Group(rows[:3]), *(Group([r]) for r in rows[3:])]


def _source_line(s: SheetSource) -> str:
    """Title. Outlet, date. Address -- each part only when known, one full stop each."""
    outlet = s.outlet.strip()
    when = s.date_text  # already in words (viewer.dates.source_date), like "Made on"
    where = f"{outlet}, {when}" if outlet else when[:1].upper() + when[1:]
    parts = [p if p.endswith((".", "?", "!")) else p + "." for p in (s.title.strip(), where) if p]
    # no full stop after a URL
    return " ".join([*parts, s.url or translate("sheet", "No web address recorded.")])


def paginate(groups: list[Group], page_height: float) -> list[list[tuple[Row, float]]]:
    """Place rows on pages; a group moves whole to the next page unless it is taller
    than a page, then it is split between rows."""
    pages: list[list[tuple[Row, float]]] = [[]]
    y = 0.0
    for group in groups:
        if y + group.height > page_height and pages[-1] and group.height <= page_height:
            pages.append([])
            y = 0.0
        for row in group.rows:
            if y + row.height > page_height and pages[-1]:
                pages.append([])
                y = 0.0
            if not pages[-1] and row.blank:
                continue  # no blank space at the top of a page
            pages[-1].append((row, y))
            y += row.height
    return pages



