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


def _help(repo):
    plan = repo.plan()
    return ([(i.text, i.phone, i.filled_for) for i in plan.with_role(ItemRole.CRISIS_LINE)],
            [(i.phone, i.filled_for) for i in plan.with_role(ItemRole.EMERGENCY)])


def test_filled_in_lines_follow_the_country_auto_to_auto(store):
    repo = SafetyPlanRepository(store)
    repo.add("professionals", "Dr. Lee", "020 1234")
    repo.set_country("US")
    assert repo.plan().country == "US"
    assert _help(repo) == ([("988 Suicide & Crisis Lifeline", "988", "US")], [("911", "US")])
    repo.set_country("GB")
    crisis, emergency = _help(repo)
    assert crisis == [("Samaritans", "116 123", "GB"), ("Shout", "85258", "GB")]
    assert emergency == [("999", "GB")]
    professionals = repo.plan().section_items("professionals")
    assert professionals[0].text == "Dr. Lee"  # the person's own entry untouched
    assert [i.position for i in professionals] == list(range(len(professionals)))
    assert not any(i.phone in ("988", "911") for i in repo.plan().items)


def test_filled_in_lines_leave_with_the_country_auto_to_none(store):
    repo = SafetyPlanRepository(store)
    for start in ("US", "GB", "AU"):
        repo.set_country(start)
        repo.set_country("OTHER")
        assert _help(repo) == ([], [])  # no wrong number stays behind
        assert repo.plan().items == ()
    repo.set_country("IL")  # a checked line, but no checked emergency number
    assert _help(repo) == ([("ERAN – Emotional First Aid", "1201", "IL")], [])


def test_typed_lines_are_never_touched_unless_the_person_asks(store):
    repo = SafetyPlanRepository(store)
    repo.set_country("US")
    mine = repo.add("professionals", "My local line", "555 0100", ItemRole.CRISIS_LINE)
    for code in ("GB", "OTHER", "NZ"):
        repo.set_country(code)
        assert repo.item(mine.id).phone == "555 0100"
        assert repo.item(mine.id).filled_for == ""
    assert [i.id for i in repo.own_help_entries()] == [mine.id]
    repo.set_country("CA", remove_own=True)
    assert repo.item(mine.id) is None
    assert _help(repo)[0] == [("9-8-8: Suicide Crisis Helpline", "988", "CA")]


def test_an_edited_filled_in_line_becomes_the_persons_own(store):
    repo = SafetyPlanRepository(store)
    repo.set_country("US")
    line = repo.plan().with_role(ItemRole.CRISIS_LINE)[0]
    repo.update(line.id, line.text, "988 (press 1)")
    repo.set_country("GB")
    assert repo.item(line.id).phone == "988 (press 1)"
    assert repo.count() == 1


def test_filled_in_numbers_are_not_the_persons_writing(store):
    repo = SafetyPlanRepository(store)
    repo.set_country("GB")
    assert repo.count() == 0
    assert repo.last_edited() == ""
    repo.add("reasons", "the sea")
    assert repo.count() == 1 and repo.last_edited()


def test_refresh_brings_old_filled_in_numbers_in_step(store):
    repo = SafetyPlanRepository(store)
    repo.set_country("GB")
    with store.write() as db:  # as an older version of the file would have filled it
        db.execute("DELETE FROM safety_plan_items WHERE text = 'Shout'")
    assert repo.refresh_filled() is True
    assert [t for t, _p, _f in _help(repo)[0]] == ["Samaritans", "Shout"]
    assert repo.refresh_filled() is False


def test_m011_marks_numbers_an_older_version_filled_in(data_dir, clock, monkeypatch):
    """A plan written before m011: its old filled-in numbers become 'filled in', the
    person's own stay theirs, and the next start brings the filled ones in step."""
    from numbness_desktop.store import migrations
    from numbness_desktop.store.db import open_store

    before = tuple(s for s in migrations.STEPS if s.__name__ != "m011_crisis_filled_for")
    monkeypatch.setattr(migrations, "STEPS", before)
    monkeypatch.setattr(migrations, "KNOWN_NAMES", tuple(s.__name__ for s in before))
    old = open_store(data_dir, clock)
    with old.write() as db:
        db["settings"].insert({"key": "safety_plan.country", "value": "OTHER",
                               "updated_at": "2026-01-01T00:00:00+00:00"})
        for i, (text, phone, role) in enumerate((
                ("Samaritans", "116 123", "crisis_line"),  # left over from GB
                ("Emergency services", "112", "emergency"),
                ("My own line", "555 0100", "crisis_line"))):
            db["safety_plan_items"].insert({
                "id": f"old-{i}", "section": "professionals", "position": i, "text": text,
                "phone": phone, "role": role, "created_at": "2026-01-01T00:00:00+00:00",
                "updated_at": "2026-01-01T00:00:00+00:00"})
    old.close()
    monkeypatch.undo()
    store = open_store(data_dir, clock)
    try:
        repo = SafetyPlanRepository(store)
        marks = {i.id: i.filled_for for i in repo.plan().items}
        assert marks == {"old-0": "OTHER", "old-1": "OTHER", "old-2": ""}
        assert repo.refresh_filled() is True  # "Another country" has no checked number
        assert [(i.text, i.phone) for i in repo.plan().items] == [("My own line", "555 0100")]
    finally:
        store.close()


def test_no_sequence_of_country_changes_leaves_a_number_for_another_country(store):
    import random

    from numbness_desktop.domain.crisis_lines import countries, lines_for

    repo = SafetyPlanRepository(store)
    mine = repo.add("professionals", "My own line", "555 0100", ItemRole.CRISIS_LINE)
    codes = [c.code for c in countries()]
    rng = random.Random(19)
    for _ in range(60):
        code = rng.choice(codes)
        repo.set_country(code)
        plan = repo.plan()
        checked = lines_for(code)
        wanted = {line.number for line in checked.lines}
        if checked.emergency:
            wanted.add(checked.emergency.number)
        filled = [i for i in plan.items if not i.is_own]
        assert {i.filled_for for i in filled} <= {code}
        assert {i.phone for i in filled} == wanted
        assert repo.item(mine.id).phone == "555 0100"
