"""Delete everything: every file Reconnect keeps for this person, and then its folder.

Removes the database with its WAL and shared-memory files, every backup, files set aside
by a restore, the crash log, the lock, the socket kept in the data folder, the small
unencrypted country file and any other ``reconnect*`` file, and an old
~/.config/Reconnect folder. Drafts and preferences live inside the database and go with it.
Other files (someone pointed ``--data-dir`` at a folder holding their own things) are left
alone and listed, never guessed at. The database must be closed first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from numbness_desktop import paths
from numbness_desktop.store.maintenance import SET_ASIDE_DIR

# backups/ (with any cut-short ``.partial`` copy), set-aside/ (what a restore or damage at
# start moved aside: maintenance.SET_ASIDE_DIR), and an old drafts/ folder.
FOLDERS = (paths.BACKUP_DIR, SET_ASIDE_DIR, "drafts")
# reconnect.db, -wal, -shm, -journal, .restoring, .rekeying, reconnect.log*, .lock, .sock
PREFIX = "reconnect"
FILES = ("country.txt", "crisis-country.json")


def ours(path: Path) -> bool:
    return path.name.startswith(PREFIX) or path.name in FOLDERS or path.name in FILES


def delete_everything(data_dir: Path, legacy_config: Path | None = None) -> list[Path]:
    """Remove every file of ours in ``data_dir``; returns what is left there (not ours)."""
    if data_dir.is_dir():
        for path in sorted(data_dir.iterdir()):
            if not ours(path):
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
    if legacy_config is not None and legacy_config.parent.is_dir():
        legacy_config.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            legacy_config.parent.rmdir()
    left = sorted(data_dir.iterdir()) if data_dir.is_dir() else []
    if not left and data_dir.is_dir():
        with contextlib.suppress(OSError):
            os.rmdir(data_dir)
    return left
