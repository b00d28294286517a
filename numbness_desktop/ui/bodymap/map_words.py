"""The body map in words: a place's tool tip, and the accessible description a screen reader
speaks (what is focused, what is marked, which keys to use). Every word goes through the
translator; the places' names come from the domain in English and are translated here."""

from __future__ import annotations

from collections.abc import Mapping

from numbness_desktop.domain.body_map import (
    QUALITY_LABELS,
    Overlay,
    Quality,
    RegionMark,
    region_label,
)
from numbness_desktop.ui.i18n import ntr, number, tr

QUALITY_WORDS = {Quality.MORE: "more", Quality.LESS: "less", Quality.HERE: "just here"}


def place(region: str) -> str:
    """A place's name in the person's language."""
    return tr(region_label(region))


def quality_label(quality: Quality) -> str:
    """'More (active, buzzing)' and the others, translated."""
    return tr(QUALITY_LABELS[quality])


def marked_place(mark: RegionMark) -> str:
    """'Chest' or 'Chest (more)'."""
    if mark.quality == Quality.HERE:
        return place(mark.region)
    return tr("{place} ({quality})").format(place=place(mark.region),
                                             quality=tr(QUALITY_WORDS[mark.quality]))


def where(marks: tuple[RegionMark, ...]) -> str:
    """A saved feeling's places, or that none was marked."""
    return ", ".join(marked_place(m) for m in marks) or tr("no place marked")


def region_words(region: str, marks: Mapping[str, Quality], overlay: Overlay | None) -> str:
    label = place(region)
    if overlay is not None:
        totals = overlay.get(region)
        return tr("{place}: {marks} ({more} more, {less} less), mean intensity {mean}").format(
            place=label, marks=ntr("%n mark", "%n marks", totals.count),
            more=number(totals.more), less=number(totals.less),
            mean=number(totals.mean_intensity, 1))
    if region in marks:
        return tr("{place}: marked, {quality}").format(
            place=label, quality=quality_label(marks[region]).lower())
    return tr("{place}: not marked").format(place=label)


def description(focused_region: str, marks: Mapping[str, Quality],
                ordered: tuple[RegionMark, ...], overlay: Overlay | None) -> str:
    """The widget's accessible description; ``ordered`` is the marks in reading order."""
    focused = region_words(focused_region, marks, overlay)
    if overlay is None:
        marked = ", ".join(marked_place(m) for m in ordered) or tr("nothing yet")
        return tr("Focused: {focused}. Marked: {marked}. Arrow keys or Tab move between "
                  "regions, Control+Tab leaves the map; Space marks or unmarks; plus means "
                  "more sensation, minus less, zero just here.").format(
            focused=focused, marked=marked)
    return tr("Your map. Focused: {focused}.").format(focused=focused)
