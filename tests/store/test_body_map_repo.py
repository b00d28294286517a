"""Emotion logs and their regions in the store; own words; "Your map" counted in SQL."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest

from numbness_desktop.domain.body_map import (
    PLACES,
    FeelingDraft,
    OverlayFilter,
    Quality,
    RegionMark,
)
from numbness_desktop.domain.errors import ImportFormatError
from numbness_desktop.domain.vocabulary import OWN_FAMILY, load
from numbness_desktop.store import migrations
from numbness_desktop.store.body_map_repo import BodyMapRepository
from numbness_desktop.store.db import open_store
from numbness_desktop.store.transfer import import_data
from numbness_desktop.store.transfer_export import export_data

M, L, H = Quality.MORE, Quality.LESS, Quality.HERE


@pytest.fixture
def repo(store):
    return BodyMapRepository(store)


def test_save_reads_back_with_regions_family_and_day(repo, clock):
    log = repo.save(FeelingDraft(" Numb ", 3, (RegionMark("chest", L), RegionMark("belly")),
                                 ("heavy", "Heavy", " cold "), " quiet day "))
    again = repo.feeling(log.id)
    assert again == log
    assert again.emotion == "numb" and again.family == "shut_down"
    assert again.marks == (RegionMark("chest", L), RegionMark("belly", H))
    assert again.sensations == ("heavy", "cold")
    assert again.note == "quiet day"
    assert again.felt_at == "2026-11-26T19:30:00+01:00" and again.day == "2026-11-26"
    assert repo.feelings_on(date(2026, 11, 26)) == [log]


def test_nowhere_and_no_place_at_all_are_valid(repo):
    log = repo.save(FeelingDraft("flat", 2, (RegionMark("nowhere"),)))
    assert repo.feeling(log.id).marks == (RegionMark("nowhere"),)
    bare = repo.save(FeelingDraft("empty", 1, ()))
    assert repo.feeling(bare.id).marks == ()


def test_an_unknown_word_becomes_an_own_word_once(repo):
    repo.save(FeelingDraft("Heavy-ish", 4, ()))
    repo.save(FeelingDraft("heavy-ish", 5, ()))
    assert [w.word for w in repo.words.words()] == ["heavy-ish"]
    assert repo.feelings_on(date(2026, 11, 26))[0].family == OWN_FAMILY
    assert load().lookup("heavy-ish") is None


def test_update_keeps_time_and_region_ids_that_stay(repo, store, clock):
    log = repo.save(FeelingDraft("tense", 6, (RegionMark("shoulders", M), RegionMark("face"))))
    before = {r[0]: r[1] for r in store.query(
        "SELECT region, id FROM emotion_log_regions WHERE log_id = ?", (log.id,))}
    clock.advance(minutes=5)
    new = repo.update(log.id, FeelingDraft("calm", 3, (RegionMark("shoulders", L),
                                                       RegionMark("chest"))))
    assert new.felt_at == log.felt_at and new.updated_at != log.updated_at
    assert repo.feeling(log.id).marks == (RegionMark("shoulders", L), RegionMark("chest"))
    after = {r[0]: r[1] for r in store.query(
        "SELECT region, id FROM emotion_log_regions WHERE log_id = ?", (log.id,))}
    assert after["shoulders"] == before["shoulders"]
    assert "face" not in after
    copies = store.query("SELECT DISTINCT intensity, updated_at FROM emotion_log_regions")
    assert [tuple(row) for row in copies] == [(3, new.updated_at)]  # the fast map's copy


def test_delete_takes_the_regions_and_restore_brings_everything_back(repo, store):
    log = repo.save(FeelingDraft("sad", 5, (RegionMark("chest", L), RegionMark("left_arm", L))))
    rows = store.query("SELECT * FROM emotion_log_regions ORDER BY id")
    assert repo.delete(log.id) == log
    assert repo.feeling(log.id) is None
    assert store.query("SELECT count(*) FROM emotion_log_regions")[0][0] == 0
    repo.restore(log)
    assert repo.feeling(log.id) == log
    assert [tuple(r) for r in store.query("SELECT * FROM emotion_log_regions ORDER BY id")] \
        == [tuple(r) for r in rows]


def test_recent_and_frequent_words_come_from_sql(repo, clock):
    for word in ("numb", "numb", "calm", "numb", "tense"):
        repo.save(FeelingDraft(word, 3, ()))
        clock.advance(minutes=1)
    assert repo.words.recent_words(2) == ["tense", "numb"]
    assert repo.words.frequent_words(None, 2) == ["numb", "tense"]
    assert repo.words.frequent_words("2026-11-27") == []


def test_own_words_add_delete_restore(repo):
    word = repo.words.add("  Meh ")
    assert repo.words.add("meh") == word
    assert repo.words.delete(word.id) == word
    assert repo.words.words() == []
    repo.words.restore(word)
    assert repo.words.words() == [word]
    with pytest.raises(ValueError):
        repo.words.add("   ")


def hand_built(repo, clock, count=300, seed=7):
    """Logs spread over 120 days with random words, places and qualities."""
    rng = random.Random(seed)
    words = [w.word for w in load().words[:40]]
    start = clock.now
    made = []
    for _ in range(count):
        clock.now = start - timedelta(days=rng.randint(0, 119), minutes=rng.randint(0, 600))
        marks = tuple(RegionMark(r, rng.choice(list(Quality)))
                      for r in rng.sample([*PLACES, "whole_body"], rng.randint(0, 3)))
        made.append(repo.save(FeelingDraft(rng.choice(words), rng.randint(0, 10), marks)))
    clock.now = start
    return made


@pytest.mark.parametrize("wanted", [
    OverlayFilter(None), OverlayFilter(7), OverlayFilter(30), OverlayFilter(90),
    OverlayFilter(None, family="sad"), OverlayFilter(30, family="joyful"),
    OverlayFilter(None, emotion="joyful"),
], ids=repr)
def test_overlay_counts_equal_counts_taken_directly_from_the_store(repo, store, clock, wanted):
    hand_built(repo, clock)
    today = clock.now.date()
    first = wanted.first_day(today) or ""
    expected_marks: Counter = Counter()
    intensity: Counter = Counter()
    feelings = 0
    for log_id, day, emotion, family, level in store.query(
            "SELECT id, day, emotion, family, intensity FROM emotion_logs"):
        if day < first or (wanted.emotion and emotion != wanted.emotion) or (
                wanted.family and family != wanted.family):
            continue
        feelings += 1
        for region, quality in store.query(
                "SELECT region, quality FROM emotion_log_regions WHERE log_id = ?", (log_id,)):
            expected_marks[(region, quality)] += 1
            intensity[region] += level
    overlay = repo.overlay(wanted, today)
    assert overlay.feelings == feelings
    for region in [*PLACES, "whole_body", "nowhere"]:
        totals = overlay.get(region)
        assert totals.more == expected_marks[(region, "more")]
        assert totals.less == expected_marks[(region, "less")]
        assert totals.here == expected_marks[(region, "here")]
        assert totals.count == sum(expected_marks[(region, q)] for q in ("more", "less", "here"))
        assert totals.intensity_sum == intensity[region]


def test_export_import_round_trip_and_second_import_adds_nothing(repo, clock, tmp_path):
    hand_built(repo, clock, count=20)
    repo.save(FeelingDraft("heavy-ish", 4, (RegionMark("nowhere"),)))
    data = export_data(repo.store)
    assert {"emotion_logs", "emotion_log_regions", "custom_words"} <= set(data)
    assert data["custom_words"][0]["word"] == "heavy-ish"
    other = open_store(tmp_path / "other", clock)
    try:
        counts = import_data(other, data)
        total = sum(len(data[k]) for k in ("emotion_logs", "emotion_log_regions",
                                           "custom_words"))
        assert counts["added"] == total + len(data["safety_plan"]["items"])
        assert import_data(other, data)["added"] == 0
        again = export_data(other)
        for key in ("emotion_logs", "emotion_log_regions", "custom_words"):
            assert again[key] == data[key]
    finally:
        other.close()


def test_import_refuses_broken_feelings_whole_and_keeps_a_later_local_edit(repo, clock):
    log = repo.save(FeelingDraft("calm", 3, (RegionMark("chest"),)))
    data = export_data(repo.store)
    clock.advance(hours=1)
    repo.update(log.id, FeelingDraft("calm", 8, (RegionMark("chest"),)))
    data["emotion_logs"].append({"id": "x", "updated_at": "2026-11-26T10:00:00+01:00"})
    with pytest.raises(ImportFormatError, match=r"emotion_logs, record 2 \(id x\): 'felt_at'"):
        import_data(repo.store, data)
    data["emotion_logs"].pop()
    data["emotion_log_regions"][0]["quality"] = "sideways"
    with pytest.raises(ImportFormatError, match=r"emotion_log_regions, record 1.*'quality'"):
        import_data(repo.store, data)
    data["emotion_log_regions"][0]["quality"] = "more"
    data["emotion_logs"][0]["intensity"] = "high"
    with pytest.raises(ImportFormatError, match="'intensity' isn't a whole number"):
        import_data(repo.store, data)
    data["emotion_logs"][0]["intensity"] = 3
    assert import_data(repo.store, data)["updated"] == 0
    assert repo.feeling(log.id).intensity == 8


def test_an_older_database_gains_the_body_map_and_keeps_its_plan(data_dir, clock):
    from sqlite_utils import Database, Migrations

    data_dir.mkdir(parents=True)
    old = Database(sqlite3.connect(data_dir / "reconnect.db"))
    first_only = Migrations(migrations.MIGRATION_SET)
    first_only()(migrations.m001_safety_plan)
    first_only.apply(old)
    old["safety_plan_items"].insert({"id": "a", "section": "reasons", "position": 0,
                                     "text": "Pepper", "phone": "", "role": "",
                                     "created_at": "2026-01-01T00:00:00+00:00",
                                     "updated_at": "2026-01-01T00:00:00+00:00"})
    old.conn.close()
    store = open_store(data_dir, clock)
    try:
        assert store.query("SELECT text FROM safety_plan_items")[0][0] == "Pepper"
        BodyMapRepository(store).save(FeelingDraft("numb", 2, (RegionMark("chest", L),)))
        assert BodyMapRepository(store).count() == 1
    finally:
        store.close()


def test_demo_history_is_believable(store, clock):
    from numbness_desktop.store.demo import fill_demo

    fill_demo(store, clock())
    repo = BodyMapRepository(store)
    assert 90 <= repo.count() <= 250
    families = Counter(r[0] for r in store.query("SELECT family FROM emotion_logs"))
    assert families.most_common(1)[0][0] == "shut_down"
    assert store.query("SELECT count(*) FROM emotion_log_regions WHERE region = 'nowhere'")[0][0]
    assert repo.feelings_on(clock().date())
    assert [w.word for w in repo.words.words()] == ["heavy-ish"]
