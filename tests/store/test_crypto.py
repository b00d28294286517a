"""The optional passphrase: SQLCipher under the same store, backups under the same key."""

from __future__ import annotations

import pytest

from numbness_desktop.domain.errors import StorageError
from numbness_desktop.store import crypto
from numbness_desktop.store.db import open_store
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository
from numbness_desktop.store.scrub import backup_files, remove_from_backups

pytest.importorskip("sqlcipher3")

SECRET = "lanternfish words"


def hits(folder, word: str) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and word.encode() in p.read_bytes()]


def test_turning_it_on_encrypts_the_file_and_every_backup(store, data_dir, clock):
    JournalRepository(store).add("2026-11-26", SECRET)
    SafetyPlanRepository(store).set_country("GB")
    store.backup("auto")
    assert hits(data_dir, "lanternfish")
    first = crypto.change_passphrase(store, "correct horse")
    assert first.exists()
    assert crypto.is_encrypted(store.path)
    assert all(crypto.is_encrypted(p) for p in backup_files(data_dir))
    assert hits(data_dir, "lanternfish") == []
    # The same store object goes on working, and its next backup is encrypted too.
    JournalRepository(store).add("2026-11-26", "after the change")
    assert len(JournalRepository(store).all_entries()) == 2
    assert crypto.is_encrypted(store.backup("manual"))
    assert crypto.read_country_file(data_dir) == "GB"
    store.close()
    with pytest.raises(crypto.PassphraseNeeded):
        open_store(data_dir, clock)
    with pytest.raises(crypto.WrongPassphrase):
        open_store(data_dir, clock, "wrong horse")
    again = open_store(data_dir, clock, "correct horse")
    assert sorted(e.text for e in JournalRepository(again).all_entries()) == [
        "after the change", SECRET]
    # Deleting from encrypted backups works with the key.
    entry = next(e for e in JournalRepository(again).all_entries() if e.text == SECRET)
    JournalRepository(again).delete(entry.id)
    assert remove_from_backups(data_dir, "journal_entries", [entry.id],
                               crypto.connector("correct horse")) >= 2
    again.close()


def test_change_and_remove_rekey_with_a_backup_first(store, data_dir, clock):
    JournalRepository(store).add("2026-11-26", SECRET)
    crypto.change_passphrase(store, "first one")
    crypto.change_passphrase(store, "second one")
    store.close()
    with pytest.raises(crypto.WrongPassphrase):
        open_store(data_dir, clock, "first one")
    store = open_store(data_dir, clock, "second one")
    crypto.change_passphrase(store, None)
    assert not crypto.is_encrypted(store.path)
    assert not any(crypto.is_encrypted(p) for p in backup_files(data_dir))
    assert not (data_dir / crypto.COUNTRY_FILE).exists()
    store.close()
    plain = open_store(data_dir, clock)
    assert JournalRepository(plain).all_entries()[0].text == SECRET
    plain.close()


def test_a_failed_rekey_leaves_everything_as_it_was(store, data_dir, monkeypatch):
    JournalRepository(store).add("2026-11-26", SECRET)
    monkeypatch.setattr(crypto, "same_content", lambda *a: False)
    with pytest.raises(StorageError):
        crypto.change_passphrase(store, "never applied")
    assert not crypto.is_encrypted(store.path)
    assert JournalRepository(store).all_entries()[0].text == SECRET
