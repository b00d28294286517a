"""When the window offers the well-being check (WHO-5): gently, and never twice a day.

Offered, never pushed (issue 14): as the two-week plan starts, on its last day (when its
review comes), and then two weeks after the latest check. The offer is a soft strip in the
window with "Take the well-being check" and "Not now", never a pop-up.

- Each offer is made once: the day it was shown counts like a check taken that day (kept
  across restarts), so it is never repeated — not the same day, not the next — and the next
  one comes at the plan's end or two weeks later, whether or not it was taken.
- "Not now" is an answer, kept too: it rests the offer the same way.
- Checked after the first paint, when the plan changes (starting it offers at once), when
  the window comes back to the front on a new day, and when a check is saved elsewhere (the
  strip then goes away if nothing is due any more).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QWindow

from numbness_desktop.domain import who5
from numbness_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from numbness_desktop.model.app_model import AppModel
    from numbness_desktop.ui.banners import Banner

OFFER_RESTED = "wellbeing/offerRested"  # the day "Not now" was last chosen on the offer
OFFER_SHOWN_ON = "wellbeing/offerShownOn"  # the day the offer was last shown


def due(today: date, plan_start: date | None, taken: list[date], rested: date | None,
        shown: date | None = None) -> who5.Occasion | None:
    """The occasion to offer today, if any: the published rhythm (who5.offer_due), with the
    day of "Not now" and the day the last offer was shown counted as answers on that day."""
    answered = [*taken, *(day for day in (rested, shown) if day is not None)]
    return who5.offer_due(today, plan_start, answered)


def offer_words(occasion: who5.Occasion) -> str:
    """The strip's words: an invitation, never a reminder of anything left undone."""
    if occasion is who5.Occasion.PLAN_START:
        return tr("As your two weeks begin, the well-being check (WHO-5) is here if you'd "
                  "like: five short questions about the last two weeks. Optional, and it "
                  "stays on this computer.")
    if occasion is who5.Occasion.PLAN_END:
        return tr("Your two weeks are complete. If you'd like, the well-being check (WHO-5) "
                  "is here: five short questions about the last two weeks. Optional, and it "
                  "stays on this computer.")
    return tr("If you'd like, the well-being check (WHO-5) is here: five short questions "
              "about the last two weeks. Optional, and it stays on this computer.")


class WellbeingOffer(QObject):
    """Decides and shows the WHO-5 offer; ``open_check(occasion)`` opens the check itself,
    ``add_banner(banner)`` places the strip in the window."""

    def __init__(self, app_model: AppModel, window: Any, open_check: Any,
                 add_banner: Any) -> None:
        super().__init__(window)
        self.app_model = app_model
        self.window = window
        self._open_check = open_check
        self._add_banner = add_banner
        self.banner: Banner | None = None
        self.occasion: who5.Occasion | None = None
        self._checked_on: date | None = None  # the window's activation checks once a day
        self.closed = False
        app_model.plan.changed.connect(self._plan_changed)
        app_model.wellbeing.resultsChanged.connect(self._results_changed)
        # Coming back to the window is heard from the application's focus-window signal, not
        # an event filter on the window: that filter was a call into Python for every event
        # the window gets, an update request each frame of the breathing pacer among them.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)

    # Deciding --------------------------------------------------------------------------------
    def plan_start(self) -> date | None:
        run = self.app_model.plan.current_run()
        return run.start_day if run is not None else None

    def _day(self, key: str) -> date | None:
        value = self.app_model.preferences.value(key, "")
        try:
            return date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            return None

    def due_now(self, plan_start: date | None = None) -> who5.Occasion | None:
        wellbeing = self.app_model.wellbeing
        taken = [date.fromisoformat(r.day) for r in wellbeing.results()]
        start = plan_start if plan_start is not None else self.plan_start()
        return due(wellbeing.today(), start, taken, self._day(OFFER_RESTED),
                   self._day(OFFER_SHOWN_ON))

    def offer(self, plan_start: date | None = None) -> str | None:
        """Shows the offer if one is due (and was not shown already); returns the
        occasion offered, or ``None``."""
        if self.closed:
            return None
        today = self.app_model.wellbeing.today()
        self._checked_on = today
        occasion = self.due_now(plan_start)
        if occasion is None:
            return None
        self.occasion = occasion
        self.app_model.preferences.set_value(OFFER_SHOWN_ON, today.isoformat())
        self._banner().show_message(offer_words(occasion))
        return occasion.value

    # Answering -------------------------------------------------------------------------------
    def not_now(self) -> None:
        self.app_model.preferences.set_value(OFFER_RESTED,
                                             self.app_model.wellbeing.today().isoformat())
        if self.banner is not None:
            self.banner.hide()

    def take(self) -> None:
        if self.banner is not None:
            self.banner.hide()
        self._open_check(self.occasion.value if self.occasion else who5.Occasion.OWN.value)

    def _banner(self) -> Banner:
        if self.banner is None:
            from numbness_desktop.ui.banners import Banner

            self.banner = Banner(tr("Take the well-being check…"),
                                 tr("Take the well-being check"))
            self.banner.setAccessibleName(tr("Well-being check offer"))
            self.banner.close_button.setText(tr("Not now"))
            self.banner.close_button.setAccessibleName(tr("Not now"))
            self.banner.close_button.clicked.connect(self.not_now)
            self.banner.action.clicked.connect(self.take)
            self._add_banner(self.banner)
        return self.banner

    # Listening -------------------------------------------------------------------------------
    def _plan_changed(self) -> None:
        self.offer()  # starting the plan (or a fresh two weeks) offers the check at once

    def _results_changed(self) -> None:
        if self.banner is not None and self.banner.isVisible() and self.due_now() is None:
            self.banner.hide()  # taken from Help or Trends: nothing left to offer

    def _focus_window_changed(self, focused: QWindow | None) -> None:
        if (focused is not None and not self.closed and self._checked_on is not None
                and focused == self.window.windowHandle()
                and self._checked_on != self.app_model.wellbeing.today()):
            self.offer()  # back at the window on a new day (the plan's last day, say)

    def close(self) -> None:
        self.closed = True  # (the connection goes with this object, a child of the window)
