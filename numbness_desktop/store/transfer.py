"""Export to JSON, CSV and markdown, and import a JSON export back.

The JSON format is documented field by field in docs/export-format.md.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from numbness_desktop import __version__, paths
from numbness_desktop.domain.clock import iso
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.plan_text import plan_markdown
from numbness_desktop.store.db import Store
from numbness_desktop.store.errors import storage_errors
from numbness_desktop.store.migrations import SCHEMA_VERSION
from numbness_desktop.store.safety_plan_repo import COUNTRY_KEY, ITEM_COLUMNS, ITEMS

FORMAT = "reconnect-export"
ITEM_FIELDS = [column.strip() for column in ITEM_COLUMNS.split(",")]


def export_data(store: Store) -> dict[str, Any]:
    """Everything the person has written, as one JSON-ready object."""
    items = [dict(row) for row in store.query(
        f"SELECT {ITEM_COLUMNS} FROM {ITEMS} ORDER BY section, position, id"
    )]
    country = store.query("SELECT value, updated_at FROM settings WHERE key = ?", (COUNTRY_KEY,))
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": iso(store.clock()),
        "app_version": __version__,
        "safety_plan": {
            "country": country[0]["value"] if country else "",
            "country_updated_at": country[0]["updated_at"] if country else "",
            "items": items,
        },
    }


def write_export(store: Store, fmt: str, out: Path) -> Path:
    """Write an export in ``fmt`` ('json', 'csv' or 'markdown') to ``out``; returns the path."""
    data = export_data(store)
    with storage_errors():
        if fmt == "json":
            _write_private(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "markdown":
            from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

            plan = SafetyPlanRepository(store).plan()
            text = f"# Reconnect export\n\nExported {data['exported_at']}.\n\n"
            _write_private(out, text + plan_markdown(plan).replace("# My", "## My", 1)
                           .replace("\n## ", "\n### "))
        elif fmt == "csv":
            paths.ensure_private_dir(out)
            _write_csv(out / "safety_plan_items.csv", ITEM_FIELDS, data["safety_plan"]["items"])
            plan = data["safety_plan"]
            _write_csv(out / "settings.csv", ["key", "value", "updated_at"],
                       [{"key": COUNTRY_KEY, "value": plan["country"],
                         "updated_at": plan["country_updated_at"]}] if plan["country"] else [])
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    return out


def read_export(path: Path) -> dict[str, Any]:
    """Load and validate a JSON export; a wrong file gives one clear message."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ImportFormatError(f"There is no file at {path}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFormatError(f"{path.name} is not a Reconnect JSON export.") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(f"{path.name} is not a Reconnect JSON export.")
    if int(data.get("schema_version", 0)) > SCHEMA_VERSION:
        raise ImportFormatError(
            f"{path.name} was made by a newer Reconnect; please update to import it."
        )
    return data


def import_data(store: Store, data: dict[str, Any]) -> dict[str, int]:
    """Merge an export into the store: new records are added, newer edits win, nothing twice."""
    plan = data.get("safety_plan") or {}
    added = updated = 0
    with store.write() as db:
        for raw in plan.get("items", []):
            item = {name: raw.get(name) for name in ITEM_FIELDS}
            if not item["id"] or not item["section"]:
                continue
            existing = store.conn.execute(
                f"SELECT updated_at FROM {ITEMS} WHERE id = ?", (item["id"],)
            ).fetchone()
            if existing is None:
                db[ITEMS].insert(item)
                added += 1
            elif (item["updated_at"] or "") > existing[0]:
                db[ITEMS].update(item["id"], item)
                updated += 1
        country = plan.get("country")
        if country:
            current = store.conn.execute(
                "SELECT updated_at FROM settings WHERE key = ?", (COUNTRY_KEY,)
            ).fetchone()
            stamp = plan.get("country_updated_at") or data.get("exported_at", "")
            if current is None or stamp > current[0]:
                db["settings"].upsert(
                    {"key": COUNTRY_KEY, "value": country, "updated_at": stamp}, pk="key"
                )
    return {"added": added, "updated": updated}


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
