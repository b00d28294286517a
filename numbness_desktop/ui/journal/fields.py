"""A text field whose hint always shows whole: the longest of its hints that fits its
width (a shorter one when large text or a narrow window leaves less room), and never
narrower than its shortest hint.

At 200 % text the Journal's fields once read "Name a feeli…" and "Search journal (Ct…".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


class HintedField(QLineEdit):
    def __init__(self, hints: tuple[str, ...], least: int = 0,
                 parent: QWidget | None = None) -> None:
        """``hints`` longest first (each through ``tr`` already); ``least``: the narrowest
        it gets even when its shortest hint needs less."""
        super().__init__(parent)
        self.hints = hints
        self.least = least
        self.setPlaceholderText(hints[0])
        self._fit()

    def room_for(self, text: str) -> int:
        """The field's width that shows ``text`` whole (as a hint or as typed words)."""
        metrics = self.fontMetrics()
        around = super().sizeHint().width() - metrics.horizontalAdvance("x") * 17
        clear = super().sizeHint().height() if self.isClearButtonEnabled() else 0
        return metrics.horizontalAdvance(text) + around + clear + 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.room_for(self.hints[0])), hint.height())

    def _fit(self) -> None:
        least = max(self.least, self.room_for(self.hints[-1]))
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
            self.updateGeometry()
        shown = next((hint for hint in self.hints if self.room_for(hint) <= self.width()),
                     self.hints[-1])
        if shown != self.placeholderText():
            self.setPlaceholderText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class WrapWhenTight(QLabel):
    """A short line of text on one line where the row has room, on two where it has not
    (a plain word-wrapped label prefers two lines even with room to spare)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = (self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
                    + margins.left() + margins.right() + 1)
        return QSize(max(hint.width(), one_line), hint.height())
