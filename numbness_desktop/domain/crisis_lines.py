"""Crisis lines per country, read from ``resources/crisis_lines.json``.

Every line and emergency number in the file was checked against the public pages listed in
its ``sources`` on the date in ``checked``; a number that could not be checked is not there.
A country without an entry is "Another country": no line is guessed for it, and the help
panel says so honestly and names one directory to look in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

OTHER = "OTHER"
WAY_KINDS = ("call", "text", "chat", "email")
EMERGENCY_SERVICES = "Emergency services"


@dataclass(frozen=True)
class Way:
    """One way to reach a line: ``kind`` is call, text, chat or email."""

    kind: str
    value: str
    note: str = ""

    def describe(self) -> str:
        """'Call 988', 'Text 85258 (send the word SHOUT)', 'Chat at 988lifeline.org'."""
        verb = {"call": "Call", "text": "Text", "chat": "Chat at", "email": "Email"}[self.kind]
        words = f"{verb} {self.value}"
        return f"{words} ({self.note})" if self.note else words


@dataclass(frozen=True)
class CrisisLine:
    name: str
    ways: tuple[Way, ...]
    hours: str = ""
    free: bool = False
    sources: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        """The number saved in the plan: the first call number, else the first text number."""
        for kind in ("call", "text"):
            for way in self.ways:
                if way.kind == kind:
                    return way.value
        return self.ways[0].value if self.ways else ""

    def ways_text(self) -> str:
        """'Call or text 988 · Chat at 988lifeline.org' — the same number said once."""
        parts: list[str] = []
        calls = [w for w in self.ways if w.kind == "call"]
        texts = [w for w in self.ways if w.kind == "text"]
        joined = {w.value for w in calls if not w.note} & {w.value for w in texts if not w.note}
        for value in [w.value for w in calls if w.value in joined]:
            parts.append(f"Call or text {value}")
        parts += [w.describe() for w in self.ways
                  if not (w.kind in ("call", "text") and w.value in joined)]
        return " · ".join(parts)

    def terms_text(self) -> str:
        """'Free, 24/7' — only what the sources say."""
        terms = (["Free"] if self.free else []) + ([self.hours] if self.hours else [])
        return ", ".join(terms)


@dataclass(frozen=True)
class Emergency:
    number: str
    note: str = ""
    sources: tuple[str, ...] = ()

    def text(self) -> str:
        return f"{self.number} ({self.note})" if self.note else self.number


@dataclass(frozen=True)
class CountryLines:
    code: str
    name: str
    lines: tuple[CrisisLine, ...] = ()
    emergency: Emergency | None = None
    checked: str = ""

    @property
    def verified(self) -> bool:
        return self.code != OTHER


@dataclass(frozen=True)
class FindALine:
    """A directory to look in when we have no checked line for a country."""

    name: str
    address: str
    sources: tuple[str, ...] = ()


ANOTHER_COUNTRY = CountryLines(OTHER, "Another country")


def _data() -> dict[str, Any]:
    text = resources.files("numbness_desktop.resources").joinpath("crisis_lines.json").read_text(
        encoding="utf-8"
    )
    data: dict[str, Any] = json.loads(text)
    return data


def _line(raw: dict[str, Any]) -> CrisisLine:
    return CrisisLine(
        name=raw["name"],
        ways=tuple(Way(w["kind"], w["value"], w.get("note", "")) for w in raw["ways"]),
        hours=raw.get("hours", ""),
        free=bool(raw.get("free", False)),
        sources=tuple(raw.get("sources", ())),
    )


def _country(raw: dict[str, Any]) -> CountryLines:
    emergency = raw.get("emergency")
    return CountryLines(
        code=raw["code"],
        name=raw["name"],
        lines=tuple(_line(line) for line in raw.get("lines", ())),
        emergency=(Emergency(emergency["number"], emergency.get("note", ""),
                             tuple(emergency.get("sources", ()))) if emergency else None),
        checked=raw.get("checked", ""),
    )


@cache
def countries() -> tuple[CountryLines, ...]:
    """Every country with checked lines, by name; 'Another country' last."""
    return (*(_country(raw) for raw in _data()["countries"]), ANOTHER_COUNTRY)


@cache
def find_a_line() -> FindALine:
    raw = _data()["find_a_line"]
    return FindALine(raw["name"], raw["address"], tuple(raw.get("sources", ())))


def lines_for(code: str) -> CountryLines:
    """The lines for ``code``; unknown codes are 'Another country'."""
    by_code = {c.code: c for c in countries()}
    return by_code.get((code or "").upper(), ANOTHER_COUNTRY)


def country_for_territory(territory_code: str) -> str:
    """Pick a default country from a locale's two-letter territory code."""
    return lines_for(territory_code).code
