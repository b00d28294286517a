"""Places a two-week plan step (or a Support link) opens: ``tab`` or ``tab:part``.

A place names a tab and, after a colon, a part of it: ``support:therapists`` opens the Support
tab on its therapist notes, ``practices:body_scan`` the Practices tab with the body scan
started (any target the Practices view's ``open_target`` knows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numbness_desktop.ui.main_window import MainWindow

TABS = {"journal": "Journal", "breathe": "Breathe", "safety_plan": "Safety plan",
        "support": "Support", "practices": "Practices"}


ALWAYS = ("help", "learn")  # Get help now; a Learn page by id (learn:seek-help)


def can_open(window: MainWindow, place: str) -> bool:
    """Whether this build has the tab (a step whose tab is missing shows no button)."""
    where = place.partition(":")[0]
    return where in ALWAYS or TABS.get(where) in window.tab_labels()


def open_place(window: MainWindow, place: str) -> bool:
    where, _, part = place.partition(":")
    if not can_open(window, place):
        return False
    if where == "help":
        window.show_help()
    elif where == "learn":
        window.show_learn(part)
    elif where == "journal":
        window.open_journal_today()
    elif where == "breathe":
        window.show_tab("Breathe")
        window.breathe.prepare_quick_start(pattern_key="4-4-6")
    elif where == "support":
        window.show_tab("Support")
        window.support.show_section(part)
    elif where == "practices" and part:
        window.open_practice_target(part)
    else:
        window.show_tab(TABS[where])
    return True
