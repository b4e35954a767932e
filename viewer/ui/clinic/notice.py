"""A notice that covers the whole window in large type, with one large button.

Used for "Are you still reading?", the finish step and the bad-settings notice. It is
opaque on purpose: while it shows, a passer-by cannot read the sheet behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from viewer import fonts

TITLE_POINTS, BODY_POINTS, BUTTON_POINTS, DETAIL_POINTS = 34, 24, 24, 15

# its colours are the theme's (#clinicNotice in resources/styles/*.qss)
STYLE = """
#clinicNotice QScrollArea, #clinicNotice QScrollArea > QWidget > QWidget { background: transparent; }
#clinicNotice QPushButton { border-radius: 12px; padding: 18px 48px; min-height: 48px; }
"""


def _label(points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = fonts.text_font(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class FullWindowNotice(QWidget):
    """A child of the window that fills it and follows its size; hidden until ``show_notice``."""

    pressed = Signal()

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.setObjectName("clinicNotice")
        self.setAccessibleName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _label(TITLE_POINTS, bold=True)
        self.body = _label(BODY_POINTS)
        self.detail = _label(DETAIL_POINTS)
        self.detail.setObjectName("noticeDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long list of details scrolls rather than pushing the button off the screen
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.detail)
        self.scroll.viewport().setAutoFillBackground(False)
        self.detail.setAutoFillBackground(False)
        self.button = QPushButton()
        self.button.setFont(fonts.text_font(BUTTON_POINTS))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.pressed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.scroll)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()
        window.installEventFilter(self)

    def apply_style(self) -> None:
        """The notice keeps its own large type whatever the window's text size."""
        self.setStyleSheet(STYLE + f'#clinicNotice QWidget {{ font-family: "{fonts.load()}"; }}')
        for label, points in ((self.body, BODY_POINTS), (self.detail, DETAIL_POINTS),
                              (self.button, BUTTON_POINTS)):
            label.setStyleSheet(f"font-size: {points}pt;")
        self.title.setStyleSheet(f"font-size: {TITLE_POINTS}pt; font-weight: bold;")

    def show_notice(self, title: str, body: str, button: str, detail: str = "") -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.detail.setText(detail)
        self.scroll.setVisible(bool(detail))
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.apply_style()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._fit_detail()
        self.button.setFocus()

    def _fit_detail(self) -> None:
        """As tall as the details need, up to a third of the window; the rest scrolls."""
        if not self.detail.text():
            return
        width = self.width() - 160 - self.scroll.verticalScrollBar().sizeHint().width()
        needed = self.detail.heightForWidth(max(200, width)) + 8
        self.scroll.setFixedHeight(min(needed, max(80, self.height() // 3)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            if self.isVisible():
                self._fit_detail()
        return super().eventFilter(watched, event)
