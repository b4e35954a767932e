"""What "one scroll per view" and "nothing clipped" mean, checked on the real widget tree.

A *scrolling view* is a QAbstractScrollArea (QScrollArea, QTextBrowser, QListWidget,
QTextEdit...) that can move its content: a scroll bar policy other than always-off, or
a scroll range above zero. A text block or list whose bars are always off and that is
sized to its content (range 0) shows everything and does not scroll, so it is no
scrolling view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QToolButton,
    QWidget,
)

OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def scrolls(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractScrollArea):
        return False
    bars = (widget.verticalScrollBar(), widget.horizontalScrollBar())
    policies = (widget.verticalScrollBarPolicy(), widget.horizontalScrollBarPolicy())
    return any(p.value != OFF for p in policies) or any(bar.maximum() > 0 for bar in bars)


def _shown(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow()]


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return (f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or label!s:.40})")


def _inside_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget, screen: QRect) -> list[str]:
    """Every way the window's current screen breaks the rules, in words."""
    QApplication.processEvents()
    found: list[str] = []
    if window.width() > screen.width() or window.height() > screen.height():
        found.append(f"window {window.width()}x{window.height()} is larger than the screen "
                     f"{screen.width()}x{screen.height()} (its minimum is "
                     f"{window.minimumSizeHint().width()}x{window.minimumSizeHint().height()})")
    shown = _shown(window)
    for widget in shown:
        if scrolls(widget):
            parent = widget.parentWidget()
            while parent is not None and parent is not window:
                if scrolls(parent):
                    found.append(f"{_name(widget)} scrolls inside {_name(parent)}")
                    break
                parent = parent.parentWidget()
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)} scrolls sideways")
        if isinstance(widget, QScrollArea) and widget.widget() is not None and \
                widget.widget().width() > widget.viewport().width() + 1:
            found.append(f"{_name(widget)}: its content is {widget.widget().width()} px wide, "
                         f"cut to {widget.viewport().width()}")
        if isinstance(widget, QTabBar):
            arrows = [b for b in widget.findChildren(QToolButton) if b.isVisible()]
            if arrows:
                found.append(f"tab bar shows scroll arrows at width {widget.width()}")
            for i in range(widget.count()):
                if not widget.rect().contains(widget.tabRect(i)):
                    found.append(f"tab {widget.tabText(i)!r} is cut off")
        if _inside_scrolled_content(widget):
            continue  # the scroll area shows it when scrolled to
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            found.append(f"{_name(widget)} at {widget.geometry().getRect()} sticks out of "
                         f"{_name(parent)} {parent.rect().getRect()}")
        if isinstance(widget, QAbstractButton | QLabel) and not (
                isinstance(widget, QLabel) and widget.wordWrap()):
            hint = widget.sizeHint()
            if widget.text() and hint.width() > widget.width() + 1:
                found.append(f"{_name(widget)} is cut: needs {hint.width()} px, has {widget.width()}")
    return found
