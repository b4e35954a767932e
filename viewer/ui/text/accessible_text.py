"""Page text as a screen reader needs it: a document of headings, paragraphs and links.

Qt shows a text browser to a screen reader as one block of text, with no heading and
no link in it (AT-SPI has no hypertext from Qt). This gives each ``TextBlock`` an
accessible document whose children are, in reading order, its headings (role
heading), its paragraphs and its links (role link, each with its own name: "Source
2: <title>" for a source number, the word for a glossary word with its definition as
the description). When Tab moves the keyboard onto a link, ``link_focused`` sends the
focus event a screen reader speaks. The factory also makes the nodes of the labels and
buttons marked in accessible_controls.py (headings, buttons that expand and collapse).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget
from shiboken6 import isValid

from viewer.plain_records import Record
from viewer.ui.text.accessible_controls import (
    DISCLOSURE_PROPERTY,
    HEADING_PROPERTY,
    DisclosureNode,
    HeadingNode,
    control_node,
)

if TYPE_CHECKING:
    from viewer.ui.text.safe_text import SafeText

ROLE = QAccessible.Role


class Part(Record, frozen=True):
    role: QAccessible.Role
    name: str  # a link's words: PartNode.text asks the browser what it is called
    description: str
    start: int  # where it stands in the document's text
    end: int
    href: str = ""


def parts_of(browser: SafeText) -> list[Part]:
    """The headings, paragraphs and links of the browser's document, in reading order."""
    parts: list[Part] = []
    block = browser.document().begin()
    while block.isValid():
        text = block.text().strip()
        if text:
            role = ROLE.Heading if block.blockFormat().headingLevel() else ROLE.Paragraph
            parts.append(Part(role, text, "", block.position(), block.position() + block.length() - 1))
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                shown = fragment.text().strip()
                if parts and parts[-1].role == ROLE.Link and parts[-1].href == href \
                        and parts[-1].end == start:  # one link split into runs of formatting
                    last = parts.pop()
                    start, shown = last.start, (last.name + " " + shown).strip()
                # its words: its name is asked when read (a page's names may come after its text)
                parts.append(Part(ROLE.Link, shown, "", start, end, href))
            it += 1
        block = block.next()
    return parts


class PartNode(QAccessibleInterface):
    """One heading, paragraph or link of a document: a child with no widget of its own."""

    def __init__(self, document: DocumentNode, part: Part) -> None:
        super().__init__()
        self.document = document
        self.part = part

    def isValid(self) -> bool:  # noqa: N802 (Qt name)
        return isValid(self.document.browser)

    def object(self):  # noqa: D102
        return None

    def window(self):  # noqa: D102
        return self.document.window()

    def relations(self, match=None):  # noqa: D102
        return []

    def focusChild(self):  # noqa: N802, D102 (Qt name)
        return None

    def childAt(self, x: int, y: int):  # noqa: N802, D102 (Qt name)
        return None

    def parent(self):  # noqa: D102
        return self.document

    def child(self, index: int):  # noqa: D102
        return None

    def childCount(self) -> int:  # noqa: N802, D102 (Qt name)
        return 0

    def indexOfChild(self, child) -> int:  # noqa: N802, D102 (Qt name)
        return -1

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102
        if kind not in (QAccessible.Text.Name, QAccessible.Text.Description):
            return ""
        part = self.part
        if part.role == ROLE.Link and isValid(self.document.browser):
            name, description = self.document.browser.link_names(part.href, part.name)
        else:
            name, description = part.name, part.description
        return name if kind == QAccessible.Text.Name else description

    def setText(self, kind, text) -> None:  # noqa: N802, D102 (Qt name)
        return None

    def rect(self) -> QRect:  # noqa: D102
        browser = self.document.browser
        if not isValid(browser):
            return QRect()
        cursor = QTextCursor(browser.document())
        cursor.setPosition(self.part.start)
        top = browser.cursorRect(cursor)
        cursor.setPosition(self.part.end)
        bottom = browser.cursorRect(cursor)
        area = top.united(bottom)
        if self.part.role != ROLE.Link:  # a paragraph or heading spans the column
            area.setLeft(0)
            area.setRight(browser.viewport().width())
        origin = browser.viewport().mapToGlobal(area.topLeft())
        return QRect(origin, area.size())

    def role(self) -> QAccessible.Role:  # noqa: D102
        return self.part.role

    def state(self) -> QAccessible.State:  # noqa: D102
        state = QAccessible.State()
        browser = self.document.browser
        if not isValid(browser) or not browser.isVisible():
            state.invisible = True
            return state
        if self.part.role == ROLE.Link:
            state.focusable = True
            state.linked = True
            cursor = browser.textCursor()
            state.focused = browser.hasFocus() and cursor.hasSelection() and \
                cursor.selectionStart() == self.part.start and cursor.selectionEnd() == self.part.end
        else:
            state.readOnly = True
        return state


class DocumentNode(QAccessibleWidget):
    """A page's text block as a document; its children are its ``Part``s."""

    def __init__(self, browser: SafeText) -> None:
        super().__init__(browser, ROLE.Document)
        self.browser = browser
        self._nodes: list[PartNode] | None = None
        browser.document().contentsChanged.connect(self._forget)

    def _forget(self) -> None:
        if self._nodes:
            for node in self._nodes:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))
        self._nodes = None

    def nodes(self) -> list[PartNode]:
        if self._nodes is None:
            self._nodes = [PartNode(self, part) for part in parts_of(self.browser)]
            for node in self._nodes:
                QAccessible.registerAccessibleInterface(node)
        return self._nodes

    def childCount(self) -> int:  # noqa: N802, D102 (Qt name)
        return len(self.nodes())

    def child(self, index: int):  # noqa: D102
        nodes = self.nodes()
        return nodes[index] if 0 <= index < len(nodes) else None

    def indexOfChild(self, child) -> int:  # noqa: N802, D102 (Qt name)
        for i, node in enumerate(self.nodes()):
            if node is child or (isinstance(child, PartNode) and node.part == child.part):
                return i
        return -1

    def focusChild(self):  # noqa: N802, D102 (Qt name)
        index = self.focused_link()
        return self.child(index) if index >= 0 else None

    def childAt(self, x: int, y: int):  # noqa: N802, D102 (Qt name)
        for node in self.nodes():
            if node.part.role == ROLE.Link and node.rect().contains(x, y):
                return node
        return None

    def focused_link(self) -> int:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return -1
        for i, node in enumerate(self.nodes()):
            part = node.part
            if part.role == ROLE.Link and part.start == cursor.selectionStart() \
                    and part.end == cursor.selectionEnd():
                return i
        return -1

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102
        if kind == QAccessible.Text.Name:
            return self.browser.accessibleName()
        return super().text(kind)


def _factory(key: str, obj) -> QAccessibleInterface | None:
    if _browser is not None and isinstance(obj, _browser):
        node = DocumentNode(obj)
    else:
        node = control_node(obj)
        if node is None:
            return None
    obj.accessible_node = node  # kept by the widget, so Python does not free it first
    return node


_browser: type[SafeText] | None = None  # the one text browser class documents serve
_installed = False


def install(browser: type[SafeText] | None = None) -> None:
    """Use these nodes for the app's headings and, once told its class, for every text
    browser (safe_text passes it: this module cannot import it back). Installed once the
    window's first frame is drawn: if a screen reader has already asked, the nodes Qt made
    for those widgets are dropped, and the next ask gets these."""
    global _browser, _installed
    if browser is not None:
        _browser = browser
    if _installed:
        return
    QAccessible.installFactory(_factory)
    _installed = True
    if QAccessible.isActive():
        for widget in QApplication.allWidgets():
            made = QAccessible.queryAccessibleInterface(widget) if _serves(widget) else None
            if made is not None and not isinstance(made, (DocumentNode, HeadingNode, DisclosureNode)):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


def _serves(widget: QWidget) -> bool:
    return (_browser is not None and isinstance(widget, _browser)) or bool(
        widget.property(HEADING_PROPERTY) or widget.property(DISCLOSURE_PROPERTY))


def link_focused(browser: SafeText) -> None:
    """Tell a screen reader that the keyboard is on the link under the browser's cursor."""
    if not QAccessible.isActive():
        return
    node = QAccessible.queryAccessibleInterface(browser)
    if not isinstance(node, DocumentNode):
        return
    index = node.focused_link()
    if index >= 0:
        event = QAccessibleEvent(browser, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)
