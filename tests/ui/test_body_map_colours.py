"""The map's colour steps stay clearly apart in both schemes, and their numbers readable."""

from __future__ import annotations

from itertools import pairwise

import pytest

from numbness_desktop.ui.bodymap.colours import STEPS, contrast, ramp, readable_on
from numbness_desktop.ui.theme import DARK, LIGHT


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("quality", ["all", "more", "less"])
def test_every_step_is_clearly_different(colours, quality):
    steps = ramp(colours, quality)
    assert len(steps) == STEPS
    lightness = [c.lightness() for c in steps]
    gaps = [abs(b - a) for a, b in pairwise(lightness)]
    assert min(gaps) >= 15, lightness  # the old dark ramp moved about 7 a step
    assert abs(lightness[-1] - lightness[0]) >= 70


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("quality", ["all", "more", "less"])
def test_numbers_on_every_step_are_readable(colours, quality):
    for fill in ramp(colours, quality):
        # mid-tones sit near 3.5:1 (the numbers are also listed as text beside the map)
        assert contrast(readable_on(fill, colours), fill) >= 3.4, fill.name()


def test_dark_ramp_grows_lighter_and_stays_soft():
    steps = ramp(DARK, "all")
    assert steps[0].lightness() < steps[-1].lightness()
    assert max(c.lightness() for c in steps) < 200  # soft, never glaring
