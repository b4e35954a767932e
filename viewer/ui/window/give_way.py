"""At large text, or on a small or scaled screen, the parts around the page give way.

The page is what people came to read: it keeps at least half the window's height, and
the window is never wider than the screen's free area. In order, as room runs out:

- the status bar shows only while it has a message (``hide_empty_status_bar``);
- the header's title is left out (the window's title bar has it; ``HeaderBar``);
- the tab titles go on two lines, then to their short forms (``TopicView.fit_titles``);
- the topic list folds into the header's "Topics" menu when the window is too narrow
  for it beside the page;
- the "How to use this app" strip steps aside while it would leave the page less than
  half the window (Help › How to use this app shows it whatever the room).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStackedWidget, QStatusBar, QTabBar

from viewer.errors import printable
from viewer.plain_records import Record
from viewer.ui.text.two_line_list import KEY_ROLE, TITLE_ROLE
from viewer.ui.window.action_flags import new_action

if TYPE_CHECKING:
    from viewer.ui.window.header import HeaderBar
    from viewer.ui.window.howto import HowToStrip
    from viewer.ui.window.navigation import Navigation

READING_SHARE = 0.5  # of the window's height, the least the page keeps
SEARCH_LEAST_CHARS = 9  # the search box is never narrower: "Search…" and a word stay readable
translate = QCoreApplication.translate


class Room(Record, frozen=True):
    """The parts that share the window's room, handed over by the window when it has made
    them: what gives way is decided from these, never from the window's own attributes."""

    window: QMainWindow  # its size, its screen, its menu and status bars
    header: HeaderBar
    left: Navigation  # the topic list, beside the page
    stack: QStackedWidget  # the pages
    splitter: QSplitter  # holds the topic list and the pages side by side
    howto: HowToStrip
    tab_bar: QTabBar  # the topic's tabs, above its page


class CurrentPageStack(QStackedWidget):
    """The pages, one shown at a time, no taller at least than the page shown: the glossary
    at the largest text must not keep a short window from giving the page its room."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        page = self.currentWidget()
        if page is None:
            return hint
        return QSize(hint.width(), page.minimumSizeHint().height())


class _PrintableStatusBar(QStatusBar):
    """Its messages name files and quote the data (a glossary definition): control
    characters in them are shown as escapes, never drawn raw."""

    def showMessage(self, message: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        super().showMessage(printable(message), timeout)


def hide_empty_status_bar(window: QMainWindow) -> None:
    """An empty status bar is a strip of nothing that grows with the text."""
    window.setStatusBar(_PrintableStatusBar(window))
    bar = window.statusBar()
    bar.setAccessibleName(translate("window", "Messages"))
    bar.messageChanged.connect(lambda message: bar.setVisible(bool(message)))
    bar.setVisible(bool(bar.currentMessage()))


def attach(room: Room) -> None:
    """The Topics menu and the status bar that hides while empty, then the first fit."""
    topics_menu(room)
    hide_empty_status_bar(room.window)
    fit(room)


def topics_menu(room: Room) -> QMenu:
    """The topic list as a menu, for the header's "Topics" button on a narrow window."""
    menu = QMenu(room.header.topics)
    menu.setAccessibleName(translate("window", "Topics"))

    def fill() -> None:
        menu.clear()
        group = QActionGroup(menu)
        current = room.left.list.currentItem()
        for row in range(room.left.list.count()):
            item = room.left.list.item(row)
            action = new_action(item.data(TITLE_ROLE), menu)
            action.setCheckable(True)
            action.setChecked(item is current)
            group.addAction(action)
            key = item.data(KEY_ROLE)
            action.triggered.connect(lambda _=False, key=key: room.left.select(key))
            menu.addAction(action)

    menu.aboutToShow.connect(fill)
    room.header.topics.setMenu(menu)
    return menu


def focus_topics(room: Room) -> None:
    """The topic list, or on a narrow window the Topics menu that stands for it."""
    if room.left.isHidden():
        room.header.topics.setFocus()
        room.header.topics.showMenu()
    else:
        room.left.list.setFocus()


def narrow(room: Room, width: int) -> bool:
    """True when the topic list and the page do not fit side by side in ``width``."""
    splitter = room.splitter
    needed = (room.left.minimumSizeHint().width() + room.stack.minimumSizeHint().width()
              + splitter.handleWidth() + 2)
    return width < needed


def fit(room: Room) -> None:
    """Decide what gives way for the window's present size, or the screen's if smaller."""
    window = room.window
    area = window.screen().availableGeometry() if window.screen() else None
    width = window.width() if area is None else min(window.width(), area.width())
    box = room.header.search_box
    box.setMinimumWidth(min(box.sizeHint().width(), SEARCH_LEAST_CHARS * box.fontMetrics().averageCharWidth()
                            + 24))
    folded = narrow(room, width)
    if folded != room.left.isHidden():
        room.left.setVisible(not folded)
        room.header.topics.setVisible(folded)
    fit_howto(room)
    if area is not None:
        QTimer.singleShot(0, lambda: keep_on_screen(room.window))


def keep_on_screen(window: QMainWindow) -> None:
    """A window that grew past the screen while its parts were changing (it is never made
    smaller again by itself) goes back within the free area once they have given way."""
    area = window.screen().availableGeometry()
    if window.width() <= area.width() and window.height() <= area.height():
        return  # (its frame is the window manager's: a maximised window's fits)
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    least = window.minimumSizeHint()
    width = max(least.width(), min(window.width(), area.width() - extra_w))
    height = max(least.height(), min(window.height(), area.height() - extra_h))
    if window.isMaximized():  # a maximised window is not resized: maximise it again
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.resize(width, height)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(width, height)


def fit_howto(room: Room) -> None:
    strip, window = room.howto, room.window
    if not strip.wanted():
        return
    # from size hints: on the first show the window's layout has not placed its parts yet
    status = window.statusBar()
    around = (window.menuBar().sizeHint().height() + room.header.sizeHint().height()
              + (status.sizeHint().height() if status.isVisibleTo(window) else 0))
    margins = strip.layout().contentsMargins()
    frame = margins.top() + margins.bottom() + 2 * strip.frameWidth() + 4
    without = window.height() - around - room.tab_bar.sizeHint().height()
    needed = strip.text_height(window.width()) + frame
    fits = without - needed >= READING_SHARE * window.height()
    # asked for without room: the text scrolls in what is left once the page has its half
    # (or less, where the page shown cannot be that short)
    most = min(int(window.height() * (1 - READING_SHARE)),
               window.height() - room.splitter.minimumSizeHint().height()) - around - frame
    strip.set_room(fits, window.width(), most)
