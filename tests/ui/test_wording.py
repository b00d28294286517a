"""A guard on the words Reconnect uses — not a substitute for reading them.

Two nets: every string literal in the package (docstrings, exception messages for developers
and the sample person's own demo writing left out), and the texts a person actually meets,
collected by walking the widgets of every tab and dialog with sample data and with none, plus
the readings, help texts and crisis-line notes built from the resources.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

import numbness_desktop

# Words we never use with a person: orders, blame, scores kept against them, alarm, and
# clinical labels (Reconnect is not a diagnosis; it says so, and that phrase is allowed).
NEVER = (
    r"should", r"shouldn't", r"must", r"mustn't", r"fail\w*", r"missed", r"miss",
    r"streaks?", r"only \d+", r"alarm\w*", r"urgent\w*", r"warning!",
    r"disorders?", r"symptoms?", r"patients?", r"patholog\w*", r"dissociat\w*",
    r"alexithymi\w*", r"depersonali\w*", r"dereali\w*", r"relapse\w*", r"non-?complian\w*",
    r"deficits?", r"abnormal\w*", r"dysfunction\w*", r"diagnos\w*", r"psychiatric",
    r"\d+ of (?!10\b)\d+",  # a count against a target; "4 of 10" on a rating scale is fine
)
ALLOWED = (r"not a diagnosis",
           r"Day \d+ of \d+")  # the two-week plan's day (DESIGN.md: "Day N of 14"), not a score
PATTERN = re.compile(r"\b(?:" + "|".join(NEVER) + r")\b", re.IGNORECASE)

PACKAGE = Path(numbness_desktop.__file__).parent
SAMPLE_WRITING = {"body_map_demo.py", "journal_demo.py", "breathing_demo.py", "demo.py"}


def offending(text: str) -> list[str]:
    for allowed in ALLOWED:
        text = re.sub(allowed, "", text, flags=re.IGNORECASE)
    return PATTERN.findall(text)


def test_the_guard_catches_what_it_is_for():
    assert offending("You should breathe more") == ["should"]
    assert offending("3 of 5 named today") == ["3 of 5"]
    assert offending("Saving failed") == ["failed"]
    assert offending("only 2 sessions this week") == ["only 2"]
    assert offending("Reconnect is not a diagnosis and not a therapist.") == []
    assert offending("Name one feeling, or five if you like") == []


def _literals() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in SAMPLE_WRITING:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                 ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    skip.add(id(first.value))
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc
                if isinstance(exc, ast.Call) and getattr(exc.func, "id", "") in (
                        "ValueError", "KeyError", "TypeError", "RuntimeError"):
                    skip.update(id(n) for n in ast.walk(exc))  # for developers, not people
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in skip:
                found.append((str(path.relative_to(PACKAGE)), node.lineno, node.value))
    return found


def test_no_string_in_the_package_uses_words_we_never_use():
    literals = _literals()
    assert len(literals) > 500  # the net really was cast
    hits = [f"{where}:{line}: {offending(text)} in {text[:80]!r}"
            for where, line, text in literals if offending(text)]
    assert hits == []


def widget_texts(root: QWidget) -> list[str]:
    """Everything a person can read or hear on and under ``root``."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts += [widget.placeholderText(), widget.toPlainText()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [t for t in texts if t]


def _everything_on_screen(window) -> list[str]:
    texts = []
    for label in window.tab_labels():
        window.show_tab(label)
        texts += widget_texts(window.tabs.currentWidget())
    texts += widget_texts(window)
    texts += widget_texts(window.show_help())
    for menu in getattr(window, "menus", {}).values():
        texts += [action.text() for action in menu.actions()]
        texts += [action.toolTip() for action in menu.actions()]
    if hasattr(window, "show_settings"):
        dialog = window.show_settings()
        texts += widget_texts(dialog)
        dialog.close()
    if hasattr(window, "show_about"):
        about = window.show_about()
        texts += widget_texts(about)
        about.close()
    from numbness_desktop.ui.trends.summary import SummaryDialog

    summary = SummaryDialog(window.app_model.trends, window)
    texts += widget_texts(summary)
    summary.close()
    return texts


@pytest.mark.parametrize("with_sample_data", [False, True], ids=["first-day", "sample-data"])
def test_every_tab_and_dialog_reads_kindly(open_window, qtbot, store, clock, with_sample_data):
    if with_sample_data:
        from numbness_desktop.store.demo import fill_demo

        fill_demo(store, clock())
    window = open_window()
    texts = _everything_on_screen(window)
    assert len(texts) > 150
    assert "Get help now" in texts
    hits = sorted({f"{offending(t)} in {t[:90]!r}" for t in texts if offending(t)})
    assert hits == []


def test_help_texts_for_every_country_read_kindly(app_model):
    from numbness_desktop.domain.crisis_lines import countries
    from numbness_desktop.ui.country_choice import country_note
    from numbness_desktop.ui.help_panel import HelpPanel

    panel = HelpPanel(app_model)
    for country in countries():
        app_model.safety.set_country(country.code)
        for text in [panel.text(), country_note(country.code)]:
            assert offending(text) == [], (country.code, text)
        for line in country.lines:
            assert offending(f"{line.name} {line.ways_text()} {line.terms_text()}") == []
    panel.close()


def test_readings_and_messages_read_kindly():
    from numbness_desktop.domain import readings
    from numbness_desktop.domain.breath import DIZZY_NOTE, PRESETS
    from numbness_desktop.domain.breath_records import ChangeSummary, history_line
    from numbness_desktop.domain.safety_plan import SECTIONS
    from numbness_desktop.domain.trends import Period, TrendsData, period_range
    from numbness_desktop.domain.trends import readings as trend_readings
    from numbness_desktop.store.errors import translate

    texts = [DIZZY_NOTE, readings.waiting_line()]
    texts += [p.description for p in PRESETS]
    for section in SECTIONS:
        texts += [section.title, section.explanation, section.example, section.add_hint]
    for change in (-2.0, -0.2, 0.0, 0.3, 1.5):
        for measure in ("tension", "connected"):
            texts.append(history_line(ChangeSummary("4-6", measure, change, 5)) or "")
    today = date(2026, 11, 26)
    for period in Period:
        data = TrendsData(period, period_range(period, today))
        texts += list(trend_readings(data, today).values())
    import sqlite3

    for problem in ("database or disk is full", "attempt to write a readonly database",
                    "database is locked", "file is not a database", "disk I/O error",
                    "no such savepoint: x"):
        texts.append(translate(sqlite3.OperationalError(problem)).message)
    hits = [t for t in texts if offending(t)]
    assert hits == []
    assert not any("savepoint" in t for t in texts)  # never the database's own words
