"""Emotion logs with their body regions: saving, editing, deleting, and "Your map"."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from numbness_desktop.domain.body_map import (
    FeelingDraft,
    FeelingLog,
    Overlay,
    OverlayFilter,
    Quality,
    RegionMark,
    normalise_marks,
    overlay_from_rows,
)
from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.vocabulary import OWN_FAMILY, load, normalise
from numbness_desktop.store import scrub
from numbness_desktop.store.custom_words_repo import CustomWordsRepository
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from sqlite_utils import Database

DRAFT_KEY = "body_map.draft"
LOGS = "emotion_logs"
REGIONS = "emotion_log_regions"
LOG_COLUMNS = ("id, felt_at, day, emotion, family, intensity, sensations, note, created_at, "
               "updated_at")


class BodyMapRepository:
    """Every write is one transaction: a log and its regions are saved together."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.words = CustomWordsRepository(store)

    # Reading -----------------------------------------------------------------------------
    def feeling(self, log_id: str) -> FeelingLog | None:
        found = self._logs(f"SELECT {LOG_COLUMNS} FROM {LOGS} WHERE id = ?", (log_id,))
        return found[0] if found else None

    def feelings_on(self, day: date) -> list[FeelingLog]:
        """One day's feelings, earliest first."""
        return self._logs(f"SELECT {LOG_COLUMNS} FROM {LOGS} WHERE day = ? ORDER BY felt_at, rowid",
                          (day.isoformat(),))

    def count(self) -> int:
        return int(self.store.query(f"SELECT count(*) FROM {LOGS}")[0][0])

    def overlay(self, wanted: OverlayFilter, today: date) -> Overlay:
        """Per region and quality: how many marks and their summed intensity, in SQL.

        A narrow filter starts from the matching logs and joins their regions; all feelings
        of all time read the regions' own covering index (each region row carries its log's
        intensity), already in group order.
        """
        where, params = ["l.day >= ?"], [wanted.first_day(today) or ""]
        if wanted.emotion:
            where.append("l.emotion = ?")
            params.append(normalise(wanted.emotion))
        elif wanted.family:
            where.append("l.family = ?")
            params.append(wanted.family)
        condition = " AND ".join(where)
        if wanted.period_days is None and not wanted.emotion and not wanted.family:
            rows = self.store.query(
                f"SELECT region, quality, count(*), sum(intensity) FROM {REGIONS} "
                "GROUP BY region, quality")
        else:
            rows = self.store.query(
                f"SELECT r.region, r.quality, count(*), sum(l.intensity) FROM {LOGS} l "
                f"JOIN {REGIONS} r ON r.log_id = l.id WHERE {condition} "
                "GROUP BY r.region, r.quality", tuple(params))
        feelings = self.store.query(f"SELECT count(*) FROM {LOGS} l WHERE {condition}",
                                    tuple(params))[0][0]
        return overlay_from_rows([tuple(row) for row in rows], int(feelings))

    def draft(self) -> str:
        """The unsaved form kept at the last close ('' when there is none)."""
        rows = self.store.query("SELECT value FROM settings WHERE key = ?", (DRAFT_KEY,))
        return rows[0][0] if rows else ""

    # Writing -----------------------------------------------------------------------------
    def keep_draft(self, text: str) -> None:
        """Keep (or with '' forget) what the form holds, so closing never loses words."""
        if text == self.draft():
            return
        with self.store.write() as db:
            if text:
                db.table("settings").upsert({"key": DRAFT_KEY, "value": text,
                                             "updated_at": iso(self.store.clock())}, pk="key")
            else:
                db.execute("DELETE FROM settings WHERE key = ?", [DRAFT_KEY])

    def save(self, draft: FeelingDraft, felt_at: datetime | None = None) -> FeelingLog:
        """A new feeling with its regions; an unknown word joins the person's own words."""
        now = self.store.clock()
        moment = felt_at or now
        stamp = iso(now)
        emotion = normalise(draft.emotion)
        log = FeelingLog(
            id=new_id(), felt_at=iso(moment), day=moment.date().isoformat(), emotion=emotion,
            family=_family(emotion), intensity=int(draft.intensity),
            marks=normalise_marks(draft.marks), sensations=_sensations(draft.sensations),
            note=draft.note.strip(), created_at=stamp, updated_at=stamp)
        with self.store.write() as db:
            self._insert(db, log)
        return log

    def update(self, log_id: str, draft: FeelingDraft) -> FeelingLog:
        """Change a feeling's words, strength and places; its time stays."""
        old = self.feeling(log_id)
        if old is None:
            raise KeyError(log_id)
        stamp = iso(self.store.clock())
        emotion = normalise(draft.emotion)
        new = replace(old, emotion=emotion, family=_family(emotion),
                      intensity=int(draft.intensity), marks=normalise_marks(draft.marks),
                      sensations=_sensations(draft.sensations), note=draft.note.strip(),
                      updated_at=stamp)
        with self.store.write() as db:
            db.table(LOGS).update(log_id, _log_row(new))
            if _family(emotion) == OWN_FAMILY:
                self.words.add_in(db, emotion)
            kept = {row[0]: (row[1], row[2], row[3]) for row in self.store.conn.execute(
                f"SELECT region, id, quality, intensity FROM {REGIONS} WHERE log_id = ?",
                (log_id,))}
            wanted = {m.region: m.quality.value for m in new.marks}
            for region, (row_id, quality, intensity) in kept.items():
                if region not in wanted:
                    db.table(REGIONS).delete(row_id)
                elif (wanted[region], new.intensity) != (quality, intensity):
                    db.table(REGIONS).update(row_id, {"quality": wanted[region],
                                                      "intensity": new.intensity,
                                                      "updated_at": stamp})
            for region, quality in wanted.items():
                if region not in kept:
                    db.table(REGIONS).insert({"id": region_row_id(log_id, region), "log_id": log_id,
                                              "region": region, "quality": quality,
                                              "intensity": new.intensity, "created_at": stamp,
                                              "updated_at": stamp})
        return new

    def delete(self, log_id: str) -> FeelingLog | None:
        """Remove a feeling and its regions; returns it so undo can put it back."""
        existing = self.feeling(log_id)
        if existing is None:
            return None
        with self.store.write() as db:
            db.execute(f"DELETE FROM {REGIONS} WHERE log_id = ?", [log_id])
            db.table(LOGS).delete(log_id)
        scrub.after_delete(self.store)
        return existing

    def insert_many(self, logs: list[FeelingLog]) -> None:
        """Write many finished logs in one transaction (sample history, benchmarks)."""
        with self.store.write() as db:
            for log in logs:
                self._insert(db, log)

    def restore(self, log: FeelingLog) -> FeelingLog:
        """Undo a delete: the same record, same id and times, back in place."""
        with self.store.write() as db:
            self._insert(db, log, replace_existing=True)
        return log

    def _insert(self, db: Database, log: FeelingLog, replace_existing: bool = False) -> None:
        db.table(LOGS).insert(_log_row(log), replace=replace_existing)
        if log.family == OWN_FAMILY:
            self.words.add_in(db, log.emotion, log.created_at)
        for mark in log.marks:
            db.execute(
                f"INSERT OR REPLACE INTO {REGIONS} (id, log_id, region, quality, intensity, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [region_row_id(log.id, mark.region), log.id, mark.region, mark.quality.value,
                 log.intensity, log.updated_at, log.updated_at])

    def _logs(self, sql: str, params: tuple[Any, ...]) -> list[FeelingLog]:
        rows = self.store.query(sql, params)
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        marks: dict[str, list[RegionMark]] = {i: [] for i in ids}
        for row in self.store.query(
            f"SELECT log_id, region, quality FROM {REGIONS} WHERE log_id IN "
            f"({', '.join('?' * len(ids))})", tuple(ids),
        ):
            marks[row[0]].append(RegionMark(row[1], _quality(row[2])))
        return [_log(row, normalise_marks(marks[row["id"]])) for row in rows]


def region_row_id(log_id: str, region: str) -> str:
    """A region row's id follows from its log and region, so edits, undo and imports agree."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"reconnect:emotion-log/{log_id}/{region}"))


def _family(emotion: str) -> str:
    word = load().lookup(emotion)
    return word.family if word is not None else OWN_FAMILY


def _quality(value: str) -> Quality:
    try:
        return Quality(value)
    except ValueError:
        return Quality.HERE


def _sensations(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        text = normalise(value)
        if text and text not in seen:
            seen.append(text)
    return tuple(seen)


def _log_row(log: FeelingLog) -> dict[str, Any]:
    return {
        "id": log.id, "felt_at": log.felt_at, "day": log.day, "emotion": log.emotion,
        "family": log.family, "intensity": log.intensity,
        "sensations": json.dumps(list(log.sensations), ensure_ascii=False), "note": log.note,
        "created_at": log.created_at, "updated_at": log.updated_at,
    }


def _log(row: sqlite3.Row, marks: tuple[RegionMark, ...]) -> FeelingLog:
    try:
        sensations = tuple(str(s) for s in json.loads(row["sensations"] or "[]"))
    except (TypeError, ValueError):
        sensations = ()
    return FeelingLog(
        id=row["id"], felt_at=row["felt_at"], day=row["day"], emotion=row["emotion"],
        family=row["family"], intensity=int(row["intensity"]), marks=marks,
        sensations=sensations, note=row["note"], created_at=row["created_at"],
        updated_at=row["updated_at"])
