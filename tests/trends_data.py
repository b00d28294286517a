"""Hand-built rows for the Trends tests: inserted directly, so every number is known."""

from __future__ import annotations

from itertools import count

_ids = count(1)
STAMP = "2026-11-26T19:30:00+01:00"


def feeling(db, day: str, emotion: str, family: str, intensity: int,
            regions: tuple[tuple[str, str], ...] = ()) -> str:
    log_id = f"log-{next(_ids)}"
    db["emotion_logs"].insert({
        "id": log_id, "felt_at": f"{day}T12:00:00+01:00", "day": day, "emotion": emotion,
        "family": family, "intensity": intensity, "sensations": "[]", "note": "",
        "created_at": STAMP, "updated_at": STAMP})
    for region, quality in regions:
        db["emotion_log_regions"].insert({
            "id": f"region-{next(_ids)}", "log_id": log_id, "region": region,
            "quality": quality, "intensity": intensity, "created_at": STAMP,
            "updated_at": STAMP})
    return log_id


def entry(db, day: str, text: str, words: tuple[str, ...] = ()) -> str:
    entry_id = f"entry-{next(_ids)}"
    db["journal_entries"].insert({"id": entry_id, "day": day, "text": text,
                                  "created_at": STAMP, "updated_at": STAMP})
    for position, word in enumerate(words):
        db["journal_chips"].insert({
            "id": f"chip-{next(_ids)}", "entry_id": entry_id, "word": word, "intensity": None,
            "position": position, "created_at": STAMP, "updated_at": STAMP})
    return entry_id


def session(db, day: str, preset: str, seconds: float,
            tension: tuple[int, int] | None = None,
            connected: tuple[int, int] | None = None) -> None:
    db["breathing_sessions"].insert({
        "id": f"session-{next(_ids)}", "preset_name": preset, "inhale": 4.0, "hold": 0.0,
        "exhale": 6.0, "rest": 0.0, "planned_seconds": seconds, "actual_seconds": seconds,
        "breaths": int(seconds // 10), "outcome": "finished",
        "before_tension": tension[0] if tension else None,
        "after_tension": tension[1] if tension else None,
        "before_connected": connected[0] if connected else None,
        "after_connected": connected[1] if connected else None,
        "started_at": f"{day}T08:00:00+01:00", "ended_at": f"{day}T08:05:00+01:00",
        "created_at": STAMP, "updated_at": STAMP})


def fill_hand_built(store) -> None:
    """Two weeks a month apart, plus breathing and journal, with known totals."""
    with store.write() as db:
        # This week (Mon 2026-11-23 .. Thu 26): body map words calm, sad, numb (+ journal)
        feeling(db, "2026-11-24", "calm", "peaceful", 4, (("chest", "more"), ("belly", "less")))
        feeling(db, "2026-11-24", "sad", "sad", 6, (("chest", "more"),))
        feeling(db, "2026-11-25", "numb", "shut_down", 2, (("chest", "less"), ("head", "here")))
        feeling(db, "2026-11-26", "numb", "shut_down", 4)
        entry(db, "2026-11-25", "A slow day.", ("calm", "tired", "hopeful"))
        entry(db, "2026-11-26", "Walked.", ("calm",))
        # Four weeks earlier (Mon 2026-10-26): one word
        feeling(db, "2026-10-27", "sad", "sad", 8, (("throat", "more"),))
        entry(db, "2026-10-28", "", ("sad",))
        # Long ago (outside a year)
        feeling(db, "2024-01-10", "angry", "mad", 9)
        session(db, "2026-11-24", "4-6", 300, tension=(7, 4), connected=(3, 5))
        session(db, "2026-11-25", "4-6", 180, tension=(6, 5))
        session(db, "2026-11-16", "box", 120, tension=(5, 5))


def fill_years(store, years: int, today, per_day: int = 2) -> None:
    """A smaller stand-in for ten years of use: feelings, entries and sessions every day."""
    import random
    from datetime import timedelta

    from numbness_desktop.domain.vocabulary import load

    rng = random.Random(6)
    words = load().words
    regions = ("chest", "belly", "throat", "head", "nowhere", "whole_body")
    logs, marks, entries, chips, sessions = [], [], [], [], []
    for offset in range(years * 365):
        day = (today - timedelta(days=offset)).isoformat()
        for n in range(per_day):
            word = rng.choice(words)
            log_id = f"y-log-{offset}-{n}"
            logs.append({"id": log_id, "felt_at": f"{day}T1{n}:00:00+01:00", "day": day,
                         "emotion": word.word, "family": word.family,
                         "intensity": rng.randint(0, 10), "sensations": "[]", "note": "",
                         "created_at": STAMP, "updated_at": STAMP})
            marks.append({"id": f"y-r-{offset}-{n}", "log_id": log_id,
                          "region": rng.choice(regions), "quality": rng.choice(("more", "less")),
                          "intensity": 3, "created_at": STAMP, "updated_at": STAMP})
        entry_id = f"y-entry-{offset}"
        entries.append({"id": entry_id, "day": day, "text": "A day.", "created_at": STAMP,
                        "updated_at": STAMP})
        chips.append({"id": f"y-chip-{offset}", "entry_id": entry_id,
                      "word": rng.choice(words).word, "intensity": None, "position": 0,
                      "created_at": STAMP, "updated_at": STAMP})
        if offset % 3 == 0:
            before = rng.randint(3, 9)
            sessions.append({
                "id": f"y-s-{offset}", "preset_name": rng.choice(("4-6", "Box 4-4-4-4")),
                "inhale": 4.0, "hold": 0.0, "exhale": 6.0, "rest": 0.0,
                "planned_seconds": 120.0, "actual_seconds": 120.0, "breaths": 12,
                "outcome": "finished", "before_tension": before,
                "after_tension": max(0, before - rng.randint(0, 3)), "before_connected": None,
                "after_connected": None, "started_at": f"{day}T08:00:00+01:00",
                "ended_at": f"{day}T08:02:00+01:00", "created_at": STAMP, "updated_at": STAMP})
    with store.write() as db:
        db["emotion_logs"].insert_all(logs)
        db["emotion_log_regions"].insert_all(marks)
        db["journal_entries"].insert_all(entries)
        db["journal_chips"].insert_all(chips)
        db["breathing_sessions"].insert_all(sessions)
