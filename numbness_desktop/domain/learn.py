"""Learn: short pages in plain words, read from ``resources/learn/*.md`` when first needed.

A page is a markdown file whose first line is ``# Title`` and whose last section is
``## Sources``. Page ids are the file names (``seek-help``, ``emdr``, …): other views link to a
page by its id (see ``PAGE_IDS``). Search is a plain, case-insensitive word match over titles
and text — a few dozen short pages need nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# In reading order; every id is a file resources/learn/<id>.md.
PAGE_IDS: tuple[str, ...] = (
    "numbness", "window-of-tolerance", "cbt", "act", "emdr", "somatic", "tf-cbt",
    "relational", "group", "mindfulness", "benefits", "seek-help", "who5",
)
DANGER_HEADING = "If you are in danger now"
DANGER_SHORT = "call your local emergency number or your crisis line."
DANGER_TEXT = ("If you might harm yourself or you are in danger, call your local emergency "
               "number or your crisis line now. Get help now (Ctrl+Shift+H) shows your numbers "
               "and the people you trust.")


@dataclass(frozen=True)
class LearnPage:
    id: str
    title: str
    body: str  # markdown, without the title line and without the sources
    sources: tuple[str, ...]

    def plain_text(self) -> str:
        return f"{self.title}\n{_plain(self.body)}"

    def markdown(self) -> str:
        """The whole page for display: text, sources, and what to do in danger."""
        sources = "\n".join(f"- {source}" for source in self.sources)
        return (f"# {self.title}\n\n{self.body}\n\n## Sources\n\n{sources}\n\n"
                f"## {DANGER_HEADING}\n\n{DANGER_TEXT}\n")


@dataclass(frozen=True)
class SearchHit:
    page: LearnPage
    snippet: str


def parse_page(page_id: str, text: str) -> LearnPage:
    lines = text.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        raise ValueError(f"learn page {page_id!r} must start with '# Title'")
    title = lines[0][2:].strip()
    rest = "\n".join(lines[1:])
    body, _, sources_text = rest.partition("\n## Sources")
    sources: list[str] = []
    for line in sources_text.splitlines():
        if line.startswith("- "):
            sources.append(line[2:].strip())
        elif line.startswith("  ") and sources:
            sources[-1] += " " + line.strip()
    if not sources:
        raise ValueError(f"learn page {page_id!r} names no sources")
    return LearnPage(page_id, title, body.strip(), tuple(sources))


@cache
def pages() -> tuple[LearnPage, ...]:
    """Every page, read once (on the first visit to Learn or the first search)."""
    folder = resources.files("numbness_desktop.resources").joinpath("learn")
    return tuple(parse_page(page_id, folder.joinpath(f"{page_id}.md").read_text("utf-8"))
                 for page_id in PAGE_IDS)


def page(page_id: str) -> LearnPage | None:
    return next((p for p in pages() if p.id == page_id), None)


def _plain(markdown: str) -> str:
    text = re.sub(r"(?m)^\s*[-*]\s+", "", markdown)  # list marks
    text = re.sub(r"[*_`#]", "", text)
    return re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text)  # unwrap lines, keep paragraphs


def search(query: str, within: tuple[LearnPage, ...] | None = None,
           width: int = 90) -> list[SearchHit]:
    """Pages containing every word of ``query``; title matches first. Each hit carries a short
    snippet around the first match."""
    words = [w for w in re.split(r"\s+", query.strip().lower()) if w]
    if not words:
        return []
    hits: list[tuple[int, int, SearchHit]] = []
    for order, learn_page in enumerate(within if within is not None else pages()):
        text = learn_page.plain_text()
        lowered = text.lower()
        if not all(word in lowered for word in words):
            continue
        in_title = all(word in learn_page.title.lower() for word in words)
        body = text[len(learn_page.title) + 1:]
        at = body.lower().find(words[0])
        snippet = _snippet(body, at, width) if at >= 0 else body[:width].strip() + "…"
        hits.append((0 if in_title else 1, order, SearchHit(learn_page, snippet)))
    return [hit for *_, hit in sorted(hits, key=lambda h: (h[0], h[1]))]


def _snippet(text: str, at: int, width: int) -> str:
    start = max(0, at - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > at else end
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")
