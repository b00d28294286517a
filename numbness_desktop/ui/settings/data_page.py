"""Settings → Data: where everything is kept, the backups, back up now, restore."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.data.restore_dialog import describe
from numbness_desktop.ui.settings.choices import page_layout


class DataPage(QWidget):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = app_model.data_safety
        layout = page_layout(self, "Data", "")
        where = QLabel(f"Everything you write is kept in {app_model.store.data_dir}, readable "
                       "only by you. Nothing is ever sent anywhere.")
        where.setWordWrap(True)
        layout.addWidget(where)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Backups")
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.backup_button = QPushButton("Back up now")
        self.backup_button.setAccessibleName("Back up now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("Restore from backup…")
        self.restore_button.setAccessibleName("Restore from backup")
        self.restore_button.clicked.connect(self._data.restoreRequested)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not app_model.read_only)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        note = QLabel("Reconnect also makes a checked backup each day (the last 7 days and 4 "
                      "weeks are kept, and one before every update). Restoring never "
                      "overwrites: what is there now is moved to the “set-aside” folder first.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        backups = [info for info in self._data.backups() if info.ok]
        if not backups:
            self.summary.setText("No backups yet.")
            return
        count = len(backups)
        self.summary.setText(f"{count} checked {'backup' if count == 1 else 'backups'}; the "
                             f"newest: {describe(backups[0])}.")

    def back_up_now(self) -> None:
        if self._data.back_up_now() is not None:
            self.refresh()
