"""The Support tab's models, one per feature, each built the first time it is asked for."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from numbness_desktop.model.appointments_model import AppointmentsModel
    from numbness_desktop.model.checkins_model import CheckInsModel
    from numbness_desktop.model.therapists_model import TherapistsModel
    from numbness_desktop.model.values_model import ValuesModel


class SupportModels(QObject):
    """``changed`` follows a write to any of them (the two-week plan listens)."""

    changed = Signal()

    def __init__(self, store: Store, error_signal: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._error = error_signal

    def _built(self, model):
        model.changed.connect(self.changed)
        return model

    @cached_property
    def checkins(self) -> CheckInsModel:
        from numbness_desktop.model.checkins_model import CheckInsModel

        return self._built(CheckInsModel(self._store, self._error, self))

    @cached_property
    def therapists(self) -> TherapistsModel:
        from numbness_desktop.model.therapists_model import TherapistsModel

        return self._built(TherapistsModel(self._store, self._error, self))

    @cached_property
    def appointments(self) -> AppointmentsModel:
        from numbness_desktop.model.appointments_model import AppointmentsModel

        return self._built(AppointmentsModel(self._store, self._error, self))

    @cached_property
    def values(self) -> ValuesModel:
        from numbness_desktop.model.values_model import ValuesModel

        return self._built(ValuesModel(self._store, self._error, self))
