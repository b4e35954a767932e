"""The "How to use this app" strip shown on the first start, until it is dismissed.

Three plain sentences about the app itself: no source numbers, since they are not claims.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

KEY = "view/howto_dismissed"
TITLE = QT_TRANSLATE_NOOP("howto", "How to use this app")
SENTENCES = (QT_TRANSLATE_NOOP("howto", "Choose a topic in the list on the left."),
             QT_TRANSLATE_NOOP("howto", "The small blue numbers after a sentence open the article it "
                                        "comes from."),
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
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(not self.was_dismissed(settings))

    @staticmethod
    def was_dismissed(settings: QSettings) -> bool:
        return str(settings.value(KEY, "")) == "1"

    def dismiss(self) -> None:
        self.hide()
        self.settings.setValue(KEY, "1")
        self.settings.sync()
        self.dismissed.emit()

    def show_again(self) -> None:
        """Forget the dismissal: on a shared computer each new reader sees the strip."""
        self.settings.setValue(KEY, "")
        self.setVisible(True)
