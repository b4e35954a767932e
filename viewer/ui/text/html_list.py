"""A list whose items are short rich texts (a bold title over a line or two), word-wrapped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from viewer.ui.text.rich import shown_plain
from viewer.ui.text.two_line_list import PAD, fit_rows

HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class HtmlDelegate(QStyledItemDelegate):
    def __init__(self, view: HtmlList) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int,
                  selected: bool = False) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        css = self.view.css + "\np { line-height: 125%; }"
        if selected:
            css += f"\n.muted {{ color: {colour}; }}"
        doc.setDefaultStyleSheet(css)
        doc.setHtml(f'<div style="color: {colour};">{index.data(HTML_ROLE) or ""}</div>')
        doc.setTextWidth(max(50, width - 2 * PAD))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.viewport().width() - 4
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self._document(option, index, option.rect.width(), selected)
        painter.save()
        painter.translate(option.rect.left() + PAD, option.rect.top() + PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, context)
        painter.restore()


def list_item(html: str, spoken: str, data: object) -> QListWidgetItem:
    """An item for an HtmlList: its rich text, what a screen reader says, and its data."""
    item = QListWidgetItem()
    spoken = shown_plain(spoken)
    item.setData(HTML_ROLE, html)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
    item.setData(Qt.ItemDataRole.DisplayRole, spoken)
    item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class HtmlList(QListWidget):
    def __init__(self, name: str, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.css = css
        self.setAccessibleName(name)
        self.setItemDelegate(HtmlDelegate(self))
        fit_rows(self)

    def add(self, html: str, spoken: str, data: object) -> QListWidgetItem:
        item = list_item(html, spoken, data)
        self.addItem(item)
        return item

    def set_css(self, css: str) -> None:
        self.css = css
        self.doItemsLayout()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.doItemsLayout()
