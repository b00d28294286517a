"""The silhouette's geometry: every place reachable, centres hit their own region."""

from __future__ import annotations

import pytest

from numbness_desktop.domain import body_shapes as shapes
from numbness_desktop.domain.body_map import NOWHERE, PLACES, WHOLE_BODY


def test_every_place_is_on_the_map_and_views_share_ids():
    front = {region for region, _ in shapes.SHAPES["front"] if region}
    back = {region for region, _ in shapes.SHAPES["back"] if region}
    assert front | back == set(PLACES)
    assert {"face", "throat", "chest", "belly"} <= front - back
    assert {"upper_back", "lower_back"} <= back - front
    assert WHOLE_BODY not in front | back and NOWHERE not in front | back


@pytest.mark.parametrize("spot", shapes.spots(), ids=lambda s: f"{s.view}-{s.region}")
def test_the_centre_of_every_region_selects_exactly_that_region(spot):
    found = shapes.spot_at(*spot.centre)
    assert found is not None
    assert (found.view, found.region) == (spot.view, spot.region)


def test_left_and_right_follow_the_person_not_the_viewer():
    by_key = {(s.view, s.region): s.centre for s in shapes.spots()}
    # Facing us, their left hand is on our right; seen from behind, on our left.
    assert by_key[("front", "left_hand")][0] > by_key[("front", "right_hand")][0]
    assert by_key[("back", "left_hand")][0] < by_key[("back", "right_hand")][0]


def test_outside_the_body_and_the_back_of_the_neck_select_nothing():
    assert shapes.spot_at(1.0, 1.0) is None
    assert shapes.spot_at(shapes.VIEW_OFFSET["back"] + 50.0, 39.0) is None  # neck, behind


def test_keyboard_stops_cover_every_place_once_and_arrows_move_sensibly():
    stops = shapes.focus_order()
    assert sorted(s.region for s in stops) == sorted(PLACES)
    by_region = {s.region: s for s in stops}
    assert shapes.neighbour(by_region["chest"], "down", stops).region == "belly"
    assert shapes.neighbour(by_region["belly"], "up", stops).region == "chest"
    assert shapes.neighbour(by_region["face"], "up", stops).region == "head"
    assert shapes.neighbour(by_region["chest"], "left", stops).region == "right_arm"
    assert shapes.neighbour(by_region["head"], "up", stops) is None


@pytest.mark.parametrize("size", [(400, 300), (300, 900), (1600, 1000)])
def test_fit_keeps_the_proportions_and_round_trips(size):
    fit = shapes.fit(*size)
    width, height = shapes.CANVAS_WIDTH * fit.scale, shapes.CANVAS_HEIGHT * fit.scale
    assert width <= size[0] and height <= size[1]
    x, y = fit.to_widget(37.0, 120.0)
    assert fit.to_canvas(x, y) == pytest.approx((37.0, 120.0))
