"""Where Reconnect keeps its files; resolved when asked, never at import time."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

ENV_DATA_DIR = "NUMBNESS_DESKTOP_DATA_DIR"
DB_NAME = "reconnect.db"
BACKUP_DIR = "backups"
LOG_NAME = "reconnect.log"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's user data folder (Linux: ~/.local/share/numbness-desktop)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("numbness-desktop", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then the environment variable, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make sure only the user can enter it.

    A folder the person made read-only (no owner write bit) keeps its mode: Reconnect
    respects that choice and opens such data read-only instead of chmod-ing it back.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode != PRIVATE_DIR_MODE and mode & stat.S_IWUSR:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def is_read_only(data_dir: Path) -> bool:
    """Whether ``data_dir`` (an existing folder) must not be written to: a read-only medium,
    or a folder or database file the person made read-only (checked by the owner's write
    bit too, so it holds even for root, who could write anyway)."""
    if not data_dir.is_dir():
        return False
    try:
        if os.statvfs(data_dir).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    targets = [data_dir] + [p for p in (db_path(data_dir),) if p.exists()]
    return any(not (stat.S_IMODE(p.stat().st_mode) & stat.S_IWUSR) or not os.access(p, os.W_OK)
               for p in targets)


def make_private_file(path: Path) -> None:
    """Restrict an existing file to the user (0600); missing files are ignored, and so is a
    file that cannot be changed (a read-only medium)."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)
    except (FileNotFoundError, PermissionError):
        return
    except OSError as error:
        if error.errno != errno.EROFS:
            raise


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_NAME
