"""File → Restore from backup…: every backup with its date and what it holds, and a preview.

The dialog only chooses; the window does the restore (the current files are set aside
first, never overwritten) and reopens on the restored data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

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

from numbness_desktop.ui.formatting import backup_moment
from numbness_desktop.ui.i18n import number, tr


class BackupInfo(Protocol):
    """What the dialog reads of a backup (the store's ``BackupInfo``)."""

    @property
    def path(self) -> Path: ...
    @property
    def taken_at(self) -> datetime | None: ...
    @property
    def label(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def ok(self) -> bool: ...
    @property
    def problem(self) -> str: ...
    def counts_text(self) -> str: ...

PathRole = Qt.ItemDataRole.UserRole + 1
LABELS = {"auto": "daily backup", "manual": "backed up by you",
          "before-update": "before an update", "before-restore": "before a restore"}


def describe(info: BackupInfo) -> str:
    """One line for a backup: when, what kind, and what it holds."""
    moment = info.taken_at
    when = backup_moment(moment) if moment else info.path.name
    kind = tr(LABELS[info.label]) if info.label in LABELS else info.label
    if not info.ok:
        return tr("{when} — {kind} — can't be used ({problem})").format(
            when=when, kind=kind, problem=info.problem)
    return tr("{when} — {kind} — {holds}").format(when=when, kind=kind,
                                                  holds=info.counts_text() or tr("empty"))


class RestoreDialog(QDialog):
    """Lists ``backups`` (``BackupInfo``s, newest first); ``chosen()`` after ``exec``."""

    def __init__(self, backups: Sequence[BackupInfo], help_now: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from backup"))
        self.setAccessibleName(tr("Restore from backup"))
        self.setMinimumWidth(640)
        self._backups = list(backups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        lead = QLabel(tr("Pick the copy to go back to. What is there now is not deleted: it "
                         "is moved into the “set-aside” folder in your data folder first."))
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
        self.list.setAccessibleName(tr("Backups"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.preview = QLabel()
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(tr("What this backup holds"))
        layout.addWidget(self.preview)
        self.empty = QLabel(tr("There are no backups yet. Reconnect makes one each day you "
                               "use it; File → Back up now makes one at any time."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._backups)
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("Restore this backup"))
        self.restore_button.setAccessibleName(tr("Restore this backup"))
        self.restore_button.setObjectName("primary")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Keep things as they are"))
        if help_now is not None:
            help_button = QPushButton(tr("Get help now"))
            help_button.setAccessibleName(tr("Get help now"))
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

    def current(self) -> BackupInfo | None:
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
        if not info.ok:
            self.preview.setText(tr("This file can't be used: {problem}.").format(
                problem=info.problem))
            return
        self.preview.setText(tr(
            "This backup holds {holds}. It passed its check and is {size} KiB. Anything "
            "written after it was taken stays in the set-aside copy.").format(
                holds=info.counts_text() or tr("nothing yet"), size=number(info.size // 1024)))
