"""Which practices to offer after a check-in: two or three that fit the state, never orders.

Activated (keyed up) → things that bring the body down a notch: a longer out-breath,
5-4-3-2-1, movement to let the energy out. Shut down (flat, far away) → things that wake the
senses gently: easy movement, orienting to the room, grounding through sound and touch, and
reaching out to someone. Settled → things that deepen contact: naming feelings, a body scan,
a small step towards what matters.

The words offer ("You could…", "If you like…"); ``tests/domain/test_suggestions.py``
checks that no suggestion ever says "should" or "must".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from numbness_desktop.domain.practices import CheckInState

HIGH_DISTRESS = 7  # at or above: a person is offered someone to reach out to first
VERY_LOW_CONNECTION = 2  # at or below (shut down): the gentlest practice comes first


class Target(Enum):
    """Where a suggestion leads: a practice on the Practices tab, or another tab."""

    BREATHE = "breathe"  # the Breathe tab, with the longer out-breath pattern
    GROUNDING = "grounding"
    GROUNDING_SENSES = "grounding_senses"  # 5-4-3-2-1 led by sound and touch
    ORIENTING = "orienting"
    MOVEMENT = "movement"
    SHAKE_OUT = "shake_out"  # movement to let energy out
    BODY_SCAN = "body_scan"
    REACH_OUT = "reach_out"  # the people on the safety plan (Get help now)
    JOURNAL = "journal"  # name today's feelings
    VALUES = "values"  # the safety plan's "What matters most to me"


@dataclass(frozen=True)
class Suggestion:
    target: Target
    title: str
    text: str  # one line: what it is and why it can help, offered, never demanded
    button: str  # the button's words (also its accessible name)


CATALOGUE = {
    Target.BREATHE: Suggestion(
        Target.BREATHE, "Breathe with a longer out-breath",
        "Breathing out a little longer than in can help the body slow down a notch.",
        "Try breathing with a longer out-breath"),
    Target.GROUNDING: Suggestion(
        Target.GROUNDING, "5-4-3-2-1 grounding",
        "Naming what your senses find can bring your attention back to the room.",
        "Try 5-4-3-2-1 grounding"),
    Target.GROUNDING_SENSES: Suggestion(
        Target.GROUNDING_SENSES, "5-4-3-2-1 with sound and touch",
        "Starting with sounds and textures can be a gentle way back into the body.",
        "Try grounding with sound and touch"),
    Target.ORIENTING: Suggestion(
        Target.ORIENTING, "Look around and name colours",
        "Letting your eyes wander slowly and naming what you see can help you feel "
        "a little more here.", "Try looking around"),
    Target.MOVEMENT: Suggestion(
        Target.MOVEMENT, "Gentle movement",
        "A few slow stretches can bring some feeling back into the body. Skip any step.",
        "Try gentle movement"),
    Target.SHAKE_OUT: Suggestion(
        Target.SHAKE_OUT, "Move to let the energy out",
        "Shaking out your hands and pressing into the floor can give a keyed-up body "
        "somewhere to go.", "Try moving to let the energy out"),
    Target.BODY_SCAN: Suggestion(
        Target.BODY_SCAN, "A short body scan",
        "Moving your attention slowly through the body, noticing without fixing anything.",
        "Try a short body scan"),
    Target.REACH_OUT: Suggestion(
        Target.REACH_OUT, "Reach out to someone",
        "A message or call to someone you trust can help, even just to say hello.",
        "Show the people I can reach"),
    Target.JOURNAL: Suggestion(
        Target.JOURNAL, "Name today's feelings",
        "While things feel steadier, putting a word to a few feelings can help you "
        "notice more of them.", "Name feelings in the journal"),
    Target.VALUES: Suggestion(
        Target.VALUES, "One small step towards what matters",
        "Look at what matters most to you and pick one small thing for today.",
        "Open what matters most to me"),
}

RULES: dict[CheckInState, tuple[Target, ...]] = {
    CheckInState.ACTIVATED: (Target.BREATHE, Target.GROUNDING, Target.SHAKE_OUT),
    CheckInState.SHUT_DOWN: (Target.MOVEMENT, Target.ORIENTING, Target.GROUNDING_SENSES),
    CheckInState.SETTLED: (Target.JOURNAL, Target.BODY_SCAN, Target.VALUES),
}


def suggestions_for(state: CheckInState, connected: int | None = None,
                    distress: int | None = None) -> list[Suggestion]:
    """Two or three suggestions for a check-in, the most fitting first.

    - High distress (7 or more) while activated or shut down: reaching out comes first, and
      the list keeps three.
    - Shut down with very little connection (0–2): orienting first, the least effort.
    - Activated with high distress: grounding before breathing (counting breaths can be hard
      when very keyed up; looking and listening is easier for some).
    """
    targets = list(RULES[state])
    high = distress is not None and distress >= HIGH_DISTRESS
    if state is CheckInState.SHUT_DOWN and connected is not None \
            and connected <= VERY_LOW_CONNECTION:
        targets.remove(Target.ORIENTING)
        targets.insert(0, Target.ORIENTING)
    if state is CheckInState.ACTIVATED and high:
        targets.remove(Target.GROUNDING)
        targets.insert(0, Target.GROUNDING)
    if high and state is not CheckInState.SETTLED:
        targets = [Target.REACH_OUT, *targets[:2]]
    return [CATALOGUE[target] for target in targets[:3]]


def check_in_reply(state: CheckInState) -> str:
    """A line that meets the person where they are, before the suggestions."""
    return {
        CheckInState.ACTIVATED: "Thank you for checking in. Keyed up is a lot to carry; "
                                "here are a few things that can help it settle.",
        CheckInState.SHUT_DOWN: "Thank you for checking in. Flat and far away is real too; "
                                "here are a few gentle ways back in, if you'd like one.",
        CheckInState.SETTLED: "Thank you for checking in. A steadier moment is a good time "
                              "for one of these, if you like.",
    }[state]
