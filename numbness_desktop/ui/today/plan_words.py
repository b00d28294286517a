"""The two-week plan's lines in the person's language: the day, the progress so far, and
each step's state. The same words as ``domain.two_week_plan`` (which tests read in
English), built here through the translator with real plural forms."""

from __future__ import annotations

from numbness_desktop.domain.two_week_plan import PlanProgress, StepState
from numbness_desktop.ui.i18n import date_of, long_date, ntr, number, tr


def day_line(p: PlanProgress) -> str:
    """The one line at the top of the card; kind in every case."""
    if p.not_started_yet:
        days = 1 - p.day
        if days == 1:
            return tr("Your two weeks begin tomorrow.")
        return ntr("Your two weeks begin in %n day.", "Your two weeks begin in %n days.", days)
    if p.finished:
        return ntr("Your %n day is complete.", "Your %n days are complete.",
                   p.run.length_days)
    return tr("Day {day} of {length}").format(day=number(p.day),
                                              length=number(p.run.length_days))


def progress_line(p: PlanProgress) -> str:
    if p.days_touched == 0 and p.steps_tried == 0:
        return tr("Nothing is expected of you; any one step is plenty.")
    days = ntr("%n day with a step", "%n days with a step", p.days_touched)
    steps = ntr("%n of the nine steps tried", "%n of the nine steps tried", p.steps_tried)
    return tr("So far: {days}, {steps}.").format(days=days, steps=steps)


def lead(p: PlanProgress) -> str:
    """The card's text under the day line."""
    if p.not_started_yet:
        return tr("It starts on {day}. Nothing to do until then; you can start again on "
                  "another day whenever you like.").format(
            day=long_date(date_of(p.run.start_day)))
    if p.finished:
        return tr("{progress} Take a look at what you tried and what helped, then choose "
                  "whether to continue, repeat or stop.").format(progress=progress_line(p))
    return tr("{progress} Stop any time.").format(progress=progress_line(p))


def state_words(state: StepState, daily: bool, seen_in: str) -> str:
    """A step's state in words: open, done by itself (where it was seen), or by hand."""
    if state is StepState.OPEN:
        return tr("each day, if you like") if daily else tr("once, whenever it suits you")
    if state is StepState.AUTO:
        return tr("done: {where}").format(where=tr(seen_in))
    if state is StepState.HAND:
        return tr("ticked by you")
    return tr("not for you right now, a real answer")
