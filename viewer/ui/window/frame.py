"""The window's frame: the header on top, the how-to strip under it, then the topic list
and the page side by side in a splitter (the source panel joins it when opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from viewer.ui.window.source_panel import LEFT_WIDTH


def frame(header: QWidget, howto: QWidget, left: QWidget, page: QWidget) -> tuple[QWidget, QSplitter]:
    """The central widget and its splitter."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(page)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([LEFT_WIDTH, 900])
    central = QWidget()
    central.setObjectName("central")
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addWidget(howto)
    layout.addWidget(splitter, 1)
    return central, splitter
