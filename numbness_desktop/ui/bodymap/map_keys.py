"""The body map by keyboard: arrows and Tab move between places, Space or Enter marks,
+ / − / 0 say more, less or just here, Ctrl+Tab leaves the map at once."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import Quality

ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
          Qt.Key.Key_Down: "down"}
QUALITY_KEYS = {Qt.Key.Key_Plus: Quality.MORE, Qt.Key.Key_Equal: Quality.MORE,
                Qt.Key.Key_Minus: Quality.LESS, Qt.Key.Key_0: Quality.HERE}
MARK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyTarget(Protocol):
    """What the keys act on (the map widget)."""

    def focused_stop(self) -> shapes.Spot: ...
    def stops(self) -> list[shapes.Spot]: ...
    def focused_region(self) -> str: ...
    def focus_region(self, region: str) -> None: ...
    def is_marked(self, region: str) -> bool: ...
    def toggle(self, region: str) -> None: ...
    def set_quality(self, region: str, quality: Quality) -> None: ...
    def showing_overlay(self) -> bool: ...
    def leave(self, forward: bool) -> None: ...


def handle_key(target: KeyTarget, event: QKeyEvent) -> bool:
    """Act on a key press; ``False`` if the key is not the map's."""
    key = Qt.Key(event.key())
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # Ctrl+Tab leaves the map at once
        forward = key == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        target.leave(forward)
        return True
    if key in ARROWS:
        found = shapes.neighbour(target.focused_stop(), ARROWS[key], target.stops())
        if found is not None:
            target.focus_region(found.region)
        return True
    if key in MARK_KEYS and not target.showing_overlay():
        target.toggle(target.focused_region())
        return True
    if key in QUALITY_KEYS and not target.showing_overlay():
        region = target.focused_region()
        if not target.is_marked(region):
            target.toggle(region)
        target.set_quality(region, QUALITY_KEYS[key])
        return True
    return False
