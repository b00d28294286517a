"""Backups and the integrity check."""

from __future__ import annotations

import sqlite3
import stat
from datetime import timedelta

import pytest

from numbness_desktop import paths
from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import backup
from numbness_desktop.store.maintenance import automatic_backup, backup_now, integrity_problems
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository


def test_backup_is_a_consistent_private_copy_of_the_live_database(store, data_dir, clock):
    SafetyPlanRepository(store).add("reasons", "written before the backup")
    copy_path = backup_now(data_dir, clock())
    assert copy_path.parent == paths.backup_dir(data_dir)
    assert stat.S_IMODE(copy_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy_path.parent.stat().st_mode) == 0o700
    copy = sqlite3.connect(copy_path)
    assert copy.execute("SELECT text FROM safety_plan_items").fetchall() == [
        ("written before the backup",)
    ]
    copy.close()


def test_automatic_backups_once_a_day_and_rotate(store, data_dir, clock):
    assert automatic_backup(data_dir, clock()) is not None
    assert automatic_backup(data_dir, clock()) is None
    for _ in range(10):
        clock.advance(days=1)
        automatic_backup(data_dir, clock())
    manual = backup_now(data_dir, clock())
    autos = backup.automatic_backups(paths.backup_dir(data_dir))
    assert len(autos) == backup.KEEP_AUTOMATIC
    assert (clock() - timedelta(days=0)).strftime("%Y%m%d") in autos[-1].name
    assert manual.exists()


def test_check_sound_and_damaged(store, data_dir):
    assert integrity_problems(data_dir) == []
    store.close()
    raw = bytearray(paths.db_path(data_dir).read_bytes())
    raw[:16] = b"definitely-broke"
    paths.db_path(data_dir).write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="damaged"):
        integrity_problems(data_dir)


def test_check_without_data(tmp_path):
    with pytest.raises(StorageError, match="no Reconnect data"):
        integrity_problems(tmp_path / "nothing")
