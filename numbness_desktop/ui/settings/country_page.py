"""Settings → Country & crisis line: the same choice as in the plan and in Get help now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.country_choice import (
    ask_about_own,
    change_country,
    country_box,
    country_note,
    sync_box,
)
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.settings.choices import page_layout


class CountryPage(QWidget):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.ask_about_own_numbers = ask_about_own(self)
        layout = page_layout(self, "Country & crisis line", "")  # titled like the others
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # With large text in a narrow page the choice goes below its label, never cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.country_box = country_box()
        self.country_box.activated.connect(self._picked)
        form.addRow(tr("Country for crisis numbers:"), self.country_box)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        layout.addStretch(1)
        app_model.safety.changed.connect(self._sync)
        self._sync()

    def _picked(self, _index: int) -> None:
        change_country(self.app_model, self.country_box.currentData(),
                       self.ask_about_own_numbers)
        self._sync()

    def _sync(self) -> None:
        code = self.app_model.safety.plan().country or "OTHER"
        sync_box(self.country_box, code)
        self.note.setText(country_note(code))
