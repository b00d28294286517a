"""The Breathe tab's three cards, built: the pacer with its words and buttons, the pattern
choice, and the session's options. Widgets and their looks only; the view wires them up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from numbness_desktop.domain.breath import PhaseState
from numbness_desktop.domain.breath_timing import Status
from numbness_desktop.ui.breathe import words
from numbness_desktop.ui.breathe.pacer import PacerWidget
from numbness_desktop.ui.breathe.prefs import LENGTHS
from numbness_desktop.ui.breathe.steady_line import SteadyLine
from numbness_desktop.ui.breathe.tones import sound_available
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.settings.wrapping import WrapCheckBox
from numbness_desktop.ui.theme import current_colours

SHORT_VIEW = 560  # a Breathe view lower than this is a short one (the smallest window's ~460)
LARGE_TEXT_PT = 16.0  # from about 150 % text (the body text is 11 pt)
PACER_MIN, PACER_MIN_LARGE = 200, 130  # the circle's smallest size, normal and large text


def card_layout(card: QFrame, title: str) -> QVBoxLayout:
    """A titled card's frame and column (the side column's cards)."""
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    return layout


class PacerCard(QFrame):
    """The circle, the phase, count and time lines, the end summary and the buttons."""

    def __init__(self, state_source: Callable[[], PhaseState | None]) -> None:
        super().__init__()
        self.setObjectName("card")
        self._large = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(6)
        self.pacer = PacerWidget(state_source)
        layout.addWidget(self.pacer, 1)
        idle = tr(words.IDLE_WORD)
        self.phase_label = QLabel(idle)
        self.phase_label.setAccessibleDescription(idle)
        self.phase_label.setAccessibleName(tr("Breathing phase"))
        self.count_label = QLabel("")
        self.count_label.setAccessibleDescription(tr("Seconds left in this phase"))
        self.status_label = QLabel("")
        self.status_label.setAccessibleDescription(tr("Session time"))
        self.status_label.setObjectName("muted")
        self.end_label = QLabel("")
        self.end_label.setAccessibleDescription(tr("Session summary"))
        self.end_label.setWordWrap(True)
        for label in (self.phase_label, self.count_label, self.status_label, self.end_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The lines that change while pacing sit in holders: a new text repaints the line
        # only, never the window (see steady_line.py). The end summary wraps; it stays as is.
        self.phase_line, self.count_line, self.status_line = (
            SteadyLine(label) for label in (self.phase_label, self.count_label,
                                            self.status_label))
        for widget in (self.phase_line, self.count_line, self.status_line, self.end_label):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumWidth(130)
        self.start_button.setToolTip(tr(words.KEYS_KEYS))  # (said below it when there is room)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setAccessibleName(tr("Stop breathing"))
        self.stop_button.setToolTip(tr("Stop (Esc). Stopping when it feels right is fine."))
        self.again_button = QPushButton(tr("Breathe again"))
        self.again_button.setObjectName("primary")
        self.again_button.setAccessibleName(tr("Breathe again"))
        for button in (self.start_button, self.stop_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keys = self.keys_label = QLabel(words.keys_hint(large=False))
        keys.setObjectName("muted")
        keys.setWordWrap(True)  # large text wraps instead of being cut at both ends
        keys.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(keys)

    def show_end_message(self, show: bool) -> None:
        """The end message takes the place of the count and time lines: nothing jumps."""
        if show:
            block = (self.count_label.sizeHint().height() + self.status_label.sizeHint().height()
                     + 6)
            self.end_label.setMinimumHeight(block)
        self.end_label.setVisible(show)
        self.count_line.setVisible(not show)
        self.status_line.setVisible(not show)

    def show_state(self, state: PhaseState, status: Status, planned: float | None,
                   numbers: bool) -> None:
        """The phase, count and time lines for ``state`` of a running or paused session."""
        if status is Status.PAUSED:
            text = words.paused_words(self.status_line)
        elif state.elapsed < 0:
            text = tr("Get ready…")
        elif planned is not None:
            text = words.time_left(planned - state.elapsed)
        else:
            text = words.time_so_far(state.elapsed)
        words.set_phase(self.phase_label, tr(state.phase.value))
        words.set_text(self.count_label, number(state.countdown) if numbers else "")
        words.set_text(self.status_label, text)

    def scale_fonts(self, base: float) -> None:
        """Phase text large and the count a little smaller; both follow the text size
        (``base``: the body text's point size)."""
        # Style sheets, not setFont: the app's style sheet would restore an older font on
        # every theme change; and the muted colour and the size must come together.
        self.phase_label.setStyleSheet(f"font-size: {base * 2.0:.1f}pt; font-weight: 600;")
        colour = current_colours().muted
        self.count_label.setStyleSheet(f"color: {colour}; font-size: {base * 1.5:.1f}pt;")
        self.count_label.setMinimumHeight(round(base * 1.5 * 1.9))
        # Large text: the keys only, so the circle keeps its room on a small window.
        large = self._large = base >= LARGE_TEXT_PT
        words.set_text(self.keys_label, words.keys_hint(large))
        # ... and the circle may be a little smaller, so the larger words keep their room.
        smallest = PACER_MIN_LARGE if large else PACER_MIN
        self.pacer.setMinimumSize(smallest, smallest)

    def fit_keys(self, view_height: int) -> None:
        """On a short window with large text the keys line gives the circle and the phase
        their room (without it the layout laid the phase over the circle; the Start
        button's tool tip says the same keys)."""
        self.keys_label.setVisible(not (self._large and view_height < SHORT_VIEW))


class PatternCard(QFrame):
    """The pattern choice, making and deleting one's own, and the chosen one's timings."""

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, tr("Pattern"))
        row = QHBoxLayout()
        row.setSpacing(6)
        self.pattern_box = QComboBox()
        self.pattern_box.setAccessibleName(tr("Breathing pattern"))
        # A long name (one's own patterns) shortens in the box rather than pushing New… and
        # Delete out of a narrow column at large text; the list shows it whole.
        self.pattern_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pattern_box.setMinimumContentsLength(6)
        self.new_pattern_button = QPushButton(tr("New…"))
        self.new_pattern_button.setAccessibleName(tr("New breathing pattern"))
        self.new_pattern_button.setToolTip(tr("Make and name your own pattern"))
        self.delete_pattern_button = QPushButton(tr("Delete"))
        self.delete_pattern_button.setAccessibleName(tr("Delete breathing pattern"))
        self.delete_pattern_button.setToolTip(tr("Delete this pattern of yours (you can undo)"))
        row.addWidget(self.pattern_box, 1)
        row.addWidget(self.new_pattern_button)
        row.addWidget(self.delete_pattern_button)
        layout.addLayout(row)
        self.pattern_note = QLabel()
        self.pattern_note.setObjectName("muted")
        self.pattern_note.setWordWrap(True)
        self.pattern_note.setAccessibleDescription(tr("Pattern timings"))
        layout.addWidget(self.pattern_note)


class SessionCard(QFrame):
    """The session's length and its options (lead-in, numbers, motion, sound)."""

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, tr("Session"))
        row = QHBoxLayout()
        label = QLabel(tr("Length"))
        self.length_box = QComboBox()
        self.length_box.setAccessibleName(tr("Session length"))
        for seconds, text in LENGTHS:
            self.length_box.addItem(tr(text), seconds)
        label.setBuddy(self.length_box)
        row.addWidget(label)
        row.addWidget(self.length_box, 1)
        layout.addLayout(row)
        self.lead_in_check = WrapCheckBox(tr("Get ready for 3 seconds first"))
        self.numbers_check = WrapCheckBox(tr("Show count-down numbers"))
        self.reduced_check = WrapCheckBox(tr("Reduced motion: the circle keeps its size"))
        self.sound_check = WrapCheckBox(tr("Soft tone at each change, bell at the end"))
        for check in (self.lead_in_check, self.numbers_check, self.reduced_check,
                      self.sound_check):
            check.setAccessibleName(check.text())
            layout.addWidget(check)
        # Without the sound library (a trimmed install), no sound option at all.
        self.sound_check.setVisible(sound_available())
