"""Queries and writes for check-ins, practice sessions, small goals and the daily basics.

Every write is one transaction. A session is saved when the practice ends and saved again
when the after-rating arrives (same id, newer ``updated_at``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from numbness_desktop.domain.clock import iso, new_id
from numbness_desktop.domain.practices import (
    BASICS,
    NOTE_MAX,
    CheckIn,
    CheckInState,
    DailyBasics,
    PracticeKind,
    PracticeSession,
    SmallGoal,
    check_level,
    check_rating,
)
from numbness_desktop.store.db import Store

if TYPE_CHECKING:  # imported where used: the Practices tab's first show needs neither
    from numbness_desktop.domain.practice_trends import PracticeTrends
    from numbness_desktop.domain.what_helps import PracticeEffect

CHECK_INS = "check_ins"
SESSIONS = "practice_sessions"
GOALS = "small_goals"
BASICS_TABLE = "daily_basics"
CHECK_IN_COLUMNS = ("id", "day", "state", "connected", "distress", "note", "created_at",
                    "updated_at")
SESSION_COLUMNS = ("id", "kind", "day", "started_at", "planned_seconds", "actual_seconds",
                   "completed", "distress_before", "distress_after", "connected_before",
                   "connected_after", "note", "created_at", "updated_at")
GOAL_COLUMNS = ("id", "day", "text", "done", "created_at", "updated_at")
BASICS_COLUMNS = ("id", "day", *BASICS, "created_at", "updated_at")

# Average change (after − before) per practice and measure. Breathing sessions count too,
# for connection (their other rating is tension, a different question from distress).
WHAT_HELPS_SQL = f"""
WITH rated AS (
    SELECT kind AS practice, 'connected' AS measure, connected_after - connected_before AS change
    FROM {SESSIONS} WHERE connected_before IS NOT NULL AND connected_after IS NOT NULL
        AND day BETWEEN :first AND :last
    UNION ALL
    SELECT kind, 'distress', distress_after - distress_before
    FROM {SESSIONS} WHERE distress_before IS NOT NULL AND distress_after IS NOT NULL
        AND day BETWEEN :first AND :last
    UNION ALL
    SELECT 'breathing', 'connected', after_connected - before_connected
    FROM breathing_sessions WHERE before_connected IS NOT NULL AND after_connected IS NOT NULL
        AND started_at >= :first AND started_at < :last || 'Z'  -- its index, read in range
)
SELECT practice, measure, avg(change) AS average, count(*) AS n FROM rated
GROUP BY practice, measure ORDER BY practice, measure
"""


def local_day(moment: datetime) -> str:
    return moment.date().isoformat()


class PracticesRepository:
    """The store side of the Practices tab (and of Today's check-in card)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Check-ins -------------------------------------------------------------------------------
    def add_check_in(self, state: CheckInState, connected: int, distress: int | None = None,
                     note: str = "") -> CheckIn:
        if check_rating(connected) is None:
            raise ValueError("a check-in always has how connected you feel")
        check_rating(distress)
        now = self.store.clock()
        stamp = iso(now)
        check_in = CheckIn(new_id(), local_day(now), state, connected, distress,
                           note.strip()[:NOTE_MAX], stamp, stamp)
        with self.store.write() as db:
            db.table(CHECK_INS).insert(_check_in_row(check_in))
        return check_in

    def update_check_in(self, check_in: CheckIn) -> CheckIn:
        """Change a saved check-in (its state, ratings or note); its time stays."""
        check_rating(check_in.distress)
        if check_rating(check_in.connected) is None:
            raise ValueError("a check-in always has how connected you feel")
        saved = replace(check_in, note=check_in.note.strip()[:NOTE_MAX],
                        updated_at=iso(self.store.clock()))
        with self.store.write() as db:
            db.table(CHECK_INS).insert(_check_in_row(saved), replace=True)
        return saved

    def check_ins_between(self, first_day: str, last_day: str) -> list[CheckIn]:
        rows = self.store.query(
            f"SELECT {', '.join(CHECK_IN_COLUMNS)} FROM {CHECK_INS} "
            "WHERE day >= ? AND day <= ? ORDER BY day, created_at, rowid", (first_day, last_day))
        return [_check_in(row) for row in rows]

    def latest_check_in(self, day: str) -> CheckIn | None:
        rows = self.store.query(
            f"SELECT {', '.join(CHECK_IN_COLUMNS)} FROM {CHECK_INS} WHERE day = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1", (day,))
        return _check_in(rows[0]) if rows else None

    # Practice sessions -----------------------------------------------------------------------
    def save_session(self, session: PracticeSession) -> PracticeSession:
        """Insert or replace a session; ``updated_at`` becomes now."""
        for value in (session.distress_before, session.distress_after,
                      session.connected_before, session.connected_after):
            check_rating(value)
        if session.actual_seconds < 0:
            raise ValueError("a session cannot last less than nothing")
        now = iso(self.store.clock())
        saved = replace(session, note=session.note[:NOTE_MAX], updated_at=now,
                        created_at=session.created_at or now)
        with self.store.write() as db:
            db.table(SESSIONS).insert(_session_row(saved), replace=True)
        return saved

    def session(self, session_id: str) -> PracticeSession | None:
        rows = self.store.query(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM {SESSIONS} WHERE id = ?", (session_id,))
        return _session(rows[0]) if rows else None

    def sessions_between(self, first_day: str, last_day: str) -> list[PracticeSession]:
        rows = self.store.query(
            f"SELECT {', '.join(SESSION_COLUMNS)} FROM {SESSIONS} "
            "WHERE day >= ? AND day <= ? ORDER BY started_at, rowid", (first_day, last_day))
        return [_session(row) for row in rows]

    def what_helps(self, first_day: str = "0000-01-01", last_day: str = "9999-12-31"
                   ) -> list[PracticeEffect]:
        """Average change per practice and measure over sessions in the days given."""
        from numbness_desktop.domain.what_helps import PracticeEffect

        rows = self.store.query(WHAT_HELPS_SQL, {"first": first_day, "last": last_day})
        return [PracticeEffect(row["practice"], row["measure"], float(row["average"]),
                               int(row["n"])) for row in rows]

    def trends(self, first_day: str, last_day: str, bucket: str) -> PracticeTrends:
        """Everything the Trends tab draws from the practices, for the days given."""
        from numbness_desktop.domain.practice_trends import (
            PracticeTrends,
            basics_beside,
            count_states,
        )

        states = self.store.query(
            f"SELECT day, state FROM {CHECK_INS} WHERE day BETWEEN ? AND ? ORDER BY day",
            (first_day, last_day))
        connection = {row[0]: float(row[1]) for row in self.store.query(
            f"SELECT day, avg(connected) FROM {CHECK_INS} WHERE day BETWEEN ? AND ? "
            "GROUP BY day", (first_day, last_day))}
        return PracticeTrends(
            effects=self.what_helps(first_day, last_day),
            states=count_states([(row[0], row[1]) for row in states], bucket),
            states_bucket=bucket,
            basics=basics_beside(self.basics_between(first_day, last_day), connection))

    # One small goal a day --------------------------------------------------------------------
    def goal_for(self, day: str) -> SmallGoal | None:
        rows = self.store.query(
            f"SELECT {', '.join(GOAL_COLUMNS)} FROM {GOALS} WHERE day = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1", (day,))
        return _goal(rows[0]) if rows else None

    def set_goal(self, day: str, text: str) -> SmallGoal | None:
        """Write the day's goal (replacing its words); an empty text removes it."""
        text = text.strip()[:NOTE_MAX]
        current = self.goal_for(day)
        stamp = iso(self.store.clock())
        with self.store.write() as db:
            if not text:
                if current is not None:
                    db.table(GOALS).delete(current.id)
                return None
            goal = (replace(current, text=text, updated_at=stamp) if current is not None
                    else SmallGoal(new_id(), day, text, False, stamp, stamp))
            db.table(GOALS).insert(_goal_row(goal), replace=True)
        return goal

    def set_goal_done(self, goal_id: str, done: bool) -> SmallGoal | None:
        rows = self.store.query(f"SELECT {', '.join(GOAL_COLUMNS)} FROM {GOALS} WHERE id = ?",
                                (goal_id,))
        if not rows:
            return None
        goal = replace(_goal(rows[0]), done=done, updated_at=iso(self.store.clock()))
        with self.store.write() as db:
            db.table(GOALS).update(goal.id, {"done": int(done), "updated_at": goal.updated_at})
        return goal

    # The basics ------------------------------------------------------------------------------
    def basics_for(self, day: str) -> DailyBasics | None:
        rows = self.store.query(
            f"SELECT {', '.join(BASICS_COLUMNS)} FROM {BASICS_TABLE} WHERE day = ? "
            "ORDER BY updated_at DESC, rowid DESC LIMIT 1", (day,))
        return _basics(rows[0]) if rows else None

    def basics_between(self, first_day: str, last_day: str) -> list[DailyBasics]:
        """One row per day (the newest), oldest day first."""
        rows = self.store.query(
            f"SELECT {', '.join(BASICS_COLUMNS)} FROM {BASICS_TABLE} b WHERE day >= ? "
            "AND day <= ? AND NOT EXISTS (SELECT 1 FROM daily_basics n WHERE n.day = b.day "
            "AND (n.updated_at > b.updated_at OR (n.updated_at = b.updated_at AND n.id > b.id)))"
            " ORDER BY day", (first_day, last_day))
        return [_basics(row) for row in rows]

    def set_basic(self, day: str, name: str, level: int | None) -> DailyBasics:
        """Answer one of the basics for ``day`` (None clears it)."""
        if name not in BASICS:
            raise ValueError(f"unknown basic {name!r}")
        check_level(level)
        stamp = iso(self.store.clock())
        current = self.basics_for(day) or DailyBasics(new_id(), day, None, None, None, None,
                                                      stamp, stamp)
        changes: dict[str, Any] = {name: level, "updated_at": stamp}
        basics = replace(current, **changes)
        with self.store.write() as db:
            db.table(BASICS_TABLE).insert(_basics_row(basics), replace=True)
        return basics


# Rows ----------------------------------------------------------------------------------------
def _check_in_row(check_in: CheckIn) -> dict[str, Any]:
    return {"id": check_in.id, "day": check_in.day, "state": check_in.state.value,
            "connected": check_in.connected, "distress": check_in.distress,
            "note": check_in.note, "created_at": check_in.created_at,
            "updated_at": check_in.updated_at}


def _check_in(row: sqlite3.Row) -> CheckIn:
    return CheckIn(row["id"], row["day"], CheckInState(row["state"]), row["connected"],
                   row["distress"], row["note"], row["created_at"], row["updated_at"])


def _session_row(session: PracticeSession) -> dict[str, Any]:
    return {"id": session.id, "kind": session.kind.value, "day": session.day,
            "started_at": session.started_at, "planned_seconds": session.planned_seconds,
            "actual_seconds": int(session.actual_seconds), "completed": int(session.completed),
            "distress_before": session.distress_before, "distress_after": session.distress_after,
            "connected_before": session.connected_before,
            "connected_after": session.connected_after, "note": session.note,
            "created_at": session.created_at, "updated_at": session.updated_at}


def _session(row: sqlite3.Row) -> PracticeSession:
    return PracticeSession(
        id=row["id"], kind=PracticeKind(row["kind"]), day=row["day"],
        started_at=row["started_at"], planned_seconds=row["planned_seconds"],
        actual_seconds=row["actual_seconds"], completed=bool(row["completed"]),
        distress_before=row["distress_before"], distress_after=row["distress_after"],
        connected_before=row["connected_before"], connected_after=row["connected_after"],
        note=row["note"], created_at=row["created_at"], updated_at=row["updated_at"])


def _goal_row(goal: SmallGoal) -> dict[str, Any]:
    return {"id": goal.id, "day": goal.day, "text": goal.text, "done": int(goal.done),
            "created_at": goal.created_at, "updated_at": goal.updated_at}


def _goal(row: sqlite3.Row) -> SmallGoal:
    return SmallGoal(row["id"], row["day"], row["text"], bool(row["done"]), row["created_at"],
                     row["updated_at"])


def _basics_row(basics: DailyBasics) -> dict[str, Any]:
    return {"id": basics.id, "day": basics.day, **{n: getattr(basics, n) for n in BASICS},
            "created_at": basics.created_at, "updated_at": basics.updated_at}


def _basics(row: sqlite3.Row) -> DailyBasics:
    return DailyBasics(**{column: row[column] for column in BASICS_COLUMNS})


# Import checks: a record the app could not show is skipped ------------------------------------
def _int_in(value: Any, low: int, high: int, optional: bool = True) -> bool:
    if value is None:
        return optional
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _day(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-"


def valid_check_in(record: dict[str, Any]) -> bool:
    return (_day(record.get("day")) and record.get("state") in {s.value for s in CheckInState}
            and _int_in(record.get("connected"), 0, 10, optional=False)
            and _int_in(record.get("distress"), 0, 10)
            and isinstance(record.get("note"), str))


def valid_session(record: dict[str, Any]) -> bool:
    return (record.get("kind") in {k.value for k in PracticeKind} and _day(record.get("day"))
            and isinstance(record.get("started_at"), str) and bool(record["started_at"])
            and _int_in(record.get("planned_seconds"), 0, 86_400)
            and _int_in(record.get("actual_seconds"), 0, 86_400, optional=False)
            and record.get("completed") in (0, 1)
            and all(_int_in(record.get(key), 0, 10) for key in (
                "distress_before", "distress_after", "connected_before", "connected_after"))
            and isinstance(record.get("note"), str))


def valid_goal(record: dict[str, Any]) -> bool:
    return (_day(record.get("day")) and isinstance(record.get("text"), str)
            and bool(record["text"].strip()) and record.get("done") in (0, 1))


def valid_basics(record: dict[str, Any]) -> bool:
    return _day(record.get("day")) and all(_int_in(record.get(n), 0, 2) for n in BASICS)
