"""A calm card: a title, a line of text and one button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

TEXT_TO_BUTTON = 14  # at least this much between a card's text and its button
# Qt::AlignLeft | Qt::TextWordWrap as a plain int: naming them through PySide6 builds its
# whole ``Qt`` enum namespace (~12 ms), and these cards are on the way to the first paint.
_LEFT_WORD_WRAP = 0x0001 | 0x1000


class ActionCard(QFrame):
    """Its text always gets the height it needs (a wrapped label could be squeezed into
    less, its last line then sitting on the button), then at least TEXT_TO_BUTTON of room;
    cards side by side keep their buttons in line."""

    def __init__(self, title: str, text: str, button_text: str, button_name: str,
                 object_name: str = "card") -> None:
        super().__init__()
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        # Its minimum height is the text's own (fit_text), so the default vertical centring
        # already puts the text at the top.
        self.text.installEventFilter(self)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_name)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(TEXT_TO_BUTTON - layout.spacing())
        layout.addStretch(1)
        layout.addWidget(self.button)

    def text_height(self) -> int:
        """The height the (plain) text needs at its current width; measured from the font,
        as the label's own heightForWidth would include the minimum height set on it."""
        bounds = self.text.fontMetrics().boundingRect(
            QRect(0, 0, max(1, self.text.width()), 100_000),
            _LEFT_WORD_WRAP, self.text.text())
        return bounds.height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() in (QEvent.Type.Resize,
                                                     QEvent.Type.FontChange):
            self.fit_text()
        return False

    def fit_text(self) -> None:
        needed = self.text_height()
        if self.text.minimumHeight() != needed:
            self.text.setMinimumHeight(needed)
