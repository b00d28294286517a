"""The body map's model: signals on writes, calm errors, undo, the picker's choices."""

from __future__ import annotations

from numbness_desktop.domain.body_map import FeelingDraft, OverlayFilter, Quality, RegionMark
from numbness_desktop.domain.errors import DiskFullError
from numbness_desktop.model.body_map_lists import EmotionChoicesModel, FeelingListModel


def test_save_delete_undo_emit_signals_and_refresh_the_list(app_model, qtbot):
    body = app_model.body_map
    assert app_model.body_map is body  # built once
    listing = FeelingListModel(body)
    with qtbot.waitSignal(body.feelingsChanged):
        log = body.save_feeling(FeelingDraft("numb", 2, (RegionMark("chest", Quality.LESS),)))
    assert listing.rowCount() == 1
    assert "numb, 2/10 — Chest (less)" in listing.data(listing.index(0, 0))
    with qtbot.waitSignal(body.undoAvailableChanged) as available:
        body.delete_feeling(log.id)
    assert available.args == [True]
    assert listing.rowCount() == 0
    assert body.undo_delete() == log
    assert listing.rowCount() == 1
    assert not body.can_undo()


def test_a_failed_save_says_why_and_returns_none(app_model, qtbot, monkeypatch):
    body = app_model.body_map

    def full(*_args, **_kwargs):
        raise DiskFullError("The disk is full.")

    monkeypatch.setattr(body.repo, "save", full)
    with qtbot.waitSignal(app_model.errorOccurred) as error:
        assert body.save_feeling(FeelingDraft("calm", 3, ())) is None
    assert error.args == ["The disk is full."]


def test_overlay_reads_through_the_model(app_model):
    body = app_model.body_map
    body.save_feeling(FeelingDraft("calm", 4, (RegionMark("chest"),)))
    body.save_feeling(FeelingDraft("calm", 6, (RegionMark("chest", Quality.MORE),)))
    overlay = body.overlay(OverlayFilter(7))
    assert overlay.get("chest").count == 2 and overlay.get("chest").more == 1
    assert overlay.get("chest").mean_intensity == 5


def test_choices_put_recent_words_first_group_by_family_and_offer_own_words(app_model, clock):
    body = app_model.body_map
    body.save_feeling(FeelingDraft("numb", 2, ()))
    clock.advance(minutes=1)
    body.save_feeling(FeelingDraft("calm", 4, ()))
    choices = EmotionChoicesModel(body)
    listed = choices.choices()
    assert listed[0].text == "Your recent and frequent words"
    assert [c.word for c in listed[1:3]] == ["calm", "numb"]
    headers = [c.text for c in listed if c.kind == "header"]
    assert headers[1:] == ["Joyful", "Powerful", "Peaceful", "Sad", "Mad", "Scared",
                           "Shut down"]
    choices.set_text("fog")
    assert [c.word for c in choices.choices() if c.kind == "word"] == ["foggy"]
    choices.set_text("meh")
    assert choices.choices()[-1].kind == "add"
    body.add_own_word("meh")
    listed = choices.choices()
    assert [c.text for c in listed] == ["My own words", "meh"]
    assert not choices.flags(choices.index(0, 0))  # headings can't be chosen


def test_editing_a_feeling_deleted_meanwhile_keeps_the_words_as_a_new_one(app_model):
    body = app_model.body_map
    log = body.save_feeling(FeelingDraft("calm", 4, ()))
    body.delete_feeling(log.id)
    again = body.update_feeling(log.id, FeelingDraft("calm enough", 5, ()))
    assert again is not None and again.id != log.id
    assert [f.emotion for f in body.todays_feelings()] == ["calm enough"]
