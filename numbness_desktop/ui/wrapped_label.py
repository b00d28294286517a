"""A word-wrapped label that measures its height for a width once.

Qt's QLabel lays its whole text out again (shaping every word) each time a layout asks for
its height at a width, and nested layouts ask often: each one asks for a size hint and again
for a minimum, and again whenever a layout is invalidated. Before Today's first paint Qt
asked the nine plan steps' labels for their height at 615 px fifteen times each, and
measured wrapped labels ~840 times in all (~88 M instructions, most of what start-up spent
on text); the Practices home page made ~740 text layouts for ~30 labels on its first show.
A WrappedLabel keeps the answer for each width until anything that shapes the text changes:
the text, the wrapping, the indent, margin or text format (through these setters), and the
font, style, contents margins or direction (each such change reaches ``changeEvent``). The
answers are Qt's own, so nothing looks different.

No ``Qt`` enum here: Today builds these before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, remembering its height for each width asked.

    Its text must change through ``setText`` or ``clear`` (not a Qt slot connected in
    C++).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setTextFormat(self, text_format: object) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # font, style sheet, contents margins, direction, …
        super().changeEvent(event)
