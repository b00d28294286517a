"""Writing an export: JSON (what Reconnect imports back), CSV files, readable markdown.

The kinds of record and the import live in store/transfer.py; this module only reads the
store and writes files (0600). ``progress`` callbacks let File → Export… show a bar while
ten years are written (benchmarks/export_timings.py: well under two seconds each).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from numbness_desktop import __version__, paths
from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.journal import journal_markdown
from numbness_desktop.domain.plan_text import plan_markdown
from numbness_desktop.store import (
    journal_repo,
    transfer_practices,
    transfer_support,
    transfer_wellbeing,
)
from numbness_desktop.store.db import Store
from numbness_desktop.store.errors import storage_errors
from numbness_desktop.store.migrations import SCHEMA_VERSION
from numbness_desktop.store.safety_plan_repo import COUNTRY_KEY, ITEMS, SafetyPlanRepository
from numbness_desktop.store.transfer import (
    FORMAT,
    PLAN_ITEM_COLUMNS,
    RECORD_KINDS,
    SECTION_ORDER,
    RecordKind,
)

Progress = Callable[[int, int], object]
"""Called with (steps done, steps in all) while an export is written."""
# What the markdown export reads from ``export_data`` (the rest it reads as text itself).
MARKDOWN_KINDS = ("check_ins", "practice_sessions", "small_goals")


def export_data(store: Store, keys: tuple[str, ...] | None = None,
                progress: Progress | None = None) -> dict[str, Any]:
    """Everything the person has written, as one JSON-ready object (``keys``: only those
    kinds of record; ``progress``: told after each kind is read)."""
    columns = ", ".join(PLAN_ITEM_COLUMNS)
    items = [dict(row) for row in store.query(f"SELECT {columns} FROM {ITEMS}")]
    items.sort(key=lambda i: (SECTION_ORDER.get(i["section"], 99), i["position"], i["id"]))
    country = store.query("SELECT value, updated_at FROM settings WHERE key = ?", (COUNTRY_KEY,))
    data: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": iso(store.clock()),
        "app_version": __version__,
    }
    kinds = [kind for kind in RECORD_KINDS if keys is None or kind.key in keys]
    for done, kind in enumerate(kinds, start=1):
        data[kind.key] = _records_of(store, kind)
        if progress is not None:
            progress(done, len(kinds) + 1)
    data["preferences"] = transfer_wellbeing.export_preferences(store)
    data["safety_plan"] = {
        "country": country[0]["value"] if country else "",
        "country_updated_at": country[0]["updated_at"] if country else "",
        "items": items,
    }
    return data


def _trends_markdown(store: Store) -> str:
    """The same readings the Trends tab shows, for the past month and for all time."""
    from numbness_desktop.domain.trends import Period, readings, trends_markdown
    from numbness_desktop.store.trends_repo import TrendsRepository

    repo, today = TrendsRepository(store), store.clock().date()
    sections = []
    for period in (Period.MONTH, Period.ALL):
        data = repo.data(period, today)
        sections.append((period, readings(data, today)))
    return trends_markdown(sections)


def _records_of(store: Store, kind: RecordKind) -> list[dict[str, Any]]:
    """Every record of ``kind`` as a dict, in export order (plain tuples are read: turning
    each ``sqlite3.Row`` into a dict costs a sixth more over ten years)."""
    with storage_errors():
        cursor = store.conn.cursor()
        cursor.row_factory = None
        rows = cursor.execute(f"SELECT {', '.join(kind.columns)} FROM {kind.table} "
                              f"ORDER BY {kind.order_by}").fetchall()
    return [dict(zip(kind.columns, row, strict=True)) for row in rows]


def export_json(data: dict[str, Any]) -> str:
    """The JSON export's text: indented by two spaces, each record of a list on one line.

    Records go through the json module's C encoder one at a time (``indent`` would make
    it fall back to pure Python, over twice as slow for ten years of records).
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    parts = []
    for key, value in data.items():
        name = encode(key)
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
            records = ",\n".join("    " + encode(record) for record in value)
            parts.append(f"  {name}: [\n{records}\n  ]")
        else:
            nested = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            parts.append(f"  {name}: {nested}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_export(store: Store, fmt: str, out: Path, progress: Progress | None = None) -> Path:
    """Write an export in ``fmt`` ('json', 'csv' or 'markdown') to ``out``; returns the path.

    ``progress`` is called with (steps done, steps in all) as the export goes; the last call
    says all steps are done, just before the file is written.
    """
    if fmt == "markdown":
        _write_markdown(store, out, progress)
        return out
    data = export_data(store, progress=progress)
    with storage_errors():
        if fmt == "json":
            text = export_json(data)
            if progress is not None:  # every kind read, and the text made: the last step
                progress(len(RECORD_KINDS) + 1, len(RECORD_KINDS) + 1)
            _write_private(out, text)
        elif fmt == "csv":
            paths.ensure_private_dir(out)
            for kind in RECORD_KINDS:
                _write_csv(out / f"{kind.key}.csv", list(kind.columns), data[kind.key])
            _write_csv(out / "safety_plan_items.csv", list(PLAN_ITEM_COLUMNS),
                       data["safety_plan"]["items"])
            _write_csv(out / "preferences.csv", transfer_wellbeing.PREFERENCE_FIELDS,
                       transfer_wellbeing.csv_preferences(data["preferences"]))
            plan = data["safety_plan"]
            _write_csv(out / "settings.csv", ["key", "value", "updated_at"],
                       [{"key": COUNTRY_KEY, "value": plan["country"],
                         "updated_at": plan["country_updated_at"]}] if plan["country"] else [])
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    return out


def _write_markdown(store: Store, out: Path, progress: Progress | None) -> None:
    """Plan, trends, practices, support and journal as readable text (six steps)."""
    steps = 6

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)

    data = export_data(store, MARKDOWN_KINDS)
    text = f"# Reconnect export\n\nExported {data['exported_at']}.\n\n"
    plan = SafetyPlanRepository(store).plan()
    text += plan_markdown(plan).replace("# My", "## My", 1).replace("\n## ", "\n### ")
    step(1)
    text = text.rstrip("\n") + "\n\n" + _trends_markdown(store)
    step(2)
    text = text.rstrip("\n") + "\n\n" + transfer_practices.practices_markdown(data)
    step(3)
    text = text.rstrip("\n") + "\n\n" + transfer_support.support_markdown(store)
    step(4)
    entries = journal_repo.JournalRepository(store).all_entries()
    text = text.rstrip("\n") + "\n\n" + journal_markdown(entries)
    step(5)
    with storage_errors():
        _write_private(out, text)
    step(6)


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
    paths.make_private_file(path)
    path.write_text(text, encoding="utf-8")


def _write_csv(path: Path, fields: list[str], rows: list[dict[str, Any]]) -> None:
    path.touch(mode=paths.PRIVATE_FILE_MODE, exist_ok=True)
    paths.make_private_file(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)

