"""Settings → Data: where everything lives, backups and restore, export, import, removing
deleted records from backups, and Delete everything."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.data.restore_dialog import describe
from numbness_desktop.ui.i18n import ntr, tr
from numbness_desktop.ui.settings.choices import page_layout


class DataPage(QWidget):
    def __init__(self, app_model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = app_model.data_safety
        self.data = app_model.data
        read_only = app_model.read_only
        layout = page_layout(self, "Your data", "")
        where = QLabel(tr("Everything Reconnect keeps for you is in one folder: {folder}, "
                          "readable only by you. Nothing is ever sent anywhere.").format(
            folder=app_model.store.data_dir))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(tr("Backups"))
        layout.addWidget(self.summary)
        self.buttons: dict[str, QPushButton] = {}
        self.backup_button = self._button("Back up now", self.back_up_now)
        self.restore_button = self._button("Restore from backup…",
                                           self._data.restoreRequested.emit)
        export = self._button("Export…", lambda: self.open("Export"))
        import_ = self._button("Import…", lambda: self.open("Import"))
        for row in ((self.backup_button, self.restore_button), (export, import_)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            layout.addLayout(line)
        for button in (self.backup_button, self.restore_button, import_):
            button.setEnabled(not read_only)
        note = QLabel(tr("Reconnect also makes a checked backup each day (the last 7 days and "
                         "4 weeks are kept, and one before every update). Restoring never "
                         "overwrites: what is there now is moved to the “set-aside” folder "
                         "first."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        deleted = QLabel(tr("Something you delete stays in the backups made before it until "
                            "they rotate out. Deleting a journal entry offers to remove it from "
                            "them at once; this removes everything you have deleted from every "
                            "backup."))
        deleted.setObjectName("muted")
        deleted.setWordWrap(True)
        layout.addWidget(deleted)
        line = QHBoxLayout()
        self.scrub = QPushButton(tr("Remove deleted records from backups"))
        self.scrub.setAccessibleName(self.scrub.text())
        self.scrub.clicked.connect(self.remove_deleted)
        self.scrub.setEnabled(not read_only)
        line.addWidget(self.scrub)
        line.addStretch(1)
        layout.addLayout(line)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setAccessibleDescription(tr("Result"))
        layout.addWidget(self.result)
        everything = QLabel(tr("Delete everything removes the database, every backup, files "
                               "set aside, drafts, settings and the log."))
        everything.setObjectName("muted")
        everything.setWordWrap(True)
        layout.addWidget(everything)
        line = QHBoxLayout()
        wipe = self._button("Delete everything…", lambda: self.open("Delete everything"))
        wipe.setEnabled(not read_only)
        line.addWidget(wipe)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addStretch(1)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(tr(text))
        button.setAccessibleName(tr(text.rstrip("…")))
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[text.rstrip("…")] = button
        return button

    def refresh(self) -> None:
        backups = [info for info in self._data.backups() if info.ok]
        if not backups:
            self.summary.setText(tr("No backups yet."))
            return
        self.summary.setText(ntr("%n checked backup; the newest: {newest}.",
                                 "%n checked backups; the newest: {newest}.",
                                 len(backups)).format(newest=describe(backups[0])))

    def back_up_now(self) -> None:
        if self._data.back_up_now() is not None:
            self.refresh()

    def remove_deleted(self) -> str:
        from numbness_desktop.domain.errors import ReconnectError

        try:
            line = self.data.remove_deleted_from_backups()
        except ReconnectError as error:
            line = error.message
        self.result.setText(tr(line))
        return line

    def open(self, name: str):
        """Export, Import, Back up now or Delete everything, as its own dialog."""
        from numbness_desktop.ui.data.actions import dialog_class

        # Each data dialog takes (data model, parent), unlike DataDialog's own signature.
        dialog_type: Any = dialog_class(name.rstrip("…"))
        dialog = dialog_type(self.data, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog
