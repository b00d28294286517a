"""WHO-5 results seen through Qt: save, list, and when to offer the next check."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.domain import who5
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import wellbeing_repo
from numbness_desktop.store.db import Store


class WellbeingModel(QObject):
    """A failed write is reported on ``errors`` and returns ``None``; nothing is raised."""

    resultsChanged = Signal()

    def __init__(self, store: Store, errors: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._errors = errors

    def today(self) -> date:
        return self.store.clock().date()

    def save(self, answers: tuple[int, ...],
             occasion: str = who5.Occasion.OWN) -> who5.Who5Result | None:
        try:
            result = wellbeing_repo.add_result(self.store, answers, occasion)
        except StorageError as error:
            self._errors.emit(error.message)
            return None
        self.resultsChanged.emit()
        return result

    def delete(self, result_id: str) -> bool:
        try:
            wellbeing_repo.delete_result(self.store, result_id)
        except StorageError as error:
            self._errors.emit(error.message)
            return False
        self.resultsChanged.emit()
        return True

    def results(self, first: date | None = None, last: date | None = None
                ) -> list[who5.Who5Result]:
        try:
            return wellbeing_repo.results(self.store, first.isoformat() if first else "",
                                          last.isoformat() if last else "9999-12-31")
        except StorageError as error:
            self._errors.emit(error.message)
            return []

    def offer_due(self, plan_start: date | None) -> who5.Occasion | None:
        """For the two-week plan: the occasion to offer the WHO-5 today, or ``None``.

        Offered (never pushed) in the plan's first days, at its end, and then every two
        weeks after the most recent check.
        """
        taken = [date.fromisoformat(r.day) for r in self.results()]
        return who5.offer_due(self.today(), plan_start, taken)
