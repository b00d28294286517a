"""The tabs: Today built at once, every other view a LazyTab built the first time it shows,
and the ways from one view into another (Today's cards, Support's links, Ctrl+F)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from numbness_desktop.domain.clock import Clock
from numbness_desktop.ui.lazy_tab import LazyTab
from numbness_desktop.ui.window.tab_bar import TabNameFit

if TYPE_CHECKING:
    from numbness_desktop.ui.bodymap.view import BodyMapView
    from numbness_desktop.ui.breathe.view import BreatheView
    from numbness_desktop.ui.journal.view import JournalView
    from numbness_desktop.ui.main_window import MainWindow
    from numbness_desktop.ui.practices.view import PracticesView
    from numbness_desktop.ui.safety.view import SafetyPlanView
    from numbness_desktop.ui.support.view import SupportView
    from numbness_desktop.ui.trends.view import TrendsView

# The views whose pending words flush_views() saves, in this order.
FLUSHED = ("Safety plan", "Journal", "Body map", "Practices", "Support")


def make_tabs(window: MainWindow, clock: Clock) -> dict[str, QWidget]:
    """Every tab by its contract name; only Today is built now. The tab bar keeps every
    name whole on one row at large text in a small window (see tab_bar.py)."""
    TabNameFit(window.tabs)  # (the tab widget's child: it lives as long as the bar)
    return {
        "Today": window.today,
        "Body map": LazyTab(lambda: _body_map(window)),
        "Journal": LazyTab(lambda: _journal(window, clock)),
        "Breathe": LazyTab(lambda: _breathe(window, clock)),
        "Practices": LazyTab(lambda: _practices(window, clock)),
        "Trends": LazyTab(lambda: _trends(window)),
        "Support": LazyTab(lambda: _support(window, clock)),
        "Safety plan": LazyTab(lambda: _safety(window, clock)),
    }


def connect_today(window: MainWindow) -> None:
    """Today's cards lead into the other tabs (and to Get help now)."""
    today = window.today
    today.openSafetyPlan.connect(lambda: window.show_tab("Safety plan"))
    today.openBodyMap.connect(lambda: window.show_tab("Body map"))
    today.helpRequested.connect(window.show_help)
    today.openJournal.connect(window.open_journal_today)
    today.openPlace.connect(window.open_place)
    # A step whose tab is not in this build keeps its tick box, without a dead button.
    today.two_weeks.place_available = window.can_open_place
    today.two_weeks.fill_before_show()  # (the window shows next)
    today.openBreathing.connect(window.quick_breathe)
    today.check_in.suggestionChosen.connect(window.open_practice_target)


def view(window: MainWindow, label: str) -> QWidget:
    """The view of tab ``label``, built now if it was not yet."""
    tab = window._tabs[label]
    assert isinstance(tab, LazyTab)
    return tab.view()


def built_view(window: MainWindow, label: str) -> QWidget | None:
    """The view of tab ``label`` if it has been built (never builds it)."""
    tab = window._tabs.get(label)
    return tab.view() if isinstance(tab, LazyTab) and tab.built else None


# Building each view --------------------------------------------------------------------------
def _safety(window: MainWindow, clock: Clock) -> SafetyPlanView:
    from numbness_desktop.ui.safety.view import SafetyPlanView

    return SafetyPlanView(window.app_model, clock)


def _journal(window: MainWindow, clock: Clock) -> JournalView:
    from numbness_desktop.ui.journal.view import JournalView

    app_model = window.app_model
    journal = app_model.journal
    if not journal.has_day_providers():
        journal.add_day_provider(app_model.breathing.day_items,
                                 app_model.breathing.sessionsChanged)
        journal.add_day_provider(app_model.body_map.day_items,
                                 app_model.body_map.feelingsChanged)
        journal.add_day_provider(app_model.practices.day_items, app_model.practices.anyChanged)
        # An own word named in the journal is offered on the body map too.
        journal.dayChanged.connect(lambda _day: app_model.body_map.forget_words())
    journal_view = JournalView(app_model, clock)
    journal_view.openTab.connect(window.show_tab)
    journal_view.openPlace.connect(window.open_place)  # the search box's Learn pages
    if not window.kept_banner.isHidden():
        journal_view.recovery_banner.hide()  # one banner at a time offers the kept words
    return journal_view


def _body_map(window: MainWindow) -> BodyMapView:
    from numbness_desktop.ui.bodymap.view import BodyMapView

    return BodyMapView(window.app_model.body_map)


def _breathe(window: MainWindow, clock: Clock) -> BreatheView:
    from numbness_desktop.ui.breathe.view import BreatheView

    return BreatheView(window.app_model, clock)


def _trends(window: MainWindow) -> TrendsView:
    from numbness_desktop.ui.trends.view import TrendsView

    trends_view = TrendsView(window.app_model.trends)
    trends_view.wellbeingRequested.connect(window.open_wellbeing)
    return trends_view


def _practices(window: MainWindow, clock: Clock) -> PracticesView:
    from numbness_desktop.ui.practices.routing import connect_practices
    from numbness_desktop.ui.practices.view import PracticesView

    practices_view = PracticesView(window.app_model, clock)
    connect_practices(window, practices_view)
    return practices_view


def _support(window: MainWindow, clock: Clock) -> SupportView:
    from numbness_desktop.ui.support.view import SupportView

    support_view = SupportView(window.app_model, clock, window.can_open_place)
    support_view.openPlace.connect(window.open_place)
    support_view.openSummary.connect(window.open_summary)
    return support_view


# Ways into a tab -------------------------------------------------------------------------
def open_journal_today(window: MainWindow) -> None:
    window.show_tab("Journal")
    window.journal.go_today()
    window.journal.editor.setFocus()


def go_to(window: MainWindow, label: str) -> None:
    """Ctrl+1…8 and the Go menu: the tab, with keyboard focus on its first control.

    Left where it was (the toolbar, or a page now hidden), focus made the next Tab or key
    land outside the page a person chose, and a screen reader announced nothing of it. A
    view may name its own first control (``first_focus``: the journal's page to write on).
    """
    from PySide6.QtCore import Qt  # not at import: PySide6 builds the Qt namespace (~12 ms)
    from PySide6.QtWidgets import QApplication

    if label not in window._tabs:
        return
    # Focus inside the page being left is let go of first: hiding that page would otherwise
    # hand it to the next control in the window (Get help now), and a screen reader said
    # "Get help now, push button" before the new tab's first control.
    focused = QApplication.focusWidget()
    if focused is not None and window.tabs.currentWidget().isAncestorOf(focused):
        focused.clearFocus()
    window.show_tab(label)
    page = view(window, label) if isinstance(window._tabs[label], LazyTab) else \
        window._tabs[label]
    chosen = getattr(page, "first_focus", None)
    target = chosen() if callable(chosen) else first_focusable(page)
    (target or window.tabs.tabBar()).setFocus(Qt.FocusReason.TabFocusReason)


def first_focusable(page: QWidget) -> QWidget | None:
    """The first control inside ``page`` that Tab would reach (shown, enabled, tabbable)."""
    from PySide6.QtCore import Qt

    tab_focus = Qt.FocusPolicy.TabFocus.value
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy().value & tab_focus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def search_journal(window: MainWindow) -> None:
    """Ctrl+F anywhere: the journal is what can be searched."""
    window.show_tab("Journal")
    window.journal.focus_search()


def open_summary(window: MainWindow) -> None:
    """Support's first appointment: the Trends summary, one click away."""
    window.show_tab("Trends")
    window.trends.open_summary()


def quick_breathe(window: MainWindow) -> None:
    """Today's quick start: the Breathe tab with a 2-minute session ready."""
    window.show_tab("Breathe")
    window.breathe.prepare_quick_start()
