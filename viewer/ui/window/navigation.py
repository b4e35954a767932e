"""The list on the left: every topic, then the glossary and the sources."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.store.models import TopicInfo
from viewer.ui.text.html_list import HtmlList
from viewer.ui.text.rich import esc

GLOSSARY, SOURCES = "page:glossary", "page:sources"
EXTRA = ((GLOSSARY, "Glossary", "Plain meanings of the harder words"),
         (SOURCES, "Sources", "The articles these pages are written from"))


def nav_html(title: str, summary: str) -> str:
    return (f'<p style="margin: 0px;"><b>{esc(title)}</b><br>'
            f'<span class="muted">{esc(summary)}</span></p>')


class Navigation(QWidget):
    """Emits ``chosen(key)``: a topic slug, ``GLOSSARY`` or ``SOURCES``."""

    chosen = Signal(str)

    def __init__(self, topics: list[TopicInfo], css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = HtmlList("Topics", css)
        self.list.setMinimumWidth(260)
        for key, title, summary in [(t.slug, t.title, t.summary) for t in topics] + list(EXTRA):
            self.list.add(nav_html(title, summary), f"{title}. {summary}", key)
        self.list.currentItemChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 8, 16)
        layout.setSpacing(8)
        label = QLabel("Topics")
        label.setObjectName("panelHeading")
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)

    def select(self, key: str) -> None:
        """Choose the entry; choosing the one already chosen emits ``chosen`` again."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                if self.list.currentRow() == row:
                    self._changed(self.list.item(row))
                else:
                    self.list.setCurrentRow(row)
                return

    def _changed(self, item, _previous=None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
