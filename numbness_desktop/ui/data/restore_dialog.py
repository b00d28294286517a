"""File → Restore from backup…: every backup with its date and what it holds, and a preview.

The dialog only chooses; the window does the restore (the current files are set aside
first, never overwritten) and reopens on the restored data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole + 1
LABELS = {"auto": "daily backup", "manual": "backed up by you",
          "before-update": "before an update", "before-restore": "before a restore"}


def describe(info) -> str:
    """One line for a backup: when, what kind, and what it holds."""
    moment = info.taken_at
    when = f"{moment:%A} {moment.day} {moment:%B %Y, %H:%M}" if moment else info.path.name
    kind = LABELS.get(info.label, info.label)
    if not info.ok:
        return f"{when} — {kind} — can't be used ({info.problem})"
    return f"{when} — {kind} — {info.counts_text() or 'empty'}"


class RestoreDialog(QDialog):
    """Lists ``backups`` (``BackupInfo``s, newest first); ``chosen()`` after ``exec``."""

    def __init__(self, backups: Sequence, help_now: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setAccessibleName("Restore from backup")
        self.setMinimumWidth(640)
        self._backups = list(backups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        lead = QLabel("Pick the copy to go back to. What is there now is not deleted: it is "
                      "moved into the “set-aside” folder in your data folder first.")
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.model = QStandardItemModel(self)
        for info in self._backups:
            item = QStandardItem(describe(info))
            item.setData(str(info.path), PathRole)
            item.setEditable(False)
            item.setEnabled(info.ok)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setAccessibleName("Backups")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.preview = QLabel()
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("What this backup holds")
        layout.addWidget(self.preview)
        self.empty = QLabel("There are no backups yet. Reconnect makes one each day you use "
                            "it; File → Back up now makes one at any time.")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._backups)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("Restore this backup")
        self.restore_button.setAccessibleName("Restore this backup")
        self.restore_button.setObjectName("primary")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Keep things as they are")
        if help_now is not None:
            help_button = QPushButton("Get help now")
            help_button.setAccessibleName("Get help now")
            help_button.clicked.connect(help_now)
            buttons.addButton(help_button, QDialogButtonBox.ButtonRole.HelpRole)
            shortcut = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
            shortcut.activated.connect(help_now)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show_preview())
        first_good = next((row for row, info in enumerate(self._backups) if info.ok), -1)
        if first_good >= 0:
            self.list.setCurrentIndex(self.model.index(first_good, 0))
        self._show_preview()

    def current(self):
        index = self.list.currentIndex()
        return self._backups[index.row()] if index.isValid() else None

    def chosen(self) -> Path | None:
        info = self.current()
        return info.path if info is not None and info.ok else None

    def _show_preview(self) -> None:
        info = self.current()
        self.restore_button.setEnabled(info is not None and info.ok)
        if info is None:
            self.preview.setText("")
            return
        holds = info.counts_text() or "nothing yet"
        self.preview.setText(
            f"This backup holds {holds}. It passed its check and is {info.size // 1024} KiB. "
            "Anything written after it was taken stays in the set-aside copy."
            if info.ok else f"This file can't be used: {info.problem}.")
