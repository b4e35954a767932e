"""The list on the left: every topic, then the glossary and the sources."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.store.models import TopicInfo
from viewer.translation import fallback_name
from viewer.ui.text.two_line_list import KEY_ROLE, TwoLineList

GLOSSARY, SOURCES = "page:glossary", "page:sources"
EXTRA = ((GLOSSARY, QT_TRANSLATE_NOOP("navigation", "Glossary"),
          QT_TRANSLATE_NOOP("navigation", "Plain meanings of the harder words")),
         (SOURCES, QT_TRANSLATE_NOOP("navigation", "Sources"),
          QT_TRANSLATE_NOOP("navigation", "The articles these pages are written from")))
translate = QCoreApplication.translate


class Navigation(QWidget):
    """Emits ``chosen(key)``: a topic slug, ``GLOSSARY`` or ``SOURCES``."""

    chosen = Signal(str)

    def __init__(self, topics: list[TopicInfo], css: str, reader: str = "",
                 parent: QWidget | None = None) -> None:
        """``reader``: the reader's content language; a topic shown in another (not yet
        translated) says so under its title."""
        super().__init__(parent)
        self.list = TwoLineList(translate("navigation", "Topics"), css)
        self.list.least_width = 260  # and wider when its longest word needs it
        extra = [(key, translate("navigation", title), translate("navigation", summary))
                 for key, title, summary in EXTRA]
        for key, title, summary in [(t.slug, t.title, _summary(t, reader)) for t in topics] + extra:
            self.list.add(title, summary, key)
        self.list.currentItemChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 8, 16)
        layout.setSpacing(8)
        label = QLabel(translate("navigation", "Topics"))
        label.setObjectName("panelHeading")
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)

    def select(self, key: str) -> None:
        """Choose the entry; choosing the one already chosen emits ``chosen`` again."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                if self.list.currentRow() == row:
                    self._changed(self.list.item(row))
                else:
                    self.list.setCurrentRow(row)
                return

    def _changed(self, item, _previous=None) -> None:
        if item is not None:
            self.chosen.emit(item.data(KEY_ROLE))


def _summary(topic: TopicInfo, reader: str) -> str:
    if not reader or topic.language == reader:
        return topic.summary
    return translate("navigation", "{summary} (in {language})").format(
        summary=topic.summary, language=fallback_name(topic.language))
