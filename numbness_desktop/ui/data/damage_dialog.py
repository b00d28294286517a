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
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.ui.data.restore_dialog import describe
from numbness_desktop.ui.i18n import tr

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"
# Its width: 680 px at the usual text size; with larger text, room for a comfortable line
# (READ_CHARS characters), and never wider than the screen. The 680 was once overridden by
# the layout's minimum (the dialog came out 434 px wide without a backup, 1049 px at 200 %,
# wider than a 1024 px screen).
WIDTH = 680
READ_CHARS = 66
MARGINS = (24, 20, 24, 16)
SCREEN_ROOM = 40  # kept free beside the dialog for the window frame


class DamageDialog(QDialog):
    """``choice`` is ``RESTORE``, ``FRESH`` or ``QUIT`` once it closes."""

    def __init__(self, found: str, set_aside: str, newest, help_now: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reconnect found a problem with its data file"))
        self.setAccessibleName(tr("Data file problem"))
        self.choice = QUIT
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
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
        self.words_width = self.comfortable_width() - MARGINS[0] - MARGINS[2]
        self.help_button = QPushButton(tr("Get help now"))
        self.help_button.setAccessibleName(tr("Get help now"))
        self.help_button.clicked.connect(help_now)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+H"), self)
        shortcut.activated.connect(help_now)
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
        layout.addLayout(self._button_rows(with_restore=newest is not None))
        (self.restore_button if newest is not None else self.fresh_button).setDefault(True)
        # Wrapped words get the height they need at this width (a dialog otherwise sizes
        # itself without their wrapping and cuts them).
        width = self.words_width + MARGINS[0] + MARGINS[2]
        height = layout.totalHeightForWidth(width)
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def comfortable_width(self) -> int:
        """680 px, or a comfortable line of larger text; never wider than the screen."""
        screen = self.screen().availableSize().width() - SCREEN_ROOM
        reads_well = (self.fontMetrics().averageCharWidth() * READ_CHARS
                      + MARGINS[0] + MARGINS[2])
        return max(min(WIDTH, screen), min(reads_well, screen))

    def _button_rows(self, with_restore: bool) -> QVBoxLayout:
        """Get help now first on the left, the ways on to the right; as many to a row as
        fit the width (large text on a small screen takes two rows)."""
        ways = [self.quit_button, self.fresh_button]
        if with_restore:
            ways.append(self.restore_button)
        spacing = max(6, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))
        groups: list[list[QPushButton]] = [[self.help_button]]
        used = self.help_button.sizeHint().width() + spacing  # and room for a stretch
        for way in ways:
            width = way.sizeHint().width()
            if used + spacing + width > self.words_width:
                groups.append([])
                used = -spacing
            groups[-1].append(way)
            used += spacing + width
        rows = QVBoxLayout()
        for number, group in enumerate(groups):
            row = QHBoxLayout()
            if number == 0:
                row.addWidget(group.pop(0))
            row.addStretch(1)
            for way in group:
                row.addWidget(way)
            rows.addLayout(row)
        return rows

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
