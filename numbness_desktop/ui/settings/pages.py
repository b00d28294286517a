"""The Settings dialog's pages, in order: (title, factory(app_model, parent) -> QWidget).

A feature adds its page by adding one line here; the factory imports its module when the
dialog is built, so nothing here costs anything at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from numbness_desktop.model.app_model import AppModel

PageFactory = Callable[[AppModel, QWidget], QWidget]


def _appearance(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.view_pages import AppearancePage

    return AppearancePage(app_model.preferences, parent)


def _text_size(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.view_pages import TextSizePage

    return TextSizePage(app_model.preferences, parent)


def _motion(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.motion_page import MotionPage

    return MotionPage(app_model.preferences, app_model.system_motion.reduced, parent)


def _sound(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.sound_page import SoundPage

    return SoundPage(app_model.preferences, parent)


def _country(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.country_page import CountryPage

    return CountryPage(app_model, parent)


def _privacy(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.privacy_page import PrivacyPage

    return PrivacyPage(app_model.privacy, parent)


def _data(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.settings.data_page import DataPage

    return DataPage(app_model, parent)


def _reminders(app_model: AppModel, parent: QWidget) -> QWidget:
    from numbness_desktop.ui.reminders.settings_page import RemindersPage

    return RemindersPage(app_model, parent)


PAGES: tuple[tuple[str, PageFactory], ...] = (
    ("Appearance", _appearance),
    ("Text size", _text_size),
    ("Motion", _motion),
    ("Sound & speech", _sound),
    ("Country & crisis line", _country),
    ("Privacy", _privacy),
    ("Reminders", _reminders),
    ("Data", _data),
)
