"""Tab order on the Questions tab: the page (key points, the questions, where they come
from), then My sheet and the print buttons. Qt's own order follows the order widgets
were made in, which put the whole sheet column before the first question. Where the tab
shows one pane at a time, its "Questions" button comes before the questions and its
"My sheet (N)" button after them, before My sheet itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from viewer.ui.questions.questions_tab import QuestionsTab

_TAB = Qt.FocusPolicy.TabFocus.value


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & _TAB) and widget.isEnabled()


def page_in_order(tab: QuestionsTab) -> list[QWidget]:
    """The page's stops from top to bottom: its text blocks and, between them, each question's
    tick box, its "Why ask this?" and the links under it."""
    out: list[QWidget] = []
    layout = tab.list_page.column.layout()
    for i in range(layout.count()):
        item = layout.itemAt(i).widget()
        if item is tab.rows_host:
            for row in tab.rows.values():
                out += [row.box, row.why_button, row.why]
        elif item is not None and takes_tab(item):
            out.append(item)
    return out


def questions_first(tab: QuestionsTab) -> list[QWidget]:
    """Move the page's stops, in order, to between the switch's two buttons; the sheet column,
    made before the questions, then follows them. The chain."""
    switch = tab.switch
    page = [w for w in page_in_order(tab) if takes_tab(w)]
    reading = tab.list_page.read_aloud  # Read aloud and Pause, above the page (Pause while reading)
    chain = [switch.questions_button, reading.read, reading.pause, *page, switch.sheet_button]
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    return chain
