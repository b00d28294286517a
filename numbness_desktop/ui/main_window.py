"""The main window: tabs in the contract's order, Get help now everywhere, state restored.

This module builds the window and names what it can do; each job lives in ``ui/window/``
(tabs, help_now, menu_wiring, geometry, data, closing) as functions taking the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from numbness_desktop import APP_NAME
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.companions import Companions
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.i18n import tr
from numbness_desktop.ui.menus import build_menu_bar
from numbness_desktop.ui.today.view import TodayView
from numbness_desktop.ui.view_prefs import TEXT_SCALE, ViewPreferences
from numbness_desktop.ui.window import closing, data, geometry, help_now, menu_wiring, tabs
from numbness_desktop.ui.window.geometry import (  # noqa: F401  (where tests and views look)
    DEFAULT_SIZE,
    FRAME_ALLOWANCE,
    MIN_SIZE,
    SETTINGS_GEOMETRY,
    SETTINGS_TAB,
    first_size,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QActionGroup, QShowEvent
    from PySide6.QtWidgets import QDialog

    from numbness_desktop.ui.bodymap.view import BodyMapView
    from numbness_desktop.ui.breathe.view import BreatheView
    from numbness_desktop.ui.help_panel import HelpPanel
    from numbness_desktop.ui.journal.view import JournalView
    from numbness_desktop.ui.learn.window import LearnWindow
    from numbness_desktop.ui.practices.view import PracticesView
    from numbness_desktop.ui.safety.view import SafetyPlanView
    from numbness_desktop.ui.settings.dialog import SettingsDialog
    from numbness_desktop.ui.support.view import SupportView
    from numbness_desktop.ui.trends.view import TrendsView
    from numbness_desktop.ui.welcome.dialog import WelcomeDialog
    from numbness_desktop.ui.wellbeing.dialog import Who5Dialog

# The contract's tabs, in order; Ctrl+N follows these positions even while some are absent.
TAB_ORDER = ("Today", "Breathe", "Practices", "Body map", "Journal", "Trends", "Support",
             "Safety plan")
SETTINGS_TEXT_SCALE = TEXT_SCALE


class MainWindow(QMainWindow):
    appearance_group: QActionGroup  # View → Appearance (set when the menus are filled)

    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.setWindowTitle(APP_NAME)
        geometry.set_minimum(self)
        self._help_panel: HelpPanel | None = None
        self._focus_before: QWidget | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._closed = False
        self.everything_deleted = False
        # Set by app.create_window: builds a new window on the same data folder (after a
        # restore) and returns it.
        self.reopen: Callable[[], MainWindow] | None = None
        self.companions = Companions(self)
        self.help_action = help_now.make_action(self)
        self.help_button = help_now.add_toolbar(self, self.help_action)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 0, 16, 8)
        layout.setSpacing(8)
        self.error_banner = Banner()
        self.error_banner.setAccessibleName(tr("Message"))
        layout.addWidget(self.error_banner)
        self._central_layout = layout
        self.kept_banner = Banner(tr("Bring them back"), tr("Bring back unsaved words"))
        self.kept_banner.setAccessibleName(tr("Unsaved words kept"))
        self.kept_banner.action.setObjectName("primary")
        self.kept_banner.action.clicked.connect(self.bring_back_kept_words)
        self.kept_banner.close_button.setText(tr("Not now"))
        self.kept_banner.close_button.setAccessibleName(tr("Decide about unsaved words later"))
        self.kept_banner.close_button.clicked.connect(lambda: data.kept_words_later(self))
        layout.addWidget(self.kept_banner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(tr("Sections"))
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.today = TodayView(app_model, clock)
        self._tabs: dict[str, QWidget] = tabs.make_tabs(self, clock)
        # The contract's names (tab_labels(), show_tab()); the person sees them translated.
        self._tab_keys = [label for label in TAB_ORDER if label in self._tabs]
        tabs.connect_today(self)  # (Today filled before it joins the tabs: see there)
        for label in self._tab_keys:
            self.tabs.addTab(self._tabs[label], tr(label))
        self.today.lay_out()
        self.tabs.currentChanged.connect(lambda _i: self.flush_views())
        self.view_prefs = ViewPreferences(app_model.preferences, self)
        self.actions_by_name: dict[str, QAction] = {}  # Reconnect's own menu entries
        # Every menu entry and its shortcut (Ctrl+1…8, Ctrl+F, text size, Settings, Quit).
        # The bar and its menus now (titles in the first paint); their entries and shortcuts
        # just after it (fill_menus: a few ms nobody needs to wait for).
        self.menus: dict[str, QMenu] = build_menu_bar(self)
        self.menus_filled = False
        from numbness_desktop.ui.data.actions import add_data_actions

        # File → Export…, Import…, Back up now, Restore from backup…, Delete everything…
        # (before Settings… and Quit, which fill_menus adds as the menu's closing entries)
        add_data_actions(self)
        self.companions.add_menu_entries(self.menus)  # Help → Learn, Welcome; Quit for real
        app_model.preferences.changed.connect(lambda key: menu_wiring.on_preference(self, key))
        app_model.errorOccurred.connect(self.show_error)
        self._restore_state()
        after_first_paint(self, self._finish_after_first_paint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.today.window_shown()  # (the first time: the plan's steps in sight come in)

    def _finish_after_first_paint(self) -> None:
        """Set-up that needs Qt's ``Qt`` namespace, whose Python enums take PySide6 about
        12 ms to build: nothing on the way to the first paint uses it."""
        from PySide6.QtWidgets import QApplication

        from numbness_desktop.ui import focus_follow

        self.fill_menus()
        help_now.reach_everywhere(self)  # from every window, and in every tab's Tab order
        focus_follow.install(cast(QApplication, QApplication.instance()))  # focus in sight
        self.app_model.system_motion.refresh()  # asks the desktop portal, without waiting
        self.companions.start_reminders()

    def fill_menus(self) -> None:
        """Reconnect's menu entries and their shortcuts (once; after the first paint)."""
        menu_wiring.fill(self, TAB_ORDER)

    def createPopupMenu(self) -> QMenu | None:  # type: ignore[override]  # Qt takes None
        """No right-click menu for hiding the toolbar: Get help now must stay in reach."""
        return None

    # Navigation ------------------------------------------------------------------------------
    def tab_labels(self) -> list[str]:
        """The tabs' contract names, in order (the same in every language)."""
        return list(self._tab_keys)

    def show_tab(self, label: str) -> bool:
        tab = self._tabs.get(label)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return True

    def go_to_tab(self, label: str) -> None:
        """Ctrl+1…8 and the Go menu: the tab, with focus on its first control."""
        tabs.go_to(self, label)

    def current_tab(self) -> str:
        index = self.tabs.currentIndex()
        return self._tab_keys[index] if 0 <= index < len(self._tab_keys) else ""

    # Each view is built on first use (none of them is needed for the first paint).
    @property
    def safety(self) -> SafetyPlanView:
        return cast("SafetyPlanView", tabs.view(self, "Safety plan"))

    @property
    def journal(self) -> JournalView:
        """The Journal view (it never loads history at start-up)."""
        return cast("JournalView", tabs.view(self, "Journal"))

    @property
    def body_map(self) -> BodyMapView:
        return cast("BodyMapView", tabs.view(self, "Body map"))

    @property
    def breathe(self) -> BreatheView:
        return cast("BreatheView", tabs.view(self, "Breathe"))

    @property
    def trends(self) -> TrendsView:
        return cast("TrendsView", tabs.view(self, "Trends"))

    @property
    def practices(self) -> PracticesView:
        return cast("PracticesView", tabs.view(self, "Practices"))

    @property
    def support(self) -> SupportView:
        return cast("SupportView", tabs.view(self, "Support"))

    def open_journal_today(self) -> None:
        tabs.open_journal_today(self)

    def search_journal(self) -> None:
        """Ctrl+F anywhere: the journal is what can be searched."""
        tabs.search_journal(self)

    def open_practice_target(self, target: str) -> None:
        """A suggestion (from Today or Practices): its practice, or the tab it lives on."""
        from numbness_desktop.ui.practices.routing import open_target

        open_target(self, target)

    def open_summary(self) -> None:
        """Support's first appointment: the Trends summary, one click away."""
        tabs.open_summary(self)

    def can_open_place(self, place: str) -> bool:
        from numbness_desktop.ui import places

        return places.can_open(self, place)

    def open_place(self, place: str) -> bool:
        """Where a two-week plan step (or a Support link) is done: see ui/places.py."""
        from numbness_desktop.ui import places

        return places.open_place(self, place)

    def quick_breathe(self) -> None:
        """Today's quick start: the Breathe tab with a 2-minute session ready."""
        tabs.quick_breathe(self)

    # Get help now, and the companions (ui/companions.py) ---------------------------------------
    def show_help(self) -> HelpPanel:
        """Get help now: focus on the crisis line, and back where it was on close."""
        return help_now.show(self)

    def show_learn(self, page_id: str = "") -> LearnWindow | QWidget:
        """Help → Learn, and every "learn more" link: a page by its id (domain/learn.py)."""
        return self.companions.show_learn(page_id)

    def open_wellbeing(self, occasion: str = "own") -> Who5Dialog:
        """The WHO-5 check (the two-week plan offers it with its occasion; Trends: "own")."""
        return self.companions.open_wellbeing(occasion)

    def offer_wellbeing(self, plan_start: Any = None) -> str | None:
        """For the two-week plan: offer the WHO-5 if it is due (``plan_start``: the plan's
        first day, a ``date``); returns the occasion offered or ``None``."""
        return self.companions.offer_wellbeing(plan_start)

    def show_welcome(self) -> WelcomeDialog:
        """Help → Welcome (and the first start on a new data folder, from app.py)."""
        return self.companions.show_welcome()

    def show_reminder_settings(self) -> SettingsDialog:
        return self.companions.show_reminder_settings()

    # Menus, Settings, About (ui/window/menu_wiring.py) ------------------------------------
    def show_settings(self) -> SettingsDialog:
        """File → Settings… (Ctrl+,): every preference in one place."""
        return menu_wiring.show_settings(self)

    def _restore_from_settings(self) -> None:
        menu_wiring.restore_from_settings(self)

    def show_about(self) -> QDialog:
        """Help → About: version, licence and where this person's data lives."""
        return menu_wiring.show_about(self)

    def change_text_size(self, step: int) -> float:
        """Ctrl+= / Ctrl+- / Ctrl+0: text scales for everyone who needs it larger."""
        return self.view_prefs.change_text_size(step)

    # Messages ---------------------------------------------------------------------------
    def add_banner(self, banner: QWidget) -> None:
        """A strip under the error banner (the reminders' invitation)."""
        self._central_layout.insertWidget(1, banner)

    def show_error(self, message: str) -> None:
        self.error_banner.show_message(message)

    def show_info(self, message: str) -> None:
        self.error_banner.show_message(message)

    def bring_to_front(self) -> None:
        """Used when a second launch asks for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # State (ui/window/geometry.py) --------------------------------------------------------
    def _restore_state(self) -> None:
        geometry.restore(self)
        data.offer_kept_words(self)
        if self.app_model.start_notice:
            self.show_error(self.app_model.start_notice)
        if self.app_model.read_only:
            self.show_info(tr("This data folder is read-only (a read-only disk, or a folder "
                              "set that way), so Reconnect opened it for looking back and "
                              "exporting: nothing new can be saved here."))

    def save_state(self) -> None:
        geometry.save(self)

    # Backups, restore, export, import, Delete everything (ui/window/data.py) ------------------
    def open_data_dialog(self, name: str) -> QDialog:
        """Export, Import, Back up now or Delete everything, as from the File menu."""
        from numbness_desktop.ui.data.actions import open_data_dialog

        return open_data_dialog(self, name)

    def forget_everything(self) -> None:
        """Everything was deleted (the store is closed): closing, a signal or the session's
        end save nothing again."""
        self.everything_deleted = True
        self._closed = True

    def back_up_now(self) -> bool:
        return data.back_up_now(self)

    def restore_from_backup(self) -> bool:
        """File → Restore from backup…: choose a backup, then restore it and reopen."""
        return data.restore_from_backup(self)

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests replace this to answer it)."""
        return bool(dialog.exec())

    def restore_backup(self, chosen: Path | None) -> bool:
        """Save and close everything, restore ``chosen`` and reopen on the restored data."""
        return data.restore_backup(self, chosen)

    def bring_back_kept_words(self) -> None:
        """Put every kept draft back in its place and open the first of those places."""
        data.bring_back_kept_words(self)

    # Closing (ui/window/closing.py) ---------------------------------------------------------
    def flush_views(self) -> bool:
        """Save pending words in every built view; ``False`` if some could not be kept."""
        return closing.flush_views(self)

    def confirm_close_unsaved(self) -> bool:
        return closing.confirm_close_unsaved(self)

    def quit(self) -> None:
        """Close for real, even when "close to tray" is chosen."""
        self.companions.quitting = True
        self.close()

    def shut_down(self) -> None:
        """Save everything and close the store, without asking (signals, logout, quit)."""
        closing.shut_down(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        closing.close_event(self, event)
