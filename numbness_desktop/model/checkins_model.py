"""Check-ins with the people from the safety plan: planned, then marked done."""

from __future__ import annotations

from numbness_desktop.domain.support import PersonCheckIn
from numbness_desktop.model.record_list_model import RecordListModel


class CheckInsModel(RecordListModel):
    record_type = PersonCheckIn
    empty_text = ("No check-ins yet. A 15–20 minute call or coffee, with no agenda, is "
                  "plenty.")

    def mark_done(self, record_id: str, connected: int | None, note: str) -> PersonCheckIn | None:
        return self.update(record_id, done=1, connected=connected, note=note)
