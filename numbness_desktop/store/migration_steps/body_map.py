"""The body map's schema step (m003): feelings, their places in the body, own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def m003_body_map(db: Database) -> None:
    """Emotion logs, the body regions of each (with how it sits there), and own words.

    ``day`` is the local calendar date of ``felt_at``, so "today" and "the last 30 days"
    are exact string comparisons whatever the UTC offset. Regions are their own records
    (one per log and region, its id derived from both); the repository deletes them with
    their log. Each region row carries a copy of its log's ``intensity`` (kept in step by
    the repository, newer ``updated_at`` when it changes) so that "Your map" over all time
    is one scan of one covering index, with no join: 40,000 logs in a few milliseconds.
    """
    db.table("emotion_logs").create(
        {
            "id": str,
            "felt_at": str,
            "day": str,
            "emotion": str,
            "family": str,
            "intensity": int,
            "sensations": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"felt_at", "day", "emotion", "family", "intensity", "sensations", "note",
                  "created_at", "updated_at"},
        defaults={"family": "", "sensations": "[]", "note": "", "intensity": 0},
    )
    db.table("emotion_logs").create_index(["day", "intensity"], index_name="idx_emotion_logs_day")
    db.table("emotion_logs").create_index(["emotion", "day"], index_name="idx_emotion_logs_emotion")
    db.table("emotion_logs").create_index(["family", "day"], index_name="idx_emotion_logs_family")
    db.table("emotion_log_regions").create(
        {
            "id": str,
            "log_id": str,
            "region": str,
            "quality": str,
            "intensity": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"log_id", "region", "quality", "intensity", "created_at", "updated_at"},
        defaults={"quality": "here", "intensity": 0},
    )
    db.table("emotion_log_regions").create_index(["log_id", "region", "quality"],
                                                 index_name="idx_emotion_log_regions_log")
    # "Your map" over all time reads this index alone, already in GROUP BY order.
    db.table("emotion_log_regions").create_index(["region", "quality", "intensity"],
                                                 index_name="idx_emotion_log_regions_region")
    db.table("custom_words").create(
        {"id": str, "word": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"word", "created_at", "updated_at"},
    )
    # Not unique: two computers may each add "meh"; an import keeps both rows, readers
    # show the word once.
    db.table("custom_words").create_index(["word"], index_name="idx_custom_words_word")
