"""The `Journal entry` editor: plain text, a comfortable line length, roomy line spacing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from numbness_desktop.domain.journal import find_match
from numbness_desktop.ui.i18n import tr

LINE_HEIGHT_PERCENT = 145
COLUMN_CHARS = 70


class JournalEditor(QPlainTextEdit):
    """Reports focus leaving (a moment to save) and keeps its text column ~70 characters."""

    focusLeft = Signal()
    userEdited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Journal entry"))
        self.setAccessibleDescription(tr("Write freely; your words save themselves."))
        self.setObjectName("journalEditor")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(tr("Start anywhere. A word is enough."))
        self._loading = False
        self.textChanged.connect(self._on_text_changed)

    # Loading without counting as an edit --------------------------------------------------
    def load(self, text: str) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
            self._apply_spacing()
            self.document().setModified(False)
            self.setExtraSelections([])
        finally:
            self._loading = False

    def insert_text(self, text: str, cursor_at: int) -> None:
        """Replace the text with ``text`` (an edit by the person) and put the cursor there."""
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self._loading = True
        try:
            self._apply_spacing()
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(cursor_at, len(self.toPlainText())))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.userEdited.emit()

    def _apply_spacing(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT,
                            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(4)
        cursor.mergeBlockFormat(block)

    # Showing a search match ---------------------------------------------------------------
    def show_match(self, typed: str, colour: QColor) -> bool:
        """Select, highlight and scroll to the first searched word; ``False`` if not found."""
        found = find_match(self.toPlainText(), typed)
        if found is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        highlight.format = fmt  # type: ignore[attr-defined]  # fields PySide6's stubs leave out
        highlight.cursor = QTextCursor(cursor)  # type: ignore[attr-defined]  # (as above)
        self.setExtraSelections([highlight])
        self.setTextCursor(cursor)
        self.centerCursor()
        return True

    # Comfortable column --------------------------------------------------------------------
    def column_width(self) -> int:
        """About 70 characters of the current font, plus the frame and margins."""
        return self.fontMetrics().averageCharWidth() * COLUMN_CHARS + 48

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()
