"""A word-wrapped label that measures its height for a width once.

Qt's QLabel lays its whole text out again (shaping every word) each time a layout asks for
its height at a width, and nested layouts ask often: before Today's first paint Qt asked the
nine plan steps' labels for their height at 615 px fifteen times each, and measured wrapped
labels ~840 times in all (~88 M instructions, most of what start-up spent on text). A
WrappedLabel keeps the answer for each width until its text, font or style changes, so
each width is measured once. The answers are Qt's own, so nothing looks different.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, remembering its height for each width asked.

    Its text must change through ``setText`` or ``clear`` (not a Qt slot connected in
    C++); a change of font, style, margins or anything else Qt announces as a change event
    forgets every remembered height.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights = {}
        super().setText(text)

    def clear(self) -> None:
        self._heights = {}
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights = {}
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        self._heights = {}
        super().changeEvent(event)
