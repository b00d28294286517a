"""Appearance and text size: chosen in Settings or the View menu, kept in the data folder.

Views and menus only write the preference; this one object applies it to the application,
so a choice made anywhere (Settings, View menu, Ctrl+=) looks the same everywhere at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import theme

APPEARANCE = "view/appearance"
TEXT_SCALE = "view/textScale"
APPEARANCES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"),
               ("high-contrast", "High contrast"))
SYSTEM = "system"


def appearance(preferences: Preferences) -> str:
    chosen = preferences.value(APPEARANCE, SYSTEM)
    return chosen if chosen in theme.SCHEMES else SYSTEM


def text_scale(preferences: Preferences) -> float:
    scale = preferences.value(TEXT_SCALE, 1.0)
    return scale if theme.TEXT_SCALES[0] <= scale <= theme.TEXT_SCALES[-1] else 1.0


class ViewPreferences(QObject):
    """Applies the stored appearance and text size now and whenever either changes."""

    def __init__(self, preferences: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        preferences.changed.connect(self._on_changed)

    def apply_stored(self) -> None:
        """At start: only what the person chose (a scheme forced for screenshots stays)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self._prefs.contains(APPEARANCE):
            theme.force_scheme(app, None if appearance(self._prefs) == SYSTEM
                               else appearance(self._prefs))
        if self._prefs.contains(TEXT_SCALE):
            theme.apply_theme(app, text_scale(self._prefs))

    def set_appearance(self, value: str) -> None:
        self._prefs.set_value(APPEARANCE, value if value in theme.SCHEMES else SYSTEM)

    def change_text_size(self, step: int) -> float:
        """One step larger (1) or smaller (-1), or back to normal (0)."""
        scale = theme.next_text_scale(text_scale(self._prefs), step)
        self._prefs.set_value(TEXT_SCALE, scale)
        return scale

    def _on_changed(self, key: str) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if key == APPEARANCE:
            chosen = appearance(self._prefs)
            theme.force_scheme(app, None if chosen == SYSTEM else chosen)
            if not theme.is_applied(app):
                theme.apply_theme(app)
        elif key == TEXT_SCALE:
            theme.apply_theme(app, text_scale(self._prefs))
