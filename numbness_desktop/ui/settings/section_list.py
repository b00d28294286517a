"""The Settings dialog's list of sections: a column beside the page, or rows above it.

Beside the page it is as wide as its longest name. When that leaves the page too little room
(large text in a dialog on a small screen: at 200 % on an 800 px screen the column took almost
half the dialog and every page scrolled sideways), the names flow left to right above the page,
wrapping onto as many rows as they need, and the list is exactly as tall as those rows.
Arrow keys move through the names either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QSizePolicy, QWidget

END_ROOM = 28  # beside the page: room after the longest name (the item's padding and air)


class SectionList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSpacing(3)
        self.setWordWrap(True)  # a name longer than the whole width wraps rather than cut
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.above = False

    def column_width(self) -> int:
        """Beside the page: every name whole on one line."""
        return self.sizeHintForColumn(0) + 2 * self.frameWidth() + END_ROOM

    def set_above(self, above: bool) -> None:
        """Rows above the page (True) or a column beside it (False)."""
        if above == self.above:
            return
        self.above = above
        self.setFlow(QListView.Flow.LeftToRight if above else QListView.Flow.TopToBottom)
        self.setWrapping(above)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if above
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Fixed if above else QSizePolicy.Policy.Expanding)
        if not above:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)
        self.scheduleDelayedItemsLayout()

    def updateGeometries(self) -> None:
        """Above the page: as tall as the rows the names wrapped into, no more, no less."""
        super().updateGeometries()
        if self.above:
            self.setFixedHeight(self.rows_height())

    def rows_height(self) -> int:
        bottom = max((self.visualItemRect(self.item(row)).bottom()
                      + self.verticalOffset() for row in range(self.count())), default=0)
        return bottom + 1 + self.spacing() + 2 * self.frameWidth()
