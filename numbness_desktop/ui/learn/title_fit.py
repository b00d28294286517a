"""A Learn page's title never breaks inside a word.

The title is a level-1 heading, drawn at twice the body size. At 200 % text in the smallest
window the reader is about 340 px wide and "numbness" at that size is 340 px: it broke as
"numbnes / s". Where a word of the title has no room, the title steps down a size (1.5×,
then 1.2×, as Qt's larger heading levels are drawn) until its longest word fits; with room
again it goes back up.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

TITLE_SIZES = (3, 2, 1)  # Qt's font size adjustments: 2×, 1.5× and 1.2× the body text


def _widest_word(document: QTextDocument) -> float:
    block = document.firstBlock()
    widest = 0.0
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        metrics = QFontMetricsF(fragment.charFormat().font())
        widest = max([widest, *(metrics.horizontalAdvance(word)
                                for word in fragment.text().split())])
        iterator += 1
    return widest


def fit_title(document: QTextDocument, width: float) -> int:
    """Size the document's title (its first block, when a level-1 heading) so that its
    longest word fits ``width`` (the page's width without its margins); returns the size
    step used (3 as written, 1 the smallest)."""
    block = document.firstBlock()
    if block.blockFormat().headingLevel() != 1:
        return 0
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    for size in TITLE_SIZES:
        current = cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment)
        if current != size:
            shape = QTextCharFormat()
            shape.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
            cursor.mergeCharFormat(shape)
        if _widest_word(document) <= width:
            break
    return size
