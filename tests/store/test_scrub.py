"""A deleted record's words are gone from the database's bytes, its WAL and (if asked) backups."""

from __future__ import annotations

from pathlib import Path

from numbness_desktop.domain.body_map import FeelingDraft, RegionMark
from numbness_desktop.store import scrub
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.journal_repo import JournalRepository
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

DAY = "2026-11-26"


def hits(folder: Path, marker: str) -> list[str]:
    needle = marker.encode()
    return [str(p.relative_to(folder)) for p in sorted(folder.rglob("*"))
            if p.is_file() and needle in p.read_bytes()]


def test_a_deleted_journal_entry_leaves_no_word_in_the_live_files(store, data_dir):
    repo = JournalRepository(store)
    for n in range(30):  # other entries share the index's pages
        repo.add(DAY, f"ordinary words number {n} about a calm walk")
    entry = repo.add(DAY, "zebrafinch marmalade quietly")
    repo.set_text(entry.id, "zebrafinch marmalade quietly, edited once")
    assert hits(data_dir, "zebrafinch")
    repo.delete(entry.id)
    assert hits(data_dir, "zebrafinch") == []
    assert hits(data_dir, "marmalade") == []
    assert store.query("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'walk'")[0][0] \
        == 30  # the index still answers for the others


def test_deleted_feelings_and_plan_entries_leave_nothing(store, data_dir):
    feelings = BodyMapRepository(store)
    log = feelings.save(FeelingDraft("calm", 4, (RegionMark("chest"),), note="quokkanote here"))
    plan = SafetyPlanRepository(store)
    item = plan.add("reasons", "wombatreason to stay")
    feelings.delete(log.id)
    plan.delete(item.id)
    assert hits(data_dir, "quokkanote") == []
    assert hits(data_dir, "wombatreason") == []


def test_removing_from_backups_rewrites_them_without_the_record(store, data_dir):
    repo = JournalRepository(store)
    keep = repo.add(DAY, "a line worth keeping")
    gone = repo.add(DAY, "ocelotsecret in an old backup")
    repo.add_chip(gone.id, "ocelotfeeling", 3)
    store.backup("manual")
    store.backup("auto")
    repo.delete(gone.id)
    assert hits(data_dir, "ocelotsecret") == ["backups/" + p.name
                                              for p in scrub.backup_files(data_dir)]
    assert scrub.remove_from_backups(data_dir, "journal_entries", [gone.id]) == 2
    assert hits(data_dir, "ocelotsecret") == []
    for path in scrub.backup_files(data_dir):
        import sqlite3

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT id FROM journal_entries").fetchall() == [(keep.id,)]
        assert conn.execute(
            "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'keeping'").fetchone()[0] == 1
        conn.close()


def test_everything_deleted_since_can_leave_every_backup(store, data_dir):
    from numbness_desktop.store.transfer import RECORD_KINDS

    feelings = BodyMapRepository(store)
    log = feelings.save(FeelingDraft("calm", 4, (RegionMark("chest"),), note="quokkabackup"))
    plan = SafetyPlanRepository(store)
    kept = plan.add("reasons", "a reason that stays")
    item = plan.add("reasons", "wombatbackup reason")
    store.backup("auto")
    feelings.delete(log.id)
    plan.delete(item.id)
    assert len(hits(data_dir, "quokkabackup")) == 1
    tables = [kind.table for kind in RECORD_KINDS] + ["safety_plan_items", "journal_drafts"]
    assert scrub.remove_deleted_from_backups(store, tables) == 1
    assert hits(data_dir, "quokkabackup") == [] and hits(data_dir, "wombatbackup") == []
    import sqlite3

    (backup,) = scrub.backup_files(data_dir)
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT id FROM safety_plan_items").fetchall() == [(kept.id,)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert scrub.remove_deleted_from_backups(store, tables) == 0
