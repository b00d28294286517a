"""Default crisis lines per country, read from ``resources/crisis_lines.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CountryLines:
    code: str
    name: str
    crisis_name: str
    crisis_phone: str
    emergency_phone: str


@cache
def countries() -> tuple[CountryLines, ...]:
    """Every country we offer defaults for, in display order; 'Another country' last."""
    text = resources.files("numbness_desktop.resources").joinpath("crisis_lines.json").read_text(
        encoding="utf-8"
    )
    return tuple(CountryLines(**entry) for entry in json.loads(text)["countries"])


def lines_for(code: str) -> CountryLines:
    """The defaults for ``code``; unknown codes fall back to 'Another country'."""
    by_code = {c.code: c for c in countries()}
    return by_code.get(code.upper(), by_code["OTHER"])


def country_for_territory(territory_code: str) -> str:
    """Pick a default country from a locale's two-letter territory code."""
    known = {c.code for c in countries()}
    return territory_code.upper() if territory_code.upper() in known else "OTHER"
