"""The bar across the top: the app's name, the search box, text size and contrast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.ui.window.search_box import SearchBox

APP_TITLE = QT_TRANSLATE_NOOP("header", "Cancer vaccines: plain facts and sources")
translate = QCoreApplication.translate
SEARCH_CHARS = 16  # the room the search box keeps before the title is shown beside it


def app_title() -> str:
    """The app's name in the reader's language."""
    return translate("header", APP_TITLE)


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class _Title(QLabel):
    """The app's name: shown only where it fits (``HeaderBar.resizeEvent``), so it never
    holds the window wider than the screen."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(0, super().minimumSizeHint().height())


class HeaderBar(QWidget):
    """Holds the controls; the window connects what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        # a QWidget subclass paints its stylesheet background and border only when asked
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.search_box = SearchBox()
        self.smaller = _button(translate("header", "A−", "the button that makes the text smaller"),
                               translate("header", "Smaller text"),
                               translate("header", "Make the text smaller (Ctrl+Minus)"))
        self.larger = _button(translate("header", "A+", "the button that makes the text larger"),
                              translate("header", "Larger text"),
                              translate("header", "Make the text larger (Ctrl+Plus)"))
        self.contrast = _button(translate("header", "High contrast"),
                                translate("header", "High contrast colours"),
                                translate("header", "Switch between calm colours and high contrast"))
        self.contrast.setCheckable(True)
        # On a narrow window (large text, a small or scaled screen) the topic list folds
        # into this button's menu; the window shows one or the other.
        self.topics = QPushButton(translate("header", "Topics"))
        self.topics.setAccessibleName(translate("header", "Choose a topic"))
        self.topics.hide()
        self.title = title = _Title(app_title())
        title.setObjectName("appTitle")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(12)
        row.addWidget(self.topics)
        row.addWidget(title)
        row.addWidget(self.search_box, 1)
        for button in (self.smaller, self.larger, self.contrast):
            row.addWidget(button)
        self.setTabOrder(self.topics, self.search_box)
        self.setTabOrder(self.search_box, self.smaller)
        self.setTabOrder(self.smaller, self.larger)
        self.setTabOrder(self.larger, self.contrast)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The title on one line when it fits beside the rest, else not shown (the window's
        title bar has it): a title on two lines took the page's room at large text."""
        super().resizeEvent(event)
        row = self.layout()
        margins = row.contentsMargins()
        shown = [item for item in (row.itemAt(i) for i in range(row.count()))
                 if item.widget() is not self.title and not item.widget().isHidden()]
        # the search box keeps room for a word or two before the title is shown
        box = min(self.search_box.sizeHint().width(),
                  SEARCH_CHARS * self.search_box.fontMetrics().averageCharWidth())
        others = sum(box if item.widget() is self.search_box else item.sizeHint().width()
                     for item in shown)
        needed = (self.title.fontMetrics().horizontalAdvance(self.title.text()) + others
                  + row.spacing() * len(shown) + margins.left() + margins.right() + 8)
        fits = event.size().width() >= needed
        if fits == self.title.isHidden():
            self.title.setVisible(fits)
