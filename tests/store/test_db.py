"""Opening the database: pragmas, modes, migrations, refusals."""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest

from numbness_desktop import paths
from numbness_desktop.domain.errors import CorruptDatabaseError, NewerSchemaError, ReadOnlyError
from numbness_desktop.store import migrations
from numbness_desktop.store.db import open_store
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_from_empty_applies_every_step_with_pragmas(data_dir, clock):
    store = open_store(data_dir, clock)
    try:
        applied = [r[0] for r in store.query("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert applied == list(migrations.KNOWN_NAMES)
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"
        assert store.query("PRAGMA foreign_keys")[0][0] == 1
        assert store.query("PRAGMA synchronous")[0][0] == 2  # FULL
        assert store.query("PRAGMA recursive_triggers")[0][0] == 1  # REPLACE fires triggers
        tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"safety_plan_items", "settings"} <= tables
    finally:
        store.close()


def test_folder_is_0700_and_files_0600_even_if_loosened(data_dir, clock):
    open_store(data_dir, clock).close()
    assert mode(data_dir) == 0o700
    assert mode(paths.db_path(data_dir)) == 0o600
    data_dir.chmod(0o755)
    paths.db_path(data_dir).chmod(0o644)
    store = open_store(data_dir, clock)
    try:
        SafetyPlanRepository(store).add("reasons", "my cat")
        assert mode(data_dir) == 0o700
        for name in ("reconnect.db", "reconnect.db-wal", "reconnect.db-shm"):
            assert mode(data_dir / name) == 0o600, name
    finally:
        store.close()


def test_reopening_applies_nothing_and_takes_no_backup(data_dir, clock):
    open_store(data_dir, clock).close()
    store = open_store(data_dir, clock)
    store.close()
    assert not paths.backup_dir(data_dir).exists()


def test_newer_schema_is_refused_and_file_left_untouched(data_dir, clock):
    open_store(data_dir, clock).close()
    conn = sqlite3.connect(paths.db_path(data_dir))
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ("reconnect", "m999_from_the_future", "2030-01-01 00:00:00+00:00"),
        )
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = hashlib.sha256(paths.db_path(data_dir).read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as refused:
        open_store(data_dir, clock)
    assert "newer version of Reconnect" in refused.value.message
    assert hashlib.sha256(paths.db_path(data_dir).read_bytes()).hexdigest() == before
    assert not (data_dir / "reconnect.db-wal").exists()


def test_pending_step_runs_after_a_backup_of_existing_data(data_dir, clock, monkeypatch):
    store = open_store(data_dir, clock)
    SafetyPlanRepository(store).add("reasons", "the sea in summer")
    store.close()

    def m002_extra_table(db):
        db["extra"].create({"id": str}, pk="id")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, m002_extra_table))
    monkeypatch.setattr(migrations, "KNOWN_NAMES", (*migrations.KNOWN_NAMES, "m002_extra_table"))
    store = open_store(data_dir, clock)
    try:
        assert store.query("SELECT count(*) FROM extra")[0][0] == 0
        backups = list(paths.backup_dir(data_dir).glob("*before-update*.db"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT text FROM safety_plan_items").fetchall() == [
            ("the sea in summer",)
        ]
        assert "m002_extra_table" not in {
            r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations")
        }
        copy.close()
        assert mode(backups[0]) == 0o600
    finally:
        store.close()


def test_failing_step_rolls_back_with_its_record(data_dir, clock, monkeypatch):
    open_store(data_dir, clock).close()

    def m002_broken(db):
        db["half_done"].create({"id": str}, pk="id")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, m002_broken))
    monkeypatch.setattr(migrations, "KNOWN_NAMES", (*migrations.KNOWN_NAMES, "m002_broken"))
    with pytest.raises(RuntimeError):
        open_store(data_dir, clock)
    conn = sqlite3.connect(paths.db_path(data_dir))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    conn.close()
    assert "half_done" not in tables
    assert "m002_broken" not in names


def test_corrupt_file_gives_a_calm_error(data_dir, clock):
    paths.ensure_private_dir(data_dir)
    paths.db_path(data_dir).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CorruptDatabaseError) as error:
        open_store(data_dir, clock)
    assert "damaged" in error.value.message


def test_failing_write_becomes_a_domain_error(data_dir, clock):
    store = open_store(data_dir, clock)
    repo = SafetyPlanRepository(store)
    repo.add("reasons", "kept")
    store.conn.close()
    store.conn = sqlite3.connect(f"{paths.db_path(data_dir).as_uri()}?mode=ro", uri=True)
    store.conn.row_factory = sqlite3.Row
    store._db = None
    with pytest.raises(ReadOnlyError) as error:
        repo.add("reasons", "not saved")
    assert "still on screen" in error.value.message
    assert [i.text for i in repo.plan().items] == ["kept"]
    store.close()
