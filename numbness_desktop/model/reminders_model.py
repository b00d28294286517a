"""Gentle reminders seen through Qt: the person's times, and invitations when one is due.

Off by default (``reminders/enabled``). ``tick()`` is called by a timer in the window (every
~20 s) and compares the store's clock with the last look, so a fake clock drives it in tests
and a sleeping computer never gets a burst of late invitations (domain/reminders.py).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain import reminders as rules
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.reminders import Reminder, ReminderKind
from numbness_desktop.model.preferences import Preferences
from numbness_desktop.model.writes import then_true
from numbness_desktop.store import wellbeing_repo
from numbness_desktop.store.db import Store

ENABLED = "reminders/enabled"
CLOSE_TO_TRAY = "reminders/closeToTray"
AUTOSTART = "reminders/autostart"
QUIET_DAY = "reminders/quietDay"


class RemindersModel(QObject):
    remindersChanged = Signal()
    invitation = Signal(str, str, str)  # reminder id, title, text

    def __init__(self, store: Store, preferences: Preferences, errors: SignalInstance,
                 parent: QObject | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preferences = preferences
        self._errors = errors
        self.zone = zone  # None: the system's own rules (tests pass a ZoneInfo)
        self._since = store.clock()
        self._snoozed: dict[str, datetime] = {}
        self._cache: list[Reminder] | None = None

    # Choices ---------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self.preferences.value(ENABLED, False)

    def set_enabled(self, on: bool) -> None:
        self._since = self.store.clock()  # nothing from before the switch arrives late
        self.preferences.set_value(ENABLED, bool(on))
        self.remindersChanged.emit()

    def reminders(self) -> list[Reminder]:
        if self._cache is None:
            try:
                self._cache = wellbeing_repo.reminders(self.store)
            except StorageError as error:
                self._errors.emit(error.message)
                return []
        return list(self._cache)

    def add(self, kind: ReminderKind, time_of_day: str) -> Reminder | None:
        return self._write(lambda: wellbeing_repo.add_reminder(self.store, kind, time_of_day))

    def update(self, reminder: Reminder) -> Reminder | None:
        return self._write(lambda: wellbeing_repo.update_reminder(self.store, reminder))

    def delete(self, reminder_id: str) -> bool:
        return self._write(then_true(
            lambda: wellbeing_repo.delete_reminder(self.store, reminder_id))) is True

    def _write(self, operation):
        try:
            result = operation()
        except StorageError as error:
            self._errors.emit(error.message)
            return None
        self._cache = None
        self.remindersChanged.emit()
        return result

    # Time ------------------------------------------------------------------------------------
    def quiet_day(self) -> date | None:
        text = self.preferences.value(QUIET_DAY, "")
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def tick(self) -> list[Reminder]:
        """Emit an invitation for each reminder due since the last look."""
        now = self.store.clock()
        since, self._since = self._since, now
        if not self.enabled:
            return []
        found = rules.due(self.reminders(), since, now, self.zone,
                          quiet_day=self.quiet_day(), snoozed=self._snoozed)
        for reminder in found:
            self._snoozed.pop(reminder.id, None)
            title, text = rules.INVITATIONS[reminder.kind]
            self.invitation.emit(reminder.id, title, text)
        return found

    def snooze(self, reminder_id: str) -> datetime:
        """The same invitation again in half an hour."""
        back = self.store.clock() + rules.SNOOZE
        self._snoozed[reminder_id] = back
        return back

    def not_today(self) -> None:
        """No more invitations until tomorrow (kept across a restart)."""
        today = rules.local_day(self.store.clock(), self.zone)
        self._snoozed.clear()
        self.preferences.set_value(QUIET_DAY, today.isoformat())

    def next_invitation(self) -> tuple[Reminder, datetime] | None:
        if not self.enabled:
            return None
        return rules.next_moment(self.reminders(), self.store.clock(), self.zone,
                                 self.quiet_day())
