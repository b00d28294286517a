"""Whether to keep things still: the person's choice first, then the system's preference."""

from __future__ import annotations

from numbness_desktop.model.app_model import AppModel

KEYS = ("motion/reduced", "breathe/reducedMotion")  # the shared choice, then Breathe's own


def reduced_motion(app_model: AppModel) -> bool:
    prefs = app_model.preferences
    for key in KEYS:
        if prefs.contains(key):
            return bool(prefs.value(key, False))
    from numbness_desktop.ui.breathe.prefs import system_prefers_reduced_motion

    return system_prefers_reduced_motion()
