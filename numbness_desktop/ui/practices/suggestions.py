"""Two or three matched suggestions after a check-in, each one click into its practice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.practices.reflow import ReflowRow
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:  # the rules are imported when a check-in is saved, not with the form
    from numbness_desktop.domain.suggestions import Suggestion

WORDS_CHARS = 30  # a suggestion's words keep lines of about this many characters


class SuggestionList(QWidget):
    """``chosen(target value)`` when a suggestion's button is clicked. ``compact`` (Today):
    just the buttons, one under another at their own width (whole at 200 % text);
    otherwise each suggestion with its title and one line beside its button."""

    chosen = Signal(str)

    def __init__(self, compact: bool = False) -> None:
        super().__init__()
        self.compact = compact
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.setSpacing(10)
        self.reply = WrappedLabel()
        self.reply.setAccessibleDescription(tr("Check-in saved"))
        self._layout.addWidget(self.reply)
        self.buttons: list[QPushButton] = []
        self._items: list[QWidget] = []

    def show_suggestions(self, reply: str, suggestions: list[Suggestion],
                         after: QWidget | None = None) -> None:
        """``after``: the control the buttons follow in the Tab order (Qt would put buttons
        made now at the end of the window's order, so Tab from the last suggestion would
        skip everything below it)."""
        import html

        for item in self._items:
            item.deleteLater()
        self._items, self.buttons = [], []
        self.reply.setText(tr(reply))
        row_holder = QWidget()
        row = QVBoxLayout(row_holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for suggestion in suggestions:
            text = tr(suggestion.text)
            button = QPushButton(tr(suggestion.button))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(text)
            button.setToolTip(text)
            button.clicked.connect(
                lambda _checked=False, target=suggestion.target.value: self.chosen.emit(target))
            self.buttons.append(button)
            if self.compact:
                line = QHBoxLayout()
                line.addWidget(button)
                line.addStretch(1)
                row.addLayout(line)
                continue
            item = ReflowRow()  # the button under its words when both don't fit
            words = WrappedLabel(
                f"<b>{html.escape(tr(suggestion.title))}</b><br>{html.escape(text)}")
            item.add(words, 1, chars=WORDS_CHARS)
            item.add(button)
            self._layout.addWidget(item)
            self._items.append(item)
        if self.compact:
            self._layout.addWidget(row_holder)
            self._items.append(row_holder)
        else:
            row_holder.deleteLater()
        previous = after
        for button in self.buttons:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        self.show()
