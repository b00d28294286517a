"""The journal's schema step (m004): entries, chips, drafts and the full-text index."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m004_journal(db: Database) -> None:
    """Journal entries, their emotion chips, unsaved drafts, and a full-text index.

    ``journal_fts`` is an FTS5 external-content index over ``journal_entries.text``, kept in
    step by triggers, so every write path (the app, import, demo) updates it in the same
    transaction. It points at the entries' implicit rowid: nothing in Reconnect runs VACUUM;
    if something ever does, it must follow with ``INSERT INTO journal_fts(journal_fts)
    VALUES('rebuild')``.
    """
    db.table("journal_entries").create(
        {"id": str, "day": str, "text": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "created_at", "updated_at"},
        defaults={"text": ""},
    )
    db.table("journal_entries").create_index(["day", "created_at"])
    db.table("journal_chips").create(
        {"id": str, "entry_id": str, "word": str, "intensity": int, "position": int,
         "created_at": str, "updated_at": str},
        pk="id",
        not_null={"entry_id", "word", "position", "created_at", "updated_at"},
        defaults={"position": 0},
    )
    db.table("journal_chips").create_index(["entry_id", "position"])
    db.table("journal_chips").create_index(["word"])
    db.table("journal_drafts").create(
        {"id": str, "entry_id": str, "day": str, "text": str, "updated_at": str},
        pk="id",
        not_null={"day", "text", "updated_at"},
    )
    db.execute(
        "CREATE VIRTUAL TABLE journal_fts USING fts5(text, content='journal_entries', "
        "content_rowid='rowid', prefix='2 3', "
        "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co So'\")"
    )
    db.execute("""CREATE TRIGGER journal_entries_ai AFTER INSERT ON journal_entries BEGIN
        INSERT INTO journal_fts(rowid, text) VALUES (new.rowid, new.text); END""")
    db.execute("""CREATE TRIGGER journal_entries_ad AFTER DELETE ON journal_entries BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END""")
    db.execute("""CREATE TRIGGER journal_entries_au AFTER UPDATE OF text ON journal_entries BEGIN
        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO journal_fts(rowid, text) VALUES (new.rowid, new.text); END""")
