"""Trends seen through Qt: the chosen period, its aggregated data and readings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.domain.safety_plan import SafetyPlan
from numbness_desktop.domain.trends import Period, TrendsData, period_range, readings
from numbness_desktop.domain.trends_summary import Highlight
from numbness_desktop.store.trends_repo import TrendsRepository, journal_highlights

if TYPE_CHECKING:
    from numbness_desktop.model.app_model import AppModel


class TrendsModel(QObject):
    """Reads only. ``dataChanged`` follows a period switch or ``refresh()``."""

    dataChanged = Signal()
    periodChanged = Signal(str)

    def __init__(self, app_model: AppModel) -> None:
        super().__init__(app_model)
        self.app_model = app_model
        self.repo = TrendsRepository(app_model.store)
        self._period = Period.MONTH
        self._cache: dict[Period, TrendsData] = {}  # per period, until refresh()

    def today(self):
        return self.app_model.store.clock().date()

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        if period is self._period:
            return
        self._period = period
        self.periodChanged.emit(period.value)
        self.dataChanged.emit()

    def refresh(self) -> None:
        """Forget the cached aggregates (after new entries elsewhere) and tell the views."""
        self._cache.clear()
        self.dataChanged.emit()

    def data(self) -> TrendsData:
        """The chosen period's aggregates; a switch back to a period already seen is free."""
        cached = self._cache.get(self._period)
        if cached is None:
            try:
                cached = self.repo.data(self._period, self.today())
            except StorageError as error:
                self.app_model.errorOccurred.emit(error.message)
                return TrendsData(self._period, period_range(self._period, self.today()))
            self._cache[self._period] = cached
        return cached

    # A summary for an appointment ----------------------------------------------------------
    def summary_data(self, period: Period = Period.TWO_WEEKS) -> TrendsData:
        span = period_range(period, self.today())
        return self._read(lambda: self.repo.data_for(period, span, self.today()),
                          TrendsData(period, span))

    def highlights(self, data: TrendsData) -> list[Highlight]:
        return self._read(lambda: journal_highlights(self.app_model.store, data.range), [])

    def safety_plan(self) -> SafetyPlan:
        return self.app_model.safety_plan()

    def _read(self, read, fallback):
        try:
            return read()
        except StorageError as error:
            self.app_model.errorOccurred.emit(error.message)
            return fallback

    def readings(self) -> dict[str, str]:
        return readings(self.data(), self.today())

    def prefetch(self, period: Period) -> None:
        """Read ``period``'s aggregates into the cache ahead of a switch to it (the view
        calls this while idle); a failure is left for :meth:`data` to report if the person
        does switch."""
        if period in self._cache:
            return
        try:
            self._cache[period] = self.repo.data(period, self.today())
        except StorageError:
            return
