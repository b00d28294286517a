"""People: the trusted people from the safety plan (typed once, shared) and check-ins with
them — a low-pressure 15–20 minute call or coffee, planned, then marked done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.model.plan_section_model import PlanSectionModel
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.lists import wrap_rows
from numbness_desktop.ui.safety.numbered_rows import NumberedWrappedDelegate
from numbness_desktop.ui.support.record_editor import Field, Nouns, RecordEditor

HOW = (("Phone call", "Phone call"), ("Coffee", "Coffee"), ("A walk", "A walk"),
       ("Video call", "Video call"), ("Messages", "Messages"))
DONE = (("0", "Planned"), ("1", "Done"))


class CheckInEditor(RecordEditor):
    def __init__(self, app_model: AppModel, today: Callable[[], date]) -> None:
        self.app_model = app_model
        fields = (
            Field("person_id", tr("With"), "combo"),
            Field("planned_day", tr("Day"), "date", default=today),
            Field("planned_time", tr("Time"), placeholder=tr("e.g. after work, or 18:30")),
            Field("how", tr("How"), "combo",
                  choices=tuple((value, tr(words)) for value, words in HOW), editable=True),
            Field("done", tr("Done yet?"), "combo",
                  choices=tuple((value, tr(words)) for value, words in DONE)),
            Field("connected", tr("How connected it felt (0–10)"), "score"),
            Field("note", tr("One line about it"), placeholder=tr("optional")),
        )
        super().__init__(app_model.support.checkins, fields, Nouns("check-in", "check-ins"),
                         today)
        self.fill_people()
        app_model.safety.changed.connect(self.fill_people)
        done_box = self.widgets["done"]
        assert isinstance(done_box, QComboBox)
        done_box.currentIndexChanged.connect(self._show_after_rows)
        self.mark_done_button = QPushButton(tr("It happened: mark as done"))
        self.mark_done_button.setAccessibleName(tr("Mark this check-in as done"))
        self.mark_done_button.clicked.connect(self.mark_done)
        self.extra.addWidget(self.mark_done_button)
        self._show_after_rows()

    def mark_done(self) -> None:
        """Done, then the two optional questions: how connected it felt, one line."""
        box = self.combo("done")
        box.setCurrentIndex(box.findData("1"))
        rating = self.widgets["connected"]
        assert isinstance(rating, QSpinBox)
        rating.setFocus()
        rating.selectAll()  # typing a number replaces "Not rated"

    def _show_after_rows(self, *_args) -> None:
        """How it felt and one line about it: asked only once it is done."""
        done = self.value("done") == "1"
        for key in ("connected", "note"):
            self.form.setRowVisible(self.widgets[key], done)
        self.mark_done_button.setVisible(self.editing_id is not None and not done)

    def _update_mode(self) -> None:
        super()._update_mode()
        if hasattr(self, "mark_done_button"):
            self._show_after_rows()

    def fill_people(self) -> None:
        box = self.widgets["person_id"]
        assert isinstance(box, QComboBox)
        keep = box.currentData()
        box.clear()
        for item in self.app_model.safety.plan().section_items("help_people"):
            if item.text:
                box.addItem(item.text, item.id)
        index = box.findData(keep)
        box.setCurrentIndex(max(0, index))
        if self.editing_id is None and "person_id" in self._loaded:
            self._loaded["person_id"] = self.value("person_id")  # a choice, not typing

    def combo(self, key: str) -> QComboBox:
        box = self.widgets[key]
        assert isinstance(box, QComboBox)
        return box

    def set_value(self, key: str, value: Any) -> None:
        if key == "done":
            value = str(value or 0)
        if key == "person_id" and value and self.combo(key).findData(value) < 0:
            record = self.model.record_at(self.model.row_of(self.editing_id or ""))
            if record is not None:  # someone since removed from the plan: keep their name
                self.combo(key).addItem(record.person_name, value)
        super().set_value(key, value)

    def prepare(self, values: dict[str, Any]) -> dict[str, Any] | None:
        box = self.combo("person_id")
        if box.count() == 0:
            self.app_model.errorOccurred.emit(
                tr("Add a person above first; a check-in is with someone you trust."))
            return None
        values["person_name"] = box.currentText()
        values["done"] = int(values["done"] or 0)
        return values


class PeopleSection(QWidget):
    """The people, then the check-ins."""

    openPlace = Signal(str)

    def __init__(self, app_model: AppModel, today: Callable[[], date]) -> None:
        super().__init__()
        self.app_model = app_model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = QLabel(tr("People I trust"))
        title.setObjectName("sectionTitle")
        intro = QLabel(tr("The same people as in your safety plan's “People I can ask for "
                          "help”: add someone here or there and they are in both."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        self.people_model = PlanSectionModel(app_model.safety, "help_people")
        self.people_list = QListView()
        self.people_list.setModel(self.people_model)
        self.people_list.setAccessibleName(tr("People I trust"))
        wrap_rows(self.people_list)
        # wrapped lines start under the words, not under the number
        self.people_list.setItemDelegate(NumberedWrappedDelegate(self.people_list))
        # No one yet: a sentence in the list's place, not an empty box (a screen reader
        # reads it where the list would be; the name field below is the next Tab stop).
        self.people_empty = QLabel(tr(
            "No one here yet; when you feel ready, add a friend, relative or neighbour you "
            "feel safe with by typing their name below and choosing Add person."))
        self.people_empty.setObjectName("muted")
        self.people_empty.setWordWrap(True)
        self.people_empty.setMinimumWidth(1)  # wraps, never widens the page
        layout.addWidget(self.people_list)
        layout.addWidget(self.people_empty)
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(tr("Name, e.g. Sam (my sister)"))
        self.name_field.setAccessibleName(tr("Person's name"))
        self.people_model.modelReset.connect(self._fit_people)
        self._fit_people()  # (once both have a parent: shown before it, one is a window)
        self.reach_field = QLineEdit()
        self.reach_field.setPlaceholderText(tr("How to reach them"))
        self.reach_field.setAccessibleName(tr("How to reach them"))
        self.reach_field.returnPressed.connect(self.add_person)
        self.name_field.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(tr("Add person"))
        self.add_button.setAccessibleName(tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(tr("Remove selected"))
        self.remove_button.setAccessibleName(tr("Remove selected person"))
        self.remove_button.clicked.connect(self.remove_person)
        # Enabled only while someone is chosen: with no one, it could do nothing.
        self.people_list.selectionModel().currentChanged.connect(self._update_remove)
        self.people_model.modelReset.connect(self._update_remove)
        self._update_remove()
        # One row when there is room; the buttons under the fields when text is large.
        self.add_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.add_row.setSpacing(10)
        fields, buttons = QHBoxLayout(), QHBoxLayout()
        fields.setSpacing(10)
        buttons.setSpacing(10)
        fields.addWidget(self.name_field, 3)
        fields.addWidget(self.reach_field, 2)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.add_row.addLayout(fields, 1)
        self.add_row.addLayout(buttons)
        layout.addLayout(self.add_row)
        self.undo_bar = Banner(tr("Undo"), tr("Undo removing the person"))
        self.undo_bar.action.clicked.connect(self.undo_delete)
        layout.addWidget(self.undo_bar)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("divider")
        layout.addWidget(line)
        title2 = QLabel(tr("Check-ins"))
        title2.setObjectName("sectionTitle")
        intro2 = QLabel(tr("Plan a low-pressure 15–20 minute call or coffee. No agenda "
                           "needed; afterwards you can note how connected it felt."))
        intro2.setWordWrap(True)
        intro2.setObjectName("muted")
        layout.addWidget(title2)
        layout.addWidget(intro2)
        self.checkins = CheckInEditor(app_model, today)
        layout.addWidget(self.checkins, 1)
        self.practice_link = practice = QPushButton(
            tr("Before or after: the “staying present” practice"))
        practice.setObjectName("linkButton")
        practice.setAccessibleName(tr("Open the staying present practice"))
        practice.clicked.connect(lambda: self.openPlace.emit("practices:staying_present"))
        self.checkins.extra.addWidget(practice)

    def _fit_people(self) -> None:
        """The list as tall as its people (at most four rows before it scrolls); with no
        one in it, the sentence saying who could go there instead."""
        rows = self.people_model.rowCount()
        self.people_list.setVisible(rows > 0)
        self.people_empty.setVisible(rows == 0)
        # Tabbing straight to the name field, a screen reader says the sentence there too.
        self.name_field.setAccessibleDescription("" if rows else self.people_empty.text())
        height = sum(self.people_list.sizeHintForRow(r) for r in range(min(rows, 4)))
        self.people_list.setFixedHeight(max(height, 40) + 2 * self.people_list.frameWidth())

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.people_list.currentIndex().isValid())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_people()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        narrow = self.width() < 110 * self.fontMetrics().averageCharWidth()
        direction = (QBoxLayout.Direction.TopToBottom if narrow
                     else QBoxLayout.Direction.LeftToRight)
        if self.add_row.direction() != direction:
            self.add_row.setDirection(direction)
        super().resizeEvent(event)

    def set_place_available(self, available) -> None:
        """The practice link shows only when this build has the Practices tab."""
        self.practice_link.setVisible(available("practices:staying_present"))

    def flush(self) -> bool:
        """A name typed but not yet added is added; then the check-in's words are kept."""
        kept = True
        if self.name_field.text().strip():
            kept = self.add_person()
        return self.checkins.flush() and kept

    def add_person(self) -> bool:
        name = self.name_field.text().strip()
        if not name:
            self.name_field.setFocus()
            return True
        added = self.app_model.safety.add_item("help_people", name, self.reach_field.text().strip())
        if added is None:
            return False
        self.name_field.clear()
        self.reach_field.clear()
        if self.isVisible():
            self.name_field.setFocus()
        return True

    def remove_person(self) -> None:
        index = self.people_list.currentIndex()
        item = self.people_model.item_at(index.row()) if index.isValid() else None
        if item is None:
            return
        deleted = self.app_model.safety.delete_item(item.id)
        if deleted is not None:
            self.undo_bar.show_message(tr("Removed {person} (from your safety plan too).")
                                       .format(person=deleted.display()))

    def undo_delete(self) -> None:
        self.app_model.safety.undo_delete()
        self.undo_bar.hide()
