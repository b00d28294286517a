"""A holder for one line of text that changes while the pacer runs, without relayouts.

``QLabel.setText`` always asks its parent layout for a new layout, and that request climbs
to the window. On its way it reaches the ``QTabWidget``, which repaints the whole tab page
on every layout request: the side column, the cards, every button (a style-sheet paint).
The session time changes every second, so that was a full-window repaint a second while
pacing — costlier than a second of the circle itself.

Here the label lives in a widget with no layout, which it simply fills: a new text repaints
the label and nothing else. The holder tells its own layout about a new size only when the
label's height really changes (a new text size or style), so the line still follows
Ctrl+= / Ctrl+-.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLine(QWidget):
    """Holds ``label`` (one line, no word wrap) at the label's own height, full width."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._height = self._label_height()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _label_height(self) -> int:
        """The height a layout would give the label: its hint, never under its minimums."""
        label = self.label
        return max(label.sizeHint().height(), label.minimumSizeHint().height(),
                   label.minimumHeight())

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:
        # The width is the card's to give (its other lines are wider); the height is fixed.
        return QSize(0, self._height)

    def event(self, event: QEvent) -> bool:
        # The label's setText, font and style changes arrive here as a layout request, which
        # goes no further (no layout here) unless the label's height changed.
        if event.type() == QEvent.Type.LayoutRequest:
            self._follow_label()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._follow_label()  # hidden, no request arrives: the text size may have changed
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def _follow_label(self) -> None:
        height = self._label_height()
        if height != self._height:
            self._height = height
            self.updateGeometry()
