"""A list of records with a form beside it: pick one to edit, or start a new one.

Each Support section describes its fields (``Field``) and hands over its list model; this
widget does the rest the same way everywhere: keyboard-only use (Tab through the form,
Enter saves, Delete removes the selected record), a quiet undo after every delete, and
calm messages when a save fails (the words stay in the form).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.model.record_list_model import RecordListModel
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.debounce import Debouncer
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.lists import wrap_rows


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "line"  # line, text, combo, date, score
    placeholder: str = ""
    choices: Sequence[tuple[str, str]] = ()  # (stored value, shown words) for combos
    editable: bool = False  # a combo the person may also type into
    required: bool = False  # nothing is saved while it is empty
    default: Callable[[], Any] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Nouns:
    """What a section's records are called, one and many ("goal", "goals"), in English;
    translated where they are put into a sentence."""

    one: str
    many: str


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RecordEditor(QWidget):
    saved = Signal(object)

    def __init__(self, model: RecordListModel, fields: Sequence[Field], nouns: Nouns,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.fields = list(fields)
        self.noun = noun = tr(nouns.one)
        self.today = today
        self.editing_id: str | None = None
        self.widgets: dict[str, QWidget] = {}
        self._loaded: dict[str, Any] = {}
        self._loading = False
        # Edits to a saved record save themselves after a pause; a new one on Add (or when
        # the person leaves the tab or closes Reconnect, so typed words are never lost).
        self.autosave = Debouncer(self._autosave, parent=self)
        # Side by side when there is room; the form under the list when text is large.
        self.outer = outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(20)

        left = QVBoxLayout()
        self.list = QListView()
        self.list.setModel(model)
        self.list.setAccessibleName(tr("My {records}").format(records=tr(nouns.many)))
        wrap_rows(self.list)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.empty_label = QLabel(tr(model.empty_text))
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list.setMinimumHeight(120)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty_label, 1)
        self.undo_bar = Banner(tr("Undo"), tr("Undo deleting the {record}").format(record=noun))
        self.undo_bar.action.clicked.connect(self.undo_delete)
        left.addWidget(self.undo_bar)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        self.mode_label = QLabel()
        self.mode_label.setObjectName("subTitle")
        right.addWidget(self.mode_label)
        self.form = form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.fields:
            widget = self._make(spec)
            widget.setAccessibleName(spec.label)
            typing_field = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if typing_field is not None:
                # The typing field inside an editable combo is its own object to a screen
                # reader (AT-SPI lists it as a text field): it needs the name too.
                typing_field.setAccessibleName(spec.label)
            self._watch(widget)
            self.widgets[spec.key] = widget
            form.addRow(spec.label, widget)
        right.addLayout(form)
        # In a row while they fit; one under another when their words are long.
        self.button_row = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.save_button = QPushButton(tr("Save {record}").format(record=noun))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(lambda: self.save())
        self.new_button = QPushButton(tr("New {record}").format(record=noun))
        self.new_button.setAccessibleName(self.new_button.text())
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setAccessibleName(tr("Delete this {record}").format(record=noun))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.extra = QVBoxLayout()  # a section's own controls under the form
        right.addLayout(self.extra)
        right.addStretch(1)
        outer.addLayout(right, 1)

        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        model.modelReset.connect(self._after_reset)
        self._after_reset()
        self.start_new()

    # Fields ----------------------------------------------------------------------------------
    def _make(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setPlaceholderText(spec.placeholder)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(110)
            return text
        if spec.kind == "combo":
            combo = QComboBox()
            combo.setEditable(spec.editable)
            for value, words in spec.choices:
                combo.addItem(words, value)
            return combo
        if spec.kind == "date":
            day = QDateEdit()
            day.setCalendarPopup(True)
            day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            return day
        if spec.kind == "score":
            score = QSpinBox()
            score.setRange(-1, 10)
            score.setSpecialValueText(tr("Not rated"))
            return score
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder)
        line.returnPressed.connect(lambda: self.save())
        return line

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._on_edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_edited)
            widget.editTextChanged.connect(self._on_edited)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(self._on_edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._on_edited)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._on_edited)

    def _on_edited(self, *_args) -> None:
        if not self._loading and self.editing_id is not None:
            self.autosave.poke()

    def _autosave(self) -> None:
        if self.editing_id is not None and self.has_unsaved():
            self.save(check_required=False)

    def has_unsaved(self) -> bool:
        return self.values() != self._loaded

    def flush(self) -> bool:
        """Keep whatever was typed: save it now. ``False`` if it could not be saved."""
        self.autosave.cancel()
        if not self.has_unsaved():
            return True
        return self.save(check_required=False) is not None

    def value(self, key: str) -> Any:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            typed = widget.currentText() != widget.itemText(widget.currentIndex())
            if (widget.isEditable() and typed) or data is None:
                return widget.currentText().strip()
            return data
        if isinstance(widget, QDateEdit):
            return widget.date().toString("yyyy-MM-dd")
        if isinstance(widget, QSpinBox):
            return None if widget.value() < 0 else widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def set_value(self, key: str, value: Any) -> None:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable() and value:
                widget.setEditText(value)
            else:
                widget.setCurrentIndex(0)
        elif isinstance(widget, QDateEdit):
            if isinstance(value, date):
                value = value.isoformat()
            parsed = QDate.fromString(value or "", "yyyy-MM-dd")
            widget.setDate(parsed if parsed.isValid() else _to_qdate(self.today()))
        elif isinstance(widget, QSpinBox):
            widget.setValue(-1 if value is None else int(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")

    def values(self) -> dict[str, Any]:
        return {spec.key: self.value(spec.key) for spec in self.fields}

    # Acting ----------------------------------------------------------------------------------
    def start_new(self) -> None:
        if self.has_unsaved() and self.editing_id is not None:
            self.flush()
        self.editing_id = None
        self.list.selectionModel().clearCurrentIndex()
        self.list.clearSelection()
        self._loading = True
        for spec in self.fields:
            self.set_value(spec.key, spec.default() if spec.default else None)
        self._loading = False
        self._loaded = self.values()
        self._update_mode()
        first = self.widgets[self.fields[0].key]
        if self.isVisible():
            first.setFocus()

    def load(self, record: Any) -> None:
        if self.editing_id != record.id and self.has_unsaved():
            self.flush()  # the words typed into the record being left
        self.editing_id = record.id
        self._loading = True
        for spec in self.fields:
            self.set_value(spec.key, getattr(record, spec.key))
        self._loading = False
        self._loaded = self.values()
        self._update_mode()

    def prepare(self, values: dict[str, Any]) -> dict[str, Any] | None:
        """A section may add derived values or refuse (``None``) with its own message."""
        return values

    def save(self, check_required: bool = True) -> Any | None:
        self.autosave.cancel()
        for spec in self.fields:
            if check_required and spec.required and not self.value(spec.key):
                self.widgets[spec.key].setFocus()
                self.mode_label.setText(tr("{field} is needed to save this {record}.").format(
                    field=spec.label, record=self.noun))
                return None
        values = self.prepare(self.values())
        if values is None:
            return None
        if self.editing_id is None:
            record = self.model.add(**values)
        else:
            record = self.model.update(self.editing_id, **values)
        if record is not None:
            self.editing_id = record.id
            self._loaded = self.values()
            self._select(record.id)
            self._update_mode()
            self.saved.emit(record)
        return record

    def current_record(self) -> Any | None:
        return self.model.record_at(self.model.row_of(self.editing_id or ""))

    def delete_current(self) -> None:
        if self.editing_id is None:
            return
        deleted = self.model.delete(self.editing_id)
        if deleted is not None:
            self.start_new()
            self.undo_bar.show_message(tr("Deleted: {record}").format(record=deleted.display()))

    def undo_delete(self) -> None:
        restored = self.model.undo_delete()
        if restored is not None:
            self._select(restored.id)
            self.load(restored)
        if not self.model.can_undo():
            self.undo_bar.hide()

    def resizeEvent(self, event) -> None:
        """Below about 90 characters of width, or when the list and the form side by side
        need more than the width there is (longer words in another language, larger text),
        the form goes under the list."""
        outer = self.outer
        side_by_side = sum(outer.itemAt(i).minimumSize().width() for i in range(outer.count()))
        side_by_side += outer.spacing() * (outer.count() - 1)
        narrow = (self.width() < 90 * self.fontMetrics().averageCharWidth()
                  or self.width() <= side_by_side)
        shown = [b for b in (self.save_button, self.new_button, self.delete_button)
                 if not b.isHidden()]
        in_a_row = sum(b.sizeHint().width() for b in shown) \
            + self.button_row.spacing() * (len(shown) - 1)
        room = self.width() if narrow else self.width() // 2
        # Held at its smallest width, the editor is wider than the room it was given.
        squeezed = narrow and self.width() <= self.minimumSizeHint().width()
        buttons = (QBoxLayout.Direction.TopToBottom if room < in_a_row or squeezed
                   else QBoxLayout.Direction.LeftToRight)
        if self.button_row.direction() != buttons:
            self.button_row.setDirection(buttons)
        direction = (QBoxLayout.Direction.TopToBottom if narrow
                     else QBoxLayout.Direction.LeftToRight)
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
            self.outer.setStretch(0, 0 if narrow else 1)  # stacked: no gap under the list
        super().resizeEvent(event)

    # Keeping in step -------------------------------------------------------------------------
    def _on_current(self, current, _previous) -> None:
        record = self.model.record_at(current.row()) if current.isValid() else None
        if record is not None:
            self.load(record)

    def _select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            selection = self.list.selectionModel()
            blocked = selection.blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            selection.blockSignals(blocked)

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if self.editing_id is not None:
            self._select(self.editing_id)

    def _update_mode(self) -> None:
        editing = self.editing_id is not None
        words = tr("Editing this {record}") if editing else tr("A new {record}")
        self.mode_label.setText(words.format(record=self.noun))
        self.delete_button.setEnabled(editing)
        words = tr("Save {record}") if editing else tr("Add {record}")
        self.save_button.setText(words.format(record=self.noun))
        self.save_button.setAccessibleName(self.save_button.text())
