"""The start's data check runs beside the imports, under the folder's lock, and still
decides before anything opens the file: a sound file starts, a damaged one is set aside."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from numbness_desktop import paths, single_instance, start_check
from numbness_desktop.data_recovery import recover_at_start
from numbness_desktop.store import maintenance
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.ui.data.damage_dialog import FRESH


@pytest.fixture
def written(data_dir, clock) -> Path:
    """A closed folder holding a few pages of journal (no -wal left beside it)."""
    store = open_store(data_dir, clock)
    JournalRepository(store).add("2026-11-26", "words " * 3000)
    store.close()
    return data_dir


def zero_a_page(data_dir: Path) -> None:
    """Damage ``quick_check`` finds, behind a header that still says SQLite."""
    db = paths.db_path(data_dir)
    raw = bytearray(db.read_bytes())
    raw[4096 * 2: 4096 * 3] = b"\x00" * 4096
    db.write_bytes(bytes(raw))


def test_a_sound_folder_is_locked_and_checked_early(written):
    early = start_check.begin(written)
    assert early is not None
    try:
        assert single_instance.acquire(written) is None  # nobody else can write meanwhile
        assert early.check.problems() == []
        assert maintenance.inspect(written, copy=False, started=early.check).kind == \
            maintenance.OK
    finally:
        early.guard.release()
    assert single_instance.acquire(written) is not None


def test_damage_found_early_is_set_aside_and_asked_about(written, clock):
    zero_a_page(written)
    original = paths.db_path(written).read_bytes()
    early = start_check.begin(written)
    assert early is not None
    asked = []
    try:
        outcome = recover_at_start(written, lambda *a: asked.append(a) or FRESH, clock,
                                   started=early.check)
    finally:
        early.guard.release()
    assert asked and "damaged" in asked[0][0]
    assert "afresh" in outcome.notice
    kept = list((written / maintenance.SET_ASIDE_DIR).glob(f"*/{paths.DB_NAME}"))
    assert [path.read_bytes() for path in kept] == [original]  # moved, not changed


def test_the_early_answer_is_the_in_place_check(written, monkeypatch):
    early = start_check.begin(written)
    assert early is not None
    try:
        early.check.problems()
        monkeypatch.setattr(maintenance, "_check_in_place",
                            lambda *_a: pytest.fail("checked twice"))
        assert maintenance.inspect(written, copy=False, started=early.check).kind == \
            maintenance.OK
    finally:
        early.guard.release()


def test_a_disk_error_in_the_early_check_reaches_the_start(written, monkeypatch):
    def fails(_db: Path) -> list[str]:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(maintenance, "_check_in_place", fails)
    early = start_check.begin(written)
    assert early is not None
    try:
        with pytest.raises(OSError):
            maintenance.inspect(written, copy=False, started=early.check)
    finally:
        early.guard.release()


def test_anything_unusual_starts_the_ordinary_way(written, tmp_path):
    assert start_check.begin(tmp_path / "no-such-folder") is None
    assert start_check.begin(tmp_path) is None  # a folder with no data file yet

    held = single_instance.acquire(written)
    assert held is not None
    try:
        assert start_check.begin(written) is None  # another Reconnect has it
    finally:
        held.release()

    wal = paths.db_path(written).with_name(paths.DB_NAME + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)  # a log to look at the slow way
    assert start_check.begin(written) is None
    assert single_instance.acquire(written) is not None, "the lock was given back"
    wal.unlink()

    paths.db_path(written).write_bytes(os.urandom(8192))  # encrypted or damaged: later
    assert start_check.begin(written) is None


def test_a_read_only_folder_starts_the_ordinary_way(written):
    paths.db_path(written).chmod(0o400)
    try:
        assert start_check.begin(written) is None
    finally:
        paths.db_path(written).chmod(0o600)


def test_the_early_check_reads_without_writing(written):
    before = {path.name: path.read_bytes() for path in written.iterdir() if path.is_file()}
    early = start_check.begin(written)
    assert early is not None
    try:
        early.check.problems()
    finally:
        early.guard.release()
    after = {path.name: path.read_bytes() for path in written.iterdir() if path.is_file()
             and path.name != single_instance.LOCK_NAME}
    before.pop(single_instance.LOCK_NAME, None)
    assert after == before
    assert sqlite3.connect(paths.db_path(written)).execute("PRAGMA quick_check").fetchone() \
        == ("ok",)


def test_the_dialog_says_it_plainly_and_the_log_keeps_sqlite_s_words(written, clock,
                                                                     monkeypatch):
    from numbness_desktop import crash

    monkeypatch.setattr(crash, "_log_file", paths.log_path(written))
    zero_a_page(written)
    found = []
    recover_at_start(written, lambda *a: found.append(a[0]) or FRESH, clock)
    assert found == ["The data file is damaged: part of it can't be read."]
    log = paths.log_path(written).read_text(encoding="utf-8")
    assert "Damage found at start" in log and "database" in log.split("Damage", 1)[1]
