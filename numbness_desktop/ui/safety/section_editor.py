"""One safety-plan section: its explanation, its ordered entries and an autosaving editor.

The field below the list always writes a new entry (the first pause in typing creates it;
Enter or Add finishes it), unless the person asks to edit one: F2 or Enter on an entry in the
list, or a click on it. Moving through the list by keyboard only selects, so Tab into a
section never puts an old entry's words, selected, into the field. Nothing needs a Save
button: words are saved by the shared autosave (at most about a second after any keystroke,
even while typing goes on), when focus leaves the field, when another entry is picked and
when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.safety_plan import Section
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.model.plan_section_model import PlanSectionModel
from numbness_desktop.ui.autosave import PAUSE_MS, Autosave
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.safety.item_list import ReorderableList
from numbness_desktop.ui.safety.numbered_rows import NumberedRowDelegate


class _EntryField(QLineEdit):
    """A line edit that reports Escape (back to a new entry) instead of swallowing it."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class SectionEditor(QFrame):
    """A card for one section of the plan."""

    saveStateChanged = Signal(bool)
    deleted = Signal(str)  # the deleted entry's words, for the undo bar

    def __init__(self, app_model: AppModel, section: Section, extra: QWidget | None = None,
                 autosave_ms: int = PAUSE_MS) -> None:
        super().__init__()
        self.setObjectName("card")
        self.app_model = app_model
        self.section = section
        self.editing_id: str | None = None
        self._made_in_this_edit: str | None = None  # the entry typing in the field created
        self._unsaved_after_error = False
        self._autosave = Autosave(self.save_now, autosave_ms, self)
        app_model.closing.connect(self.flush)  # words kept before the store closes

        self.list_model = PlanSectionModel(app_model.safety, section.key)
        self._build(extra)
        self.list_model.modelReset.connect(self._after_reset)
        self._after_reset()

    # Building ------------------------------------------------------------------------------
    def _build(self, extra: QWidget | None) -> None:
        section = self.section
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)

        title = QLabel(tr("{number}. {title}").format(number=number(section.number),
                                                        title=tr(section.title)))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)  # large text: two lines, never cut
        explanation = QLabel(tr(section.explanation))
        explanation.setWordWrap(True)
        example = QLabel(tr(section.example))
        example.setObjectName("example")
        example.setWordWrap(True)
        for widget in (title, explanation, example):
            # A word longer than the card (a long compound in some languages) must not
            # make the layout give a paragraph fewer lines than it needs.
            widget.setMinimumWidth(1)
            layout.addWidget(widget)
        if extra is not None:
            layout.addWidget(extra)

        self.list = ReorderableList()
        self.list.setModel(self.list_model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._sync_buttons())
        self.list.setItemDelegate(NumberedRowDelegate(self.list))  # wrapped lines under words
        self.list.setAccessibleName(tr("{section}: entries").format(section=tr(section.title)))
        self.list.setAccessibleDescription(tr(
            "Enter or F2 edits the selected entry. Alt+Up and Alt+Down move it, Delete "
            "removes it."
        ))
        self.list.editRequested.connect(self.request_edit)
        self.list.clicked.connect(lambda index: self.request_edit(self.list.current_id()))
        self.list.moveRequested.connect(self._move)
        self.list.deleteRequested.connect(self._delete)
        self.empty_label = QLabel(tr("Nothing written here yet."))
        self.empty_label.setObjectName("muted")
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)

        self.mode_label = QLabel()
        self.mode_label.setObjectName("muted")
        self.mode_label.setWordWrap(True)
        self.mode_label.setMinimumWidth(1)
        layout.addWidget(self.mode_label)

        fields = QHBoxLayout()
        fields.setSpacing(8)
        self.text_field = _EntryField()
        self.text_field.setPlaceholderText(tr(section.add_hint))
        self.text_field.setAccessibleName(tr("{section}: words").format(section=tr(section.title)))
        fields.addWidget(self.text_field, 3)
        self.phone_field: _EntryField | None = None
        if section.has_contacts:
            name_hint = tr("A person or place") if section.key == "distractions" \
                else tr("Name")
            self.text_field.setPlaceholderText(name_hint)
            self.text_field.setAccessibleName(
                tr("{section}: name").format(section=tr(section.title)))
            self.phone_field = _EntryField()
            self.phone_field.setPlaceholderText(
                tr("Phone number, if any") if section.key == "distractions"
                else tr("Phone number"))
            self.phone_field.setAccessibleName(
                tr("{section}: phone number").format(section=tr(section.title)))
            self.phone_field.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            fields.addWidget(self.phone_field, 2)
        self.done_button = QPushButton(tr("Add"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.finish_entry)
        fields.addWidget(self.done_button)
        layout.addLayout(fields)
        for field in self._fields():
            field.textEdited.connect(self._on_edited)
            field.returnPressed.connect(self.finish_entry)
            field.editingFinished.connect(self._autosave.flush)
            field.escaped.connect(self.start_new_entry)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.up_button = self._action_button(tr("Move up"),
                                             lambda: self.list.move_current(-1), actions)
        self.down_button = self._action_button(tr("Move down"),
                                               lambda: self.list.move_current(+1), actions)
        self.delete_button = self._action_button(
            tr("Delete"), lambda: self._delete(self.list.current_id()), actions
        )
        actions.addStretch(1)
        layout.addLayout(actions)

    def _name(self, button: QPushButton) -> None:
        """A name that starts with the button's own words, then says which section."""
        button.setAccessibleName(tr("{action} — {section}").format(
            action=button.text(), section=tr(self.section.title)))

    def _action_button(self, text: str, slot: Callable[[], object],
                       layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        self._name(button)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _fields(self) -> list[_EntryField]:
        return [f for f in (self.text_field, self.phone_field) if f is not None]

    # Editing -------------------------------------------------------------------------------
    def _values(self) -> tuple[str, str]:
        phone = self.phone_field.text().strip() if self.phone_field else ""
        return self.text_field.text().strip(), phone

    def _on_edited(self) -> None:
        self._autosave.poke()
        self.saveStateChanged.emit(True)

    @property
    def save_refused(self) -> bool:
        """The store refused the last save (full disk, read-only): the words wait on screen."""
        return self._unsaved_after_error

    @property
    def has_unsaved(self) -> bool:
        return self._autosave.pending or self._unsaved_after_error

    def save_now(self) -> bool:
        """Write what is in the fields; ``False`` if the store refused (the words stay)."""
        self._autosave.cancel()
        text, phone = self._values()
        if self.editing_id is None:
            if not text and not phone:
                self.saveStateChanged.emit(False)
                return True
            item = self.app_model.safety.add_item(self.section.key, text, phone)
            if item is None:
                self._unsaved_after_error = True
                self.saveStateChanged.emit(False)
                return False
            self.editing_id = self._made_in_this_edit = item.id
            self._select(item.id)
        elif self.app_model.safety.update_item(self.editing_id, text, phone) is None:
            self._unsaved_after_error = True
            self.saveStateChanged.emit(False)
            return False
        self._unsaved_after_error = False
        self._update_mode_label()
        self.saveStateChanged.emit(False)
        return True

    def flush(self) -> bool:
        """Save anything still waiting (on focus change, tab change and close).

        Returns ``False`` when words are on screen that the store refused to keep.
        """
        if self._autosave.pending or self._unsaved_after_error:
            return self.save_now()
        return True

    def finish_entry(self) -> None:
        """Enter or 'Add': keep this entry and make room for the next one."""
        if not self.save_now():
            return
        if self.editing_id is not None:
            self.start_new_entry()
        self.text_field.setFocus()

    def _leave_entry(self) -> bool:
        """Save the entry being left; ``False`` if the store refused (the words stay).

        An entry that typing created and that was emptied again before being left (words
        typed, then undone or erased) is taken away: it was never kept, and it stayed in
        the plan as a numbered "(empty)" line.
        """
        if self._autosave.pending and not self.save_now():
            return False
        made, self._made_in_this_edit = self._made_in_this_edit, None
        if made is not None and made == self.editing_id and self._values() == ("", ""):
            self.app_model.safety.discard_empty(made)
        return True

    def start_new_entry(self) -> None:
        if not self._leave_entry():
            return
        self.editing_id = None
        self.list.selectionModel().clearSelection()
        self.list.selectionModel().setCurrentIndex(
            self.list_model.index(-1, 0), QItemSelectionModel.SelectionFlag.Clear
        )
        for field in self._fields():
            field.clear()
        self._update_mode_label()

    def edit_entry(self, item_id: str) -> None:
        """Load an entry into the fields for editing."""
        item = next((i for i in self.list_model.items() if i.id == item_id), None)
        if item is None:
            return
        self.editing_id = item.id
        self.text_field.setText(item.text)
        if self.phone_field is not None:
            self.phone_field.setText(item.phone)
        self._update_mode_label()

    def request_edit(self, item_id: str | None) -> None:
        """F2, Enter or a click on an entry: its words into the field, cursor at their end."""
        if not item_id:
            return
        if item_id != self.editing_id:
            if not self._leave_entry():
                self._select(self.editing_id)
                return
            self.edit_entry(item_id)
        self._select(item_id)
        self.text_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text_field.deselect()
        self.text_field.end(False)

    def _move(self, item_id: str, row: int) -> None:
        self.flush()
        if self.app_model.safety.move_item(item_id, row):
            self._select(item_id)

    def _delete(self, item_id: str | None) -> None:
        if not item_id:
            return
        self.flush()
        deleted = self.app_model.safety.delete_item(item_id)
        if deleted is None:
            return
        if item_id == self.editing_id:
            self.editing_id = None
            for field in self._fields():
                field.clear()
        self._update_mode_label()
        self.deleted.emit(deleted.display())

    # Keeping the view in step ------------------------------------------------------------
    def _after_reset(self) -> None:
        count = self.list_model.rowCount()
        self.list.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self._fit_list_height()
        if self.editing_id is not None:
            if self.list_model.row_of(self.editing_id) < 0:
                # The entry went away (deleted elsewhere): keep the words as a new entry.
                self.editing_id = None
            else:
                self._select(self.editing_id)
        self._sync_buttons()
        self._update_mode_label()

    def _sync_buttons(self) -> None:
        """Each button only where it would do something: Delete and the moves need a chosen
        entry, and the first cannot go up nor the last down (before, all three stayed
        enabled with nothing chosen and a click did nothing)."""
        row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        last = self.list_model.rowCount() - 1
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < last)

    def _fit_list_height(self) -> None:
        """As tall as its rows, each as the list lays it out at its width: a row's own
        size hint is one line even where it wraps, and at 200 % in 1024×640 a one-entry
        list once cut its entry's second line off ("I get a week at a" / "time")."""
        rows = self.list_model.rowCount()
        height = sum(max(self.list.sizeHintForRow(r), 24,
                         self.list.visualRect(self.list_model.index(r, 0)).height())
                     for r in range(rows))
        frame = self.list.frameWidth() * 2 + 10
        self.list.setFixedHeight(height + frame if rows else 0)

    def _select(self, item_id: str | None) -> None:
        row = self.list_model.row_of(item_id) if item_id else -1
        if row < 0:
            return
        selection = self.list.selectionModel()
        blocked = selection.blockSignals(True)
        index = self.list_model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(blocked)
        self.list.viewport().update()

    def _update_mode_label(self) -> None:
        if self.editing_id is None:
            self.mode_label.setText(
                tr("A new entry: type, then Enter or Add. To change an entry, select it and "
                   "press Enter or F2.") if self.list_model.rowCount()
                else tr("A new entry: type, then Enter or Add."))
            self.done_button.setText(tr("Add"))
        else:
            row = self.list_model.row_of(self.editing_id)
            self.mode_label.setText(tr(
                "Editing entry {number} — changes save themselves. Enter or Done goes back "
                "to a new entry.").format(number=number(row + 1)))
            self.done_button.setText(tr("Done"))
        self._name(self.done_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list_height()
