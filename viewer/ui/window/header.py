"""The bar across the top: the app's name, the search box, text size and contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.ui.pages.search import SearchBox

APP_TITLE = "Cancer vaccines: plain facts and sources"


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
        self.smaller = _button("A\u2212", "Smaller text", "Make the text smaller (Ctrl+Minus)")
        self.larger = _button("A+", "Larger text", "Make the text larger (Ctrl+Plus)")
        self.contrast = _button("High contrast", "High contrast colours",
                                "Switch between calm colours and high contrast")
        self.contrast.setCheckable(True)
        title = QLabel(APP_TITLE)
        title.setObjectName("appTitle")
        title.setWordWrap(True)  # on two lines in a narrow window, never cut
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
