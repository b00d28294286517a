"""Settings → Sound & speech: Breathe's tones (on/off, volume, which ones) and the phases
spoken by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop.domain.tones import BELL_NAME, CUE_NAMES
from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui.breathe import tones
from numbness_desktop.ui.breathe.prefs import SOUND_KEY, SPEAK_KEY
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.settings.choices import page_layout
from numbness_desktop.ui.settings.wrapping import WrapCheckBox


class SoundPage(QWidget):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._player: tones.TonePlayer | None = None
        layout = page_layout(self, "Sound & speech", "")
        self.tones = WrapCheckBox(tr("Soft tones while breathing"))
        self.tones.setAccessibleName(self.tones.text())
        layout.addWidget(self.tones)
        layout.addWidget(_note("A soft tone as each breathing phase begins, and a bell at the "
                               "end."))
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(24, 0, 0, 0)
        self._build_details(details)
        layout.addWidget(self.details)
        if not tones.sound_available():
            self.tones.setEnabled(False)
            self.details.setEnabled(False)
            layout.addWidget(_note("Tones need the miniaudio library, which is not installed "
                                   "here, so Reconnect stays silent."))
        self.speak = WrapCheckBox(tr("Spoken phases"))
        self.speak.setAccessibleName(self.speak.text())
        layout.addWidget(self.speak)
        layout.addWidget(_note("With a screen reader running, it says “Breathe in”, “Hold”, "
                               "“Breathe out” and “Rest” as each phase begins."))
        layout.addStretch(1)
        self.tones.clicked.connect(lambda checked: preferences.set_value(SOUND_KEY, checked))
        self.speak.clicked.connect(lambda checked: preferences.set_value(SPEAK_KEY, checked))
        preferences.changed.connect(self._on_changed)
        self.refresh()

    def _build_details(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        label = QLabel(tr("Volume"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(tr("Tone volume"))
        label.setBuddy(self.volume)
        self.volume_text = QLabel()
        self.volume_text.setMinimumWidth(
            self.volume_text.fontMetrics().horizontalAdvance(percent(100)))
        self.sample = QPushButton(tr("Play a sample"))
        self.sample.setAccessibleName(tr("Play a sample tone"))
        row.addWidget(label)
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_text)
        row.addWidget(self.sample)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Sound at:")))
        self.cues: dict[str, QCheckBox] = {}
        for name in CUE_NAMES:
            cue = tr(tones.CUE_LABELS[name])
            check = QCheckBox(cue)
            check.setAccessibleName(cue if name == BELL_NAME
                                    else tr("Tone at {cue}").format(cue=cue))
            check.clicked.connect(lambda on, name=name: tones.set_cue(self._prefs, name, on))
            layout.addWidget(check)
            self.cues[name] = check
        self.volume.valueChanged.connect(self._on_volume)
        self.volume.sliderReleased.connect(lambda: self._on_volume(self.volume.value()))
        self.sample.clicked.connect(self.play_sample)

    def refresh(self) -> None:
        on = bool(self._prefs.value(SOUND_KEY, False))
        self.tones.setChecked(on)
        self.speak.setChecked(bool(self._prefs.value(SPEAK_KEY, True)))
        self.volume.blockSignals(True)
        self.volume.setValue(tones.volume(self._prefs))
        self.volume.blockSignals(False)
        self.volume_text.setText(percent(self.volume.value()))
        chosen = tones.chosen_cues(self._prefs)
        for name, check in self.cues.items():
            check.setChecked(name in chosen)
        if tones.sound_available():
            self.details.setEnabled(on)

    def play_sample(self) -> None:
        """The first chosen cue at the chosen volume, so the level can be judged."""
        if self._player is None:
            self._player = tones.TonePlayer(self._prefs, self)
        for name in tones.chosen_cues(self._prefs):
            self._player.play(name)
            return

    def _on_volume(self, value: int) -> None:
        """Saved when a drag ends (not at every step of it), or at once from the keys."""
        self.volume_text.setText(percent(value))
        if not self.volume.isSliderDown() and value != tones.volume(self._prefs):
            self._prefs.set_value(tones.VOLUME_KEY, value)

    def _on_changed(self, key: str) -> None:
        if key in (SOUND_KEY, SPEAK_KEY, tones.VOLUME_KEY, tones.CUES_KEY):
            self.refresh()


def percent(value: int) -> str:
    """A percentage as the person's locale writes it (50 %, 50%)."""
    return tr("{value} %").format(value=number(value))


def _note(text: str) -> QLabel:
    note = QLabel(tr(text))
    note.setObjectName("muted")
    note.setWordWrap(True)
    return note
