"""The two-week plan's runs and hand ticks, and the facts its steps tick themselves from.

Facts are read from the records themselves (journal chips, breathing sessions, practice
sessions, the safety plan and the Support tab's notes), never copied: deleting a journal
entry un-ticks its day too. A day is the local calendar date the record carries (``day``,
or the date part of ``started_at``, which is written in the local offset of that moment).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING, Any

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.two_week_plan import (
    BREATHING_PATTERN,
    CHECK_IN,
    MINDFUL_KINDS,
    PLAN_DAYS,
    Choice,
    DayFacts,
    OnceFacts,
    PlanRun,
    RunStatus,
    Tick,
    TickValue,
)
from numbness_desktop.store.db import Store

if TYPE_CHECKING:
    from numbness_desktop.domain.two_week_review import Rating

RUNS, TICKS = "plan_runs", "plan_ticks"
RUN_COLUMNS = ("id", "start_day", "length_days", "status", "choice", "created_at",
               "updated_at")
TICK_COLUMNS = ("id", "run_id", "step", "day", "value", "created_at", "updated_at")
SAFETY_SECTIONS = 8


class PlanRepository:
    def __init__(self, store: Store) -> None:
        self.store = store

    # Runs ----------------------------------------------------------------------------------
    def current_run(self) -> PlanRun | None:
        """The newest run that has not been stopped."""
        rows = self.store.query(
            f"SELECT {', '.join(RUN_COLUMNS)} FROM {RUNS} WHERE status = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1", (RunStatus.ACTIVE.value,))
        return _run(rows[0]) if rows else None

    def runs(self) -> list[PlanRun]:
        rows = self.store.query(
            f"SELECT {', '.join(RUN_COLUMNS)} FROM {RUNS} ORDER BY created_at, rowid")
        return [_run(row) for row in rows]

    def start(self, start_day: date) -> PlanRun:
        """A new run from ``start_day``; any current run is stopped in the same transaction."""
        now = iso(self.store.clock())
        run = PlanRun(new_id(), start_day, PLAN_DAYS, RunStatus.ACTIVE, Choice.NONE, now, now)
        with self.store.write() as db:
            db.execute(f"UPDATE {RUNS} SET status = ?, updated_at = ? WHERE status = ?",
                       [RunStatus.STOPPED.value, now, RunStatus.ACTIVE.value])
            db.table(RUNS).insert(_run_row(run))
        return run

    def choose(self, run_id: str, choice: Choice, today: date) -> PlanRun | None:
        """The end-of-plan choice: continue (14 more days), repeat (a fresh start today) or
        stop. Returns the run that is current afterwards."""
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.execute(f"UPDATE {RUNS} SET choice = ?, updated_at = ? WHERE id = ?",
                       [choice.value, now, run_id])
            if choice is Choice.CONTINUE:
                db.execute(f"UPDATE {RUNS} SET length_days = length_days + ? WHERE id = ?",
                           [PLAN_DAYS, run_id])
            elif choice is Choice.STOP:
                db.execute(f"UPDATE {RUNS} SET status = ? WHERE id = ?",
                           [RunStatus.STOPPED.value, run_id])
        if choice is Choice.REPEAT:
            return self.start(today)
        return self.current_run()

    def stop(self, run_id: str) -> None:
        now = iso(self.store.clock())
        with self.store.write() as db:
            db.execute(f"UPDATE {RUNS} SET status = ?, updated_at = ? WHERE id = ?",
                       [RunStatus.STOPPED.value, now, run_id])

    # Ticks ---------------------------------------------------------------------------------
    def ticks(self, run_id: str) -> list[Tick]:
        rows = self.store.query(
            f"SELECT {', '.join(TICK_COLUMNS)} FROM {TICKS} WHERE run_id = ? ORDER BY day, step",
            (run_id,))
        return [_tick(row) for row in rows]

    def set_tick(self, run_id: str, step: str, day: date, value: TickValue | None,
                 daily: bool) -> None:
        """Tick (or with ``None`` un-tick) a step by hand: a daily step on ``day``, a one-off
        step once for the run (its ``day`` records when)."""
        now = iso(self.store.clock())
        where, params = ("run_id = ? AND step = ? AND day = ?",
                         [run_id, step, day.isoformat()]) if daily else \
            ("run_id = ? AND step = ?", [run_id, step])
        with self.store.write() as db:
            db.execute(f"DELETE FROM {TICKS} WHERE {where}", params)
            if value is not None:
                db.table(TICKS).insert({"id": new_id(), "run_id": run_id, "step": step,
                                        "day": day.isoformat(), "value": value.value,
                                        "created_at": now, "updated_at": now})

    # Facts ---------------------------------------------------------------------------------
    def day_facts(self, first: date, last: date) -> dict[date, DayFacts]:
        a, b = first.isoformat(), last.isoformat()
        feelings: dict[str, int] = {day: n for day, n in self.store.query(
            "SELECT e.day, count(DISTINCT c.word) FROM journal_chips c JOIN journal_entries e "
            "ON e.id = c.entry_id WHERE e.day BETWEEN ? AND ? GROUP BY e.day", (a, b))}
        inhale, hold, exhale = BREATHING_PATTERN
        breathing: dict[str, float] = {day: seconds for day, seconds in self.store.query(
            "SELECT substr(started_at, 1, 10) AS d, sum(actual_seconds) FROM breathing_sessions "
            "WHERE started_at >= ? AND started_at < ? AND inhale = ? AND hold = ? "
            "AND exhale = ? GROUP BY d", (a, b + "~", inhale, hold, exhale))}
        movement: dict[str, int] = {}
        mindful: dict[str, float] = {}
        scans: dict[str, int] = {}
        if self._has_table("practice_sessions"):
            marks = ", ".join("?" for _ in MINDFUL_KINDS)
            for row in self.store.query(
                    "SELECT day, sum(kind = 'movement'), "
                    f"sum(CASE WHEN kind IN ({marks}) THEN actual_seconds ELSE 0 END), "
                    "sum(kind = 'body_scan' AND completed = 1) FROM practice_sessions "
                    "WHERE day BETWEEN ? AND ? GROUP BY day", (*MINDFUL_KINDS, a, b)):
                movement[row[0]], mindful[row[0]], scans[row[0]] = row[1], row[2], row[3]
        out: dict[date, DayFacts] = {}
        for key in set(feelings) | set(breathing) | set(movement):
            try:
                day = date.fromisoformat(key)
            except ValueError:
                continue
            out[day] = DayFacts(int(feelings.get(key, 0)), float(breathing.get(key) or 0),
                                int(movement.get(key) or 0), float(mindful.get(key) or 0),
                                int(scans.get(key) or 0))
        return out

    def once_facts(self) -> OnceFacts:
        def count(sql: str, params: tuple[Any, ...] = ()) -> int:
            return int(self.store.query(sql, params)[0][0])

        return OnceFacts(
            safety_plan_sections_filled=count(
                "SELECT count(DISTINCT section) FROM safety_plan_items "
                "WHERE text != '' OR phone != ''"),
            safety_plan_sections=SAFETY_SECTIONS,
            checkins_planned=count("SELECT count(*) FROM person_checkins"),
            therapists_noted=count("SELECT count(*) FROM therapist_notes"),
            values_goals=count("SELECT count(*) FROM values_goals WHERE goal != ''"),
            appointments=count("SELECT count(*) FROM appointments"),
        )

    def ratings(self, first: date, last: date) -> list[Rating]:
        """The person's own before/after ratings on the plan's days (for the review)."""
        from numbness_desktop.domain.two_week_review import Rating

        a, b = first.isoformat(), last.isoformat()
        out = [Rating("breathing", date.fromisoformat(row[0][:10]), row[1], row[2], row[3],
                      row[4])
               for row in self.store.query(
                   "SELECT started_at, before_connected, after_connected, before_tension, "
                   "after_tension FROM breathing_sessions WHERE started_at >= ? "
                   "AND started_at < ? ORDER BY started_at", (a, b + "~"))]
        out += [Rating(CHECK_IN, date.fromisoformat(row[0]), None, row[1])
                for row in self.store.query(
                    "SELECT planned_day, connected FROM person_checkins WHERE done = 1 "
                    "AND connected IS NOT NULL AND planned_day BETWEEN ? AND ? "
                    "ORDER BY planned_day", (a, b))]
        if self._has_table("practice_sessions"):
            out += [Rating(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5])
                    for row in self.store.query(
                        "SELECT kind, day, connected_before, connected_after, distress_before, "
                        "distress_after FROM practice_sessions WHERE day BETWEEN ? AND ? "
                        "ORDER BY started_at", (a, b))]
        return out

    def _has_table(self, name: str) -> bool:
        return bool(self.store.query(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))


def _run(row: sqlite3.Row) -> PlanRun:
    return PlanRun(row["id"], date.fromisoformat(row["start_day"]), int(row["length_days"]),
                   RunStatus(row["status"]), Choice(row["choice"]), row["created_at"],
                   row["updated_at"])


def _run_row(run: PlanRun) -> dict[str, Any]:
    return {"id": run.id, "start_day": run.start_day.isoformat(),
            "length_days": run.length_days, "status": run.status.value,
            "choice": run.choice.value, "created_at": run.created_at,
            "updated_at": run.updated_at}


def _tick(row: sqlite3.Row) -> Tick:
    return Tick(row["id"], row["run_id"], row["step"], date.fromisoformat(row["day"]),
                TickValue(row["value"]), row["created_at"], row["updated_at"])
