"""A body scan / short mindfulness: gentle cues moving through the body at an even pace.

The cue shown is a pure function of the seconds elapsed (pauses excluded by the caller), so
a busy computer or a late timer never makes it drift, and tests need no real waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

LENGTHS = (180, 300, 600)  # 3, 5 and 10 minutes
DEFAULT_LENGTH = 300
WHY = ("Why this can help: noticing the body a part at a time, without trying to change "
       "anything, can make small sensations easier to find. Some people find it calming; "
       "if it feels like too much, open your eyes and stop.")
OPENING = "Settle in a way that is comfortable. Observe without trying to fix anything."


@dataclass(frozen=True)
class ScanCue:
    place: str  # short name shown as a heading
    text: str
    regions: tuple[str, ...]  # body-map region ids this part covers


CUES = (
    ScanCue("Feet", "Bring your attention to your feet. Notice warmth, coolness, pressure, "
            "or nothing much. All of it is fine.", ("left_foot", "right_foot")),
    ScanCue("Legs", "Move up into your legs. Notice where they touch the chair or the floor.",
            ("left_leg", "right_leg")),
    ScanCue("Belly", "Notice your belly. Let it move with your breath, however it wants to.",
            ("belly",)),
    ScanCue("Chest", "Notice your chest. There is nothing to change; just notice.",
            ("chest",)),
    ScanCue("Back", "Notice your back, upper and lower, and what it rests against.",
            ("upper_back", "lower_back")),
    ScanCue("Shoulders", "Notice your shoulders. If they soften on their own, let them.",
            ("shoulders",)),
    ScanCue("Hands", "Notice your hands and arms: tingling, weight, temperature, stillness.",
            ("left_hand", "right_hand", "left_arm", "right_arm")),
    ScanCue("Face", "Notice your face: jaw, mouth, eyes, forehead.", ("face",)),
    ScanCue("Whole body", "Now notice the whole body at once, breathing, here.",
            ("whole_body",)),
)


def cue_index(elapsed: float, total: float) -> int:
    """Which cue is showing ``elapsed`` seconds into a scan of ``total`` seconds: each cue
    gets an equal share of the time."""
    if total <= 0:
        return len(CUES) - 1
    share = total / len(CUES)
    return max(0, min(len(CUES) - 1, int(max(0.0, elapsed) // share)))


def seconds_per_cue(total: float) -> float:
    return total / len(CUES)


def regions_for(cue_indices: list[int]) -> list[str]:
    """Body-map regions of the cues the person marked as 'noticed something here'."""
    seen: list[str] = []
    for index in cue_indices:
        for region in CUES[index].regions:
            if region not in seen:
                seen.append(region)
    return seen


def length_label(seconds: int) -> str:
    return f"{seconds // 60} minutes"
