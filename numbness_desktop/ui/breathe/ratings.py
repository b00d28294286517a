"""Before and after: two optional 0–10 questions, answered (or changed, or cleared) in one click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.ui import i18n
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.theme import current_colours
from numbness_desktop.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent  # (its Python type is not needed at start-up)

CONNECTED = "How connected to your body do you feel right now?"
TENSION = "How tense do you feel?"
BUTTON_GAP = 6  # between the 0-10 buttons
NARROW_GAP = 2  # ... where the row has less room than that (large text in a narrow column)
BUTTON_MIN_PAD = 2  # inside a button beside "10", at the narrowest


class RatingRow(QWidget):
    """A question with eleven small buttons, 0 to 10; clicking the chosen one clears it."""

    valueChanged = Signal(object)  # int or None

    def __init__(self, question: str, short: str, low: str, high: str) -> None:
        super().__init__()
        self.short = short
        self._value: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        scale = tr("(0 {low} – 10 {high})").format(low=low, high=high)
        # Rich text, laid out whole again for every width a layout asks about: remembered.
        self.question = WrappedLabel(f"{question} <span style='color:{current_colours().muted}'>"
                                     f"{_together(scale)}</span>")
        layout.addWidget(self.question)
        row = self._row = QHBoxLayout()
        row.setSpacing(BUTTON_GAP)
        self.buttons: list[QPushButton] = []
        for number in range(11):
            button = QPushButton(i18n.number(number))
            button.setObjectName("ratingButton")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCheckable(True)
            button.setAccessibleName(tr("{short} {number} of 10").format(
                short=short, number=i18n.number(number)))
            button.setToolTip(tr("{short}: {number} of 10 ({low} 0, {high} 10)").format(
                short=short, number=i18n.number(number), low=low, high=high))
            button.clicked.connect(lambda _checked=False, n=number: self._clicked(n))
            row.addWidget(button, 1)  # equal shares of the row: all eleven the same width
            self.buttons.append(button)
        layout.addLayout(row)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Narrowest a button may get: "10" with a little room inside its border. The row
        gives each button an equal share above that, so at the usual width "10" has room to
        breathe and at the smallest window the row still fits."""
        least = self.buttons[0].fontMetrics().horizontalAdvance("10") + 2 * BUTTON_MIN_PAD + 2
        for button in self.buttons:
            button.setMinimumWidth(least)
        self._least = least
        self._fit_gap(self.width())

    def _row_width(self, gap: int) -> int:
        return len(self.buttons) * self._least + (len(self.buttons) - 1) * gap

    def _fit_gap(self, width: int) -> None:
        """The usual gap between the buttons where the row has room for it, a narrower one
        where it has not (at 200 % text in the smallest window the row was ~20 px too wide
        for Breathe's side column, which then scrolled sideways)."""
        gap = BUTTON_GAP if width >= self._row_width(BUTTON_GAP) else NARROW_GAP
        if self._row.spacing() != gap:  # (setting it always asks for a new layout)
            self._row.setSpacing(gap)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the eleven buttons with the narrow gap (resizeEvent picks the gap)."""
        hint = super().minimumSizeHint()
        narrowest = max(self.question.minimumSizeHint().width(), self._row_width(NARROW_GAP))
        return QSize(min(hint.width(), narrowest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_gap(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "buttons"):
            self._fit_buttons()
        super().changeEvent(event)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)

    def _clicked(self, number: int) -> None:
        self.set_value(None if self._value == number else number)
        self.valueChanged.emit(self._value)


class CheckInCard(QFrame):
    """The two questions, asked before a session and again after it."""

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
        self.connected = RatingRow(tr(CONNECTED), tr("Connected to my body"), tr("not at all"),
                                   tr("fully"))
        self.tension = RatingRow(tr(TENSION), tr("Tension"), tr("none"), tr("very"))
        for row in (self.connected, self.tension):
            row.valueChanged.connect(lambda _v: self.changed.emit())
            layout.addWidget(row)
        self.set_mode(after=False)
        self._style()

    def set_mode(self, after: bool) -> None:
        self.after = after
        self.title.setText(tr("After breathing") if after else tr("Before you start"))
        self.hint.setText(
            tr("Optional · one click each, again to clear") if after
            else tr("Optional · one click each, skip either or both"))
        self.connected.set_value(None)
        self.tension.set_value(None)

    def values(self) -> tuple[int | None, int | None]:
        return self.connected.value(), self.tension.value()

    def changeEvent(self, event: QEvent) -> None:
        # The theme changed (light/dark): restyle, once the rows exist.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "tension") \
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


def _together(text: str) -> str:
    """Keep a short hint on one line when the question wraps ("(0" alone looked lost)."""
    return text.replace(" ", "\u00a0")
