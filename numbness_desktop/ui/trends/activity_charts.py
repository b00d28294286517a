"""The charts of practice over time: minutes of breathing (with the change after vs before,
per pattern) and days written in the journal (with its most named words).

Each comes with an exact text summary for screen readers (``summary_*``).
"""

from __future__ import annotations

from numbness_desktop.domain.readings import (
    OWN_RATINGS,
    change_words,
    sessions_words,
    short_change,
    steady_first,
)
from numbness_desktop.domain.trends import PresetChange, TrendsData, bar_bucket, rated_enough
from numbness_desktop.ui import theme
from numbness_desktop.ui.i18n import ntr, number, tr
from numbness_desktop.ui.trends.chart import Bars, Chart, Segment, brush, pen
from numbness_desktop.ui.trends.drawing import (
    axis_label,
    fit_left_ticks,
    hover,
    legend,
    over_surface,
    palette,
    soft_fill,
    whole_number_ticks,
)
from numbness_desktop.ui.trends.weekly import bucket_name, weekly_chart


# 5. Breathing ---------------------------------------------------------------------------------
def draw_breathing(plot: Chart, data: TrendsData) -> None:
    weeks = data.breathing
    weekly_chart(plot, data, "breathing", [w.week for w in weeks], [w.minutes for w in weeks],
                 lambda m: tr("{minutes} minutes").format(minutes=number(m, 1)),
                 palette()["third"], {"week": "minutes per week", "month": "minutes per month"},
                 top=max([w.minutes for w in weeks] + [5]) * 1.1)


# Shown through tr() where the card shows it (OWN_RATINGS is the domain's wording).
CHANGES_HEADING = f"After vs before, {OWN_RATINGS}:"


def change_lines(data: TrendsData, limit: int | None = 4) -> list[str]:
    """Per pattern, most-rated first: '4-6: tension 2.0 lower, connected 1.0 higher · 5 rated'."""
    by_preset: dict[str, list] = {}
    for change in rated_enough(data.changes):
        by_preset.setdefault(change.preset, []).append(change)
    ordered = sorted(by_preset.items(), key=lambda item: (-max(c.sessions for c in item[1]),
                                                          item[0]))
    lines = []
    for preset, changes in ordered[:limit]:
        ordered_changes = steady_first([(c.measure, c.average_change) for c in changes])
        parts = [short_change(measure, value) for measure, value in ordered_changes]
        sessions = max(c.sessions for c in changes)
        # The domain's words for each change, translated as one sentence where shown.
        lines.append(tr(f"{preset}: {', '.join(parts)} · {sessions_words(sessions)}"))
    return lines


def summary_breathing(data: TrendsData) -> str:
    weeks = "; ".join(tr("{when}: {minutes} minutes").format(
        when=bucket_name(w.week, bar_bucket(data.range)), minutes=number(w.minutes, 1))
        for w in data.breathing)
    return ". ".join([weeks, tr(f"After vs before, {OWN_RATINGS}"), *change_lines(data, None)])


# 6. Journal -----------------------------------------------------------------------------------
def draw_journal(plot: Chart, data: TrendsData) -> None:
    weeks = data.journal_days
    weekly_chart(plot, data, "journal", [w.week for w in weeks], [w.count for w in weeks],
                 lambda n: ntr("wrote on %n day", "wrote on %n days", int(n)),
                 palette()["centre"],
                 {"week": "days written per week", "month": "days written per month"},
                 top=(7 if bar_bucket(data.range) == "week" else 31) * 1.05)


def word_line(data: TrendsData) -> str:
    if not data.top_words:
        return ""
    return tr("Most named: {words}").format(
        words=" · ".join(f"{tr(w.word)} ×{number(w.count)}" for w in data.top_words))


def summary_journal(data: TrendsData) -> str:
    weeks = "; ".join(tr("{when}: {days}").format(
        when=bucket_name(w.week, bar_bucket(data.range)), days=ntr("%n day", "%n days", w.count))
        for w in data.journal_days)
    return ". ".join(part for part in (weeks, word_line(data)) if part)


# Second charts: per pattern change (breathing) and most named words (journal) ---------------
def preset_changes(data: TrendsData,
                   limit: int = 4) -> list[tuple[str, dict[str, PresetChange]]]:
    """Patterns most rated first, each with its tension and connected changes (if rated)."""
    by_preset: dict[str, dict[str, PresetChange]] = {}
    for change in rated_enough(data.changes):
        by_preset.setdefault(change.preset, {})[change.measure] = change
    return sorted(by_preset.items(),
                  key=lambda item: (-max(c.sessions for c in item[1].values()), item[0]))[:limit]


def draw_changes(plot: Chart, data: TrendsData) -> None:
    """Horizontal bars around zero: after minus before, tension and connected per pattern."""
    colours = palette()
    presets = preset_changes(data)
    ys = [float(y) for y in range(len(presets))][::-1]  # most rated at the top
    faded = soft_fill(colours["second"])
    legend(plot, offset=(-10, 5))
    for offset, measure, name, inside, colour, width, symbol in (
            (0.18, "tension", tr("Tension"), brush(colours["main"]), colours["main"], 1, "o"),
            (-0.18, "connected", tr("Connected"), brush(faded), colours["second"], 1.5, "s")):
        rows = [(y, changes[measure]) for y, (_, changes) in zip(ys, presets, strict=True)
                if measure in changes]
        if not rows:
            continue
        widths = [change.average_change for _, change in rows]
        plot.add(Bars.sideways([y + offset for y, _ in rows], widths, 0.34, inside,
                               pen(colour, width), name))
        hover(plot, widths, [y + offset for y, _ in rows],
              [tr(f"{change.preset}: {change.measure} {_change_words(change.average_change)} "
                  f"on average, {OWN_RATINGS} ({sessions_words(change.sessions)})")
               for _, change in rows],
              colour, symbol=symbol, size=6)
    ticks = [(float(y), preset) for y, (preset, _) in zip(ys, presets, strict=True)]
    plot.left.ticks = ticks
    fit_left_ticks(plot, [text for _, text in ticks])
    plot.add(Segment([0, 0], [-0.6, len(presets) - 0.4], pen(theme.current_colours().border)))
    biggest = max([abs(c.average_change) for c in rated_enough(data.changes)] + [1.0])
    plot.set_x_range(-biggest * 1.15, biggest * 1.15)
    plot.set_y_range(-0.6, len(presets) - 0.4 + 1.9)  # room for the legend
    axis_label(plot, "bottom", tr("after minus before (points on 0–10)"))


def _change_words(value: float) -> str:
    return change_words(value)


def summary_changes(data: TrendsData) -> str:
    return "; ".join(change_lines(data, None))


def draw_top_words(plot: Chart, data: TrendsData) -> None:
    """The journal's most named words, most at the top, as horizontal bars."""
    colour = palette()["centre"]
    words = data.top_words
    ys = [float(y) for y in range(len(words))][::-1]
    counts = [w.count for w in words]
    plot.add(Bars.sideways(ys, counts, 0.6, brush(over_surface(colour, 0.75)), pen(colour)))
    hover(plot, counts, ys, [tr("{word}: named {times}").format(
        word=tr(w.word), times=ntr("%n time", "%n times", w.count)) for w in words],
          colour, size=6)
    ticks = [(float(y), tr(w.word)) for y, w in zip(ys, words, strict=True)]
    plot.left.ticks = ticks
    fit_left_ticks(plot, [text for _, text in ticks])
    plot.set_x_range(0, max([*counts, 1]) * 1.1)
    whole_number_ticks(plot, "bottom", max([*counts, 1]) * 1.1)
    plot.set_y_range(-0.6, len(words) - 0.4)
    axis_label(plot, "bottom", tr("times named in the journal"))


def summary_top_words(data: TrendsData) -> str:
    return "; ".join(tr("{word} {times}").format(word=tr(w.word),
                                                 times=ntr("%n time", "%n times", w.count))
                     for w in data.top_words)
