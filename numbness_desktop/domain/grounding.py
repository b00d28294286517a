"""5-4-3-2-1 grounding and orienting: guided steps, one at a time, in our own words.

Each step may have a few short fields to jot down what was found; nothing typed is kept
unless the person chooses to keep it at the end (``notes_text``).
"""

from __future__ import annotations

from dataclasses import dataclass

WHY_GROUNDING = ("Why this can help: naming what your senses find gives the mind something "
                 "simple and real to hold, which some people find brings them back to the room.")
WHY_ORIENTING = ("Why this can help: slowly looking around and naming what is there can tell "
                 "the body, gently, where it is right now.")


@dataclass(frozen=True)
class GroundingStep:
    count: int  # how many fields (0: a step with nothing to write)
    sense: str  # short heading, e.g. "See"
    prompt: str  # the step's text (the 'Grounding step' label)
    hint: str  # a gentle aside under it


STANDARD = (
    GroundingStep(5, "See", "Name five things you can see.",
                  "Small things count: a corner of the ceiling, a colour, a shadow."),
    GroundingStep(4, "Hear", "Name four things you can hear.",
                  "Far sounds and near ones: traffic, a fridge, your own breath."),
    GroundingStep(3, "Touch", "Name three things you can feel or touch.",
                  "The chair under you, the fabric of your sleeve, air on your skin."),
    GroundingStep(2, "Smell", "Name two things you can smell.",
                  "If nothing comes, that's fine: imagine a smell you like."),
    GroundingStep(1, "Taste", "Name one thing you can taste.",
                  "It may be faint. A sip of water or just the taste of your mouth is enough."),
)

SOUND_AND_TOUCH = (
    GroundingStep(5, "Hear", "Name five things you can hear.",
                  "Listen for the quietest sound in the room, then the loudest."),
    GroundingStep(4, "Touch", "Name four things you can feel or touch.",
                  "Press your palms together, or run a finger over something with a texture."),
    GroundingStep(3, "See", "Name three things you can see.",
                  "Let your eyes rest on each one for a moment."),
    GroundingStep(2, "Smell", "Name two things you can smell.",
                  "If nothing comes, that's fine: imagine a smell you like."),
    GroundingStep(1, "Taste", "Name one thing you can taste.",
                  "It may be faint. A sip of water is enough."),
)

ORIENTING = (
    GroundingStep(0, "Look", "Let your eyes wander slowly around the room.",
                  "Move your head too, if that's comfortable. There is no hurry."),
    GroundingStep(3, "Colours", "Name three colours you can see.",
                  "Any shade counts: 'grey-blue', 'the green of that mug'."),
    GroundingStep(1, "Rest", "Find one thing that is pleasant, or simply neutral, to look at.",
                  "Let your eyes rest there for a few breaths."),
    GroundingStep(0, "Here", "Notice your feet on the floor and the seat under you.",
                  "You are here, in this room, today."),
)

VARIANTS = {
    "grounding": ("5-4-3-2-1 grounding", STANDARD, WHY_GROUNDING),
    "grounding_senses": ("5-4-3-2-1 with sound and touch", SOUND_AND_TOUCH, WHY_GROUNDING),
    "orienting": ("Orienting: look around", ORIENTING, WHY_ORIENTING),
}

FINISH_TEXT = ("You've come to the end. Take a moment before you move on; whatever you "
               "noticed, or didn't, is fine.")


def notes_text(steps: tuple[GroundingStep, ...], answers: list[list[str]]) -> str:
    """What was typed, as a short note ('See: lamp, window; Hear: rain'); empty if nothing."""
    parts = []
    for step, fields in zip(steps, answers, strict=False):
        words = [word.strip() for word in fields if word.strip()]
        if words:
            parts.append(f"{step.sense}: {', '.join(words)}")
    return "; ".join(parts)
