"""Settings → Reminders: off by default; times for a check-in or a practice; the tray and the
opt-in "start with my desktop session" entry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop import autostart
from numbness_desktop.domain.reminders import Reminder, ReminderKind
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.model.reminders_model import AUTOSTART, CLOSE_TO_TRAY, RemindersModel
from numbness_desktop.ui.i18n import clock_time, tr
from numbness_desktop.ui.reminders.tray import tray_available
from numbness_desktop.ui.settings.wrapping import WrapCheckBox

SUGGESTED_TIMES = ("19:00", "09:00", "13:00", "21:00")


class ReminderRow(QFrame):
    def __init__(self, model: RemindersModel, reminder: Reminder) -> None:
        super().__init__()
        self.model = model
        self.reminder = reminder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.kind = QComboBox()
        for kind in ReminderKind:
            self.kind.addItem(tr(kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(reminder.kind.value))
        self.kind.setAccessibleName(tr("What the reminder invites"))
        self.kind.currentIndexChanged.connect(lambda _i: self._save())
        layout.addWidget(self.kind)
        at = QLabel(tr("at"))
        layout.addWidget(at)
        self.time = QTimeEdit(QTime.fromString(reminder.time_of_day, "HH:mm"))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(tr("Reminder time"))
        self.time.editingFinished.connect(self._save)
        layout.addWidget(self.time)
        self.on = QCheckBox(tr("On"))
        self.on.setChecked(reminder.enabled)
        self.on.setAccessibleName(tr("This reminder is on"))
        self.on.toggled.connect(lambda _on: self._save())
        layout.addWidget(self.on)
        layout.addStretch(1)
        self.remove = QPushButton(tr("Remove"))
        hour, minute = (int(part) for part in reminder.time_of_day.split(":"))
        self.remove.setAccessibleName(tr("Remove the reminder at {time}").format(
            time=clock_time(hour, minute)))
        self.remove.clicked.connect(lambda: model.delete(reminder.id))
        layout.addWidget(self.remove)

    def _save(self) -> None:
        changed = Reminder(self.reminder.id, ReminderKind(self.kind.currentData()),
                           self.time.time().toString("HH:mm"), self.on.isChecked())
        if changed != self.reminder:
            self.reminder = changed
            self.model.update(changed)


class RemindersPage(QWidget):
    """The page for Settings (``ui/settings/pages.py``): factory(app_model, parent)."""

    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.model = app_model.reminders
        self.prefs = app_model.preferences
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        lead = QLabel(tr("A gentle invitation at a time you choose — to check in, or to try "
                         "a small practice. Off until you turn it on; letting one pass is "
                         "always fine. Nothing leaves this computer."))
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.enabled = WrapCheckBox(tr("Gentle reminders"))
        self.enabled.setAccessibleName(tr("Gentle reminders"))
        self.enabled.setChecked(self.model.enabled)
        self.enabled.toggled.connect(self._toggle)
        layout.addWidget(self.enabled)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(tr("Add a reminder"))
        self.add_button.setAccessibleName(tr("Add a reminder"))
        self.add_button.clicked.connect(self.add_reminder)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.next_label = QLabel()
        self.next_label.setObjectName("muted")
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)

        running = QLabel(tr("Reminders arrive while Reconnect is running. It can keep running "
                            "in the tray when you close its window, and it can start with your "
                            "desktop session."))
        running.setObjectName("muted")
        running.setWordWrap(True)
        layout.addWidget(running)
        self.close_to_tray = WrapCheckBox(tr("When I close the window, keep Reconnect in the "
                                          "tray"))
        self.close_to_tray.setAccessibleName(tr("Close to tray"))
        self.close_to_tray.setChecked(self.prefs.value(CLOSE_TO_TRAY, False))
        self.close_to_tray.toggled.connect(lambda on: self.prefs.set_value(CLOSE_TO_TRAY, on))
        layout.addWidget(self.close_to_tray)
        if not tray_available():
            self.close_to_tray.setEnabled(False)
            self.close_to_tray.setToolTip(tr("This desktop has no tray area."))
        self.autostart = WrapCheckBox(tr("Start Reconnect with my desktop session, minimised"))
        self.autostart.setAccessibleName(tr("Start with my desktop session"))
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self.set_autostart)
        layout.addWidget(self.autostart)
        self.autostart_note = QLabel()
        self.autostart_note.setObjectName("muted")
        self.autostart_note.setWordWrap(True)
        layout.addWidget(self.autostart_note)
        layout.addStretch(1)
        self.model.remindersChanged.connect(self.refresh)
        self.refresh()

    def _toggle(self, on: bool) -> None:
        self.model.set_enabled(on)
        if on and not self.model.reminders():
            self.add_reminder()

    def add_reminder(self) -> None:
        """A new check-in at the first suggested time not already taken (editable)."""
        taken = {r.time_of_day for r in self.model.reminders()}
        time_of_day = next((t for t in SUGGESTED_TIMES if t not in taken), SUGGESTED_TIMES[0])
        self.model.add(ReminderKind.CHECK_IN, time_of_day)

    def set_autostart(self, on: bool) -> None:
        """Write the autostart entry only on this explicit choice; remove it when unchosen."""
        try:
            if on:
                path = autostart.enable(Path(self.app_model.store.data_dir))
                self.autostart_note.setText(tr("Added {path}. Untick to remove it.").format(
                    path=path))
            else:
                self.autostart_note.setText(tr("Removed.") if autostart.disable() else "")
        except OSError as error:
            self.autostart_note.setText(tr("That couldn't be changed: {reason}.").format(
                reason=error.strerror or error))
            self.autostart.blockSignals(True)
            self.autostart.setChecked(autostart.is_enabled())
            self.autostart.blockSignals(False)
            return
        self.prefs.set_value(AUTOSTART, on)

    def rows(self) -> list[ReminderRow]:
        found = (self.rows_box.itemAt(i).widget() for i in range(self.rows_box.count()))
        return [row for row in found if isinstance(row, ReminderRow)]

    def refresh(self) -> None:
        while self.rows_box.count():
            widget = self.rows_box.takeAt(0).widget()
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        on = self.model.enabled
        for reminder in self.model.reminders():
            row = ReminderRow(self.model, reminder)
            row.setEnabled(on)
            self.rows_box.addWidget(row)
        self.add_button.setEnabled(on)
        upcoming = self.model.next_invitation()
        if upcoming is None:
            self.next_label.setText("" if not on else tr("No reminder is on."))
        else:
            reminder, moment = upcoming
            local = moment.astimezone()
            today = self.app_model.store.clock().astimezone().date()
            when = clock_time(local.hour, local.minute)
            kind = tr(reminder.kind.label).lower()
            if local.date() == today:
                words = tr("Next: {kind}, today at {time}.")
            elif (local.date() - today).days == 1:
                words = tr("Next: {kind}, tomorrow at {time}.")
            else:
                words = tr("Next: {kind}, {weekday} at {time}.")
            weekday = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
            self.next_label.setText(words.format(kind=kind, weekday=weekday, time=when))
