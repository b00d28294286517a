"""The body map in words: a place's tool tip, and the accessible description a screen reader
speaks (what is focused, what is marked, which keys to use)."""

from __future__ import annotations

from collections.abc import Mapping

from numbness_desktop.domain.body_map import Overlay, Quality, RegionMark, region_label


def region_words(region: str, marks: Mapping[str, Quality], overlay: Overlay | None) -> str:
    label = region_label(region)
    if overlay is not None:
        totals = overlay.get(region)
        return (f"{label}: {totals.count} marks ({totals.more} more, {totals.less} less), "
                f"mean intensity {totals.mean_intensity:.1f}")
    if region in marks:
        return f"{label}: marked, {marks[region].label.lower()}"
    return f"{label}: not marked"


def description(focused_region: str, marks: Mapping[str, Quality],
                ordered: tuple[RegionMark, ...], overlay: Overlay | None) -> str:
    """The widget's accessible description; ``ordered`` is the marks in reading order."""
    focused = region_words(focused_region, marks, overlay)
    if overlay is None:
        marked = ", ".join(
            region_label(m.region) + ("" if m.quality == Quality.HERE
                                      else f" ({m.quality.value})")
            for m in ordered) or "nothing yet"
        return (f"Focused: {focused}. Marked: {marked}. Arrow keys or Tab move between "
                "regions, Control+Tab leaves the map; Space marks or unmarks; plus means "
                "more sensation, minus less, zero just here.")
    return f"Your map. Focused: {focused}."
