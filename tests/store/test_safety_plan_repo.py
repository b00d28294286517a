"""Round trips of every safety-plan record and operation."""

from __future__ import annotations

import re

from numbness_desktop.domain.safety_plan import SECTIONS, ItemRole
from numbness_desktop.store.db import open_store
from numbness_desktop.store.safety_plan_repo import SafetyPlanRepository

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def texts(repo, section):
    return [i.text for i in repo.plan().section_items(section)]


def test_every_section_round_trips_in_order_across_reopen(data_dir, clock):
    store = open_store(data_dir, clock)
    repo = SafetyPlanRepository(store)
    for section in SECTIONS:
        for n in range(3):
            clock.advance(minutes=1)
            repo.add(section.key, f"{section.key} {n} — ünïcode ✨", f"+44 {n}" if n else "")
    store.close()
    store = open_store(data_dir, clock)
    repo = SafetyPlanRepository(store)
    plan = repo.plan()
    for section in SECTIONS:
        items = plan.section_items(section.key)
        assert [i.text for i in items] == [f"{section.key} {n} — ünïcode ✨" for n in range(3)]
        assert [i.phone for i in items] == ["", "+44 1", "+44 2"]
        assert [i.position for i in items] == [0, 1, 2]
        for item in items:
            assert UUID.match(item.id)
            assert ISO_WITH_OFFSET.match(item.created_at)
            assert ISO_WITH_OFFSET.match(item.updated_at)
    assert plan.updated_at == clock().isoformat(timespec="seconds")
    store.close()


def test_update_keeps_position_and_moves_updated_at(store, clock):
    repo = SafetyPlanRepository(store)
    first = repo.add("help_people", "Sam", "0123")
    repo.add("help_people", "Alex", "0456")
    clock.advance(hours=2)
    updated = repo.update(first.id, "Sam (sister)", "0123 999")
    assert (updated.text, updated.phone, updated.position) == ("Sam (sister)", "0123 999", 0)
    assert updated.created_at == first.created_at
    assert updated.updated_at > first.updated_at


def test_delete_closes_the_gap_and_restore_puts_it_back(store):
    repo = SafetyPlanRepository(store)
    for word in "abcd":
        repo.add("reasons", word)
    b = repo.plan().section_items("reasons")[1]
    deleted = repo.delete(b.id)
    assert texts(repo, "reasons") == ["a", "c", "d"]
    assert [i.position for i in repo.plan().section_items("reasons")] == [0, 1, 2]
    repo.restore(deleted)
    assert texts(repo, "reasons") == ["a", "b", "c", "d"]
    assert repo.item(b.id) == b


def test_move_reorders_within_section_only(store):
    repo = SafetyPlanRepository(store)
    for word in "abc":
        repo.add("coping", word)
    repo.add("reasons", "other")
    a = repo.plan().section_items("coping")[0]
    repo.move(a.id, 2)
    assert texts(repo, "coping") == ["b", "c", "a"]
    repo.move(a.id, -5)
    assert texts(repo, "coping") == ["a", "b", "c"]
    assert texts(repo, "reasons") == ["other"]


def test_country_fills_and_replaces_help_numbers(store):
    repo = SafetyPlanRepository(store)
    repo.add("professionals", "Dr. Lee", "020 1234")
    repo.set_country("US", replace_lines=True)
    plan = repo.plan()
    assert plan.country == "US"
    assert [(i.phone, i.role) for i in plan.with_role(ItemRole.CRISIS_LINE)] == [
        ("988", ItemRole.CRISIS_LINE)
    ]
    assert [i.phone for i in plan.with_role(ItemRole.EMERGENCY)] == ["911"]
    repo.set_country("AU", replace_lines=True)
    plan = repo.plan()
    assert [i.phone for i in plan.with_role(ItemRole.CRISIS_LINE)] == ["13 11 14"]
    assert [i.phone for i in plan.with_role(ItemRole.EMERGENCY)] == ["000"]
    assert len(plan.section_items("professionals")) == 3
    repo.set_country("NZ", replace_lines=False)
    assert repo.plan().country == "NZ"
    assert [i.phone for i in repo.plan().with_role(ItemRole.CRISIS_LINE)] == ["13 11 14"]


def test_other_country_never_blanks_a_written_crisis_line(store):
    repo = SafetyPlanRepository(store)
    repo.set_country("GB", replace_lines=True)
    repo.set_country("OTHER", replace_lines=True)
    plan = repo.plan()
    assert [i.phone for i in plan.with_role(ItemRole.CRISIS_LINE)] == ["116 123"]
    assert [i.phone for i in plan.with_role(ItemRole.EMERGENCY)] == ["112"]
