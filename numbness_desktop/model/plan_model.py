"""The two-week plan seen through Qt signals: the current run, its progress and review.

Progress is computed from the records each time it is asked for (a few small queries), so
a feeling named in the journal or a breathing session ticks its step without any copying.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain.clock import Clock
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.two_week_plan import (
    STEP_BY_KEY,
    Choice,
    PlanProgress,
    PlanRun,
    TickValue,
    progress,
)
from numbness_desktop.model.writes import then_true
from numbness_desktop.store.db import Store
from numbness_desktop.store.plan_repo import PlanRepository

if TYPE_CHECKING:
    from numbness_desktop.domain.two_week_review import Review


class PlanModel(QObject):
    changed = Signal()

    def __init__(self, store: Store, error_signal: SignalInstance, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = PlanRepository(store)
        self._error = error_signal
        self.clock = clock

    def today(self) -> date:
        """The local calendar date where the person is now."""
        return self.clock().date()

    def current_run(self) -> PlanRun | None:
        return self._read(self._repo.current_run, None)

    def progress(self) -> PlanProgress | None:
        run = self.current_run()
        if run is None:
            return None
        today = self.today()

        def read() -> PlanProgress:
            first = min(run.start_day, today)
            facts = self._repo.day_facts(first, max(run.last_day, today))
            return progress(run, today, facts, self._repo.once_facts(),
                            self._repo.ticks(run.id))

        return self._read(read, None)

    def review(self) -> Review | None:
        run = self.current_run()
        if run is None:
            return None

        from numbness_desktop.domain.two_week_review import review  # only once a run ends

        def read() -> Review:
            facts = self._repo.day_facts(run.start_day, run.last_day)
            return review(run, facts, self._repo.once_facts(), self._repo.ticks(run.id),
                          self._repo.ratings(run.start_day, run.last_day))

        return self._read(read, None)

    # Writing ---------------------------------------------------------------------------------
    def start(self, start_day: date | None = None) -> PlanRun | None:
        return self._write(lambda: self._repo.start(start_day or self.today()))

    def start_tomorrow(self) -> PlanRun | None:
        return self.start(self.today() + timedelta(days=1))

    def set_tick(self, step: str, value: TickValue | None) -> bool:
        run = self.current_run()
        if run is None:
            return False
        daily = STEP_BY_KEY[step].daily
        return self._write(then_true(lambda: self._repo.set_tick(
            run.id, step, self.today(), value, daily))) is True

    def choose(self, choice: Choice) -> PlanRun | None:
        run = self.current_run()
        if run is None:
            return None
        return self._write(lambda: self._repo.choose(run.id, choice, self.today()) or run)

    def stop(self) -> bool:
        run = self.current_run()
        if run is None:
            return False
        return self._write(then_true(lambda: self._repo.stop(run.id))) is True

    def _read(self, query, fallback):
        try:
            return query()
        except StorageError as error:
            self._error.emit(error.message)
            return fallback

    def _write(self, operation):
        try:
            result = operation()
        except StorageError as error:
            self._error.emit(error.message)
            return None
        self.changed.emit()
        return result
