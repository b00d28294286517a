"""The safety plan as readable text: markdown for export, HTML for PDF and print."""

from __future__ import annotations

from html import escape

from numbness_desktop.domain.crisis_lines import lines_for
from numbness_desktop.domain.safety_plan import SECTIONS, SafetyPlan

EMPTY_SECTION = "Nothing written here yet."


def plan_markdown(plan: SafetyPlan) -> str:
    """Markdown with one heading per section, entries as a numbered list."""
    lines = ["# My safety plan", ""]
    lines.append(f"Country for crisis numbers: {lines_for(plan.country).name}")
    if plan.updated_at:
        lines.append(f"Last edited: {plan.updated_at}")
    lines.append("")
    for section in SECTIONS:
        lines.append(f"## {section.number}. {section.title}")
        lines.append("")
        items = [item for item in plan.section_items(section.key) if item.display()]
        if not items:
            lines.append(f"_{EMPTY_SECTION}_")
        for index, item in enumerate(items, start=1):
            lines.append(f"{index}. {_markdown_escape(item.display())}")
        lines.append("")
    return "\n".join(lines)


def plan_html(plan: SafetyPlan, printed_on: str) -> str:
    """Simple, printable HTML (what QTextDocument understands) for PDF and paper."""
    parts = [
        "<html><body style='font-family: sans-serif;'>",
        "<h1>My safety plan</h1>",
        f"<p style='color:#555'>Printed {escape(printed_on)} from Reconnect. "
        "Keep it somewhere you can find it quickly.</p>",
    ]
    for section in SECTIONS:
        parts.append(f"<h2>{section.number}. {escape(section.title)}</h2>")
        items = [item for item in plan.section_items(section.key) if item.display()]
        if not items:
            parts.append(f"<p><i>{EMPTY_SECTION}</i></p>")
            continue
        parts.append("<ol>")
        parts.extend(f"<li>{escape(item.display())}</li>" for item in items)
        parts.append("</ol>")
    parts.append(
        "<p style='color:#555'>Reconnect is a self-help companion, not a crisis service. "
        "If you are in danger, call your emergency number.</p></body></html>"
    )
    return "".join(parts)


def _markdown_escape(text: str) -> str:
    """Keep the person's words literal: a leading '#' or '-' must not become markup."""
    text = " ".join(text.splitlines())
    for char in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(char, "\\" + char)
    return text
