"""The opt-in "start with my desktop session" entry (XDG autostart).

This is the one file Reconnect may write outside its data folder, and only when the person
chooses it in Settings → Reminders: ``$XDG_CONFIG_HOME/autostart/numbness-desktop.desktop``
(``~/.config`` when unset). Unchoosing removes it. It starts Reconnect minimised on the same
data folder, so the reminders can arrive.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from numbness_desktop import APP_NAME, APP_SLUG, paths

FILE_NAME = f"{APP_SLUG}.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / FILE_NAME


def launch_command(data_dir: Path) -> list[str]:
    """How to start this same installation minimised on this data folder (a PyInstaller
    bundle is its own executable)."""
    start = [sys.executable] if getattr(sys, "frozen", False) \
        else [sys.executable, "-m", "numbness_desktop"]
    return [*start, "--minimised", "--data-dir", str(Path(data_dir).absolute())]


def entry_text(data_dir: Path) -> str:
    command = " ".join(shlex.quote(part) for part in launch_command(data_dir))
    return ("[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Gentle reminders from Reconnect (you chose this in Settings → Reminders)\n"
            f"Exec={command}\n"
            f"Icon={APP_SLUG}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(data_dir: Path) -> Path:
    """Write the entry (0600); raises OSError when the folder cannot be written."""
    folder = autostart_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = entry_path()
    temporary = path.with_name(path.name + ".tmp")
    temporary.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
    paths.make_private_file(temporary)
    temporary.write_text(entry_text(data_dir), encoding="utf-8")
    temporary.replace(path)
    return path


def disable() -> bool:
    """Remove the entry; ``True`` if there was one."""
    try:
        entry_path().unlink()
    except FileNotFoundError:
        return False
    return True
