"""Settings → Sound & speech: Breathe's tones and the phases spoken by a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui.breathe.prefs import SOUND_KEY, SPEAK_KEY
from numbness_desktop.ui.breathe.tones import sound_available
from numbness_desktop.ui.settings.choices import page_layout


class SoundPage(QWidget):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        layout = page_layout(self, "Sound & speech", "")
        self.tones = QCheckBox("Soft tone at each breathing phase, bell at the end")
        self.tones.setAccessibleName(self.tones.text())
        layout.addWidget(self.tones)
        if not sound_available():
            self.tones.setEnabled(False)
            note = QLabel("Tones need Qt's multimedia module (PySide6-Addons), which is not "
                          "installed here, so Reconnect stays silent.")
            note.setObjectName("muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.speak = QCheckBox("Announce each breathing phase to a screen reader")
        self.speak.setAccessibleName(self.speak.text())
        layout.addWidget(self.speak)
        explain = QLabel("With a screen reader running, it says “Breathe in”, “Hold”, "
                         "“Breathe out” and “Rest” as each phase begins.")
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch(1)
        self.tones.clicked.connect(lambda checked: preferences.set_value(SOUND_KEY, checked))
        self.speak.clicked.connect(lambda checked: preferences.set_value(SPEAK_KEY, checked))
        preferences.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.tones.setChecked(bool(self._prefs.value(SOUND_KEY, False)))
        self.speak.setChecked(bool(self._prefs.value(SPEAK_KEY, True)))

    def _on_changed(self, key: str) -> None:
        if key in (SOUND_KEY, SPEAK_KEY):
            self.refresh()
