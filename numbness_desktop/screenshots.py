"""Render every tab at 1280×800, offscreen, to PNG files named by the contract's slugs.

Each tab is drawn in the light scheme as ``<slug>.png`` (DESIGN.md's names) and in the
dark scheme as ``<slug>-dark.png``, and with text at 200 % as
``<slug>-200.png``. Trends is also drawn at every period, as its whole
scrolled page (``trends-<period>.png`` and ``trends-<period>-dark.png``). A few views a
person meets often come too: journal search, the body map's own map, Get help now, and
the screens that are not tabs: the welcome, the WHO-5 check, a Learn page, Settings →
Reminders (``welcome``, ``wellbeing``, ``learn``, ``reminders``).

With demo data, the pictures are the same from one run to the next: the demo and the window
share one clock stopped at ``SHOT_MOMENT`` (so no minute, day or "Saved at" time differs), and
a fade still running when a picture is taken is finished first. Pictures of one's own data
(``--data-dir``) are taken at the real time.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numbness_desktop.domain.clock import Clock

SIZE = (1280, 800)
SLUGS = {
    "Today": "today", "Breathe": "breathe", "Practices": "practices",
    "Body map": "body-map", "Journal": "journal",
    "Trends": "trends", "Support": "support", "Safety plan": "safety-plan",
}
SCHEMES = (("light", ""), ("dark", "-dark"))  # scheme, file-name suffix
LARGE_TEXT, LARGE_SUFFIX = 2.0, "-200"  # and the light scheme with text at 200 %
SETTLE_TURNS = 50  # event-loop turns at most for a view to finish drawing
# The demo's "now": a Thursday morning, on this computer's clock (its own time zone).
SHOT_MOMENT = datetime(2026, 12, 3, 10, 30)


def render_all(out_dir: Path, data_dir: Path | None,
               fill_demo: Callable[[Path, Clock], None]) -> list[Path]:
    """Demo data in a temporary folder unless ``data_dir`` is given; settings isolated too."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from numbness_desktop.app import configure_application
    from numbness_desktop.domain.clock import fixed_clock, system_clock
    from numbness_desktop.ui import theme

    scratch = Path(tempfile.mkdtemp(prefix="reconnect-shots-"))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    try:
        configure_application(app)
        app.setProperty("reconnectNoCrashDialog", True)
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch / "settings"))
        clock = system_clock
        if data_dir is None:
            data_dir = scratch / "data"
            clock = fixed_clock(SHOT_MOMENT.astimezone())
            fill_demo(data_dir, clock)
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for scheme, suffix in SCHEMES:
            theme.force_scheme(app, scheme)
            written += _render_window(app, data_dir, out_dir, suffix, clock)
        theme.force_scheme(app, "light")
        theme.apply_theme(app, LARGE_TEXT)  # text at 200 %: nothing may be cut
        try:
            written += _render_window(app, data_dir, out_dir, LARGE_SUFFIX, clock)
        finally:
            theme.apply_theme(app, 1.0)
        return written
    finally:
        theme.force_scheme(app, None)
        shutil.rmtree(scratch, ignore_errors=True)


def _render_window(app, data_dir: Path, out_dir: Path, suffix: str, clock: Clock
                   ) -> list[Path]:
    """A fresh window (its views take the scheme's colours as they are built), every tab."""
    from numbness_desktop.app import create_window

    window = create_window(data_dir, clock)
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        for label in window.tab_labels():
            window.show_tab(label)
            _settle(app, window)
            written.append(_save(window, out_dir / f"{SLUGS[label]}{suffix}.png"))
        if "Trends" in window.tab_labels():
            written += _trends_periods(app, window, out_dir, suffix)
        if "Journal" in window.tab_labels():
            written.append(_journal_search_shot(window, app, out_dir, suffix))
        if "Practices" in window.tab_labels():
            from numbness_desktop.practice_shots import practice_shots

            written += practice_shots(window, lambda: _settle(app, window),
                                      lambda widget, name: _save(widget, out_dir / name), suffix)
        if "Body map" in window.tab_labels():  # the person's own map, beside the marking view
            window.show_tab("Body map")
            window.body_map.set_mode(1)
            _settle(app, window)
            written.append(_save(window, out_dir / f"body-map-overlay{suffix}.png"))
            window.body_map.set_mode(0)
        from numbness_desktop.companion_shots import companion_shots

        written += companion_shots(window, lambda: _settle(app, window),
                                   lambda widget, name: _save(widget, out_dir / name), suffix)
        panel = window.show_help()
        app.processEvents()
        written.append(_save(panel, out_dir / f"get-help{suffix}.png"))
        panel.close()
    finally:
        window.close()
    return written


def _settle(app, window) -> None:
    """Process events until the shown view has drawn everything (Trends' charts below the
    fold come just after its first paint), with every fade at its end."""
    for _ in range(SETTLE_TURNS):
        app.processEvents()
        current = window.tabs.currentWidget()
        view = getattr(current, "_view", current)  # a lazy tab's view, once built
        ready = getattr(view, "charts_ready", None)
        if ready is None or ready():
            app.processEvents()
            break
    _finish_fades(window)
    app.processEvents()


def _finish_fades(window) -> None:
    """Every one-off animation still running (a cue fading in) jumps to its end: taken
    mid-way, its picture depended on how fast the machine was. Looping ones are left."""
    from PySide6.QtCore import QAbstractAnimation

    for animation in window.findChildren(QAbstractAnimation):
        if animation.state() == QAbstractAnimation.State.Running and \
                animation.loopCount() == 1 and animation.totalDuration() > 0:
            animation.setCurrentTime(animation.totalDuration())


def _save(widget, target: Path) -> Path:
    widget.grab().save(str(target))
    return target


def _trends_periods(app, window, out_dir: Path, suffix: str) -> list[Path]:
    """Trends at every period the tab offers, the whole scrolled page with all its charts
    (the window shows the first four), then back to the month it opens on."""
    from numbness_desktop.domain.trends import TAB_PERIODS, Period

    window.show_tab("Trends")
    written = []
    for period in TAB_PERIODS:
        window.trends.set_period(period)
        window.trends.draw_everything()  # the page below the window, too
        _settle(app, window)
        slug = period.value.replace(" ", "-")
        written.append(_save(window.trends.page, out_dir / f"trends-{slug}{suffix}.png"))
    window.trends.set_period(Period.MONTH)
    return written


def _journal_search_shot(window, app, out_dir: Path, suffix: str) -> Path:
    """The journal's search, as a person would see it after typing a word."""
    window.show_tab("Journal")
    window.journal.search_field.setText("chest")
    window.journal.run_search()
    _settle(app, window)
    target = _save(window, out_dir / f"journal-search{suffix}.png")
    window.journal.search_field.clear()
    window.journal.show_day_page()
    return target
