"""Gentle movement: short routines of simple steps, each with a figure drawn from joints.

The figures are plain data (joint positions in a box about 100 wide and 230 high, seen from
the front, the same proportions as the body map's silhouette); ui/practices/figure.py draws
them as vector shapes in the body map's style. Nothing here is exercise advice: every step
is optional, small, and skipped with one key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]
WHY = ("Why this can help: slow, simple movement gives the body something to feel, and "
       "some people find sensations come back a little when they move. Go gently; skip "
       "anything that hurts or doesn't suit your body today.")
NOTICE = "Notice any sensations without judging them: warmth, tingling, heaviness, or nothing."

STAND: dict[str, Point] = {
    "head": (50, 20), "neck": (50, 40),
    "shoulder_a": (35, 50), "shoulder_b": (65, 50),
    "elbow_a": (25, 85), "elbow_b": (75, 85),
    "hand_a": (21, 117), "hand_b": (79, 117),
    "hip_a": (42, 122), "hip_b": (58, 122),
    "knee_a": (41, 167), "knee_b": (59, 167),
    "foot_a": (40, 212), "foot_b": (60, 212),
}
SEGMENTS = (
    ("arms", "shoulder_a", "elbow_a"), ("arms", "elbow_a", "hand_a"),
    ("arms", "shoulder_b", "elbow_b"), ("arms", "elbow_b", "hand_b"),
    ("legs", "hip_a", "knee_a"), ("legs", "knee_a", "foot_a"),
    ("legs", "hip_b", "knee_b"), ("legs", "knee_b", "foot_b"),
    ("neck", "neck", "head"),
)
PARTS = ("head", "neck", "shoulders", "torso", "arms", "hands", "legs", "feet")


def pose(**moved: Point) -> dict[str, Point]:
    return {**STAND, **moved}


@dataclass(frozen=True)
class Arrow:
    """A soft arrow showing the way a part moves: a line, or a curve through ``via``."""

    start: Point
    end: Point
    via: Point | None = None


@dataclass(frozen=True)
class MoveStep:
    title: str
    text: str
    seconds: int
    joints: dict[str, Point] = field(default_factory=lambda: dict(STAND))
    highlight: tuple[str, ...] = ()
    arrows: tuple[Arrow, ...] = ()

    @property
    def description(self) -> str:
        """What the figure shows, in words, for screen readers."""
        return f"A figure showing: {self.title.lower()}."


STRETCHES = (
    MoveStep("Shoulder rolls", "Slowly roll your shoulders up, back and down, about five "
             "times. Let the movement be small if that feels better.", 30,
             highlight=("shoulders",),
             arrows=(Arrow((24, 56), (24, 40), (16, 46)), Arrow((76, 56), (76, 40), (84, 46)))),
    MoveStep("Reach up", "Breathing in, let your arms float up. Breathing out, let them drift "
             "down. Three or four times, at your own pace.", 40,
             pose(elbow_a=(30, 24), hand_a=(34, -6), elbow_b=(70, 24), hand_b=(66, -6)),
             highlight=("arms", "hands"),
             arrows=(Arrow((16, 90), (20, 20), (10, 55)), Arrow((84, 90), (80, 20), (90, 55)))),
    MoveStep("Side stretch", "Reach one arm up and over, leaning a little to the side. Hold for "
             "a few breaths, then the other side.", 40,
             pose(head=(54, 21), elbow_b=(72, 20), hand_b=(52, -2), elbow_a=(22, 92),
                  hand_a=(32, 114)),
             highlight=("arms", "torso"), arrows=(Arrow((84, 30), (64, -8), (82, 4)),)),
    MoveStep("Neck release", "Let your head tip gently towards one shoulder. Stay for a breath "
             "or two, come back to the middle, then the other side.", 30,
             pose(head=(43, 22)), highlight=("neck", "head"),
             arrows=(Arrow((62, 8), (36, 6), (50, -2)),)),
    MoveStep("Press into the floor", "Press your feet firmly into the floor for a slow count of "
             "five, then let go. Notice the difference.", 30,
             pose(knee_a=(39, 165), knee_b=(61, 165)), highlight=("feet", "legs"),
             arrows=(Arrow((28, 196), (28, 222)), Arrow((72, 196), (72, 222)))),
    MoveStep("Rest and notice", "Let your arms hang or rest in your lap. Notice what your body "
             "feels like now.", 30, highlight=()),
)

SHAKE_OUT = (
    MoveStep("Shake out your hands", "Shake your hands loosely from the wrists for a few "
             "seconds, then let them hang. Notice the tingling, if there is any.", 25,
             pose(elbow_a=(27, 88), hand_a=(16, 104), elbow_b=(73, 88), hand_b=(84, 104)),
             highlight=("hands",),
             arrows=(Arrow((8, 96), (8, 114)), Arrow((92, 96), (92, 114)))),
    MoveStep("Press your palms together", "Press your palms firmly together in front of your "
             "chest for a slow count of five, then release. Twice more if you like.", 30,
             pose(elbow_a=(24, 80), hand_a=(48, 72), elbow_b=(76, 80), hand_b=(52, 72)),
             highlight=("arms", "hands"),
             arrows=(Arrow((30, 66), (44, 66)), Arrow((70, 66), (56, 66)))),
    MoveStep("Stamp your feet", "Stamp your feet slowly, one and then the other, as if you were "
             "walking on the spot. Feel each foot land.", 30,
             pose(knee_a=(41, 156), foot_a=(41, 199)), highlight=("feet", "legs"),
             arrows=(Arrow((26, 180), (26, 206)),)),
    MoveStep("Shake out your whole body", "Let your shoulders, arms and legs loosen and shake "
             "a little, as much or as little as feels right.", 25,
             pose(elbow_a=(26, 86), hand_a=(20, 114), elbow_b=(74, 86), hand_b=(80, 114)),
             highlight=("shoulders", "arms", "legs"),
             arrows=(Arrow((12, 70), (12, 90)), Arrow((88, 70), (88, 90)))),
    MoveStep("Rest and notice", "Stand or sit still. Notice your breath and your heartbeat "
             "settle, in their own time.", 30),
)

SLOW_WALK = (
    MoveStep("Stand and notice", "Stand with your feet under your hips. Notice your weight "
             "on the soles of your feet.", 20, highlight=("feet",)),
    MoveStep("A slow step", "Lift one foot slowly, move it forward, and set it down: heel, "
             "sole, toes. Then the other. Slower than usual.", 60,
             pose(knee_a=(41, 160), foot_a=(43, 201)), highlight=("feet", "legs"),
             arrows=(Arrow((24, 206), (24, 184), (18, 196)),)),
    MoveStep("Keep walking slowly", "Walk a few slow steps across the room and back. If your "
             "mind wanders, come back to the feeling of your feet.", 90,
             pose(knee_b=(59, 160), foot_b=(57, 201)), highlight=("feet",)),
    MoveStep("Stop and notice", "Stand still for a moment. Notice your feet, your legs, and "
             "your breath.", 20),
)

ROUTINES = {
    "stretches": ("Gentle stretches", STRETCHES),
    "slow_walk": ("Slow walk", SLOW_WALK),
    "shake_out": ("Move to let the energy out", SHAKE_OUT),
}


def planned_seconds(steps: tuple[MoveStep, ...]) -> int:
    return sum(step.seconds for step in steps)


def step_time_text(seconds_left: float) -> str:
    """'0:25 left on this step', or a soft line once the step's time is up."""
    if seconds_left <= 0:
        return "Take your time. Go on when you're ready."
    whole = int(seconds_left + 0.999)
    return f"{whole // 60}:{whole % 60:02d} left on this step"
