"""Body-map records: regions, how a feeling sits there, and the person's own map.

Pure data and rules, no Qt and no SQL. Region ids are the contract's (DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

REGION_LABELS: dict[str, str] = {
    "head": "Head",
    "face": "Face",
    "throat": "Throat and neck",
    "shoulders": "Shoulders",
    "chest": "Chest",
    "upper_back": "Upper back",
    "belly": "Belly",
    "lower_back": "Lower back",
    "hips": "Hips",
    "left_arm": "Left arm",
    "right_arm": "Right arm",
    "left_hand": "Left hand",
    "right_hand": "Right hand",
    "left_leg": "Left leg",
    "right_leg": "Right leg",
    "left_foot": "Left foot",
    "right_foot": "Right foot",
    "whole_body": "Everywhere",
    "nowhere": "I can't tell where",
}
WHOLE_BODY = "whole_body"
NOWHERE = "nowhere"
PLACES = tuple(r for r in REGION_LABELS if r not in (WHOLE_BODY, NOWHERE))
"""Regions drawn on the silhouette."""


class Quality(StrEnum):
    """How the feeling sits in a region (after Nummenmaa et al., 2014)."""

    MORE = "more"  # more sensation or activity
    LESS = "less"  # less: dull, numb, heavy
    HERE = "here"  # just here

    @property
    def label(self) -> str:
        return QUALITY_LABELS[self]

    @property
    def mark(self) -> str:
        """A short sign drawn on the map, so quality never rests on colour alone."""
        return {"more": "+", "less": "−", "here": "•"}[self.value]


QUALITY_LABELS = {
    Quality.MORE: "More (active, buzzing)",
    Quality.LESS: "Less (dull, numb, heavy)",
    Quality.HERE: "Just here",
}

SENSATIONS = ("tight", "heavy", "warm", "cold", "tingling", "buzzing", "hollow", "pressure",
              "fluttering", "shaky", "numb", "light")
"""Offered as chips; any other sensation can be typed in words."""


def region_label(region: str) -> str:
    return REGION_LABELS.get(region, region.replace("_", " ").capitalize())


@dataclass(frozen=True)
class RegionMark:
    region: str
    quality: Quality = Quality.HERE


@dataclass(frozen=True)
class FeelingDraft:
    """What the form holds before it is saved."""

    emotion: str
    intensity: int
    marks: tuple[RegionMark, ...]
    sensations: tuple[str, ...] = ()
    note: str = ""

    def problems(self) -> list[str]:
        """Why this can't be saved yet, in words for the person (empty when it can)."""
        found = []
        if not self.emotion.strip():
            found.append("Choose or type a word for the feeling (any word is fine).")
        if not 0 <= self.intensity <= 10:
            found.append("Intensity goes from 0 to 10.")
        return found


@dataclass(frozen=True)
class FeelingLog:
    """One saved feeling with where it sits."""

    id: str
    felt_at: str
    day: str
    emotion: str
    family: str
    intensity: int
    marks: tuple[RegionMark, ...]
    sensations: tuple[str, ...] = ()
    note: str = ""
    created_at: str = ""
    updated_at: str = ""

    def where(self) -> str:
        if not self.marks:
            return "no place marked"
        return ", ".join(
            region_label(m.region) + ("" if m.quality == Quality.HERE else f" ({m.quality.value})")
            for m in self.marks)


def normalise_marks(marks: list[RegionMark] | tuple[RegionMark, ...]) -> tuple[RegionMark, ...]:
    """One mark per region, known regions only; "I can't tell where" stands alone."""
    seen: dict[str, RegionMark] = {}
    for mark in marks:
        if mark.region in REGION_LABELS:
            seen[mark.region] = mark
    if NOWHERE in seen:
        return (RegionMark(NOWHERE, Quality.HERE),)
    order = list(REGION_LABELS)
    return tuple(sorted(seen.values(), key=lambda m: order.index(m.region)))


# Your map --------------------------------------------------------------------------------
PERIODS: dict[str, int | None] = {"7 days": 7, "30 days": 30, "90 days": 90, "All time": None}


@dataclass(frozen=True)
class OverlayFilter:
    """Which feelings the overlay counts: one word, one family, or all, over a period."""

    period_days: int | None = 30
    emotion: str = ""
    family: str = ""

    def first_day(self, today: date) -> str | None:
        if self.period_days is None:
            return None
        return (today - timedelta(days=self.period_days - 1)).isoformat()


@dataclass(frozen=True)
class RegionTotals:
    """How often (and how strongly) feelings were marked in one region, by quality."""

    region: str
    more: int = 0
    less: int = 0
    here: int = 0
    more_intensity: int = 0
    less_intensity: int = 0
    here_intensity: int = 0

    @property
    def count(self) -> int:
        return self.more + self.less + self.here

    @property
    def intensity_sum(self) -> int:
        return self.more_intensity + self.less_intensity + self.here_intensity

    @property
    def mean_intensity(self) -> float:
        return self.intensity_sum / self.count if self.count else 0.0

    def value(self, measure: str, quality: str) -> float:
        """The number the overlay colours by: 'count' or mean 'intensity', for one quality
        ('more', 'less') or for all marks ('all')."""
        count = {"more": self.more, "less": self.less}.get(quality, self.count)
        if measure == "count":
            return float(count)
        total = {"more": self.more_intensity, "less": self.less_intensity}.get(
            quality, self.intensity_sum)
        return total / count if count else 0.0


@dataclass(frozen=True)
class Overlay:
    totals: dict[str, RegionTotals] = field(default_factory=dict)
    feelings: int = 0

    def get(self, region: str) -> RegionTotals:
        return self.totals.get(region, RegionTotals(region))

    def maximum(self, measure: str, quality: str) -> float:
        """The top of the colour scale: the largest count, or 10 for intensity (absolute)."""
        values = [t.value(measure, quality) for t in self.totals.values()]
        if measure != "count":
            return 10.0 if any(values) else 0.0
        return max(values, default=0.0)


def overlay_from_rows(rows: list[tuple[str, str, int, int]], feelings: int) -> Overlay:
    """Fold ``(region, quality, count, intensity_sum)`` rows (one per pair) into totals."""
    totals: dict[str, RegionTotals] = {}
    for region, quality, count, intensity_sum in rows:
        old = totals.get(region, RegionTotals(region))
        key = quality if quality in ("more", "less") else "here"
        totals[region] = replace(old, **{
            key: getattr(old, key) + int(count),
            f"{key}_intensity": getattr(old, f"{key}_intensity") + int(intensity_sum or 0),
        })
    return Overlay(totals, feelings)


def overlay_text(overlay: Overlay, measure: str, quality: str) -> list[str]:
    """The overlay's numbers as text, for screen readers and anyone who prefers it: one
    entry per marked region, two short lines each."""
    lines = []
    for region in REGION_LABELS:
        totals = overlay.totals.get(region)
        if totals is None or totals.value(measure, quality) == 0:
            continue
        marked = marked_text(totals.count, totals.more, totals.less)
        lines.append(f"{region_label(region)}: {marked}\n"
                     f"mean intensity {totals.mean_intensity:.1f} of 10")
    return lines


def marked_text(count: int, more: int, less: int) -> str:
    """'marked 12 times (3 with more sensation, 9 with less)': plain words, no symbols."""
    text = f"marked {count} time{'s' if count != 1 else ''}"
    details = []
    if more:
        details.append(f"{more} with more sensation")
    if less:
        details.append(f"{less} with less" + ("" if more else " sensation"))
    return text + (f" ({', '.join(details)})" if details else "")
