"""Shown at start when the data file is damaged: calm words, three clear ways on.

The damaged files were already moved aside (never changed, never deleted). The person can
restore the newest good backup (its date and what it holds are shown), start fresh, or quit
and decide later. Get help now stays reachable here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.ui.data.restore_dialog import describe
from numbness_desktop.ui.i18n import tr

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"


class DamageDialog(QDialog):
    """``choice`` is ``RESTORE``, ``FRESH`` or ``QUIT`` once it closes."""

    def __init__(self, found: str, set_aside: str, newest, help_now: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reconnect found a problem with its data file"))
        self.setAccessibleName(tr("Data file problem"))
        self.setMinimumWidth(680)
        self.choice = QUIT
        layout = QVBoxLayout(self)
        # Wrapped labels get the height their text needs (a dialog otherwise cuts them).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(tr("Your data file couldn't be read properly."))
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        body = QLabel(tr(
            "{found} Nothing in it has been changed or deleted: it was moved to {folder}, so "
            "it can still be looked at or recovered later.").format(found=found,
                                                                     folder=set_aside))
        body.setWordWrap(True)
        layout.addWidget(body)
        if newest is not None:
            offer = QLabel(tr("The newest good backup is from {backup}.").format(
                backup=describe(newest)))
        else:
            offer = QLabel(tr("There is no backup to go back to, but you can start afresh; "
                              "the old file stays where it was moved."))
        offer.setWordWrap(True)
        layout.addWidget(offer)
        row = QHBoxLayout()
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(help_now)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
        shortcut.activated.connect(help_now)
        row.addWidget(self.help_button)
        row.addStretch(1)
        self.quit_button = QPushButton(tr("Quit for now"))
        self.quit_button.setAccessibleName(tr("Quit for now"))
        self.fresh_button = QPushButton(tr("Start fresh"))
        self.fresh_button.setAccessibleName(tr("Start fresh"))
        self.restore_button = QPushButton(tr("Restore the backup"))
        self.restore_button.setAccessibleName(tr("Restore the newest good backup"))
        self.restore_button.setObjectName("primary")
        self.restore_button.setVisible(newest is not None)
        for button, choice in ((self.quit_button, QUIT), (self.fresh_button, FRESH),
                               (self.restore_button, RESTORE)):
            button.clicked.connect(lambda _c=False, choice=choice: self._choose(choice))
            row.addWidget(button)
        layout.addLayout(row)
        (self.restore_button if newest is not None else self.fresh_button).setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
