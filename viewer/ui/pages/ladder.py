"""The evidence ladder, painted: lab -> animals -> Phase I -> II -> III -> approved."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.ui.text.labels import STAGE_LABELS, label
from viewer.ui.text.rich import plain_tip
from viewer.vocabulary import STAGES as LADDER

translate = QCoreApplication.translate


def ladder_text(stage: str, stage_label: str) -> str:
    """What the picture says, in words, for screen readers and for the page."""
    steps = translate("ladder", ", ", "between the steps").join(label(STAGE_LABELS, s) for s in LADDER)
    if not stage and stage_label:  # a topic about the path itself, not one treatment
        return translate("ladder", "Evidence ladder, in six steps: {steps}. {stage}.").format(
            steps=steps, stage=stage_label)
    if stage not in LADDER:
        return translate("ladder", "Evidence ladder, in six steps: {steps}. Where this treatment stands "
                                   "is not known.").format(steps=steps)
    reached = LADDER.index(stage) + 1
    return translate("ladder", "Evidence ladder, in six steps: {steps}. This treatment has reached step "
                               "{reached} of 6, {step}: {stage}.").format(
        steps=steps, reached=reached, step=label(STAGE_LABELS, stage), stage=stage_label)


class LadderWidget(QWidget):
    """Six steps on a line; the steps reached are filled and the current one is ringed.

    Colours come from the theme's stylesheet (``qproperty-doneColor`` and so on).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage = ""
        self._label = ""
        self._colours = {"done": QColor("#2f6f8f"), "todo": QColor("#d8d3c8"),
                         "here": QColor("#1d3b5c"), "text": QColor("#1f2328"),
                         "muted": QColor("#5b6168")}
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(translate("ladder", "Evidence ladder"))
        self.set_stage("", "")

    def set_stage(self, stage: str, label: str) -> None:
        self._stage, self._label = stage, label
        text = ladder_text(stage, label)
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tip(text))  # the stage's words come from the database
        self.updateGeometry()
        self.update()

    @property
    def stage(self) -> str:
        return self._stage

    def text(self) -> str:
        return ladder_text(self._stage, self._label)

    # colours, settable from the stylesheet ------------------------------------------------
    def _get(self, key: str) -> QColor:
        return self._colours[key]

    def _set(self, key: str, colour: QColor) -> None:
        self._colours[key] = QColor(colour)
        self.update()

    doneColor = Property(QColor, lambda s: s._get("done"), lambda s, c: s._set("done", c))  # noqa: N815
    todoColor = Property(QColor, lambda s: s._get("todo"), lambda s, c: s._set("todo", c))  # noqa: N815
    hereColor = Property(QColor, lambda s: s._get("here"), lambda s, c: s._set("here", c))  # noqa: N815
    textColor = Property(QColor, lambda s: s._get("text"), lambda s, c: s._set("text", c))  # noqa: N815
    mutedColor = Property(QColor, lambda s: s._get("muted"), lambda s, c: s._set("muted", c))  # noqa: N815

    # geometry and painting -------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        line = self.fontMetrics().height()
        return QSize(line * 30, int(line * 6.2))

    def _row_width(self) -> int:
        """The least width for the six steps on a line: no step's name runs into the next
        (the one step in bold may take a few pixels of the gap beside it)."""
        widest = max(self.fontMetrics().horizontalAdvance(label(STAGE_LABELS, s)) for s in LADDER)
        gap = max(4, self.fontMetrics().averageCharWidth() // 3)
        return len(LADDER) * (widest + gap)

    def _column_width(self) -> int:
        """The least width for the steps one under another, each with its name beside it."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(f"{label(STAGE_LABELS, s)} – ") for s in LADDER)
        return (int(self.fontMetrics().height() * 2.2) + widest
                + metrics.horizontalAdvance(translate("ladder", "It is here")))

    def stacked(self, width: int | None = None) -> bool:
        """True when the steps go one under another: the row does not fit (large text)."""
        return (self.width() if width is None else width) < self._row_width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Narrow enough for a small window at any text size: below the row's width the
        steps stand in a column."""
        return QSize(self._column_width(), self.heightForWidth(self._column_width()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        line = self.fontMetrics().height()
        return int(line * 1.6 * len(LADDER) + line * 0.6) if self.stacked(width) else int(line * 6.2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self.height():  # a fixed-height row or column, as the width allows
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.stacked():
            self._paint_column(painter)
        else:
            self._paint_row(painter)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._colours["here"], 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)
        painter.end()

    def _paint_column(self, painter: QPainter) -> None:
        """The steps from top to bottom, each with its name to its right."""
        line = self.fontMetrics().height()
        step_h = line * 1.6
        cx = line * 1.1
        radius = line * 0.42
        reached = LADDER.index(self._stage) if self._stage in LADDER else -1
        rail = QPen(self._colours["todo"], max(3.0, line * 0.18))
        painter.setPen(rail)
        first, last = line * 0.3 + step_h / 2, line * 0.3 + step_h * (len(LADDER) - 0.5)
        painter.drawLine(int(cx), int(first), int(cx), int(last))
        if reached > 0:
            rail.setColor(self._colours["done"])
            painter.setPen(rail)
            painter.drawLine(int(cx), int(first), int(cx), int(first + step_h * reached))
        bold = QFont(self.font())
        bold.setBold(True)
        for i, step in enumerate(LADDER):
            cy = first + step_h * i
            done = i <= reached
            colour = self._colours["here"] if i == reached else self._colours["done"]
            painter.setPen(QPen(colour if done else self._colours["todo"], 3))
            painter.setBrush(colour if done else self._colours["todo"].lighter(112))
            r = radius * (1.3 if i == reached else 1.0)
            painter.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            painter.setFont(bold if i == reached else self.font())
            painter.setPen(self._colours["text"] if done else self._colours["muted"])
            name = label(STAGE_LABELS, step) + (" – " if i == reached else "")
            box = QRectF(cx + line, cy - step_h / 2, self.width() - cx - line, step_h)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, name)
            if i == reached:
                painter.setPen(self._colours["here"])
                box.setLeft(box.left() + QFontMetrics(bold).horizontalAdvance(name))
                painter.drawText(box, align, translate("ladder", "It is here"))

    def _paint_row(self, painter: QPainter) -> None:
        line = self.fontMetrics().height()
        width = self.width()
        step_w = width / len(LADDER)
        radius = line * 0.62
        cy = line * 1.6
        reached = LADDER.index(self._stage) if self._stage in LADDER else -1
        rtl = self.isRightToLeft()  # the steps run the way the reader reads

        def x(along: float) -> float:
            return width - along if rtl else along

        # the rail: solid up to the step reached, then a light track
        rail = QPen(self._colours["todo"], max(3.0, line * 0.22))
        rail.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(rail)
        first, last = step_w / 2, width - step_w / 2
        painter.drawLine(int(first), int(cy), int(last), int(cy))
        if reached > 0:
            rail.setColor(self._colours["done"])
            painter.setPen(rail)
            painter.drawLine(int(x(first)), int(cy), int(x(first + step_w * reached)), int(cy))

        bold = QFont(self.font())
        bold.setBold(True)
        for i, step in enumerate(LADDER):
            cx = x(first + step_w * i)
            done = i <= reached
            colour = self._colours["here"] if i == reached else self._colours["done"]
            painter.setPen(QPen(colour if done else self._colours["todo"], 3))
            painter.setBrush(colour if done else self._colours["todo"].lighter(112))
            r = radius * (1.3 if i == reached else 1.0)
            painter.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            if i == reached:  # a ring around the step it has reached
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self._colours["here"], 2))
                ring = r + line * 0.28
                painter.drawEllipse(QRectF(cx - ring, cy - ring, 2 * ring, 2 * ring))
            painter.setFont(bold if i == reached else self.font())
            painter.setPen(self._colours["text"] if done else self._colours["muted"])
            label_box = QRectF(cx - step_w / 2, cy + line * 1.3, step_w, line * 1.3)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             label(STAGE_LABELS, step))
            if i == reached:
                painter.setPen(self._colours["here"])
                here_box = QRectF(cx - step_w, cy + line * 2.5, step_w * 2, line * 1.3)
                align = Qt.AlignmentFlag.AlignHCenter
                if (i == len(LADDER) - 1) != rtl and i in (0, len(LADDER) - 1):
                    here_box.moveRight(width - 2)
                    align = Qt.AlignmentFlag.AlignRight
                elif i in (0, len(LADDER) - 1):
                    here_box.moveLeft(2)
                    align = Qt.AlignmentFlag.AlignLeft
                painter.drawText(here_box, align | Qt.AlignmentFlag.AlignTop,
                                 translate("ladder", "It is here"))
