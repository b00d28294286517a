"""The Support tab's sections, in order, in one place.

A section is a title, a key (used by the two-week plan's links, e.g. ``support:people``) and
a factory ``(app_model, today) -> QWidget``. A widget may offer the signals ``openPlace(str)``
and ``openSummary()``; the tab forwards them. Adding a section (for example "Learn") is one
line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.app_model import AppModel

Factory = Callable[[AppModel, Callable[[], date]], QWidget]


@dataclass(frozen=True)
class SupportSection:
    key: str
    title: str
    factory: Factory


def _people(app_model, today):
    from numbness_desktop.ui.support.people import PeopleSection

    return PeopleSection(app_model, today)


def _therapists(app_model, today):
    from numbness_desktop.ui.support.therapists import TherapistsSection

    return TherapistsSection(app_model, today)


def _appointment(app_model, today):
    from numbness_desktop.ui.support.appointment import AppointmentSection

    return AppointmentSection(app_model, today)


def _values(app_model, today):
    from numbness_desktop.ui.support.values import ValuesSection

    return ValuesSection(app_model, today)


def _learn(app_model, today):
    from numbness_desktop.ui.learn.section import LearnSection

    return LearnSection()


SECTIONS: list[SupportSection] = [
    SupportSection("people", "People", _people),
    SupportSection("therapists", "Finding a therapist", _therapists),
    SupportSection("appointment", "A first appointment", _appointment),
    SupportSection("values", "Values", _values),
    SupportSection("learn", "Learn", _learn),
]
