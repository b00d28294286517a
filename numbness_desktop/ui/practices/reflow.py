"""Rows and grids that give way to large text: side by side while they fit, else stacked.

A row of buttons sized for normal text is cut at 200 % text (a button's words cannot wrap).
``ReflowRow`` puts its parts one under another when they no longer fit side by side, and
``CardGrid`` shows its cards in one column when two no longer fit; both ask their parents
only for the width of their widest part, so the page around them can stay narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QWidget

_LEFT = Qt.AlignmentFlag.AlignLeft
_NONE = Qt.AlignmentFlag(0)


def _natural_width(part: QWidget, chars: int | None = None) -> int:
    """The width a part needs on one line (a wrapping label: its words unwrapped, or
    ``chars`` average characters when it may wrap beside the others)."""
    if chars is not None:  # (a label's own minimum may be wider: its longest word, …)
        return max(part.fontMetrics().averageCharWidth() * chars,
                   part.minimumSizeHint().width())
    if isinstance(part, QLabel) and part.wordWrap():
        margins = part.contentsMargins()
        return (part.fontMetrics().horizontalAdvance(part.text()) + margins.left()
                + margins.right() + 2 * part.margin() + 2)
    return max(part.sizeHint().width(), part.minimumSizeHint().width())


class ReflowRow(QWidget):
    """Parts left to right (a stretch where ``add_stretch`` was called); one per line,
    left-aligned, when their natural widths no longer fit."""

    def __init__(self, spacing: int = -1) -> None:  # -1: the style's, as a plain row
        super().__init__()
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        self._parts: list[QWidget] = []
        self._chars: dict[int, int] = {}  # id(part): the characters it needs beside others

    def add(self, widget: QWidget, stretch: int = 0, chars: int | None = None) -> QWidget:
        """``chars``: for a wrapping label, how many characters a line of it needs at
        least to stay beside the others (by default its whole text on one line)."""
        self._box.addWidget(widget, stretch)
        self._parts.append(widget)
        if chars is not None:
            self._chars[id(widget)] = chars
        return widget

    def add_stretch(self) -> None:
        self._box.addStretch(1)

    @property
    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def needed_width(self) -> int:
        shown = [part for part in self._parts if not part.isHidden()]
        widths = [_natural_width(part, self._chars.get(id(part))) for part in shown]
        return sum(widths) + max(6, self._box.spacing()) * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:
        widest = max((part.minimumSizeHint().width() for part in self._parts
                      if not part.isHidden()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def reflow(self) -> bool:
        """Side by side if they fit in our width, else stacked; ``True`` if that changed."""
        stack = self.needed_width() > self.width()
        if stack == self.stacked:
            return False
        self._box.setDirection(QBoxLayout.Direction.TopToBottom if stack
                               else QBoxLayout.Direction.LeftToRight)
        for part in self._parts:  # at their own width, left; wrapping words take the line
            wraps = isinstance(part, QLabel) and part.wordWrap()
            self._box.setAlignment(part, _LEFT if stack and not wraps else _NONE)
        self.updateGeometry()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.reflow()  # words changed length, or the text size changed
        return super().event(event)


class CardGrid(QWidget):
    """Cards two to a row while two fit side by side, else one to a row."""

    def __init__(self, spacing: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.cards: list[QWidget] = []
        self.columns = 0

    def add(self, card: QWidget) -> None:
        self.extend([card])

    def extend(self, cards: list[QWidget]) -> None:
        """Add several, placing them all once (not once per card)."""
        self.cards.extend(cards)
        self.columns = 0  # place them all again
        if self.isVisible():
            self.reflow()
        else:  # not sized yet: two to a row, as most windows show them (the first resize
            self._place(2)  # corrects it, so a page is not laid out twice on its first show)

    def _place(self, columns: int) -> None:
        self.columns = columns
        for index, card in enumerate(self.cards):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, index // columns, index % columns)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        widest = max((card.minimumSizeHint().width() for card in self.cards), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def reflow(self) -> bool:
        needed = max((card.minimumSizeHint().width() for card in self.cards), default=0)
        columns = 2 if 2 * needed + self.grid.horizontalSpacing() <= self.width() else 1
        if columns == self.columns:
            return False
        self._place(columns)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.reflow()
