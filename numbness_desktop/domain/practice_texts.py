"""The words of the shorter practices: a self-kindness pause, staying present, the basics.

Written in our own words. Where a line says why something can help, it stays modest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PauseStep:
    title: str
    text: str


KINDNESS_WHY = ("Why this can help: speaking to yourself the way you would to a friend can "
                "soften a hard moment. Some people find it awkward at first; that is normal.")
KINDNESS_STEPS = (
    PauseStep("Notice", "Notice that this is a hard moment, or an empty one. You could say to "
              "yourself: \"This is difficult right now.\" Nothing more is needed."),
    PauseStep("You're not alone in this", "Many people feel numb, flat or overwhelmed at times. "
              "You could say: \"Other people feel this too.\""),
    PauseStep("A kind word", "If it feels right, rest a hand on your chest or arm. Offer "
              "yourself one kind sentence, the kind you'd offer a friend, such as \"I'm doing "
              "what I can.\""),
)
GOAL_INVITE = ("If you'd like one: something you can do in a few minutes, like a glass of "
               "water, a message, or a few steps outside.")
GOAL_NOTE = "A goal belongs to its day. Tomorrow starts fresh."
HONOURED_LIMITS = ("It's fine to do less today. Rest counts, and so does stopping.")

PRESENT_WHY = ("Why this can help: when feelings are far away, conversations can feel far "
               "away too. A few small anchors can help you stay with the other person.")
PRESENT_STEPS = (
    PauseStep("Before", "Take three slow breaths. Feel your feet on the floor. You don't need "
              "to have anything ready to say."),
    PauseStep("During", "Listen without rushing to solve or fix. Notice their face and voice. "
              "If you drift away, come back to your feet or your breath, and to their words."),
    PauseStep("Afterwards", "Write one sentence in the journal: how it was, or one thing you "
              "noticed. One sentence is plenty."),
)

BASICS_WHY = ("Sleep, food, movement and rest can change how much we feel. Noticing them "
              "lightly, without scores, can show you patterns over time.")
