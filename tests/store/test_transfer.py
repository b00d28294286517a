"""Export and import: the same JSON back, nothing twice, clear refusals."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

import pytest

from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.safety_plan import SECTIONS
from numbness_desktop.store.db import open_store
from numbness_desktop.store.demo import fill_demo
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository
from numbness_desktop.store.transfer import (
    RECORD_KINDS,
    import_data,
    read_export,
)
from numbness_desktop.store.transfer_export import export_data, write_export


def without_time(data):
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture
def demo_store(store, clock):
    fill_demo(store, clock())
    return store


def test_export_import_export_is_identical(demo_store, tmp_path, clock):
    out = write_export(demo_store, "json", tmp_path / "export.json")
    first = read_export(out)
    assert first["format"] == "reconnect-export"
    assert first["exported_at"].endswith("+01:00")
    assert len(first["safety_plan"]["items"]) == 21  # 18 written, 3 filled in for GB
    other = open_store(tmp_path / "other", clock)
    try:
        records = 21 + sum(len(first[kind.key]) for kind in RECORD_KINDS)
        assert import_data(other, first) == {"added": records, "updated": 0, "skipped": 0}
        assert without_time(export_data(other)) == without_time(first)
        assert import_data(other, first) == {"added": 0, "updated": 0, "skipped": 0}
        assert without_time(export_data(other)) == without_time(first)
    finally:
        other.close()


def test_import_merges_newer_edits_only(demo_store, clock):
    exported = export_data(demo_store)
    repo = SafetyPlanRepository(demo_store)
    item = repo.plan().section_items("reasons")[0]
    clock.advance(days=1)
    repo.update(item.id, "edited after the export")
    import_data(demo_store, exported)
    assert repo.item(item.id).text == "edited after the export"
    newer = json.loads(json.dumps(exported))
    for raw in newer["safety_plan"]["items"]:
        if raw["id"] == item.id:
            raw["text"], raw["updated_at"] = "edited elsewhere, later", "2027-01-01T10:00:00+00:00"
    assert import_data(demo_store, newer) == {"added": 0, "updated": 1, "skipped": 0}
    assert repo.item(item.id).text == "edited elsewhere, later"


def test_csv_and_markdown_exports(demo_store, tmp_path):
    folder = write_export(demo_store, "csv", tmp_path / "csv")
    with (folder / "safety_plan_items.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 21
    assert {"id", "section", "position", "text", "phone", "role"} <= set(rows[0])
    md = write_export(demo_store, "markdown", tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "## My safety plan" in md
    assert "### 8. My shutdown / timeout rule" in md
    assert "Text Sam one word" in md


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json at all", "not a Reconnect JSON export"),
        ('{"format": "something-else"}', "not a Reconnect JSON export"),
        ('{"format": "reconnect-export", "schema_version": 99}', "newer Reconnect"),
    ],
)
def test_wrong_files_are_refused_in_one_line(tmp_path, content, reason):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as error:
        read_export(path)
    assert reason in error.value.message
    assert "\n" not in error.value.message


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ImportFormatError, match="no file"):
        read_export(tmp_path / "missing.json")


def test_odd_records_refuse_the_file_and_positions_are_renumbered(demo_store):
    data = export_data(demo_store)
    items = data["safety_plan"]["items"]
    reasons = [i for i in items if i["section"] == "reasons"]
    stranger = {**reasons[0], "id": "00000000-0000-4000-8000-000000000001", "text": "new one"}
    del stranger["phone"]  # missing optional field: default
    for odd, message in (
            ({"id": "x", "section": "no_such_section", "updated_at": "2026-01-01T00:00:00+00:00"},
             r"record 2 \(id x\): 'section' isn't one of"),
            ({"section": "reasons"}, "record 2: 'id' is missing"),
            ("not even an object", "record 2 is not a record"),
            ({**stranger, "id": "r", "role": "nonsense"}, r"\(id r\): 'role' isn't one of")):
        data["safety_plan"]["items"] = [stranger, odd]
        with pytest.raises(ImportFormatError, match=message):
            import_data(demo_store, data)
    data["safety_plan"]["items"] = [stranger]
    assert import_data(demo_store, data) == {"added": 1, "updated": 0, "skipped": 0}
    positions = [i.position for i in SafetyPlanRepository(demo_store).plan()
                 .section_items("reasons")]
    assert positions == list(range(len(reasons) + 1))


def test_timestamps_with_different_offsets_compare_as_moments(demo_store):
    data = export_data(demo_store)
    item = data["safety_plan"]["items"][0]
    ours = datetime.fromisoformat(item["updated_at"])
    # The same moment written in another offset is not "newer".
    item["updated_at"] = ours.astimezone(timezone(timedelta(hours=-8))).isoformat()
    item["text"] = "should not win"
    import_data(demo_store, data)
    assert SafetyPlanRepository(demo_store).item(item["id"]).text != "should not win"


def test_export_lists_sections_in_the_apps_order(demo_store):
    sections = [i["section"] for i in export_data(demo_store)["safety_plan"]["items"]]
    order = [s.key for s in SECTIONS]
    assert sections == sorted(sections, key=order.index)


def test_non_numeric_schema_version_is_refused(tmp_path):
    path = tmp_path / "in.json"
    path.write_text('{"format": "reconnect-export", "schema_version": "abc"}')
    with pytest.raises(ImportFormatError, match="schema_version"):
        read_export(path)


def test_an_entry_over_the_documented_limit_is_refused_at_import(tmp_path):
    import json

    from numbness_desktop.domain.errors import ImportFormatError
    from numbness_desktop.store.transfer import FORMAT, MAX_ENTRY_CHARS, read_export

    path = tmp_path / "big.json"
    path.write_text(json.dumps({"format": FORMAT, "schema_version": 1, "journal_entries": [
        {"id": "x", "day": "2026-11-26", "text": "w " * (MAX_ENTRY_CHARS // 2 + 1)}]}))
    with pytest.raises(ImportFormatError, match="up to 2,000,000 characters"):
        read_export(path)
