"""The "My sheet" side of the Questions tab: details, the chosen list, own questions, notes.

Every edit goes straight to the user database; the widgets are only a view of it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.marks import plain
from viewer.sheet.model import chosen
from viewer.store.content import ContentStore
from viewer.store.user import HEADER_FIELDS, MAX_OWN_QUESTION, Entry, UserStore
from viewer.ui.questions.fitting import FitList, FitTextEdit
from viewer.ui.questions.flow import FlowLayout
from viewer.ui.text.accessible_controls import mark_heading

FIELD_LABELS = {"name": QT_TRANSLATE_NOOP("mySheet", "Name"),
                "appointment": QT_TRANSLATE_NOOP("mySheet", "Appointment date"),
                "doctor": QT_TRANSLATE_NOOP("mySheet", "Doctor or clinic")}
FIELD_HINTS = {"name": QT_TRANSLATE_NOOP("mySheet", "optional"),
               "appointment": QT_TRANSLATE_NOOP("mySheet", "for example: Tuesday 14 March, 10:30"),
               "doctor": QT_TRANSLATE_NOOP("mySheet", "optional")}
translate = QCoreApplication.translate
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def text_box(name: str, placeholder: str, min_lines: int) -> FitTextEdit:
    """A box that grows as the patient types; Tab leaves it, as it leaves every field."""
    box = FitTextEdit(min_lines=min_lines)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


def heading(text: str) -> QLabel:
    """A heading of the Questions tab (a question group, a part of My sheet); a heading to a
    screen reader too."""
    label = mark_heading(QLabel(text))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("sheetHeading")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class MySheetPanel(QWidget):
    """Header fields, the ordered list of everything chosen, own questions and notes."""

    changed = Signal()  # the list changed here (a question removed, so untick it)
    counted = Signal(int)  # how many questions the sheet holds, after every change

    def __init__(self, content: ContentStore, user: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.user = user
        self.topic_slug: str | None = None
        self._editing: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        layout.addWidget(heading(translate("mySheet", "My sheet")))
        hint = QLabel(translate("mySheet", "Everything you ticked or added, from every topic. Put the most "
                                           "important first: drag, or use Move up and Move down (Alt+Up, "
                                           "Alt+Down)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # Adding a question of your own comes before the list: it stays where it is, in
        # sight, however long the list grows.
        layout.addWidget(heading(translate("mySheet", "Add my own question")))
        self.own_text = text_box(translate("mySheet", "My own question"),
                                 translate("mySheet", "Type a question of your own"), 2)
        self.own_text.setAccessibleDescription(translate(
            "mySheet", "Enter adds it to your sheet. Shift+Enter starts a new line."))
        layout.addWidget(self.own_text)
        own_row = QHBoxLayout()
        self.add = QPushButton(translate("mySheet", "Add to my sheet"))
        self.add.clicked.connect(self.save_own)
        self.cancel = QPushButton(translate("mySheet", "Cancel"))
        self.cancel.clicked.connect(self.cancel_edit)
        self.cancel.hide()
        own_row.addWidget(self.add)
        own_row.addWidget(self.cancel)
        own_row.addStretch(1)
        layout.addLayout(own_row)

        self.empty = QLabel(translate("mySheet", "Nothing on your sheet yet. Tick the questions "
                                                 "you want to ask, or add your own above."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.list = FitList(min_rows=2)
        self.list.setAccessibleName(translate("mySheet", "My sheet: the questions I will ask, in order"))
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(3)
        self.list.model().rowsMoved.connect(self._rows_dragged)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list)

        row = FlowLayout()
        self._keys: dict[int, QPushButton] = {}
        self.list.installEventFilter(self)
        self.up = self._button(translate("mySheet", "Move up"), "Alt+Up", lambda: self.move_current(-1), row)
        self.down = self._button(translate("mySheet", "Move down"), "Alt+Down",
                                 lambda: self.move_current(+1), row)
        self.edit = self._button(translate("mySheet", "Edit"), "F2", self.edit_current, row)
        self.remove = self._button(translate("mySheet", "Remove"), "Delete", self.remove_current, row)
        layout.addLayout(row)

        layout.addWidget(heading(translate("mySheet", "My notes")))
        self.notes = text_box(translate("mySheet", "My notes"),
                              translate("mySheet", "Anything you want to remember or tell your care team"), 4)
        self.notes.textChanged.connect(lambda: self.user.set_notes(self.notes.toPlainText()))
        layout.addWidget(self.notes)
        layout.addWidget(heading(translate("mySheet", "Your details (printed at the top of the sheet)")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, when narrow
        self.fields: dict[str, QLineEdit] = {}
        for name in HEADER_FIELDS:
            edit = QLineEdit()
            label = translate("mySheet", FIELD_LABELS[name])
            edit.setPlaceholderText(translate("mySheet", FIELD_HINTS[name]))
            edit.setAccessibleName(label)
            edit.setMaxLength(200)
            edit.textEdited.connect(lambda text, f=name: self.user.set_header(f, text))
            form.addRow(translate("mySheet", "{label}:").format(label=label), edit)
            self.fields[name] = edit
        layout.addLayout(form)

        layout.addStretch(1)
        self.reload()
        self.own_text.installEventFilter(self)  # Enter adds (see eventFilter), once all is made

    def _button(self, text: str, keys: str, slot: object, row: FlowLayout) -> QPushButton:
        button = QPushButton(text)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(translate("mySheet", "{action} ({keys})").format(action=text, keys=shown))
        button.clicked.connect(slot)
        self._keys[QKeySequence(keys)[0].toCombined()] = button
        row.addWidget(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Up, Alt+Down, F2 and Delete in the list press the buttons of the same name;
        Enter in the own question adds it (Shift+Enter is a new line)."""
        if watched is self.own_text and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.save_own()
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            button = self._keys.get(event.keyCombination().toCombined())
            if button is not None:
                if button.isEnabled():
                    button.click()
                return True
        return super().eventFilter(watched, event)

    # -- showing what is stored ------------------------------------------------------------

    def reload(self) -> None:
        header = self.user.header()
        for name, edit in self.fields.items():
            if edit.text() != getattr(header, name):
                edit.setText(getattr(header, name))
        notes = self.user.notes()
        if self.notes.toPlainText() != notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(notes)
            self.notes.blockSignals(False)
        self.reload_list()
        self.cancel_edit()

    def reload_list(self, keep: tuple[str, str] | None = None) -> None:
        titles = {t.slug: t.title for t in self.content.topics()}
        self.list.blockSignals(True)
        self.list.clear()
        for n, entry in enumerate(chosen(self.content, self.user), 1):
            where = translate("mySheet", "My own question") if entry.own else titles.get(entry.topic_slug, "")
            item = QListWidgetItem(translate("mySheet", "{number}. {question}\n    – {topic}").format(
                number=n, question=plain(entry.text), topic=where))
            item.setData(ENTRY_ROLE, (entry.kind, entry.ref))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.list.addItem(item)
            if keep == (entry.kind, entry.ref):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        self.counted.emit(self.list.count())
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        key = self.current_key()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
        self.edit.setEnabled(key is not None and key[0] == "own")
        self.remove.setEnabled(key is not None)

    def current_key(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return None if item is None else item.data(ENTRY_ROLE)

    def keys(self) -> list[tuple[str, str]]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())]

    # -- changing it --------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        key = self.current_key()
        if key is not None and self.user.move(*key, step):
            self.reload_list(keep=key)

    def _rows_dragged(self, *_: QModelIndex | int) -> None:
        order = [Entry(kind, ref, i) for i, (kind, ref) in enumerate(self.keys())]
        self.user.set_order(order)
        # renumber once the drop is finished, not while the view is still handling it
        key = self.current_key()
        QTimer.singleShot(0, self, lambda: self.reload_list(keep=key))

    def remove_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        row = self.list.currentRow()
        if key[0] == "own":
            self.user.remove_own(int(key[1]))
            if self._editing == int(key[1]):
                self.cancel_edit()
        else:
            self.user.unchoose(key[1])
        self.reload_list()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.changed.emit()

    def edit_current(self) -> None:
        key = self.current_key()
        if key is None or key[0] != "own":
            return
        self._editing = int(key[1])
        self.own_text.setPlainText(self.user.own_question(self._editing).text)
        self.add.setText(translate("mySheet", "Save changes"))
        self.cancel.show()
        self.own_text.setFocus()

    def cancel_edit(self) -> None:
        self._editing = None
        self.own_text.clear()
        self.add.setText(translate("mySheet", "Add to my sheet"))
        self.cancel.hide()

    def save_own(self) -> None:
        text = " ".join(self.own_text.toPlainText().split())[:MAX_OWN_QUESTION]
        if not text:
            self.own_text.setFocus()
            return
        if self._editing is not None:
            key = ("own", str(self._editing))
            self.user.edit_own(self._editing, text)
        else:
            key = ("own", str(self.user.add_own(text, self.topic_slug).id))
        self.cancel_edit()
        self.reload_list(keep=key)
