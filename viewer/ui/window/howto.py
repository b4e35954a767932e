"""The "How to use this app" strip shown on the first start, until it is dismissed.

Three plain sentences about the app itself: no source numbers, since they are not claims.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

KEY = "view/howto_dismissed"
TITLE = QT_TRANSLATE_NOOP("howto", "How to use this app")
# No colours named: the numbers look different in each theme, the brackets do not.
SENTENCES = (QT_TRANSLATE_NOOP("howto", "Choose a topic in the list on the left, or from the "
                                        "Topics button at the top."),
             QT_TRANSLATE_NOOP("howto", "The numbers in brackets after a sentence open the "
                                        "article it comes from."),
             QT_TRANSLATE_NOOP("howto", "On the Questions tab, tick the questions you want to ask, "
                                        "then print them."))
translate = QCoreApplication.translate


class HowToStrip(QFrame):
    """Emits ``dismissed`` once the reader has pressed the button (it is then remembered)."""

    dismissed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("howto")
        title = translate("howto", TITLE)
        self.setAccessibleName(title)
        sentences = " ".join(translate("howto", s) for s in SENTENCES)
        self.text = QLabel(translate("howto", "<b>{title}.</b> {sentences}").format(
            title=title, sentences=sentences))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(translate("howto", "Got it – hide this"))
        self.button.setAccessibleName(translate("howto", "Hide how to use this app"))
        self.button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(16)
        # On a window too short for the whole text (large text, a small or scaled screen),
        # shown from the Help menu, the text scrolls in the room there is.
        self.scroller = QScrollArea()
        self.scroller.setObjectName("howtoText")
        self.scroller.setWidget(self.text)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.scroller, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._room = True  # False while the window is too small for it (give_way.py)
        self._asked = False  # shown from the Help menu: shown whatever the room
        self.setVisible(not self.was_dismissed(settings))

    @staticmethod
    def was_dismissed(settings: QSettings) -> bool:
        return str(settings.value(KEY, "")) == "1"

    def wanted(self) -> bool:
        """Not dismissed: shown when there is room for it, or when asked for."""
        return not self.was_dismissed(self.settings)

    def text_height(self, width: int) -> int:
        """The height of the whole text in a strip ``width`` wide."""
        margins = self.layout().contentsMargins()
        room = (width - margins.left() - margins.right() - self.layout().spacing()
                - self.button.sizeHint().width() - self.scroller.verticalScrollBar().sizeHint().width())
        return self.text.heightForWidth(max(50, room))

    def set_room(self, room: bool, width: int, most: int) -> None:
        """``room``: the window has room for the whole strip. Otherwise it shows only when
        asked for, with its text at most ``most`` pixels high (it scrolls)."""
        self._room = room
        whole = self.text_height(width)
        lines = 2 * self.text.fontMetrics().lineSpacing() + 4
        self.scroller.setFixedHeight(whole if room else min(whole, max(lines, most)))
        self.setVisible(self.wanted() and (room or self._asked))

    def dismiss(self) -> None:
        self._asked = False
        self.hide()
        self.settings.setValue(KEY, "1")
        self.settings.sync()
        self.dismissed.emit()

    def show_again(self, asked: bool = False) -> None:
        """Forget the dismissal: on a shared computer each new reader sees the strip, when
        there is room for it. ``asked``: the reader chose it from the Help menu, so it shows
        even where it leaves the page little room, until "Got it"."""
        self.settings.setValue(KEY, "")
        self._asked = self._asked or asked
        if not asked:  # (asked: the window sizes the strip first, then shows it: set_room)
            self.setVisible(self._room)
