"""Reminders: off by default, invitations with a fake clock, snooze and "not today"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from numbness_desktop.domain.reminders import ReminderKind
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.model.reminders_model import QUIET_DAY


@pytest.fixture
def model(store):
    app_model = AppModel(store)
    reminders = app_model.reminders
    reminders.zone = ZoneInfo("Europe/Berlin")  # the fake clock's own offset in November
    yield reminders  # app_model (its parent) stays alive with the fixture


def test_off_by_default_and_nothing_arrives(model, clock, qtbot):
    assert model.enabled is False
    model.add(ReminderKind.CHECK_IN, "20:00")
    clock.advance(hours=1)  # 20:30
    assert model.tick() == []


def test_an_invitation_at_the_chosen_time(model, clock, qtbot):
    model.set_enabled(True)
    evening = model.add(ReminderKind.CHECK_IN, "20:00")
    clock.advance(minutes=29)  # 19:59
    assert model.tick() == []
    clock.advance(minutes=1, seconds=20)  # 20:00:20
    with qtbot.waitSignal(model.invitation) as signal:
        assert model.tick() == [evening]
    assert signal.args[0] == evening.id and "check in" in signal.args[1]
    clock.advance(minutes=10)
    assert model.tick() == []  # once


def test_snooze_brings_it_back_in_half_an_hour(model, clock):
    model.set_enabled(True)
    evening = model.add(ReminderKind.PRACTICE, "19:45")
    clock.advance(minutes=15)
    assert model.tick() == [evening]
    model.snooze(evening.id)
    clock.advance(minutes=29)
    assert model.tick() == []
    clock.advance(minutes=2)
    assert model.tick() == [evening]


def test_not_today_lasts_until_tomorrow_and_a_restart(model, clock, store):
    model.set_enabled(True)
    model.add(ReminderKind.CHECK_IN, "21:00")
    model.add(ReminderKind.PRACTICE, "09:00")
    model.not_today()
    assert model.preferences.value(QUIET_DAY, "") == "2026-11-26"
    clock.advance(hours=2)  # 21:30 today: quiet
    assert model.tick() == []
    restarted = AppModel(store)  # a restart keeps "not today"
    again = restarted.reminders
    again.zone = model.zone
    assert again.quiet_day().isoformat() == "2026-11-26"
    clock.advance(hours=12)  # 09:30 tomorrow
    assert [r.kind for r in model.tick()] == [ReminderKind.PRACTICE]


def test_switching_on_late_does_not_deliver_the_past(model, clock):
    model.add(ReminderKind.CHECK_IN, "19:15")  # 15 minutes ago
    model.set_enabled(True)
    clock.advance(seconds=20)
    assert model.tick() == []


def test_next_invitation(model, clock):
    assert model.next_invitation() is None
    model.set_enabled(True)
    model.add(ReminderKind.CHECK_IN, "08:00")
    _reminder, moment = model.next_invitation()
    assert moment.astimezone(model.zone).strftime("%d %H:%M") == "27 08:00"
