"""A word-wrapping label that lays its text out once per width, not once per question.

While a page is laid out, Qt asks a wrapping label its height for a width many times over
(each nested layout asks for its size hint and again for its minimum, and asks again every
time a layout is invalidated), and QLabel lays the whole text out afresh for each answer:
on the Practices home page that was ~740 text layouts for ~30 labels on its first show.
``Words`` keeps its answers until anything that shapes the text changes: the text and the
wrapping (through these setters), and the font, style, margins or direction (every such
change reaches ``changeEvent``).

No ``Qt`` enum here: Today's check-in card builds these before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Words(QLabel):
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

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # font, style sheet, contents margins, direction, …
        super().changeEvent(event)
