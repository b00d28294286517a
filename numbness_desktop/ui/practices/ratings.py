"""Before and after a practice: distress and connection, 0–10, both optional, one click each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from numbness_desktop.ui.breathe.ratings import RatingRow
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.theme import current_colours

CONNECTED = "How connected do you feel to your body and feelings?"
DISTRESS = "How much distress do you feel?"


def connected_row(question: str) -> RatingRow:
    """0–10 connection (the check-in's and the practices' question), in the person's words."""
    return _row(question, tr("Connected"), tr("not at all"), tr("fully"))


def distress_row(question: str) -> RatingRow:
    return _row(question, tr("Distress"), tr("none"), tr("a lot"))


def _row(question: str, short: str, low: str, high: str) -> RatingRow:
    row = RatingRow(tr(question), short, low, high)
    for value, button in enumerate(row.buttons):  # the locale's digits, translated names
        button.setText(number(value))
        button.setAccessibleName(tr("{rating} {n} of {most}").format(
            rating=short, n=number(value), most=number(10)))
        button.setToolTip(tr("{rating}: {n} of {most} ({low} {least}, {high} {most})").format(
            rating=short, n=number(value), most=number(10), low=low, least=number(0),
            high=high))
    return row


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
        self.connected = connected_row(CONNECTED)
        self.distress = distress_row(DISTRESS)
        for row in (self.connected, self.distress):
            row.valueChanged.connect(lambda _v: self.changed.emit())
            layout.addWidget(row)
        self.set_mode(after=False)
        self._style()

    def set_mode(self, after: bool) -> None:
        self.after = after
        self.title.setText(tr("And now?") if after else tr("Before you start"))
        self.hint.setText(tr("Optional · one click each, again to clear") if after
                          else tr("Optional · one click each, skip either or both"))
        when = tr("After: {rating} {n} of {most}") if after else \
            tr("Before: {rating} {n} of {most}")
        for row in (self.connected, self.distress):
            row.set_value(None)
            for value, button in enumerate(row.buttons):
                button.setAccessibleName(when.format(rating=row.short, n=number(value),
                                                     most=number(10)))

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
