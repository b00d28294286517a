"""Bring the preferences older versions kept in ~/.config into the data folder, once.

Reconnect up to 0.x wrote the window's state, the text size and the Breathe choices with
QSettings to ``$XDG_CONFIG_HOME/Reconnect/numbness-desktop.conf``. Since then every
preference lives in DATA_DIR; on the first normal start (never ``--demo``) the old file's
known keys are copied into the data folder's preferences (a choice already made there wins),
then the old file, and its folder if empty, are removed. Unknown keys are not carried over.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from numbness_desktop.model.preferences import Preferences

LEGACY_ORGANIZATION = "Reconnect"
LEGACY_FILE = "numbness-desktop.conf"
# key -> the type it is kept as now ("geometry": a QByteArray, saved as base64 text)
LEGACY_KEYS: dict[str, str] = {
    "window/geometry": "geometry",
    "window/lastTab": "str",
    "view/textScale": "float",
    "breathe/preset": "str",
    "breathe/length": "int",
    "breathe/leadIn": "bool",
    "breathe/showNumbers": "bool",
    "breathe/reducedMotion": "bool",
    "breathe/sound": "bool",
}


def legacy_path() -> Path:
    """Where QSettings kept the old file on Linux (XDG_CONFIG_HOME or ~/.config)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / LEGACY_ORGANIZATION / LEGACY_FILE


def migrate_legacy_settings(preferences: Preferences, path: Path | None = None) -> int:
    """Copy the old file's preferences in and remove it; returns how many were copied.

    Nothing happens when there is no old file (one ``stat``: free on the way to the first
    paint). If a preference cannot be saved, the old file stays for the next start.
    """
    path = legacy_path() if path is None else path
    if not path.is_file():
        return 0
    from PySide6.QtCore import QSettings

    old = QSettings(str(path), QSettings.Format.IniFormat)
    copied = 0
    for key, kind in LEGACY_KEYS.items():
        if not old.contains(key) or preferences.contains(key):
            continue
        value = _convert(old.value(key), kind)
        if value is None:
            continue
        if not preferences.set_value(key, value):
            return copied
        copied += 1
    del old
    _remove(path)
    return copied


def _convert(raw: object, kind: str) -> object | None:
    """QSettings' INI values come back as text (or QByteArray); ``None`` when unreadable."""
    from PySide6.QtCore import QByteArray

    try:
        if kind == "geometry":
            return bytes(raw.toBase64().data()).decode("ascii") if isinstance(raw, QByteArray) \
                else None
        if kind == "bool":
            text = str(raw).strip().lower()
            return True if text in ("true", "1") else False if text in ("false", "0") else None
        if kind == "int":
            return int(str(raw))
        if kind == "float":
            value = float(str(raw))
            return value if 0 < value < 10 else None
        return str(raw) if isinstance(raw, str) else None
    except (TypeError, ValueError):
        return None


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".lock")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty
