"""The main window's companions: Learn, the well-being check, the welcome and reminders.

Kept out of main_window.py so that file stays about tabs and state. Everything here is built
on first use (or just after the first paint, for the reminder timer), never before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from numbness_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from numbness_desktop.ui.learn.window import LearnWindow
    from numbness_desktop.ui.main_window import MainWindow
    from numbness_desktop.ui.reminders.invitation import InvitationBar
    from numbness_desktop.ui.reminders.tray import ReminderTray
    from numbness_desktop.ui.welcome.dialog import WelcomeDialog
    from numbness_desktop.ui.wellbeing.dialog import Who5Dialog
    from numbness_desktop.ui.wellbeing.offer import WellbeingOffer


class Companions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app_model = window.app_model
        self.learn_window: LearnWindow | None = None
        self.reminder_tray: ReminderTray | None = None
        self.invitation_bar: InvitationBar | None = None
        self.invited_tab = "Today"
        self.wellbeing_offer: WellbeingOffer | None = None
        self.closed = False  # the store is closing: nothing more is read (a late first paint)
        self.app_model.closing.connect(self._closing)
        self.quitting = False

    def add_menu_entries(self, menus) -> None:
        from numbness_desktop.ui.menus import new_action

        help_menu = menus["Help"]
        for name, text, slot in (("Learn", tr("&Learn"), self.show_learn),
                                 ("Welcome", tr("&Welcome"), self.show_welcome)):
            action = new_action(text, self.window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            help_menu.addAction(action)  # lands before About
            self.window.actions_by_name[name] = action
        well_being = new_action(tr("Well-being check (WHO-5)…"), self.window)
        well_being.triggered.connect(lambda _checked=False: self.open_wellbeing())
        help_menu.addAction(well_being)
        self.window.actions_by_name["Well-being check"] = well_being

    # Learn -----------------------------------------------------------------------------------
    def show_learn(self, page_id: str = "") -> Any:
        """Learn as the Support tab's section when this build has Support (its own window
        otherwise, or while a dialog such as the well-being check is in front)."""
        if "Support" in self.window.tab_labels() and self.window.isActiveWindow():
            self.window.show_tab("Support")
            section: Any = self.window.support.show_section("learn")  # the Learn section
            if page_id:
                section.show_page(page_id)
            return section
        if self.learn_window is None:
            from numbness_desktop.ui.learn.window import LearnWindow

            self.learn_window = LearnWindow(self.window)
            self.learn_window.view.helpRequested.connect(self.window.show_help)
        if page_id:
            self.learn_window.view.show_page(page_id)
        self.learn_window.show()
        self.learn_window.raise_()
        self.learn_window.activateWindow()
        return self.learn_window

    # The well-being check ---------------------------------------------------------------------
    def open_wellbeing(self, occasion: str = "own") -> Who5Dialog:
        from PySide6.QtCore import Qt

        from numbness_desktop.ui.wellbeing.dialog import Who5Dialog

        dialog = Who5Dialog(self.app_model.wellbeing, occasion, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.learnRequested.connect(self.show_learn)
        dialog.helpRequested.connect(self.window.show_help)
        dialog.show()  # not modal: its Learn links and Get help now stay usable beside it
        return dialog

    def offer_wellbeing(self, plan_start=None) -> str | None:
        """Offer the WHO-5 when it is due (ui/wellbeing/offer.py: as the plan starts, on its
        last day, then every two weeks; each offer made once; "Not now" kept). Returns the
        occasion offered, if any."""
        if self.closed:
            return None
        if self.wellbeing_offer is None:
            from numbness_desktop.ui.wellbeing.offer import WellbeingOffer

            self.wellbeing_offer = WellbeingOffer(self.app_model, self.window,
                                                  self.open_wellbeing, self.window.add_banner)
        return self.wellbeing_offer.offer(plan_start)

    # The welcome -----------------------------------------------------------------------------
    def show_welcome(self) -> WelcomeDialog:
        from PySide6.QtCore import Qt

        from numbness_desktop.ui.welcome.dialog import WelcomeDialog

        passphrase_page = self._settings_page_about("passphrase", "privacy")
        dialog = WelcomeDialog(self.app_model, self.window,
                               passphrase_available=passphrase_page is not None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.helpRequested.connect(self.window.show_help)
        dialog.remindersRequested.connect(self.show_reminder_settings)
        if passphrase_page is not None:
            dialog.passphraseRequested.connect(
                lambda: self.window.show_settings().show_page(passphrase_page))
        dialog.open()
        return dialog

    @staticmethod
    def _settings_page_about(*words: str) -> str | None:
        """The title of the Settings page about one of ``words`` (e.g. the passphrase), if
        the Settings dialog has one."""
        from numbness_desktop.ui.settings.pages import PAGES

        return next((title for title, _factory in PAGES
                     if any(word in title.lower() for word in words)), None)

    # Reminders -------------------------------------------------------------------------------
    def show_reminder_settings(self):
        """Settings → Reminders (the welcome offers it)."""
        dialog = self.window.show_settings()
        dialog.show_page("Reminders")
        return dialog

    def _closing(self) -> None:
        self.closed = True
        self.close()

    def start_reminders(self) -> None:
        """The tray and the reminder timer; idle (no timer, no icon) while reminders are off."""
        if self.reminder_tray is not None or self.closed:
            return
        from numbness_desktop.ui.reminders.invitation import InvitationBar
        from numbness_desktop.ui.reminders.tray import ReminderTray

        reminders = self.app_model.reminders
        self.invitation_bar = InvitationBar()
        self.window.add_banner(self.invitation_bar)
        self.reminder_tray = ReminderTray(reminders, self)
        self.invitation_bar.snoozeRequested.connect(self.reminder_tray.snooze)
        self.invitation_bar.notTodayRequested.connect(reminders.not_today)
        self.invitation_bar.acceptRequested.connect(self._accept_invitation)
        self.reminder_tray.invited.connect(self._show_invitation)
        self.reminder_tray.openRequested.connect(self.window.bring_to_front)
        self.reminder_tray.quitRequested.connect(self.window.quit)
        self.offer_wellbeing()  # two weeks after the last check (the plan adds its own days)

    def _show_invitation(self, reminder_id: str, title: str, text: str) -> None:
        from numbness_desktop.domain.reminders import ReminderKind

        kind = next((r.kind for r in self.app_model.reminders.reminders()
                     if r.id == reminder_id), ReminderKind.CHECK_IN)
        practice = "Practices" if "Practices" in self.window.tab_labels() else "Breathe"
        self.invited_tab = practice if kind is ReminderKind.PRACTICE else "Today"
        assert self.invitation_bar is not None  # made with the tray that invites
        # The bar translates the invitation's own words (the tray's message does the same).
        self.invitation_bar.invite(title, text, tr("Go to {tab}").format(tab=tr(self.invited_tab)))

    def _accept_invitation(self) -> None:
        self.window.bring_to_front()
        self.window.show_tab(self.invited_tab)

    def keep_in_tray(self) -> bool:
        if self.quitting or self.reminder_tray is None or not self.reminder_tray.tray_shown:
            return False  # (and no reminders module to import on a quick close)
        from numbness_desktop.model.reminders_model import CLOSE_TO_TRAY

        return bool(self.app_model.preferences.value(CLOSE_TO_TRAY, False))

    def close(self) -> None:
        if self.reminder_tray is not None:
            self.reminder_tray.stop()
        if self.learn_window is not None:
            self.learn_window.close()
        if self.wellbeing_offer is not None:
            self.wellbeing_offer.close()
