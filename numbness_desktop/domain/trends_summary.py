"""A summary to bring to a first appointment: only what the person saw and ticked.

Pure text: the HTML a QTextDocument turns into a PDF, built from already aggregated trends,
the journal entries the person ticked, and (only if chosen) the safety plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from numbness_desktop.domain.body_map import region_label
from numbness_desktop.domain.readings import OWN_RATINGS, change_words, may_compare, sessions_words
from numbness_desktop.domain.safety_plan import SafetyPlan
from numbness_desktop.domain.trends import TrendsData, readings

SECTIONS = ("feelings", "body", "intensity", "practices")
SECTION_TITLES = {
    "feelings": "Feelings named",
    "body": "Where in the body",
    "intensity": "Intensity",
    "practices": "Breathing practice",
    "journal": "Journal highlights",
    "safety_plan": "Safety plan",
}


@dataclass(frozen=True)
class Highlight:
    """A journal entry the person may tick to include."""

    id: str
    day: str
    text: str


@dataclass(frozen=True)
class SummaryChoice:
    sections: frozenset[str] = frozenset()  # nothing chosen until the person ticks it
    journal_ids: tuple[str, ...] = ()
    safety_plan: bool = False


def _nice(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def section_lines(key: str, data: TrendsData, today: date) -> list[str]:
    """What one section would print, shown to the person before they choose it."""
    lines = readings(data, today)
    if key == "feelings":
        total = sum(f.count for f in data.feelings)
        out = [f"{len(data.feelings)} different feelings named, {total} times in all."
               if data.feelings else "Nothing here yet."]
        if data.feelings:
            out.append(", ".join(f"{f.word} ({f.count})" for f in data.feelings[:15]))
        out.append(lines["mood"])
        return out
    if key == "body":
        if not data.regions:
            return ["Nothing here yet."]
        return [lines["body"]] + [f"{region_label(r.region)}: {r.more} more, {r.less} less"
                                  for r in data.regions[:8]]
    if key == "intensity":
        return [lines["intensity"]]
    if key == "practices":
        out = [lines["breathing"]]
        for change in data.changes:
            if not may_compare(change.sessions):
                continue  # the same rule as Breathe and Trends: too few to read anything into
            out.append(f"{change.preset} — {change.measure} after vs before, {OWN_RATINGS}: "
                       f"{change_words(change.average_change)} "
                       f"({sessions_words(change.sessions)})")
        return out
    raise KeyError(key)


def summary_html(data: TrendsData, today: date, choice: SummaryChoice,
                 highlights: list[Highlight], plan: SafetyPlan | None) -> str:
    """Printable HTML with the chosen sections only, in a calm plain layout."""
    parts = ["<html><body style='font-family: sans-serif;'>",
             "<h1>My summary</h1>",
             f"<p style='color:#555'>{escape(_nice(data.range.first))} – "
             f"{escape(_nice(data.range.last))}, from my own notes in Reconnect.</p>"]
    for key in SECTIONS:
        if key not in choice.sections:
            continue
        parts.append(f"<h2>{SECTION_TITLES[key]}</h2>")
        parts.extend(f"<p>{escape(line)}</p>" for line in section_lines(key, data, today))
    chosen = [h for h in highlights if h.id in choice.journal_ids]
    if chosen:
        parts.append(f"<h2>{SECTION_TITLES['journal']}</h2>")
        for item in chosen:
            text = escape(item.text).replace("\n", "<br>")
            parts.append(f"<p><b>{escape(item.day)}</b><br>{text}</p>")
    if choice.safety_plan and plan is not None:
        from numbness_desktop.domain.plan_text import plan_html  # only when it is chosen

        inner = plan_html(plan, _nice(today))
        inner = inner.replace("<html><body style='font-family: sans-serif;'>", "")
        inner = inner.replace("</body></html>", "")
        inner = inner.replace("<h2>", "<h3>").replace("</h2>", "</h3>")
        parts.append(inner.replace("<h1>", "<h2>").replace("</h1>", "</h2>"))
    parts.append("</body></html>")
    return "".join(parts)
