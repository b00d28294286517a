"""Check-ins, practice sessions, one small goal a day and the basics, seen through Qt signals.

Shared by Today's check-in card, the Practices tab and Trends. A failed write emits the
shared ``errorOccurred`` with a calm message and returns ``None``; the view keeps what the
person chose or typed and may try again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.practices import (
    CheckIn,
    CheckInState,
    DailyBasics,
    PracticeKind,
    PracticeSession,
    SmallGoal,
)
from numbness_desktop.store.db import Store
from numbness_desktop.store.practices_repo import PracticesRepository

if TYPE_CHECKING:  # imported where used: the Practices tab's first show needs neither
    from numbness_desktop.domain.day_items import DayItem
    from numbness_desktop.domain.what_helps import PracticeEffect


class PracticesModel(QObject):
    checkInsChanged = Signal()
    sessionsChanged = Signal()
    goalChanged = Signal()
    basicsChanged = Signal()
    anyChanged = Signal()  # after any of the four above

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._repo = PracticesRepository(store)
        self._error = error_signal

    def today(self) -> str:
        return self._store.clock().date().isoformat()

    # Check-ins -------------------------------------------------------------------------------
    def add_check_in(self, state: CheckInState, connected: int, distress: int | None = None,
                     note: str = "") -> CheckIn | None:
        return self._write(lambda: self._repo.add_check_in(state, connected, distress, note),
                           self.checkInsChanged)

    def update_check_in(self, check_in: CheckIn) -> CheckIn | None:
        return self._write(lambda: self._repo.update_check_in(check_in), self.checkInsChanged)

    def latest_check_in(self, day: str | None = None) -> CheckIn | None:
        return self._read(lambda: self._repo.latest_check_in(day or self.today()), None)

    def check_ins_between(self, first_day: str, last_day: str) -> list[CheckIn]:
        return self._read(lambda: self._repo.check_ins_between(first_day, last_day), [])

    # Practice sessions -----------------------------------------------------------------------
    def new_session(self, kind: PracticeKind, planned_seconds: int | None = None
                    ) -> PracticeSession:
        """A session beginning now (not saved until :meth:`save_session`)."""
        now = self._store.clock()
        return PracticeSession(id=new_id(), kind=kind, day=now.date().isoformat(),
                               started_at=iso(now), planned_seconds=planned_seconds,
                               actual_seconds=0, completed=False)

    def save_session(self, session: PracticeSession) -> PracticeSession | None:
        """Insert or update (the after-ratings arrive after the practice ended)."""
        return self._write(lambda: self._repo.save_session(session), self.sessionsChanged)

    def sessions_between(self, first_day: str, last_day: str) -> list[PracticeSession]:
        return self._read(lambda: self._repo.sessions_between(first_day, last_day), [])

    def what_helps(self) -> list[PracticeEffect]:
        return self._read(self._repo.what_helps, [])

    def day_items(self, day: date) -> list[DayItem]:
        """The day's practices and check-ins as one-line links, for the journal's day view."""
        from numbness_desktop.domain.day_items import DayItem

        key = day.isoformat()
        items = [DayItem(c.created_at[11:16], f"Check-in: {c.state.label}, connected "
                         f"{c.connected}/10", "Practices")
                 for c in self.check_ins_between(key, key)]
        items += [DayItem(s.started_at[11:16], session_summary(s), "Practices")
                  for s in self.sessions_between(key, key)]
        return sorted(items, key=lambda item: item.time)

    # One small goal a day --------------------------------------------------------------------
    def goal(self, day: str | None = None) -> SmallGoal | None:
        return self._read(lambda: self._repo.goal_for(day or self.today()), None)

    def set_goal(self, text: str, day: str | None = None) -> bool:
        """Save (or, with no words, remove) the day's goal; ``False`` if it could not be."""
        def save() -> bool:
            self._repo.set_goal(day or self.today(), text)
            return True

        return self._write(save, self.goalChanged) is True

    def set_goal_done(self, goal_id: str, done: bool) -> SmallGoal | None:
        return self._write(lambda: self._repo.set_goal_done(goal_id, done), self.goalChanged)

    # The basics ------------------------------------------------------------------------------
    def basics(self, day: str | None = None) -> DailyBasics | None:
        return self._read(lambda: self._repo.basics_for(day or self.today()), None)

    def set_basic(self, name: str, level: int | None, day: str | None = None
                  ) -> DailyBasics | None:
        return self._write(lambda: self._repo.set_basic(day or self.today(), name, level),
                           self.basicsChanged)

    def basics_between(self, first_day: str, last_day: str) -> list[DailyBasics]:
        return self._read(lambda: self._repo.basics_between(first_day, last_day), [])

    # Internals -------------------------------------------------------------------------------
    def _read(self, query: Callable, fallback):
        try:
            return query()
        except StorageError as error:
            self._error.emit(error.message)
            return fallback

    def _write(self, operation: Callable, signal: SignalInstance):
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        signal.emit()
        self.anyChanged.emit()
        return result


def session_summary(session: PracticeSession) -> str:
    """'Body scan, 5 minutes, connected 2 → 4': short, with no judgement of stopping."""
    minutes = max(1, round(session.actual_seconds / 60))
    text = f"{session.kind.label}, {minutes} minute{'s' if minutes != 1 else ''}"
    if session.connected_before is not None and session.connected_after is not None:
        text += f", connected {session.connected_before} → {session.connected_after}"
    return text
