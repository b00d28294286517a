"""The start's data check, begun before the window's imports so that it runs beside them.

A plain launch takes the data folder's lock and starts ``quick_check`` in a thread first;
importing Qt's widgets and Reconnect's views (most of a start) then overlaps the check, which
reads the whole file (about 25 ms for ten years of journal). Nothing opens the file for
writing until ``app.run`` has the check's answer, and the lock is held throughout, so no
other Reconnect writes while it reads. Anything unusual (no folder yet, read-only, a -wal,
an encrypted or damaged-looking file, the lock held elsewhere) starts the ordinary way.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from numbness_desktop import paths, single_instance
from numbness_desktop.store import maintenance


class EarlyStart(NamedTuple):
    guard: single_instance.InstanceGuard  # the data folder's lock, already held
    check: maintenance.CheckInPlace  # under way


def begin(data_dir: Path) -> EarlyStart | None:
    """Lock ``data_dir`` and start its check, or ``None`` to start the ordinary way."""
    if not paths.db_path(data_dir).is_file() or paths.is_read_only(data_dir):
        return None
    guard = single_instance.acquire(data_dir, wait_ms=0)
    if guard is None:  # another Reconnect has it, or one is just closing: app.run waits
        return None  # for that as always, says so, and knocks on the open one's door
    check = maintenance.begin_check_in_place(data_dir)
    if check is None:
        guard.release()
        return None
    return EarlyStart(guard, check)
