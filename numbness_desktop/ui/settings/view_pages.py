"""Settings → Appearance and Text size (the View menu and Ctrl+= / Ctrl+- change the same)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.preferences import Preferences
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import number, tr
from numbness_desktop.ui.settings.choices import ChoicePage
from numbness_desktop.ui.view_prefs import (
    APPEARANCE,
    APPEARANCES,
    SYSTEM,
    TEXT_SCALE,
    appearance,
    text_scale,
)


class AppearancePage(ChoicePage):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        def write(value) -> None:
            preferences.set_value(APPEARANCE, value if value in theme.SCHEMES else SYSTEM)

        super().__init__(
            preferences, "Appearance",
            "Follow the system's light or dark setting, or choose one. High contrast draws "
            "text, edges and the keyboard focus as strongly as possible.",
            APPEARANCES, lambda: appearance(preferences), write, (APPEARANCE,), parent)


def scale_label(scale: float) -> str:
    percent = round(scale * 100)
    words = tr("{percent} % (normal)") if percent == 100 else tr("{percent} %")
    return words.format(percent=number(percent))


class TextSizePage(ChoicePage):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        def write(value: object) -> None:
            preferences.set_value(TEXT_SCALE, value)

        def nearest() -> float:
            current = text_scale(preferences)
            return min(theme.TEXT_SCALES, key=lambda scale: abs(scale - current))

        super().__init__(
            preferences, "Text size",
            "How large all text is drawn. Ctrl+= and Ctrl+- change it from anywhere; Ctrl+0 "
            "goes back to normal.",
            [(scale, scale_label(scale)) for scale in theme.TEXT_SCALES], nearest,
            write, (TEXT_SCALE,), parent)
