"""Check a whole export before one row of it is written: refuse it with one clear line.

Every field of every record is checked against the domain (``domain/import_rules.py``):
known sections, roles, regions and qualities; ratings and intensities as whole numbers in
their ranges; real dates in 1900–2200 with offsets; bounded text; finite numbers. Kinds
added by later features get rules from their column names (``id``, ``…_at``, ``day``, any
scalar) unless they list their own in ``FIELD_RULES``. The first problem found stops the
import: ``ImportFormatError("journal_entries, record 3 (id …): 'day' isn't …")``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from numbness_desktop.domain import import_rules as r
from numbness_desktop.domain.body_map import REGION_LABELS, Quality
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.safety_plan import SECTION_BY_KEY, ItemRole

RATING = r.integer(0, 10, nullable=True)
SECONDS = r.number(0, 24 * 3600)

FIELD_RULES: dict[str, dict[str, r.Rule]] = {
    "journal_entries": {"text": r.text(r.LONG_TEXT_MAX)},
    "journal_chips": {"entry_id": r.identifier, "word": r.text(100, required=True),
                      "intensity": RATING, "position": r.integer(0, 10_000)},
    "emotion_logs": {"felt_at": r.moment, "emotion": r.text(100, required=True),
                     "family": r.text(40), "intensity": r.integer(0, 10),
                     "sensations": r.json_words(), "note": r.text(r.NOTE_MAX)},
    "emotion_log_regions": {"log_id": r.identifier, "region": r.one_of(REGION_LABELS),
                            "quality": r.one_of({q.value for q in Quality}),
                            "intensity": r.integer(0, 10)},
    "custom_words": {"word": r.text(100, required=True)},
    "breathing_sessions": {
        "preset_name": r.text(200, required=True),
        "inhale": r.number(0, 60), "hold": r.number(0, 60), "exhale": r.number(0, 60),
        "rest": r.number(0, 60), "planned_seconds": r.number(0, 24 * 3600, nullable=True),
        "actual_seconds": SECONDS, "breaths": r.integer(0, 100_000),
        "outcome": r.one_of({"finished", "stopped_early"}),
        "before_connected": RATING, "before_tension": RATING, "after_connected": RATING,
        "after_tension": RATING, "started_at": r.moment, "ended_at": r.moment},
    "breathing_presets": {"name": r.text(200, required=True), "inhale": r.number(0, 60),
                          "hold": r.number(0, 60), "exhale": r.number(0, 60),
                          "rest": r.number(0, 60)},
}
PLAN_ITEM_RULES: dict[str, r.Rule] = {
    "id": r.identifier, "section": r.one_of(SECTION_BY_KEY), "position": r.integer(0, 10_000),
    "text": r.text(), "phone": r.text(100), "role": r.one_of({role.value for role in ItemRole}),
    "created_at": r.moment, "updated_at": r.moment,
    "filled_for": r.text(20),  # the country whose usual number filled the entry, or ""
}
PREFERENCE_RULES: dict[str, r.Rule] = {
    "key": lambda v: None if isinstance(v, str) and "/" in v and len(v) <= 200
    else "isn't a preference name like 'view/textScale'",
    "value": r.preference_value, "updated_at": r.moment,
}


def check_export(data: dict[str, Any], kinds: Iterable[Any], plan_columns: Iterable[str],
                 plan_defaults: dict[str, Any]) -> None:
    """Raise ``ImportFormatError`` naming the first bad record and field; else return."""
    exported_at = data.get("exported_at")
    if exported_at is not None and r.moment(exported_at):
        _refuse("the export", "exported_at", r.moment(exported_at))
    for kind in kinds:
        rules = FIELD_RULES.get(kind.key, {})
        required = ("id", "updated_at", *kind.required)
        for index, record in _records(data, kind.key):
            merged = {**dict(kind.defaults), **record}
            where = _where(kind.key, index, record)
            for column in kind.columns:
                value = merged.get(column)
                if column in required and value in (None, ""):
                    _refuse(where, column, "is missing")
                rule = rules.get(column)
                if column not in merged:
                    if rule is not None and rule(None):  # a field the app cannot do without
                        _refuse(where, column, "is missing")
                    continue
                reason = (rule or r.default_rule(column))(value)
                if reason:
                    _refuse(where, column, reason)
            if not kind.valid({c: merged[c] for c in kind.columns if c in merged}):
                _refuse(where, "", "is not a record Reconnect can show")
    plan = data.get("safety_plan", {})
    if not isinstance(plan, dict):
        _refuse("the export", "safety_plan", "isn't an object")
    _check_country(plan)
    for index, record in _records(plan, "items", "safety_plan.items"):
        item = {**plan_defaults, **record}
        where = _where("safety_plan.items", index, record)
        for column in plan_columns:
            reason = PLAN_ITEM_RULES.get(column, r.default_rule(column))(item.get(column))
            if reason:
                _refuse(where, column, "is missing" if item.get(column) is None else reason)
    for index, record in _records(data, "preferences"):
        for column, rule in PREFERENCE_RULES.items():
            reason = rule(record.get(column))
            if reason:
                _refuse(_where("preferences", index, record, "key"), column, reason)


def _check_country(plan: dict[str, Any]) -> None:
    from numbness_desktop.domain.crisis_lines import countries

    country = plan.get("country", "")
    if country not in ("", None) and country not in {c.code for c in countries()}:
        _refuse("safety_plan", "country", "isn't one of the countries Reconnect knows "
                "(like 'GB', 'US' or 'OTHER')")
    stamp = plan.get("country_updated_at", "")
    if stamp not in ("", None) and r.moment(stamp):
        _refuse("safety_plan", "country_updated_at", r.moment(stamp))


def _records(data: dict[str, Any], key: str, label: str | None = None
             ) -> Iterator[tuple[int, dict[str, Any]]]:
    value = data.get(key)
    if value is None:
        return
    if not isinstance(value, list):
        _refuse("the export", label or key, "isn't a list of records")
    for index, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            _refuse(f"{label or key}, record {index}", "", "is not a record (an object)")
        yield index, record


def _where(kind: str, index: int, record: dict[str, Any], name: str = "id") -> str:
    label = record.get(name)
    if not isinstance(label, str) or not label:
        return f"{kind}, record {index}"
    shown = "".join(ch if ch.isprintable() else "?" for ch in label[:40])
    return f"{kind}, record {index} ({name} {shown})"


def _refuse(where: str, column: str, reason: str | None) -> None:
    field = f": '{column}' {reason}" if column else f" {reason}"
    raise ImportFormatError(f"Nothing was imported — {where}{field}.")
