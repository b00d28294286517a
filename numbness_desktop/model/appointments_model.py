"""A first appointment (or more): when, where, with whom, and the questions to bring."""

from __future__ import annotations

from numbness_desktop.domain.support import Appointment
from numbness_desktop.model.record_list_model import RecordListModel


class AppointmentsModel(RecordListModel):
    record_type = Appointment
    empty_text = "No appointment noted. Thinking about it is a step too."
