"""The silhouette's geometry as plain data, and hit-testing on it (no Qt).

Each view (front, back) is a list of shapes ``(region id, polygon)`` in a figure box
100 wide and 224 high; the two figures sit side by side on one canvas. Shapes are drawn in
list order, so hit-testing looks from the last shape to the first. A shape with the region
id ``""`` is drawn as body but is not a place to mark (the back of the neck).

Front view: the person faces you, so their right side is on your left. Back view: you see
their back, so their left side is on your left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]
FIGURE_WIDTH = 100.0
FIGURE_HEIGHT = 224.0
GAP = 24.0
LABEL_BAND = 2.0
CANVAS_WIDTH = 2 * FIGURE_WIDTH + GAP
CANVAS_HEIGHT = FIGURE_HEIGHT + LABEL_BAND
VIEWS = ("front", "back")
VIEW_LABELS = {"front": "Front", "back": "Back"}
VIEW_OFFSET = {"front": 0.0, "back": FIGURE_WIDTH + GAP}


def ellipse(cx: float, cy: float, rx: float, ry: float, start: float = 0.0,
            end: float = 360.0, steps: int = 48) -> list[Point]:
    """Points on an ellipse from ``start`` to ``end`` degrees (y grows downwards)."""
    count = max(2, round(steps * (end - start) / 360.0))
    full = end - start >= 360.0
    return [
        (cx + rx * math.cos(math.radians(start + (end - start) * i / count)),
         cy + ry * math.sin(math.radians(start + (end - start) * i / count)))
        for i in range(count if full else count + 1)
    ]


def mirror(points: list[Point]) -> list[Point]:
    return [(FIGURE_WIDTH - x, y) for x, y in reversed(points)]


# Head: an ellipse split at the brow into the top of the head and the face.
_HEAD = (50.0, 20.0, 12.0, 15.0)
_BROW = math.degrees(math.asin(3.0 / 15.0))  # the brow line sits 3 units above the centre
_NECK = [(44.0, 33.0), (56.0, 33.0), (57.0, 44.0), (43.0, 44.0)]
_SHOULDERS = [(43.0, 43.0), (57.0, 43.0), (66.0, 44.8), (72.0, 47.0), (76.0, 50.0),
              (78.4, 53.2), (79.5, 57.0), (20.5, 57.0), (21.6, 53.2), (24.0, 50.0),
              (28.0, 47.0), (34.0, 44.8)]
_UPPER_TORSO = [(27.0, 57.0), (73.0, 57.0), (72.2, 66.0), (70.5, 78.0), (69.5, 88.0),
                (30.5, 88.0), (29.5, 78.0), (27.8, 66.0)]
_LOWER_TORSO = [(30.5, 88.0), (69.5, 88.0), (69.6, 100.0), (70.5, 116.0), (29.5, 116.0),
                (30.4, 100.0)]
_HIPS = [(29.5, 116.0), (70.5, 116.0), (72.5, 124.0), (73.0, 131.0), (72.0, 138.0),
         (28.0, 138.0), (27.0, 131.0), (27.5, 124.0)]
_ARM_LEFT_SIDE = [(19.5, 57.0), (26.0, 57.0), (25.6, 66.0), (24.6, 80.0), (23.8, 94.0),
                  (22.6, 110.0), (21.6, 124.0), (12.6, 124.0), (12.9, 110.0), (13.4, 94.0),
                  (14.2, 80.0), (15.6, 66.0), (17.2, 60.0)]
_HAND_LEFT_SIDE = ellipse(17.0, 132.5, 5.3, 9.0)
_LEG_LEFT_SIDE = [(28.0, 138.0), (49.0, 138.0), (48.6, 150.0), (47.8, 176.0), (47.0, 196.0),
                  (46.5, 210.0), (36.0, 210.0), (34.6, 196.0), (32.6, 176.0), (30.0, 156.0)]
_FOOT_LEFT_SIDE = ellipse(40.0, 216.0, 8.5, 6.0)


def _limbs(on_left: str, on_right: str) -> list[tuple[str, list[Point]]]:
    """Arms, hands, legs and feet: ``on_left`` is the side drawn on the viewer's left."""
    return [
        (f"{on_left}_arm", _ARM_LEFT_SIDE), (f"{on_right}_arm", mirror(_ARM_LEFT_SIDE)),
        (f"{on_left}_hand", _HAND_LEFT_SIDE), (f"{on_right}_hand", mirror(_HAND_LEFT_SIDE)),
        (f"{on_left}_leg", _LEG_LEFT_SIDE), (f"{on_right}_leg", mirror(_LEG_LEFT_SIDE)),
        (f"{on_left}_foot", _FOOT_LEFT_SIDE), (f"{on_right}_foot", mirror(_FOOT_LEFT_SIDE)),
    ]


SHAPES: dict[str, list[tuple[str, list[Point]]]] = {
    "front": [
        ("throat", _NECK),
        ("head", ellipse(*_HEAD, start=180.0 + _BROW, end=360.0 - _BROW)),
        ("face", ellipse(*_HEAD, start=-_BROW, end=180.0 + _BROW)),
        ("shoulders", _SHOULDERS),
        ("chest", _UPPER_TORSO),
        ("belly", _LOWER_TORSO),
        ("hips", _HIPS),
        *_limbs("right", "left"),
    ],
    "back": [
        ("", _NECK),
        ("head", ellipse(*_HEAD)),
        ("shoulders", _SHOULDERS),
        ("upper_back", _UPPER_TORSO),
        ("lower_back", _LOWER_TORSO),
        ("hips", _HIPS),
        *_limbs("left", "right"),
    ],
}


def canvas_shapes(view: str) -> list[tuple[str, list[Point]]]:
    """A view's shapes in canvas coordinates."""
    dx = VIEW_OFFSET[view]
    return [(region, [(x + dx, y) for x, y in points]) for region, points in SHAPES[view]]


def contains(points: list[Point], x: float, y: float) -> bool:
    """Even-odd point-in-polygon test."""
    inside = False
    j = len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def centroid(points: list[Point]) -> Point:
    """The area centroid of a simple polygon."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2.0
    return cx / (6.0 * area), cy / (6.0 * area)


@dataclass(frozen=True)
class Spot:
    """One markable shape on the canvas: where it is and where its centre lies."""

    view: str
    region: str
    points: tuple[Point, ...]
    centre: Point


def spots() -> list[Spot]:
    """Every markable shape, front then back, in drawing order."""
    found = []
    for view in VIEWS:
        for region, points in canvas_shapes(view):
            if region:
                found.append(Spot(view, region, tuple(points), centroid(points)))
    return found


def spot_at(x: float, y: float) -> Spot | None:
    """The topmost markable shape under a canvas point, or ``None``."""
    for view in VIEWS:
        for region, points in reversed(canvas_shapes(view)):
            if contains(points, x, y):
                if not region:
                    return None
                return Spot(view, region, tuple(points), centroid(points))
    return None


def focus_order() -> list[Spot]:
    """Keyboard stops: each region once, read top to bottom, front first for shared places."""
    seen: set[str] = set()
    ordered = []
    for spot in spots():
        if spot.region not in seen:
            seen.add(spot.region)
            ordered.append(spot)
    front = [s for s in ordered if s.view == "front"]
    back = [s for s in ordered if s.view == "back"]
    key = lambda s: (round(s.centre[1] / 6.0), s.centre[0])  # noqa: E731
    return sorted(front, key=key) + sorted(back, key=key)


def neighbour(current: Spot, direction: str, stops: list[Spot]) -> Spot | None:
    """The nearest stop in an arrow key's direction ('left', 'right', 'up', 'down')."""
    cx, cy = current.centre
    best, best_score = None, math.inf
    for stop in stops:
        if stop.region == current.region:
            continue
        dx, dy = stop.centre[0] - cx, stop.centre[1] - cy
        along, across = {"left": (-dx, dy), "right": (dx, dy), "up": (-dy, dx),
                         "down": (dy, dx)}[direction]
        if along <= 0.5:
            continue
        score = along + 2.5 * abs(across)
        if score < best_score:
            best, best_score = stop, score
    return best


@dataclass(frozen=True)
class Fit:
    """The canvas scaled uniformly (aspect kept) and centred in a widget."""

    scale: float
    dx: float
    dy: float

    def to_widget(self, x: float, y: float) -> Point:
        return self.dx + x * self.scale, self.dy + y * self.scale

    def to_canvas(self, x: float, y: float) -> Point:
        return (x - self.dx) / self.scale, (y - self.dy) / self.scale


def fit(width: float, height: float, margin: float = 8.0, bottom: float = 0.0) -> Fit:
    """Scale the canvas into ``width`` × ``height``, leaving ``bottom`` pixels for labels."""
    room = height - bottom
    scale = max(0.01, min((width - 2 * margin) / CANVAS_WIDTH,
                          (room - 2 * margin) / CANVAS_HEIGHT))
    return Fit(scale, (width - CANVAS_WIDTH * scale) / 2.0,
               (room - CANVAS_HEIGHT * scale) / 2.0)
