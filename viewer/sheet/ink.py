"""The sheet's colours, and how it draws rules, boxes and coloured text without ``setPen``.

``QPainter.setPen``, ``setBrush`` and ``QBrush(color)`` have overloads that take enums of
Qt's ``Qt`` namespace, and PySide6 resolves them by creating every one of that namespace's
Python enums (about a hundred classes) the first time one is called, which is a large
part of what ``patient-viewer sheet`` costs. A pen made empty and then coloured, a path
stroked or filled with it, and text coloured by its layout's format draw the same page
without them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLayout

INK = QColor("#1a1a1a")
SOFT = QColor("#555555")
RULE = QColor("#b8b8b8")
TINT = QColor("#eef3f7")


def pen(color: QColor, width: float = 1.0) -> QPen:
    """A solid pen: ``QPen(color, width)`` without its overloads (see above)."""
    made = QPen()
    made.setColor(color)
    made.setWidthF(width)
    return made


def solid(color: QColor) -> QBrush:
    """A solid brush of ``color``: a new pen's brush is solid, and takes the pen's colour."""
    return pen(color).brush()


def line(p: QPainter, start: QPointF, end: QPointF, color: QColor, width: float) -> None:
    path = QPainterPath(start)
    path.lineTo(end)
    p.strokePath(path, pen(color, width))


def rounded_box(p: QPainter, rect: QRectF, radius: float, color: QColor) -> None:
    """A filled box with rounded corners and no outline."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.fillPath(path, solid(color))


def color_text(layout: QTextLayout, text: str, color: QColor) -> None:
    """Give all of ``layout``'s text one colour; its lines then draw in it whatever the pen."""
    form = QTextCharFormat()
    form.setForeground(solid(color))
    whole = QTextLayout.FormatRange()
    whole.start = 0
    whole.length = len(text) + sum(ord(c) > 0xFFFF for c in text)  # in UTF-16 code units, as Qt counts
    whole.format = form
    layout.setFormats([whole])
