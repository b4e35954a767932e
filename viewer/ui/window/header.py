"""The bar across the top: the app's name, the search box, text size and contrast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.ui.window.search_box import SearchBox

APP_TITLE = QT_TRANSLATE_NOOP("header", "Cancer vaccines: plain facts and sources")
translate = QCoreApplication.translate


def app_title() -> str:
    """The app's name in the reader's language."""
    return translate("header", APP_TITLE)


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


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
        self.title = title = QLabel(app_title())
        title.setObjectName("appTitle")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(12)
        row.addWidget(title)
        row.addWidget(self.search_box, 1)
        for button in (self.smaller, self.larger, self.contrast):
            row.addWidget(button)
        self.setTabOrder(self.search_box, self.smaller)
        self.setTabOrder(self.smaller, self.larger)
        self.setTabOrder(self.larger, self.contrast)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The title on one line when it fits beside the rest, else on two: never cut."""
        super().resizeEvent(event)
        row = self.layout()
        margins = row.contentsMargins()
        others = sum(row.itemAt(i).minimumSize().width() if row.itemAt(i).widget() is self.search_box
                     else row.itemAt(i).sizeHint().width() for i in range(1, row.count()))
        needed = (self.title.fontMetrics().horizontalAdvance(self.title.text()) + others
                  + row.spacing() * (row.count() - 1) + margins.left() + margins.right() + 8)
        wrap = event.size().width() < needed
        if wrap != self.title.wordWrap():
            self.title.setWordWrap(wrap)
