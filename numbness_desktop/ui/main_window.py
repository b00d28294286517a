"""The main window: tabs in the contract's order, Get help now everywhere, state restored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from numbness_desktop import APP_NAME
from numbness_desktop.domain.clock import Clock, system_clock
from numbness_desktop.model.app_model import AppModel
from numbness_desktop.ui.autosave import flush_all
from numbness_desktop.ui.banners import Banner
from numbness_desktop.ui.companions import Companions
from numbness_desktop.ui.first_paint import after_first_paint
from numbness_desktop.ui.lazy_tab import LazyTab
from numbness_desktop.ui.menus import build_menu_bar, fill_menus
from numbness_desktop.ui.today.view import TodayView
from numbness_desktop.ui.view_prefs import APPEARANCE, TEXT_SCALE, ViewPreferences, appearance

if TYPE_CHECKING:
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
SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_TAB = "window/lastTab"
SETTINGS_TEXT_SCALE = TEXT_SCALE
# A first start's size: it fits a 1366×768 laptop with a desktop panel (~32 px) and a title
# bar (~40 px), and is never larger than the screen's free area (see first_size()).
DEFAULT_SIZE = (1180, 680)
FRAME_ALLOWANCE = (16, 48)  # the window manager's frame and title bar, around the size
# The smallest window every view fits in without clipping (the journal's day bar and the
# body map's side panel set it; tests/ui/test_main_window.py checks every tab against it).
MIN_SIZE = (1024, 640)


def first_size(available: QSize) -> QSize:
    """The default size, shrunk to what the screen has free once the frame is drawn."""
    return QSize(*DEFAULT_SIZE).boundedTo(available - QSize(*FRAME_ALLOWANCE))


class MainWindow(QMainWindow):
    def __init__(self, app_model: AppModel, clock: Clock = system_clock) -> None:
        super().__init__()
        self.app_model = app_model
        self.setWindowTitle(APP_NAME)
        screen = self.screen().availableSize()  # never larger than a small screen itself
        self.setMinimumSize(min(MIN_SIZE[0], screen.width()), min(MIN_SIZE[1], screen.height()))
        self._help_panel: HelpPanel | None = None
        self._focus_before: QWidget | None = None
        self.companions = Companions(self)

        self.help_action = QAction("Get help now", self)
        # setShortcuts([...]), not setShortcut(): PySide6 resolves the latter's overloads by
        # building the whole Qt namespace (~12 ms) before the first paint.
        self.help_action.setShortcuts([QKeySequence("Ctrl+Shift+H"), QKeySequence("F1")])
        self.help_action.setToolTip("Get help now (Ctrl+Shift+H): your crisis line and people")
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action)
        toolbar = QToolBar("Help")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        name = QLabel("Reconnect")
        name.setObjectName("appName")
        toolbar.addWidget(name)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.help_action)
        self.help_button = toolbar.widgetForAction(self.help_action)
        self.help_button.setObjectName("helpButton")
        self.help_button.setAccessibleName("Get help now")
        self.addToolBar(toolbar)  # at the top

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 0, 16, 8)
        layout.setSpacing(8)
        self.error_banner = Banner()
        self.error_banner.setAccessibleName("Message")
        layout.addWidget(self.error_banner)
        self._central_layout = layout
        self.kept_banner = Banner("Bring them back", "Bring back unsaved words")
        self.kept_banner.setAccessibleName("Unsaved words kept")
        self.kept_banner.action.setObjectName("primary")
        self.kept_banner.action.clicked.connect(self.bring_back_kept_words)
        self.kept_banner.close_button.setText("Not now")
        self.kept_banner.close_button.setAccessibleName("Decide about unsaved words later")
        self.kept_banner.close_button.clicked.connect(self._kept_words_later)
        layout.addWidget(self.kept_banner)
        self._closed = False
        # Set by app.create_window: builds a new window on the same data folder (after a
        # restore) and returns it.
        self.reopen: Callable[[], MainWindow] | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName("Sections")
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.today = TodayView(app_model, clock)
        self._tabs: dict[str, QWidget] = {
            "Today": self.today,
            "Body map": LazyTab(self._build_body_map),
            "Journal": LazyTab(lambda: self._build_journal(clock)),
            "Breathe": LazyTab(lambda: self._build_breathe(clock)),
            "Practices": LazyTab(lambda: self._build_practices(clock)),
            "Trends": LazyTab(self._build_trends),
            "Support": LazyTab(lambda: self._build_support(clock)),
            "Safety plan": LazyTab(lambda: self._build_safety(clock)),
        }
        for label in TAB_ORDER:
            if label in self._tabs:
                self.tabs.addTab(self._tabs[label], label)
        self.today.openSafetyPlan.connect(lambda: self.show_tab("Safety plan"))
        self.today.openBodyMap.connect(lambda: self.show_tab("Body map"))
        self.today.helpRequested.connect(self.show_help)
        self.today.openJournal.connect(self.open_journal_today)
        self.today.openPlace.connect(self.open_place)
        # A step whose tab is not in this build keeps its tick box, without a dead button.
        self.today.two_weeks.place_available = self.can_open_place
        self.today.two_weeks.refresh()
        self.today.openBreathing.connect(self.quick_breathe)
        self.today.check_in.suggestionChosen.connect(self.open_practice_target)
        self.tabs.currentChanged.connect(lambda _i: self.flush_views())
        self.view_prefs = ViewPreferences(app_model.preferences, self)
        self._settings_dialog: SettingsDialog | None = None
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
        self.everything_deleted = False
        self.companions.add_menu_entries(self.menus)  # Help → Learn, Welcome; Quit for real
        app_model.preferences.changed.connect(self._on_preference)

        app_model.errorOccurred.connect(self.show_error)
        self._restore_state()
        after_first_paint(self, self._finish_after_first_paint)

    def _finish_after_first_paint(self) -> None:
        """Set-up that needs Qt's ``Qt`` namespace, whose Python enums take PySide6 about
        12 ms to build: nothing on the way to the first paint uses it."""
        from PySide6.QtCore import Qt

        self.fill_menus()
        # Get help now answers from every window of the app, dialogs included, and its
        # button is in the Tab order of every tab.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        from numbness_desktop.ui import focus_follow

        focus_follow.install(QApplication.instance())  # focus never lands out of sight
        self.app_model.system_motion.refresh()  # asks the desktop portal, without waiting
        self.companions.start_reminders()

    def fill_menus(self) -> None:
        """Reconnect's menu entries and their shortcuts (once; after the first paint)."""
        if self.menus_filled:
            return
        self.menus_filled = True
        fill_menus(self, self.menus, TAB_ORDER)
        self._check_appearance()

    def createPopupMenu(self) -> QMenu | None:
        """No right-click menu for hiding the toolbar: Get help now must stay in reach."""
        return None

    # Navigation ------------------------------------------------------------------------------
    def tab_labels(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_tab(self, label: str) -> bool:
        tab = self._tabs.get(label)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return True

    @property
    def safety(self) -> SafetyPlanView:
        """The Safety plan view, built on first use (it is not needed for the first paint)."""
        tab = self._tabs["Safety plan"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_safety(self, clock: Clock) -> SafetyPlanView:
        from numbness_desktop.ui.safety.view import SafetyPlanView

        return SafetyPlanView(self.app_model, clock)

    @property
    def journal(self) -> JournalView:
        """The Journal view, built on first use (it never loads history at start-up)."""
        tab = self._tabs["Journal"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_journal(self, clock: Clock) -> JournalView:
        from numbness_desktop.ui.journal.view import JournalView

        journal = self.app_model.journal
        if not journal.has_day_providers():
            journal.add_day_provider(self.app_model.breathing.day_items,
                                     self.app_model.breathing.sessionsChanged)
            journal.add_day_provider(self.app_model.body_map.day_items,
                                     self.app_model.body_map.feelingsChanged)
            journal.add_day_provider(self.app_model.practices.day_items,
                                     self.app_model.practices.anyChanged)
            # An own word named in the journal is offered on the body map too.
            journal.dayChanged.connect(lambda _day: self.app_model.body_map.forget_words())
        view = JournalView(self.app_model, clock)
        view.openTab.connect(self.show_tab)
        view.openPlace.connect(self.open_place)  # the search box's Learn pages
        if not self.kept_banner.isHidden():
            view.recovery_banner.hide()  # one banner at a time offers the kept words
        return view

    def open_journal_today(self) -> None:
        self.show_tab("Journal")
        self.journal.go_today()
        self.journal.editor.setFocus()

    def search_journal(self) -> None:
        """Ctrl+F anywhere: the journal is what can be searched."""
        self.show_tab("Journal")
        self.journal.focus_search()

    @property
    def body_map(self) -> BodyMapView:
        """The Body map view, built on first use."""
        tab = self._tabs["Body map"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_body_map(self) -> BodyMapView:
        from numbness_desktop.ui.bodymap.view import BodyMapView

        return BodyMapView(self.app_model.body_map)

    @property
    def breathe(self) -> BreatheView:
        """The Breathe view, built on first use."""
        tab = self._tabs["Breathe"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_breathe(self, clock: Clock) -> BreatheView:
        from numbness_desktop.ui.breathe.view import BreatheView

        return BreatheView(self.app_model, clock)

    @property
    def trends(self) -> TrendsView:
        tab = self._tabs["Trends"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_trends(self) -> TrendsView:
        from numbness_desktop.ui.trends.view import TrendsView

        view = TrendsView(self.app_model.trends)
        view.wellbeingRequested.connect(self.open_wellbeing)
        return view

    @property
    def practices(self) -> PracticesView:
        """The Practices view, built on first use."""
        tab = self._tabs["Practices"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_practices(self, clock: Clock) -> PracticesView:
        from numbness_desktop.ui.practices.routing import connect_practices
        from numbness_desktop.ui.practices.view import PracticesView

        view = PracticesView(self.app_model, clock)
        connect_practices(self, view)
        return view

    def open_practice_target(self, target: str) -> None:
        """A suggestion (from Today or Practices): its practice, or the tab it lives on."""
        from numbness_desktop.ui.practices.routing import open_target

        open_target(self, target)

    @property
    def support(self) -> SupportView:
        """The Support view, built on first use."""
        tab = self._tabs["Support"]
        assert isinstance(tab, LazyTab)
        return tab.view()  # type: ignore[return-value]

    def _build_support(self, clock: Clock) -> SupportView:
        from numbness_desktop.ui.support.view import SupportView

        view = SupportView(self.app_model, clock, self.can_open_place)
        view.openPlace.connect(self.open_place)
        view.openSummary.connect(self.open_summary)
        return view

    def open_summary(self) -> None:
        """Support's first appointment: the Trends summary, one click away."""
        self.show_tab("Trends")
        self.trends.open_summary()

    def can_open_place(self, place: str) -> bool:
        from numbness_desktop.ui import places

        return places.can_open(self, place)

    def open_place(self, place: str) -> bool:
        """Where a two-week plan step (or a Support link) is done: see ui/places.py."""
        from numbness_desktop.ui import places

        return places.open_place(self, place)

    def quick_breathe(self) -> None:
        """Today's quick start: the Breathe tab with a 2-minute session ready."""
        self.show_tab("Breathe")
        self.breathe.prepare_quick_start()

    def flush_views(self) -> bool:
        """Save pending words in every built view; ``False`` if some could not be kept."""
        if self._closed:
            return True
        flush_all(self)  # every autosaving field, also ones later features add
        kept = True
        for label in ("Safety plan", "Journal", "Body map", "Practices", "Support"):
            tab = self._tabs.get(label)
            if isinstance(tab, LazyTab) and tab.built:
                kept = tab.view().flush() and kept  # type: ignore[attr-defined]
        return kept

    def current_tab(self) -> str:
        return self.tabs.tabText(self.tabs.currentIndex())

    def show_help(self) -> HelpPanel:
        """Get help now: focus on the crisis line, and back where it was on close."""
        if self._help_panel is None:
            from numbness_desktop.ui.help_panel import HelpPanel

            self._help_panel = HelpPanel(self.app_model, self)
            self._help_panel.finished.connect(self._return_focus)
        panel = self._help_panel
        before = QApplication.focusWidget()
        if before is not None and not panel.isAncestorOf(before):
            self._focus_before = before
        panel.show()
        panel.raise_()
        panel.activateWindow()
        panel.focus_first_item()
        return panel

    def _return_focus(self) -> None:
        from PySide6.QtCore import Qt

        widget, self._focus_before = self._focus_before, None
        if widget is None:
            return
        try:
            if widget.isVisible():
                widget.window().activateWindow()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:
            pass  # that widget is gone (a closed dialog)

    # Learn, the well-being check, the welcome, reminders (ui/companions.py) ------------------
    def show_learn(self, page_id: str = "") -> LearnWindow:
        """Help → Learn, and every "learn more" link: a page by its id (domain/learn.py)."""
        return self.companions.show_learn(page_id)

    def open_wellbeing(self, occasion: str = "own") -> Who5Dialog:
        """The WHO-5 check (the two-week plan offers it with its occasion; Trends: "own")."""
        return self.companions.open_wellbeing(occasion)

    def offer_wellbeing(self, plan_start=None) -> str | None:
        """For the two-week plan: offer the WHO-5 if it is due (``plan_start``: the plan's
        first day, a ``date``); returns the occasion offered or ``None``."""
        return self.companions.offer_wellbeing(plan_start)

    def show_welcome(self) -> WelcomeDialog:
        """Help → Welcome (and the first start on a new data folder, from app.py)."""
        return self.companions.show_welcome()

    def show_reminder_settings(self):
        return self.companions.show_reminder_settings()

    def quit(self) -> None:
        """Close for real, even when "close to tray" is chosen."""
        self.companions.quitting = True
        self.close()

    def confirm_close_unsaved(self) -> bool:
        """Some words could not be saved: closing now would lose them, so ask first."""
        box = QMessageBox(QMessageBox.Icon.Question, "Some words aren't saved yet",
                          "Reconnect couldn't save everything you typed (the message at the "
                          "top says why). If you close now, those words are lost. Keeping it "
                          "open lets you copy them or try again.", parent=self)
        keep = box.addButton("Keep it open", QMessageBox.ButtonRole.RejectRole)
        close = box.addButton("Close anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is close

    def add_banner(self, banner: QWidget) -> None:
        """A strip under the error banner (the reminders' invitation)."""
        self._central_layout.insertWidget(1, banner)

    def show_error(self, message: str) -> None:
        self.error_banner.show_message(message)

    def bring_to_front(self) -> None:
        """Used when a second launch asks for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def change_text_size(self, step: int) -> float:
        """Ctrl+= / Ctrl+- / Ctrl+0: text scales for everyone who needs it larger."""
        return self.view_prefs.change_text_size(step)

    def show_settings(self) -> SettingsDialog:
        """File → Settings… (Ctrl+,): every preference in one place."""
        if self._settings_dialog is None:
            from numbness_desktop.ui.settings.dialog import SettingsDialog

            self._settings_dialog = SettingsDialog(self.app_model, self)
            self.app_model.data_safety.restoreRequested.connect(self._restore_from_settings)
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        self._settings_dialog.activateWindow()
        return self._settings_dialog

    def show_about(self) -> QDialog:
        """Help → About: version, licence and where this person's data lives."""
        from numbness_desktop.ui.about import AboutDialog

        dialog = AboutDialog(self.app_model.store.data_dir, self)
        dialog.open()
        return dialog

    def _on_preference(self, key: str) -> None:
        if key == APPEARANCE:
            self._check_appearance()

    def _check_appearance(self) -> None:
        chosen = appearance(self.app_model.preferences)
        if not self.menus_filled:
            return
        for action in self.appearance_group.actions():
            action.setChecked(action.data() == chosen)

    # State ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        prefs = self.app_model.preferences
        geometry = QByteArray.fromBase64(prefs.value(SETTINGS_GEOMETRY, "").encode("ascii"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableSize()))
        self.view_prefs.apply_stored()
        last = prefs.value(SETTINGS_TAB, "")
        if last:
            self.show_tab(last)
        self._offer_kept_words()
        if self.app_model.start_notice:
            self.show_error(self.app_model.start_notice)
        if self.app_model.read_only:
            self.show_info("This data folder is read-only (a read-only disk, or a folder set "
                           "that way), so Reconnect opened it for looking back and exporting: "
                           "nothing new can be saved here.")

    def save_state(self) -> None:
        prefs = self.app_model.preferences
        prefs.set_value(SETTINGS_GEOMETRY, self.saveGeometry().toBase64().data().decode("ascii"))
        prefs.set_value(SETTINGS_TAB, self.current_tab())

    # Backups, restore, export, import, Delete everything ------------------------------------
    def open_data_dialog(self, name: str):
        """Export, Import, Back up now or Delete everything, as from the File menu."""
        from numbness_desktop.ui.data.actions import open_data_dialog

        return open_data_dialog(self, name)

    def forget_everything(self) -> None:
        """Everything was deleted (the store is closed): closing, a signal or the session's
        end save nothing again."""
        self.everything_deleted = True
        self._closed = True

    def back_up_now(self) -> bool:
        self.flush_views()
        made = self.app_model.data_safety.back_up_now()
        if made is not None:
            self.show_info(f"A backup was made: {made.name}, in your data folder's backups.")
        return made is not None

    def restore_from_backup(self) -> bool:
        """File → Restore from backup…: choose a backup, then restore it and reopen."""
        from numbness_desktop.ui.data.restore_dialog import RestoreDialog

        self.flush_views()
        dialog = RestoreDialog(self.app_model.data_safety.backups(), self.show_help, self)
        if not self.exec_dialog(dialog) or dialog.chosen() is None:
            return False
        return self.restore_backup(dialog.chosen())

    def _restore_from_settings(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.close()
        self.restore_from_backup()

    def exec_dialog(self, dialog) -> bool:
        """Run a modal dialog (tests replace this to answer it)."""
        return bool(dialog.exec())

    def restore_backup(self, chosen: Path | None) -> bool:
        """Save and close everything, restore ``chosen`` (current files set aside first) and
        reopen the window on the restored data."""
        self.shut_down()
        restored, problem = self.app_model.data_safety.restore(chosen)
        window = self.reopen() if self.reopen is not None else None
        if window is not None:
            if restored is not None:
                when = restored.backup.taken_at
                window.show_info(
                    f"The backup from {when.day} {when:%B %Y, %H:%M} is back ("
                    f"{restored.backup.counts_text()}). What was there before is kept in "
                    f"{restored.set_aside}." if when and restored.set_aside else
                    "The backup is back.")
            else:
                window.show_error(problem)
        return restored is not None

    def show_info(self, message: str) -> None:
        self.error_banner.show_message(message)

    # Words a crash left behind ------------------------------------------------------------
    def _offer_kept_words(self) -> None:
        """One calm banner for every editor's unsaved words found at start."""
        kept = self.app_model.kept_drafts()
        if not kept:
            return
        parts = []
        if kept.get("Journal"):
            count = kept["Journal"]
            parts.append("words in your journal" if count == 1
                         else f"words in {count} journal entries")
        if kept.get("Body map"):
            parts.append("a feeling you were noting on the body map")
        self.kept_banner.show_message(
            f"Reconnect closed before everything was saved: {' and '.join(parts)}. They were "
            "kept safe, and can go back where you typed them.")

    def _kept_words_later(self) -> None:
        """'Not now': the journal keeps offering its drafts in its own place, quietly."""
        tab = self._tabs.get("Journal")
        if isinstance(tab, LazyTab) and tab.built:
            self.journal.offer_drafts_again()

    def bring_back_kept_words(self) -> None:
        """Put every kept draft back in its place and open the first of those places."""
        kept = self.app_model.kept_drafts()
        self.kept_banner.hide()
        first = None
        if kept.get("Body map"):
            _ = self.body_map  # built: the view puts its kept form back as it is made
            first = "Body map"
        if kept.get("Journal"):
            self.show_tab("Journal")
            while self.journal.restore_draft():
                pass
            first = "Journal"
        if first:
            self.show_tab(first)

    # Closing ------------------------------------------------------------------------------
    def shut_down(self) -> None:
        """Save everything and close the store, without asking (signals, logout, quit)."""
        if self._closed:
            return
        self.flush_views()
        self.save_state()
        self.companions.close()
        if self._help_panel is not None:
            self._help_panel.close()
        self._closed = True
        self.app_model.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.everything_deleted:  # the store is closed and its files are gone
            if self._help_panel is not None:
                self._help_panel.close()
            super().closeEvent(event)
            return
        if not self._closed and not self.flush_views() and not self.confirm_close_unsaved():
            event.ignore()
            return
        if not self._closed and self.companions.keep_in_tray():
            self.save_state()  # reminders keep running; the tray icon brings the window back
            event.ignore()
            self.hide()
            return
        self.shut_down()
        super().closeEvent(event)
