"""Before and after a practice: distress and connection, 0–10, both optional, one click each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from numbness_desktop.ui.breathe.ratings import RatingRow
from numbness_desktop.ui.theme import current_colours

CONNECTED = "How connected do you feel to your body and feelings?"
DISTRESS = "How much distress do you feel?"


class BeforeAfter(QFrame):
    """The two questions; ``set_mode(after=True)`` asks them again after the practice."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self._styling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.connected = RatingRow(CONNECTED, "Connected", "not at all", "fully")
        self.distress = RatingRow(DISTRESS, "Distress", "none", "a lot")
        for row in (self.connected, self.distress):
            row.valueChanged.connect(lambda _v: self.changed.emit())
            layout.addWidget(row)
        self.set_mode(after=False)
        self._style()

    def set_mode(self, after: bool) -> None:
        self.after = after
        self.title.setText("And now?" if after else "Before you start")
        self.hint.setText("Optional · one click each, again to clear" if after
                          else "Optional · one click each, skip either or both")
        for row in (self.connected, self.distress):
            row.set_value(None)
            for button in row.buttons:
                prefix = "After" if after else "Before"
                button.setAccessibleName(f"{prefix}: {row.short} {button.text()} of 10")

    def values(self) -> tuple[int | None, int | None]:
        """(connected, distress)"""
        return self.connected.value(), self.distress.value()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "distress") \
                and not self._styling:
            self._style()
        super().changeEvent(event)

    def _style(self) -> None:
        self._styling = True
        c = current_colours()
        self.setStyleSheet(f"""
            QPushButton#ratingButton {{ padding: 4px 2px; min-height: 22px;
                border-radius: 6px; }}
            QPushButton#ratingButton:checked {{ background: {c.accent}; color: {c.accent_text};
                border: 1px solid {c.accent}; font-weight: 600; }}
        """)
        self._styling = False
