"""A glossary word's definition, shown next to the word; Esc or a click elsewhere closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from viewer.ui.text.rich import esc


class DefinitionPopup(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("definitionPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        # focusable, so a screen reader reads the definition as soon as it opens
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(QCoreApplication.translate("definitionPopup", "Press Esc to close."))
        self.hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        layout.addWidget(self.hint)

    def show_definition(self, term: str, definition: str, at: QPoint) -> None:
        """Open beside ``at`` (global; the word's bottom left), kept on its screen."""
        self.label.setText(f"<b>{esc(term)}</b><br>{esc(definition)}")
        said = QCoreApplication.translate("definitionPopup", "{term}: {definition}")
        self.label.setAccessibleName(said.format(term=term, definition=definition))
        self.setAccessibleName(QCoreApplication.translate("definitionPopup", "Definition of {term}")
                               .format(term=term))
        width = self.fontMetrics().averageCharWidth() * 46
        self.label.setFixedWidth(width)
        self.adjustSize()
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen()).availableGeometry()
        x = max(screen.left(), min(at.x(), screen.right() - self.width()))
        y = at.y() + 4
        if y + self.height() > screen.bottom():  # no room under the word: above it
            y = max(screen.top(), at.y() - self.height() - 32)
        self.move(x, y)
        self.show()
        self.label.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
            return
        super().keyPressEvent(event)
