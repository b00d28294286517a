"""Believable journal history for ``--demo``: about 90 days of short feelings entries."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from numbness_desktop.domain.clock import fixed_clock
from numbness_desktop.store.db import Store
from numbness_desktop.store.journal_repo import JournalRepository

DAYS = 90
EARLY = ("numb", "flat", "empty", "foggy", "tired", "detached", "neutral", "heavy", "bored",
         "restless", "irritated", "anxious", "lonely", "sad", "calm")
LATER = ("calm", "content", "tender", "hopeful", "curious", "relieved", "grateful",
         "peaceful", "sad", "anxious", "tired", "neutral", "lonely", "playful", "safe")
BODY = (
    "The numbness sat mostly in my chest, like a held breath.",
    "My shoulders were up by my ears until lunch; I only noticed when they dropped.",
    "A tight band across my forehead most of the afternoon.",
    "My hands felt cold and far away while I was on the phone.",
    "Something heavy in my belly after the meeting — not pain, just weight.",
    "Warmth in my face when Sam laughed at her own joke.",
    "I couldn't tell where anything was today. Everything was a bit foggy.",
    "My legs felt restless on the bus, like they wanted to walk instead.",
    "A soft loosening in my throat when I sat with the tea.",
    "Jaw clenched again. I unclenched it three times that I noticed.",
)
MOMENTS = (
    "Pepper pressed against my leg on the walk and for a second I was right there.",
    "Ruth waved from her window and I waved back before I had time to think.",
    "The library café smelled of toast. I stayed longer than I meant to.",
    "Sam sent a photo of my nephew asleep. I looked at it twice.",
    "Cold water on my wrists helped more than I expected.",
    "I did the slow breathing before bed; out longer than in.",
    "Answered Alex's message instead of leaving it for a week.",
    "Rain on the skylight. I listened to it instead of scrolling.",
    "Mostly a grey day. Writing this is the thing I did.",
    "Cooked properly for the first time in a while — lentils, too much garlic.",
)
TODAY = ("Woke before the clock went off. My chest felt quieter than yesterday — not light, just "
         "less pressed down.\n\nTired behind my eyes, but calm while the kettle boiled. "
         "Curious about the letter from Sam; I'll open it after the walk.\n\n"
         "One thing I noticed in my body:\nMy feet were warm on the kitchen floor and I "
         "actually felt it.")
GOALS = (
    "Tomorrow: reply to one message the same day.",
    "Walk Pepper the long way round, even if it's cold.",
    "Ring Sam on Sunday rather than just texting.",
    "Two minutes of breathing before opening the laptop.",
    "Go to the climbing wall on Thursday, even just to watch.",
)


def fill_journal_demo(store: Store, today: datetime, seed: int = 5) -> None:
    """Most days over the last ~90 have an entry; later ones name more, warmer feelings."""
    rng = random.Random(seed)
    repo = JournalRepository(store)
    original_clock = store.clock
    try:
        for back in range(DAYS, -1, -1):
            if back > 0 and rng.random() < 0.22:
                continue  # some days are simply skipped
            hour = 8 if back == 0 else rng.choice((7, 12, 20, 21, 22))
            moment = (today - timedelta(days=back)).replace(
                hour=hour, minute=rng.randrange(60), second=0, microsecond=0)
            if moment > today:
                moment = today.replace(second=0, microsecond=0)
            store.clock = fixed_clock(moment)
            progress = 1 - back / DAYS
            pool = LATER if rng.random() < progress else EARLY
            words = rng.sample(pool, rng.randint(3, 6))
            text = _text(rng, progress)
            if back == 0:  # this morning: begun, three feelings named, room for more
                words, text = ["tired", "calm", "curious"], TODAY
            entry = repo.add(moment.date().isoformat(), text)
            for word in words:
                intensity = rng.randint(1, 8) if rng.random() < 0.7 else None
                repo.add_chip(entry.id, word, intensity)
            if back > 0 and rng.random() < 0.15:
                store.clock = fixed_clock(moment + timedelta(hours=1, minutes=10))
                later = repo.add(moment.date().isoformat(), rng.choice(MOMENTS))
                repo.add_chip(later.id, rng.choice(LATER))
    finally:
        store.clock = original_clock


def _text(rng: random.Random, progress: float) -> str:
    parts = [rng.choice(BODY), rng.choice(MOMENTS)]
    if rng.random() < 0.35:
        parts.append(f"A moment I felt even a little connected:\n{rng.choice(MOMENTS)}")
    if rng.random() < 0.25 + progress * 0.3:
        parts.append(f"A small values-based goal:\n{rng.choice(GOALS)}")
    return "\n\n".join(parts)
