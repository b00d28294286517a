"""The kinds of record an export holds, and importing a JSON export back.

Writing the export (JSON, CSV, markdown) is store/transfer_export.py, which reads the kinds
listed here (so this module never imports it). The JSON format is documented field by field in
docs/export-format.md. Every kind of record is a flat table with an ``id`` and an
``updated_at``; a later feature adds its kinds to ``RECORD_KINDS`` and gets export, CSV and
merge-on-import for free.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.safety_plan import SECTION_BY_KEY, SECTIONS
from numbness_desktop.store import (
    breathing_repo,
    journal_repo,
    transfer_practices,
    transfer_preferences,
    transfer_support,
    transfer_wellbeing,
)
from numbness_desktop.store.db import Store
from numbness_desktop.store.migrations import SCHEMA_VERSION
from numbness_desktop.store.safety_plan_repo import COUNTRY_KEY, ITEMS

if TYPE_CHECKING:
    from sqlite_utils import Database

FORMAT = "reconnect-export"
MAX_FILE_BYTES = 256 * 1024 * 1024  # far beyond a lifetime of writing; refused before reading


@dataclass(frozen=True)
class RecordKind:
    """A table exported as one top-level list of the JSON export (and one CSV file)."""

    key: str
    table: str
    columns: tuple[str, ...]
    defaults: tuple[tuple[str, Any], ...] = ()
    order_by: str = "created_at, id"
    required: tuple[str, ...] = ()
    """Columns without which a record is skipped on import (NOT NULL without a default)."""

    def valid(self, record: dict[str, Any]) -> bool:
        return all(record.get(name) not in (None, "") for name in ("id", "updated_at",
                                                                   *self.required))


RECORD_KINDS: list[RecordKind] = []
"""Kinds of record beside the safety plan (breathing sessions, emotion logs, …)."""

# The journal: entries, then their chips (a chip names its entry in ``entry_id``).
# Drafts are never exported: they are unfinished words kept only against a crash.
RECORD_KINDS += [
    RecordKind("journal_entries", "journal_entries", journal_repo.ENTRY_COLUMNS,
               defaults=(("text", ""),), order_by="day, created_at, id",
               required=("day", "created_at")),
    RecordKind("journal_chips", "journal_chips", journal_repo.CHIP_COLUMNS,
               defaults=(("position", 0),), order_by="entry_id, position, id",
               required=("entry_id", "word", "created_at")),
]
# Body map (m003_body_map): a log before its regions, so a merge never sees an orphan first.
RECORD_KINDS += [
    RecordKind("emotion_logs", "emotion_logs",
               ("id", "felt_at", "day", "emotion", "family", "intensity", "sensations", "note",
                "created_at", "updated_at"),
               defaults=(("family", ""), ("intensity", 0), ("sensations", "[]"), ("note", "")),
               required=("felt_at", "day", "emotion", "created_at")),
    RecordKind("emotion_log_regions", "emotion_log_regions",
               ("id", "log_id", "region", "quality", "intensity", "created_at", "updated_at"),
               defaults=(("quality", "here"), ("intensity", 0)),
               order_by="created_at, log_id, region",
               required=("log_id", "region", "created_at")),
    RecordKind("custom_words", "custom_words", ("id", "word", "created_at", "updated_at"),
               order_by="word, id", required=("word", "created_at")),
]

@dataclass(frozen=True)
class CheckedRecordKind(RecordKind):
    """A kind whose imported records must also pass ``check`` (else they are skipped)."""

    check: Callable[[dict[str, Any]], bool] = lambda _record: True

    def valid(self, record: dict[str, Any]) -> bool:
        return super().valid(record) and self.check(record)


RECORD_KINDS.extend([
    CheckedRecordKind("breathing_sessions", breathing_repo.SESSIONS,
                      breathing_repo.SESSION_COLUMNS, order_by="started_at, id",
                      check=breathing_repo.valid_session_record),
    CheckedRecordKind("breathing_presets", breathing_repo.PRESETS, breathing_repo.PRESET_COLUMNS,
                      check=breathing_repo.valid_preset_record),
])
# Practices (m007_practices): check-ins, practice sessions, small goals, the basics.
RECORD_KINDS.extend(transfer_practices.practice_kinds(CheckedRecordKind))
# The two-week plan and the Support tab (m008_support_plan).
RECORD_KINDS.extend(CheckedRecordKind(*spec) for spec in transfer_support.KINDS)

# WHO-5 results and reminders (m010_wellbeing); preferences are merged by key below.
RECORD_KINDS.extend(transfer_wellbeing.record_kinds(CheckedRecordKind))

PLAN_ITEM_COLUMNS = ("id", "section", "position", "text", "phone", "role", "created_at",
                     "updated_at", "filled_for")
PLAN_ITEM_DEFAULTS = {"text": "", "phone": "", "role": "", "position": 0, "filled_for": ""}
SECTION_ORDER = {section.key: index for index, section in enumerate(SECTIONS)}


Progress = Callable[[int, int], object]
"""Called with (steps done, steps in all) while an export is written."""


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number Reconnect keeps")


MAX_ENTRY_CHARS = 2_000_000


def read_export(path: Path) -> dict[str, Any]:
    """Load and validate a JSON export; a wrong file gives one clear message.

    NaN and Infinity, numbers of thousands of digits, nesting deeper than Python's stack and
    files over ``MAX_FILE_BYTES`` are refused here; every field is checked on import.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFormatError(f"{path.name} is larger than any Reconnect export "
                                    f"({MAX_FILE_BYTES // 2**20} MB at most).")
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_constants)
    except FileNotFoundError as error:
        raise ImportFormatError(f"There is no file at {path}.") from error
    except IsADirectoryError as error:
        raise ImportFormatError(f"{path} is a folder, not a JSON export.") from error
    except PermissionError as error:
        raise ImportFormatError(f"Reconnect may not read {path}.") from error
    except RecursionError as error:
        raise ImportFormatError(f"{path.name} is nested too deeply to be an export.") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise ImportFormatError(f"{path.name} is not a Reconnect JSON export.") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(f"{path.name} is not a Reconnect JSON export.")
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError(f"{path.name} has an unreadable schema_version.")
    if version > SCHEMA_VERSION:
        raise ImportFormatError(
            f"{path.name} was made by a newer Reconnect; please update to import it."
        )
    _refuse_overlong_entries(path, data)
    return data


def read_import(path: Path, store: Store) -> dict[str, Any]:
    """A Reconnect JSON export, or a Daylio CSV export (recognised by its header row)."""
    from numbness_desktop.store import daylio

    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            head = handle.read(512)
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return read_export(path)  # the same calm messages
    if not daylio.is_daylio(head):
        return read_export(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFormatError(f"{path.name} is larger than Reconnect can import.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ImportFormatError(f"{path.name} is not UTF-8 text.") from error
    now = store.clock()
    zone = now.tzinfo or now.astimezone().tzinfo
    return daylio.read_daylio(text, zone if zone is not None else UTC, iso(now))


def _refuse_overlong_entries(path: Path, data: dict[str, Any]) -> None:
    """A journal entry longer than ``MAX_ENTRY_CHARS`` is refused before anything is written
    (the editor stays quick up to there: docs/data-safety.md)."""
    entries = data.get("journal_entries")
    for entry in entries if isinstance(entries, list) else ():
        text = entry.get("text") if isinstance(entry, dict) else None
        if isinstance(text, str) and len(text) > MAX_ENTRY_CHARS:
            raise ImportFormatError(
                f"{path.name} holds a journal entry from {entry.get('day', 'an unknown day')} "
                f"of {len(text):,} characters; Reconnect keeps entries up to "
                f"{MAX_ENTRY_CHARS:,} characters (about 2 MB). Nothing was imported.")


def import_data(store: Store, data: dict[str, Any]) -> dict[str, int]:
    """Merge an export into the store in one transaction.

    The whole file is checked first (``import_check``): one bad field anywhere and nothing
    is written, with one line naming the record and field. New records are added, a record
    is replaced only by a newer edit, nothing is added twice.
    """
    from numbness_desktop.store.import_check import check_export

    if not isinstance(data, dict):
        raise ImportFormatError("This is not a Reconnect JSON export.")
    check_export(data, RECORD_KINDS, PLAN_ITEM_COLUMNS, PLAN_ITEM_DEFAULTS)
    counts = {"added": 0, "updated": 0, "skipped": 0}
    with store.write() as db:
        for kind in RECORD_KINDS:
            for raw in _records(data.get(kind.key)):
                record = {**dict(kind.defaults), **{c: raw[c] for c in kind.columns if c in raw}}
                if not kind.valid(record):
                    counts["skipped"] += 1
                    continue
                _merge(store, db, kind.table, record, counts)
        raw_plan = data.get("safety_plan")
        plan: dict[str, Any] = raw_plan if isinstance(raw_plan, dict) else {}
        touched: set[str] = set()
        for raw in _records(plan.get("items")):
            item = {**PLAN_ITEM_DEFAULTS, **{c: raw[c] for c in PLAN_ITEM_COLUMNS if c in raw}}
            if not (item.get("id") and item.get("updated_at") and item.get("created_at")
                    and item.get("section") in SECTION_BY_KEY):
                counts["skipped"] += 1
                continue
            if _merge(store, db, ITEMS, item, counts):
                touched.add(item["section"])
        for section in touched:
            _renumber(store, db, section)
        _merge_country(store, db, plan, data.get("exported_at", ""))
        transfer_preferences.import_preferences(store, db, data.get("preferences"), counts)
    return counts


def _records(value: Any) -> list[dict[str, Any]]:
    return [record for record in value if isinstance(record, dict)] if isinstance(value, list) \
        else []


def _merge(store: Store, db: Database, table: str, record: dict[str, Any],
           counts: dict[str, int]) -> bool:
    """Insert a new record, or replace ours if the imported one was edited later."""
    existing = store.conn.execute(
        f"SELECT updated_at FROM {table} WHERE id = ?", (record["id"],)
    ).fetchone()
    if existing is None:
        db.table(table).insert(record)
        counts["added"] += 1
        return True
    if _later(record["updated_at"], existing[0]):
        db.table(table).update(record["id"], record)
        counts["updated"] += 1
        return True
    return False


def _renumber(store: Store, db: Database, section: str) -> None:
    """Positions 0, 1, 2, … again after a merge; ties keep the older entry first."""
    rows = store.conn.execute(
        f"SELECT id, position FROM {ITEMS} WHERE section = ? ORDER BY position, created_at, id",
        (section,),
    ).fetchall()
    for position, row in enumerate(rows):
        if row[1] != position:
            db.table(ITEMS).update(row[0], {"position": position})


def _merge_country(store: Store, db: Database, plan: dict[str, Any], exported_at: str) -> None:
    country = plan.get("country")
    if not isinstance(country, str) or not country:
        return
    current = store.conn.execute(
        "SELECT updated_at FROM settings WHERE key = ?", (COUNTRY_KEY,)
    ).fetchone()
    stamp = plan.get("country_updated_at") or exported_at
    if current is None or _later(stamp, current[0]):
        db.table("settings").upsert({"key": COUNTRY_KEY, "value": country, "updated_at": stamp},
                              pk="key")


def _later(imported: str, ours: str) -> bool:
    """Compare two ISO 8601 timestamps as moments (their offsets may differ)."""
    try:
        return datetime.fromisoformat(imported) > datetime.fromisoformat(ours)
    except (TypeError, ValueError):
        return False
