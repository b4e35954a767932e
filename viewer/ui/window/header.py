"""The bar across the top: Back and Forward, the app's name, the search box, text size and
contrast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from viewer.ui.window.search_box import SearchBox

APP_TITLE = QT_TRANSLATE_NOOP("header", "Cancer vaccines: plain facts and sources")
translate = QCoreApplication.translate
SEARCH_CHARS = 16  # the room the search box keeps before the title is shown beside it
TITLE, WORDS, ARROWS, BACK_ONLY = "title", "words", "arrows", "back only"  # HeaderBar.fit
LEVELS = (TITLE, WORDS, ARROWS, BACK_ONLY)
ROOMY, COMPACT = (20, 12), (8, 6)  # the row's side margins and spacing


def app_title() -> str:
    """The app's name in the reader's language."""
    return translate("header", APP_TITLE)


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


class HistoryButton(QPushButton):
    """Back or Forward: its arrow and word where the header has room, the arrow alone where
    it has not (``HeaderBar.resizeEvent``). Its least width is the arrow's, so it never holds
    the window wider than the screen; its name stays the word for a screen reader."""

    def __init__(self, word: str, tip: str, forward: bool) -> None:
        super().__init__()
        self.word, self.forward = word, forward
        self._ruler: QPushButton | None = None
        self.setAccessibleName(word)
        self.setToolTip(tip)
        self.setEnabled(False)  # nothing behind the first page, nothing ahead of it
        self.set_short(False)

    def arrow(self) -> str:
        """Points the way it goes, in the reader's direction of reading."""
        return "\u2192" if self.forward != self.isRightToLeft() else "\u2190"

    def full_text(self) -> str:
        return f"{self.word} {self.arrow()}" if self.forward else f"{self.arrow()} {self.word}"

    def set_short(self, short: bool) -> None:
        text = self.arrow() if short else self.full_text()
        if text != self.text():
            self.setText(text)

    def hint_for(self, text: str) -> QSize:
        """The size this button would ask for with ``text``, measured by a hidden twin with
        the same font and style sheet: asking the style itself would load QStyle's binding
        before the first paint, which start-up keeps out."""
        if text == self.text():
            return self.sizeHint()
        if self._ruler is None:
            self._ruler = QPushButton(self)
            self._ruler.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._ruler.hide()
        self._ruler.setFont(self.font())
        self._ruler.setText(text)
        return self._ruler.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        least = self.hint_for(self.arrow()).expandedTo(QSize(0, super().minimumSizeHint().height()))
        # Forward steps aside on the narrowest header (HeaderBar.fit): it holds nothing open
        return QSize(0, least.height()) if self.forward else least


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
        self.back = HistoryButton(translate("header", "Back"),
                                  translate("header", "Go back to where you were (Alt+Left)"), False)
        self.forward = HistoryButton(translate("header", "Forward"),
                                     translate("header", "Go forward again (Alt+Right)"), True)
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
        row.addWidget(self.back)
        row.addWidget(self.forward)
        row.addWidget(self.topics)
        row.addWidget(title)
        row.addWidget(self.search_box, 1)
        for button in (self.smaller, self.larger, self.contrast):
            row.addWidget(button)
        self.setTabOrder(self.back, self.forward)
        self.setTabOrder(self.forward, self.topics)
        self.setTabOrder(self.topics, self.search_box)
        self.setTabOrder(self.search_box, self.smaller)
        self.setTabOrder(self.smaller, self.larger)
        self.setTabOrder(self.larger, self.contrast)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit(event.size().width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the row on its narrowest (``fit``), so it never holds the window wider
        than the screen."""
        return QSize(self._needed(BACK_ONLY), super().minimumSizeHint().height())

    def fit(self, width: int) -> None:
        """The first that fits ``width``: the title and Back and Forward with their words; the
        same without the title (the window's title bar has it: a title on two lines took the
        page's room at large text); Back and Forward as arrows, closer together; Back alone
        (Alt+Right and the mouse still go forward)."""
        level = next((level for level in LEVELS if width >= self._needed(level)), BACK_ONLY)
        compact = level in (ARROWS, BACK_ONLY)
        row = self.layout()
        margin, spacing = (COMPACT if compact else ROOMY)
        if row.spacing() != spacing:
            row.setSpacing(spacing)
            row.setContentsMargins(margin, 12, margin, 12)
        for button in (self.back, self.forward):
            button.set_short(compact)
        if self.forward.isHidden() != (level == BACK_ONLY):
            self.forward.setVisible(level != BACK_ONLY)
        if self.title.isHidden() != (level != TITLE):
            self.title.setVisible(level == TITLE)

    def _needed(self, level: str) -> int:
        """The width the row needs at ``level``."""
        row = self.layout()
        others = [item.widget() for item in (row.itemAt(i) for i in range(row.count()))
                  if item.widget() not in (self.title, self.back, self.forward)
                  and not item.widget().isHidden()]
        compact = level in (ARROWS, BACK_ONLY)
        # the search box keeps room for a word or two before anything is shown beside it, and
        # gives it up (down to its least, give_way.fit) before Back and Forward lose their words
        box = min(self.search_box.sizeHint().width(),
                  SEARCH_CHARS * self.search_box.fontMetrics().averageCharWidth())
        if compact:
            box = max(self.search_box.minimumWidth(), self.search_box.minimumSizeHint().width())
        widths = [box if w is self.search_box else w.sizeHint().width() for w in others]
        for button in (self.back, self.forward) if level != BACK_ONLY else (self.back,):
            widths.append(button.hint_for(button.arrow() if compact else button.full_text()).width())
        if level == TITLE:
            widths.append(self.title.fontMetrics().horizontalAdvance(self.title.text()))
        margin, spacing = (COMPACT if compact else ROOMY)
        return sum(widths) + spacing * (len(widths) - 1) + 2 * margin + 8
