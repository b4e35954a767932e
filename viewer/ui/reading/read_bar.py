"""The "Read aloud" row at the top of a page: it stays in sight while the page scrolls.

Read aloud (Ctrl+Shift+R) starts reading the page from its top and then stops it; Pause
(Ctrl+Shift+P) pauses and resumes. Where the app cannot read, the button says why and
is disabled; it is never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.ui.first_frame import AfterFrame
from viewer.ui.reading.speaker import IDLE, PAUSED, speaker

READ_KEYS = "Ctrl+Shift+R"  # written out in the tooltips too, for the translators
PAUSE_KEYS = "Ctrl+Shift+P"
_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutRequest)
ASK_AFTER_MS = 300  # after its first frame: then the voice is loaded and the sound device tried
translate = QCoreApplication.translate


class ReadAloudBar(QWidget):
    """Kept above the page's viewport (in its top margin), so it never scrolls away; or, with
    ``parent``, a row of that widget's own layout (the glossary puts it above its words)."""

    def __init__(self, page: QAbstractScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.page = page
        self._in_margin = parent is None
        self.setObjectName("readAloud")
        self.setAccessibleName(translate("readAloud", "Read aloud controls"))
        row = QHBoxLayout(self)
        row.setContentsMargins(*((24, 6, 24, 6) if self._in_margin else (0, 0, 0, 0)))  # in line
        self.read = QPushButton()
        self.read.clicked.connect(self._read_or_stop)
        self.pause = QPushButton()
        self.pause.clicked.connect(lambda: speaker().pause_or_resume())
        # shortcuts of their own: a button's text, set anew with each state, clears its shortcut
        QShortcut(QKeySequence(READ_KEYS), self, self._read_or_stop)
        QShortcut(QKeySequence(PAUSE_KEYS), self, lambda: speaker().pause_or_resume())
        self.why = QLabel()  # why it cannot read here, beside the disabled button; it wraps
        self.why.setWordWrap(True)
        row.addWidget(self.read)
        row.addWidget(self.pause)
        row.addWidget(self.why, 1)
        row.addStretch(0)
        self._asked = self._waiting = False
        page.installEventFilter(self)
        speaker().changed.connect(self.refresh)
        self.refresh()
        if page.isVisible():  # made as its page is shown (PageView.read_aloud): what Show does
            self._shown()

    def _read_or_stop(self) -> None:
        if not self.read.isEnabled():
            return
        if speaker().state != IDLE and speaker().page is self.page:
            speaker().stop()
        else:
            speaker().read(self.page)

    def text_changing(self) -> None:
        """The page is about to show other words: a reading of the old ones stops."""
        if speaker().page is self.page:
            speaker().stop()

    def refresh(self) -> None:
        """Words, names and keys for the speaker's state on this page."""
        here = speaker().page is self.page and speaker().state != IDLE
        why = speaker().reason if self._asked else ""
        self.why.setText(translate("readAloud", "Not available: {reason}.").format(reason=why) if why else "")
        self.why.setVisible(bool(why))
        if why:
            self.read.setText(translate("readAloud", "Read aloud"))  # the reason beside it, or in it
            self.read.setAccessibleName(translate("readAloud", "Read aloud: {reason}").format(reason=why))
            self.read.setToolTip(translate("readAloud", "This computer cannot read the page aloud: {reason}.")
                                 .format(reason=why))
        elif here:
            self.read.setText(translate("readAloud", "Stop reading"))
            self.read.setAccessibleName(self.read.text())
            self.read.setToolTip(translate("readAloud", "Stop reading aloud (Ctrl+Shift+R)"))
        else:
            self.read.setText(translate("readAloud", "Read aloud"))
            self.read.setAccessibleName(self.read.text())
            self.read.setToolTip(translate("readAloud", "Read this page aloud from the top, and show "
                                                        "each sentence as it is read (Ctrl+Shift+R)"))
        self.read.setAccessibleDescription(self.read.toolTip())
        self.read.setEnabled(not why)
        paused = here and speaker().state == PAUSED
        self.pause.setText(translate("readAloud", "Resume") if paused else translate("readAloud", "Pause"))
        self.pause.setAccessibleName(translate("readAloud", "Resume reading") if paused
                                     else translate("readAloud", "Pause reading"))
        self.pause.setToolTip(translate("readAloud", "Resume reading (Ctrl+Shift+P)") if paused
                              else translate("readAloud", "Pause reading (Ctrl+Shift+P)"))
        self.pause.setAccessibleDescription(self.pause.toolTip())
        self.pause.setEnabled(here)
        self.pause.setVisible(not why)
        self.why.setAccessibleName(self.why.text())
        if self._in_margin and self.page.isVisible():  # else when it is shown (eventFilter)
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._shown()
        elif self._in_margin and self.page.isVisible() and kind in _REFIT:
            self._fit()
        if kind == QEvent.Type.Hide and speaker().page is self.page:
            speaker().stop()  # another page or topic: its reading ends with it
        return False

    def _shown(self) -> None:
        if not self._asked and not self._waiting:  # the window's first frame comes first
            self._waiting = True
            AfterFrame(self, lambda: QTimer.singleShot(ASK_AFTER_MS, self._ask))
        if self._in_margin:
            self._fit()

    def _why_if_it_fits(self, width: int) -> None:
        """The reason beside the button where it fits on one line; else the button says
        "not available" itself (its tip and its name give the reason)."""
        if not self.why.text():
            return
        short = translate("readAloud", "Read aloud")
        metrics = self.read.fontMetrics()
        button = self.read.sizeHint().width() - metrics.horizontalAdvance(self.read.text()) \
            + metrics.horizontalAdvance(short)
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right() - button - self.layout().spacing()
        fits = self.why.fontMetrics().horizontalAdvance(self.why.text()) <= room
        self.why.setVisible(fits)
        text = short if fits else translate("readAloud", "Read aloud: not available")
        if self.read.text() != text:
            self.read.setText(text)
            self.layout().invalidate()
            self.layout().activate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if not self._in_margin:  # a row of its own layout (the glossary's)
            self._why_if_it_fits(self.width())

    def _ask(self) -> None:
        if not self._asked:
            self._asked = True
            speaker().unavailable()
            self.refresh()

    def _fit(self) -> None:
        """Take the top of the page's frame and leave the rest to the viewport. The reason the
        page cannot be read is shown beside the button only where it fits on one line: at the
        largest text it would take the page's room, and the button, its tip and its name for a
        screen reader say it anyway."""
        frame = self.page.frameWidth()
        width = self.page.width() - 2 * frame
        self._why_if_it_fits(width)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(frame, frame, width, height)
        self.page.setViewportMargins(0, height, 0, 0)
        self.raise_()
