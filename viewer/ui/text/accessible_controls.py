"""Controls as a screen reader needs them: a label that heads a part of a screen is a
heading; a button that shows and hides the part under it expands and collapses.
``accessible_text``'s factory makes these nodes for the widgets marked here."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

ROLE = QAccessible.Role


class HeadingNode(QAccessibleWidget):
    """A label that heads a part of a screen (a question group, a part of My sheet): a
    heading to a screen reader, which lists headings and jumps between them."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, ROLE.Heading)
        self.label = label

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or self.label.text()
        return super().text(kind)


class DisclosureNode(QAccessibleWidget):
    """A button that shows and hides the part under it ("Why ask this?"): a button that is
    expanded or collapsed, not a check box ticked or not (Qt's name for any checkable button)."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, ROLE.Button)
        self.button = button

    def state(self) -> QAccessible.State:  # noqa: D102
        state = super().state()
        state.expandable = True
        state.expanded = self.button.isChecked()
        state.collapsed = not self.button.isChecked()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802, D102 (Qt name)
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:  # noqa: N802, D102 (Qt name)
        if name == QAccessibleActionInterface.pressAction() and self.button.isEnabled():
            self.button.click()


HEADING_PROPERTY, DISCLOSURE_PROPERTY = "accessibleHeading", "accessibleDisclosure"


def _mark(widget: QWidget, name: str, kind: type) -> None:
    """(The factory that reads the mark is installed once the window's first frame is
    drawn; a node Qt made before it is made again then.)"""
    widget.setProperty(name, True)
    if QAccessible.isActive():  # a screen reader listens: Qt made its node as it was made
        made = QAccessible.queryAccessibleInterface(widget)
        if made is not None and not isinstance(made, kind):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


def mark_heading(label: QLabel) -> QLabel:
    """Show ``label`` to a screen reader as a heading (before it is first shown)."""
    _mark(label, HEADING_PROPERTY, HeadingNode)
    return label


def mark_disclosure(button: QAbstractButton) -> QAbstractButton:
    """Show a checkable ``button`` to a screen reader as one that expands and collapses; it
    says so each time it is pressed."""
    _mark(button, DISCLOSURE_PROPERTY, DisclosureNode)

    def said(_on: bool) -> None:
        if QAccessible.isActive():
            changed = QAccessible.State()
            changed.expanded = changed.collapsed = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changed))

    button.toggled.connect(said)
    return button


def control_node(obj) -> QAccessibleWidget | None:
    """The node for a widget marked here, or None."""
    if isinstance(obj, QLabel) and obj.property(HEADING_PROPERTY):
        return HeadingNode(obj)
    if isinstance(obj, QAbstractButton) and obj.property(DISCLOSURE_PROPERTY):
        return DisclosureNode(obj)
    return None
