"""One tab of a topic: key points first, the text with its source links, then the footer.

A page is a scrolling column no wider than about 70 characters, holding text blocks
(and, on the evidence tab, the painted ladder).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QToolTip, QVBoxLayout, QWidget

from viewer.marks import plain
from viewer.plain_records import Record, field
from viewer.store.content import ContentStore
from viewer.store.models import Section, Statement, TopicInfo
from viewer.ui import deferred
from viewer.ui.pages.vertical_scroll import VerticalScroll
from viewer.ui.reading.read_bar import ReadAloudBar
from viewer.ui.text.labels import tab_title
from viewer.ui.text.rich import PageLinks, esc, human_date, month_year, source_line, term_from_href, term_href
from viewer.ui.text.safe_text import TextBlock, anchor_position
from viewer.vocabulary import HEADING, HOWTO, KEY

LINE_CHARS = 70  # the longest comfortable line
CONTENTS_FROM = 3  # a tab with this many subheadings or more opens with a list of them
UNKNOWNS_ANCHOR = "h-unknowns"  # the evidence tab's "What we don't know yet"
translate = QCoreApplication.translate


class PageContext(Record):
    """What a page needs: content, page stylesheet, clinic phone (clinic mode), clock."""

    content: ContentStore
    css: str
    clinic_phone: str = ""
    today: Callable[[], date] = field(default=date.today)

    def links(self) -> PageLinks:
        return PageLinks(self.content.source_index(), self.content.term, reader=self.content.language)


# -- html of the parts of a page -----------------------------------------------------------------

def heading_html(topic: TopicInfo, tab: str, notice: str = "") -> str:  # notice: old_facts_html
    return f'<p class="muted">{esc(topic.title)}</p><h1>{esc(tab_title(tab))}</h1>{notice}'


def key_points_html(points: list[Statement], links: PageLinks) -> str:
    if not points:
        return ""
    items = "".join(f"<li><p>{links.statement(p.text, p.citations)}</p></li>" for p in points)
    return ('<table class="keypoints" width="100%" border="1" cellspacing="0" cellpadding="18" '
            'style="border-style: solid;"><tr><td>'
            '<p class="keyhead">' + esc(translate("page", "Key points")) + "</p>"
            f'<ul style="margin-left: 0px;">{items}</ul>'
            "</td></tr></table><p></p>")


def heading_anchor(statement: Statement) -> str:
    return f"h-{statement.id}"


def contents_html(section: Section, extra: tuple[tuple[str, str], ...] = ()) -> str:
    """"On this page": the tab's subheadings as links to them, when there are enough to
    need it. ``extra``: (anchor, title) of headings the app adds after the tab's own."""
    entries = [(heading_anchor(b), plain(b.text)) for b in section.blocks
               if isinstance(b, Statement) and b.kind == HEADING] + list(extra)
    if len(entries) < CONTENTS_FROM:
        return ""
    items = "".join(f'<li><a class="contents" href="#{a}">{esc(title)}</a></li>'
                    for a, title in entries)
    title = QCoreApplication.translate("page", "On this page")
    return f'<p class="contentshead">{esc(title)}</p><ul class="contents">{items}</ul>'


def statement_html(statement: Statement, links: PageLinks) -> str:
    if statement.kind == HEADING:
        return f'<h2><a name="{heading_anchor(statement)}"></a>{links.text(statement.text)}</h2>'
    if statement.kind == HOWTO:  # how to use the app: not a claim, so no source numbers
        return f'<p class="howto">{links.text(statement.text)}</p>'
    return f"<p>{links.statement(statement.text, statement.citations)}</p>"


def footer_html(topic: TopicInfo, links: PageLinks, last_reviewed: str) -> str:
    """Where the page's facts come from and how old they are, and who to talk to."""
    rows = []
    for source_id, n in sorted(links.numbers.items(), key=lambda item: item[1]):
        info = links.sources.get(source_id)
        if info is None:
            continue
        rows.append(f'<p>[{n}] <a href="source:{esc(info.id)}">{esc(info.title)}</a><br>'
                    f'<span class="muted">{esc(source_line(info))}</span></p>')
    reviewed = human_date(topic.reviewed or last_reviewed)
    current = (translate("page", "The facts on it are current to {month}.").format(
        month=month_year(topic.current_to)) + " " if topic.current_to else "")
    checked = translate("page", "A person last checked this page against its sources on {date}.").format(
        date=reviewed)
    newer = translate("page", "Newer results may exist since then.")
    return ("<hr><h3>" + esc(translate("page", "Sources for this page")) + "</h3>" + "".join(rows)
            + f'<p class="footer">{esc(checked)} {esc(current)}{esc(newer)}</p>'
            + '<p class="carenote">' + esc(translate("page", "This page is for discussion with your care "
                                                             "team. It is not advice about your treatment."))
            + "</p>")


def text_page_html(topic: TopicInfo, section: Section, links: PageLinks, last_reviewed: str,
                   notice: str = "", footer: bool = True) -> str:
    """A whole "What it is" or "How it works" tab (``footer``: with its sources and dates)."""
    parts = [heading_html(topic, section.tab, notice), key_points_html(section.key_points, links),
             contents_html(section)]
    parts += [statement_html(b, links) for b in section.blocks
              if isinstance(b, Statement) and b.kind != KEY]
    if footer:
        parts.append(footer_html(topic, links, last_reviewed))  # last: it lists the numbers used
    return "".join(parts)


# -- the widget ------------------------------------------------------------------------------------

class PageView(VerticalScroll):
    """A scrolling column of text blocks; tells the window which link was chosen."""

    link_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, wide: bool = False) -> None:
        """``wide``: the column may fill the window (for a widget that needs room);
        its text blocks still keep to the comfortable line length."""
        super().__init__(parent)
        self.wide = wide
        self._kept: list[QWidget] = []  # widgets made once and put back in after a clear
        self.setObjectName("page")
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QWidget()
        outer.setObjectName("pageColumn")
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 24, 24, 32)
        self.column = QWidget()
        self.column.setObjectName("pageColumn")
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.setWidget(outer)
        self.tips: dict[str, str] = {}
        self.popup = None  # the definition popup, made on the first word asked
        self._read_aloud: ReadAloudBar | None = None
        self._fit_width()

    @property
    def read_aloud(self) -> ReadAloudBar:
        """The Read aloud row above the viewport (it stays while the page scrolls), made when
        the page is first shown or asked for: a tab nobody has opened has none to lay out."""
        if self._read_aloud is None:
            bar = self._read_aloud = ReadAloudBar(self)
            QWidget.setTabOrder(self, bar.read)  # first after the tabs, as if made before the text
            QWidget.setTabOrder(bar.read, bar.pause)
        return self._read_aloud

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.read_aloud.show()
        super().showEvent(event)

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None and item.widget() not in self._kept:
                item.widget().deleteLater()
        self.tips = {}

    def add_text(self, html: str, css: str, name: str) -> TextBlock:
        block = TextBlock(name, self.column)
        block.link_namer = self.link_names
        block.set_page(html, css)
        block.setMaximumWidth(self._text_width())
        block.link_activated.connect(self._activated)
        block.highlighted.connect(lambda url, b=block: self._hover(b, url.toString()))
        self._layout.addWidget(block)
        block.show()
        return block

    def add_widget(self, widget: QWidget, keep: bool = False) -> None:
        """Add a widget; with ``keep``, ``clear`` takes it out but does not delete it."""
        widget.setParent(self.column)
        self._layout.addWidget(widget)
        widget.show()
        if keep and widget not in self._kept:
            self._kept.append(widget)

    def finish(self) -> None:
        self._layout.addStretch(1)
        for _ in range(2):  # lay out now, so the page is ready before the next event
            self.widget().layout().activate()
            self._layout.activate()

    def blocks(self) -> list[TextBlock]:
        return self.column.findChildren(TextBlock)

    def _activated(self, href: str) -> None:
        if href.startswith("#"):
            self.go_to_anchor(href[1:])
            return
        if href.startswith("term:"):
            block = self.sender()
            if isinstance(block, TextBlock):
                self.show_definition(block, href)
        self.link_activated.emit(href)

    def show_definition(self, block: TextBlock, href: str) -> None:
        """The definition in a small window next to the word (Esc closes it)."""
        if self.popup is None:
            self.popup = deferred.definition_popup()(self)
        QToolTip.hideText()
        term, _, definition = self.tip(href).partition(": ")
        if block.viewport().underMouse():
            at = QCursor.pos() + QPoint(0, 16)
        else:
            at = block.viewport().mapToGlobal(block.cursorRect(block.textCursor()).bottomLeft())
        self.popup.show_definition(term, definition, at)

    def tip(self, href: str) -> str:
        """What hovering a link shows; a clicked link's address comes decoded ("term:a b")."""
        if href.startswith("term:"):
            href = term_href(term_from_href(href))
        return self.tips.get(href, "")

    def link_names(self, href: str, shown: str) -> tuple[str, str]:
        """What a screen reader calls a link of this page, and what it says it does."""
        tip = self.tip(href)
        if href.startswith("cite:") and tip:
            return tip, translate("page", "Opens the source at the words quoted")
        if href.startswith("term:"):
            definition = tip.partition(": ")[2] or tip
            return shown, definition
        if href.startswith("topic:"):
            return shown, translate("page", "Opens this topic")
        if href.startswith("source:"):
            return shown, translate("page", "Opens the source")
        if href.startswith("#"):
            return shown, translate("page", "Goes to this part of the page")
        return shown, ""

    def go_to_anchor(self, name: str) -> bool:
        """Scroll the heading named ``name`` to the top and put the keyboard there, so Tab
        goes on from the heading, as in a web page."""
        self.widget().layout().activate()  # the blocks where they are now, not where they were
        self._layout.activate()
        for block in self.blocks():
            position = anchor_position(block, name)
            if position is None:
                continue
            cursor = QTextCursor(block.document())
            cursor.setPosition(position)
            top = block.viewport().mapTo(self.widget(), block.cursorRect(cursor).topLeft()).y()
            block.setTextCursor(cursor)
            block.setFocus(Qt.FocusReason.OtherFocusReason)
            self.verticalScrollBar().setValue(max(0, top - 12))
            return True
        return False

    def _hover(self, block: TextBlock, href: str) -> None:
        if not href:
            QToolTip.hideText()
        elif block.viewport().underMouse():
            QToolTip.showText(QCursor.pos(), self.tip(href), block)
        else:  # reached by keyboard: show it beside the link
            self.show_tip(block, href)

    def show_tip(self, block: TextBlock, href: str) -> None:
        rect = block.cursorRect(block.textCursor())
        point = block.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(point, self.tip(href), block)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def _text_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * LINE_CHARS + 40

    def _fit_width(self) -> None:
        width = self._text_width()
        self.column.setMaximumWidth(16_777_215 if self.wide else width)
        for block in self.blocks():
            block.setMaximumWidth(width)
