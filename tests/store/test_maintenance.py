"""Backups you can trust, a check that changes nothing, damage set aside, restore.

Each test names the guarantee it proves; docs/data-safety.md links here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from numbness_desktop import paths
from numbness_desktop.domain.errors import CorruptDatabaseError, DiskFullError, StorageError
from numbness_desktop.store import backup, maintenance
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.maintenance import (
    automatic_backup,
    backup_now,
    inspect,
    integrity_problems,
    restore_backup,
)
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file's bytes, to prove nothing was modified."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def crash_copy(store, target: Path) -> Path:
    """The files as a SIGKILL would leave them: database, -wal and -shm, store still open."""
    target.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = store.path.with_name(store.path.name + suffix)
        if source.exists():
            shutil.copyfile(source, target / source.name)
    return target


def entries(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(paths.db_path(data_dir))
    try:
        return [row[0] for row in conn.execute("SELECT text FROM journal_entries ORDER BY text")]
    finally:
        conn.close()


# Backups ---------------------------------------------------------------------------------
def test_backup_is_a_checked_self_contained_private_copy(store, data_dir, clock):
    SafetyPlanRepository(store).add("reasons", "written before the backup")
    copy_path = backup_now(data_dir, clock())
    assert copy_path.parent == paths.backup_dir(data_dir)
    assert stat.S_IMODE(copy_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy_path.parent.stat().st_mode) == 0o700
    assert list(copy_path.parent.glob("*.partial")) == []
    copy = backup.open_backup(copy_path)
    assert copy.execute("SELECT text FROM safety_plan_items").fetchall() == [
        ("written before the backup",)]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # no -wal needed
    copy.close()
    info = backup.list_backups(copy_path.parent)[0]
    assert info.ok and info.counts["plan items"] >= 1


def test_a_damaged_database_is_never_backed_up(store, data_dir, clock):
    JournalRepository(store).add("2026-11-26", "words " * 2000)
    store.close()
    raw = bytearray(paths.db_path(data_dir).read_bytes())
    page = 4096
    raw[page * 2: page * 3] = b"\x00" * page  # a zeroed page deep inside
    paths.db_path(data_dir).write_bytes(bytes(raw))
    with pytest.raises(CorruptDatabaseError):
        backup_now(data_dir, clock())
    assert backup.backup_files(paths.backup_dir(data_dir)) == []


def test_damage_never_rotates_out_the_good_backups(store, data_dir, clock):
    for _ in range(7):
        automatic_backup(data_dir, clock())
        clock.advance(days=1)
    good = backup.automatic_backups(paths.backup_dir(data_dir))
    assert len(good) == 7
    store.close()
    raw = bytearray(paths.db_path(data_dir).read_bytes())
    raw[4096 * 2: 4096 * 3] = b"\x00" * 4096
    paths.db_path(data_dir).write_bytes(bytes(raw))
    for _ in range(10):
        with pytest.raises(StorageError):
            automatic_backup(data_dir, clock())
        clock.advance(days=1)
    assert backup.automatic_backups(paths.backup_dir(data_dir)) == good


def test_a_backup_killed_half_way_does_not_count_and_is_retried(store, data_dir, clock):
    folder = paths.backup_dir(data_dir)
    paths.ensure_private_dir(folder)
    # What a kill during the copy leaves: a temporary file, never a backup's name.
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    partial = folder / f"reconnect-{stamp}-auto.db.partial"
    partial.write_bytes(b"")
    assert backup.needs_automatic_backup(folder, clock())
    assert backup.list_backups(folder) == []
    made = automatic_backup(data_dir, clock())
    assert made is not None and backup.check_file(made)[0]
    assert not partial.exists()


def test_a_backup_interrupted_inside_the_copy_leaves_nothing(store, data_dir, clock,
                                                             monkeypatch):
    def interrupted(path, key=None):
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE half(x)")
        raise KeyboardInterrupt  # stands for the process stopping mid-copy

    monkeypatch.setattr(backup, "_open_target", interrupted)
    with pytest.raises(KeyboardInterrupt):
        backup_now(data_dir, clock())
    assert list(paths.backup_dir(data_dir).iterdir()) == []


def test_a_backup_on_a_full_disk_fails_cleanly_and_is_retried_later_that_day(
        store, data_dir, clock, monkeypatch):
    JournalRepository(store).add("2026-11-26", "words " * 5000)
    real = backup._open_target

    def full_disk(path, key=None):
        conn = real(path, key)
        conn.execute("PRAGMA max_page_count = 2")  # the disk holds two pages, no more
        return conn

    monkeypatch.setattr(backup, "_open_target", full_disk)
    with pytest.raises(DiskFullError):
        automatic_backup(data_dir, clock())
    folder = paths.backup_dir(data_dir)
    assert list(folder.iterdir()) == []  # no 0-byte "backup" that counts as today's
    monkeypatch.setattr(backup, "_open_target", real)
    clock.advance(hours=1)
    assert backup.needs_automatic_backup(folder, clock())
    assert automatic_backup(data_dir, clock()) is not None


def test_rotation_keeps_7_daily_4_weekly_and_every_before_update(store, data_dir, clock):
    folder = paths.backup_dir(data_dir)
    before_update = backup_now(data_dir, clock(), backup.BEFORE_UPDATE_LABEL)
    manual = backup_now(data_dir, clock())
    for _ in range(60):
        clock.advance(days=1)
        automatic_backup(data_dir, clock())
    autos = backup.automatic_backups(folder)
    days = [backup.parse_name(p)[0].date() for p in autos]
    assert len(autos) == 11
    assert days[-7:] == [clock().date() - timedelta(days=n) for n in range(6, -1, -1)]
    weeks = {day.isocalendar()[:2] for day in days[:-7]}
    assert len(weeks) == 4
    assert before_update.exists() and manual.exists()


# The check ---------------------------------------------------------------------------------
def test_check_of_a_sound_database(store, data_dir):
    assert integrity_problems(data_dir) == []


def test_check_without_data(tmp_path):
    with pytest.raises(StorageError, match="no Reconnect data"):
        integrity_problems(tmp_path / "nothing")


def damage(db: Path, kind: str) -> None:
    raw = bytearray(db.read_bytes())
    if kind == "garbage":  # not whole pages: no SQLCipher file looks like this
        db.write_bytes(os.urandom(len(raw) - 100))
    elif kind == "whole pages of noise":  # exactly what an encrypted file looks like
        db.write_bytes(os.urandom(len(raw)))
    elif kind == "truncated":
        db.write_bytes(bytes(raw[: len(raw) // 3]))
    elif kind == "zeroed header":
        raw[:100] = b"\x00" * 100
        db.write_bytes(bytes(raw))
    elif kind == "zeroed page":
        raw[4096 * 2: 4096 * 3] = b"\x00" * 4096
        db.write_bytes(bytes(raw))
    elif kind == "0-byte":
        db.write_bytes(b"")


@pytest.mark.parametrize(("kind", "found"), [
    ("garbage", maintenance.NOT_A_DATABASE), ("truncated", maintenance.DAMAGED),
    ("zeroed header", maintenance.NOT_A_DATABASE), ("zeroed page", maintenance.DAMAGED),
    ("0-byte", maintenance.EMPTY),
])
def test_check_finds_each_kind_of_damage_and_changes_nothing(store, data_dir, kind, found):
    JournalRepository(store).add("2026-11-26", "words " * 3000)
    store.close()
    damage(paths.db_path(data_dir), kind)
    before = fingerprint(data_dir)
    health = inspect(data_dir)
    assert health.kind == found and health.damaged
    assert integrity_problems(data_dir)
    assert fingerprint(data_dir) == before


def test_whole_pages_of_noise_may_be_encrypted_so_they_are_locked_never_damage(
        store, data_dir):
    """Without the key, SQLCipher's pages and random bytes look the same: such a file is
    'locked' (reported, never set aside); a key that doesn't open it changes nothing."""
    JournalRepository(store).add("2026-11-26", "words " * 3000)
    store.close()
    damage(paths.db_path(data_dir), "whole pages of noise")
    before = fingerprint(data_dir)
    health = inspect(data_dir)
    assert health.kind == maintenance.LOCKED and not health.damaged
    assert "passphrase" in integrity_problems(data_dir)[0]
    wrong = inspect(data_dir, key="not the key")
    assert wrong.kind == maintenance.LOCKED and not wrong.damaged
    assert fingerprint(data_dir) == before


def test_a_crash_wal_belongs_and_is_kept(store, data_dir, tmp_path):
    JournalRepository(store).add("2026-11-26", "in the log only")
    crashed = crash_copy(store, tmp_path / "crashed")
    assert (crashed / "reconnect.db-wal").stat().st_size > 0
    before = fingerprint(crashed)
    assert inspect(crashed).kind == maintenance.OK
    assert fingerprint(crashed) == before  # the log was not replayed into the file


def test_a_stale_wal_beside_a_copied_in_backup_is_not_replayed(store, data_dir, clock,
                                                                tmp_path):
    repo = JournalRepository(store)
    repo.add("2026-11-26", "in the backup")
    made = backup_now(data_dir, clock())
    repo.add("2026-11-27", "only in the log")
    crashed = crash_copy(store, tmp_path / "crashed")
    shutil.copyfile(made, crashed / "reconnect.db")  # the README's old manual restore
    before = fingerprint(crashed)
    health = inspect(crashed)
    assert health.kind == maintenance.FOREIGN_WAL
    assert fingerprint(crashed) == before


def test_a_foreign_wal_is_not_replayed(tmp_path, clock):
    def crash_state(name, words, count):
        store = open_store(tmp_path / name, clock)
        repo = JournalRepository(store)
        for i in range(count):
            repo.add(f"2026-11-{1 + i % 9:02d}", f"{words} {i} " * 20)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for i in range(count):
            repo.add(f"2026-11-{10 + i % 9:02d}", f"{words} later {i} " * 20)
        crashed = crash_copy(store, tmp_path / f"{name}-crashed")
        store.close()
        return crashed

    mine, theirs = crash_state("mine", "mine", 50), crash_state("theirs", "theirs", 83)
    os.replace(theirs / "reconnect.db-wal", mine / "reconnect.db-wal")
    (mine / "reconnect.db-shm").unlink()
    before = fingerprint(mine)
    assert inspect(mine).kind == maintenance.FOREIGN_WAL
    assert fingerprint(mine) == before


def test_check_works_on_a_read_only_folder(store, data_dir):
    store.close()
    data_dir.chmod(0o500)
    try:
        assert integrity_problems(data_dir) == []
    finally:
        data_dir.chmod(0o700)


# Restore -----------------------------------------------------------------------------------
def test_restore_sets_the_current_files_aside_and_puts_the_newest_good_backup_back(
        store, data_dir, clock):
    repo = JournalRepository(store)
    repo.add("2026-11-26", "kept in the backup")
    backup_now(data_dir, clock())
    repo.add("2026-11-27", "written after it")
    store.close()
    before = fingerprint(data_dir)
    clock.advance(minutes=5)
    restored = restore_backup(data_dir, clock())
    assert entries(data_dir) == ["kept in the backup"]
    assert restored.set_aside is not None
    assert fingerprint(restored.set_aside)["reconnect.db"] == before["reconnect.db"]
    assert restored.backup.counts["entries"] == 1


def test_restore_with_a_wal_beside_the_database(store, data_dir, clock):
    repo = JournalRepository(store)
    repo.add("2026-11-26", "kept in the backup")
    made = backup_now(data_dir, clock())
    repo.add("2026-11-27", "only in the log")
    wal = store.path.with_name("reconnect.db-wal")
    assert wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    # As after a kill: the files stay as they are while the restore runs.
    restored = restore_backup(data_dir, clock(), made)
    store.conn.close()
    assert not wal.exists()
    assert (restored.set_aside / "reconnect.db-wal").read_bytes() == wal_bytes
    assert entries(data_dir) == ["kept in the backup"]
    reopened = open_store(data_dir, clock)
    assert [e.text for e in JournalRepository(reopened).day("2026-11-26")] == [
        "kept in the backup"]
    assert reopened.integrity_problems() == []
    reopened.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store, data_dir, clock):
    made = backup_now(data_dir, clock())
    store.close()
    made.write_bytes(b"not a database at all" * 100)
    before = fingerprint(data_dir)
    with pytest.raises(CorruptDatabaseError):
        restore_backup(data_dir, clock(), made)
    assert fingerprint(data_dir) == before
    with pytest.raises(StorageError, match="no sound backup"):
        restore_backup(data_dir, clock())


KILL_BACKUP = """
import sys
from datetime import datetime
from pathlib import Path
from numbness_desktop.store.maintenance import automatic_backup
print("start", flush=True)
automatic_backup(Path(sys.argv[1]), datetime(2026, 11, 26, 19, 30))
"""


def test_a_backup_process_killed_mid_way_never_leaves_a_backup_that_is_not_good(
        store, data_dir, clock):
    import signal
    import subprocess
    import sys
    import time

    with store.write():  # about 12 MB, so the copy takes a while
        store.conn.executemany(
            "INSERT INTO journal_entries (id, day, text, created_at, updated_at) "
            "VALUES (?, '2026-11-26', ?, '', '')",
            [(f"id-{n}", f"{n} " + "words " * 2000) for n in range(1000)])
    folder = paths.backup_dir(data_dir)
    cut_short = 0
    for delay in (0.02, 0.05, 0.1, 0.2):
        process = subprocess.Popen([sys.executable, "-c", KILL_BACKUP, str(data_dir)],
                                   stdout=subprocess.PIPE, text=True)
        process.stdout.readline()
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        cut_short += bool(list(folder.glob("*.partial")))
        for made in backup.backup_files(folder):  # whatever has a backup's name is good
            assert backup.check_file(made)[0]
        if not backup.automatic_backups(folder):
            assert backup.needs_automatic_backup(folder, clock())
        for made in backup.backup_files(folder):
            made.unlink()
    assert cut_short >= 1, "no kill landed inside the copy"
    assert automatic_backup(data_dir, clock()) is not None  # and a later try succeeds
    assert list(folder.glob("*.partial")) == []
