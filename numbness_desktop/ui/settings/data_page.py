"""Settings → Data: where everything lives, backups, export, import and Delete everything."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from numbness_desktop.model.data_model import DataModel
from numbness_desktop.ui.settings.choices import page_layout


class DataPage(QWidget):
    def __init__(self, data: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        layout = page_layout(self, "Your data", f"Everything Reconnect keeps for you is in "
                             f"one folder: {data.data_dir}. Nothing is sent anywhere.")
        self.backups = QLabel("")
        self.backups.setWordWrap(True)
        layout.addWidget(self.backups)
        self.buttons: dict[str, QPushButton] = {}
        for row in (("Back up now", "Export…", "Import…"), ("Delete everything…",)):
            line = QHBoxLayout()
            for text in row:
                button = QPushButton(text)
                button.setAccessibleName(text.rstrip("…"))
                button.clicked.connect(lambda _checked=False, t=text: self.open(t))
                line.addWidget(button)
                self.buttons[text.rstrip("…")] = button
            line.addStretch(1)
            layout.addLayout(line)
        note = QLabel("Something you delete stays in the backups made before it until they "
                      "rotate out (automatic ones after seven days). Deleting a journal entry "
                      "offers to remove it from them at once; this removes everything you "
                      "have deleted from every backup.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        line = QHBoxLayout()
        self.scrub = QPushButton("Remove deleted records from backups")
        self.scrub.setAccessibleName(self.scrub.text())
        self.scrub.clicked.connect(self.remove_deleted)
        line.addWidget(self.scrub)
        line.addStretch(1)
        layout.addLayout(line)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.result.setAccessibleName("Result")
        layout.addWidget(self.result)
        everything = QLabel("Delete everything removes the database, every backup, drafts, "
                            "settings and the log.")
        everything.setObjectName("muted")
        everything.setWordWrap(True)
        layout.addWidget(everything)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        count = self.data.backup_count()
        self.backups.setText(f"Backups: {count} in {self.data.data_dir / 'backups'}. One is "
                             "made each day; the last seven automatic ones are kept."
                             if count else "No backups yet: the first is made a few seconds "
                             "after Reconnect starts, then one each day.")

    def remove_deleted(self) -> str:
        from numbness_desktop.domain.errors import ReconnectError

        try:
            line = self.data.remove_deleted_from_backups()
        except ReconnectError as error:
            line = error.message
        self.result.setText(line)
        return line

    def open(self, name: str):
        from numbness_desktop.ui.data.actions import dialog_class

        dialog = dialog_class(name.rstrip("…"))(self.data, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog
