"""Notes on potential therapists or clinics, each with a status and a next step."""

from __future__ import annotations

from numbness_desktop.domain.support import TherapistNote
from numbness_desktop.model.record_list_model import RecordListModel


class TherapistsModel(RecordListModel):
    record_type = TherapistNote
    empty_text = ("No notes yet. Asking your doctor or primary care provider for a referral "
                  "is a good first step.")
