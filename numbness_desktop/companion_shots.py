"""Screenshots of the screens that are not tabs (``welcome``, ``wellbeing``, ``learn``,
``reminders``), for looking at.

Called by screenshots.py after the tabs: the first-run welcome, the WHO-5 well-being check,
a Learn page in Support, and Settings → Reminders, each drawn as a person meets it and
closed again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

LEARN_PAGE = "numbness"  # the page a person is most likely to open first


def companion_shots(window, settle: Callable[[], None], save: Callable[[object, str], Path],
                    suffix: str) -> list[Path]:
    written = []
    welcome = window.show_welcome()
    settle()
    written.append(save(welcome, f"welcome{suffix}.png"))
    welcome.close()
    settle()  # let Qt delete it before anything else is drawn
    check = window.open_wellbeing()
    settle()
    written.append(save(check, f"wellbeing{suffix}.png"))
    check.close()
    settle()  # let Qt delete it before anything else is drawn
    if "Support" in window.tab_labels():
        window.show_tab("Support")
        learn = window.support.show_section("learn")
        if learn is not None:
            learn.show_page(LEARN_PAGE)
            settle()
            written.append(save(window, f"learn{suffix}.png"))
    settings = window.show_reminder_settings()
    settle()
    written.append(save(settings, f"reminders{suffix}.png"))
    settings.close()
    settle()  # let Qt delete it before anything else is drawn
    return written
