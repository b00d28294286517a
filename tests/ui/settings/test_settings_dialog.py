"""Settings holds the preferences; each page writes at once and follows changes elsewhere."""

from __future__ import annotations

import pytest

from numbness_desktop.ui import motion, theme
from numbness_desktop.ui.settings.dialog import SettingsDialog
from numbness_desktop.ui.settings.pages import PAGES
from numbness_desktop.ui.view_prefs import ViewPreferences


@pytest.fixture
def dialog(app_model, qtbot, qapp):
    view_prefs = ViewPreferences(app_model.preferences)  # what the main window holds
    shown = SettingsDialog(app_model)
    qtbot.addWidget(shown)
    shown.view_prefs = view_prefs
    yield shown
    theme.force_scheme(qapp, None)
    theme.apply_theme(qapp, 1.0)


def test_pages_in_order_and_title(dialog):
    assert dialog.windowTitle() == "Settings"
    assert dialog.page_titles() == [title for title, _ in PAGES]
    assert dialog.page_titles()[:4] == ["Appearance", "Text size", "Motion", "Sound & speech"]


def test_appearance_choice_is_saved_and_applied(dialog, app_model, qapp):
    page = dialog.show_page("Appearance")
    assert page.buttons["system"].isChecked()
    page.buttons["high-contrast"].click()
    assert app_model.preferences.value("view/appearance", "") == "high-contrast"
    assert theme.current_colours() is theme.HIGH_CONTRAST
    page.buttons["dark"].click()
    assert theme.current_colours() is theme.DARK
    page.buttons["system"].click()
    assert theme.current_colours() is theme.LIGHT


def test_text_size_follows_the_view_menu(dialog, app_model, qapp):
    page = dialog.show_page("Text size")
    assert page.buttons[1.0].isChecked()
    page.buttons[2.0].click()
    assert theme.text_scale(qapp) == 2.0
    dialog.view_prefs.change_text_size(-1)  # Ctrl+- elsewhere
    assert page.buttons[1.75].isChecked()


def test_motion_follows_the_system_until_chosen_and_again_after(dialog, app_model):
    page = dialog.show_page("Motion")
    assert page.buttons["system"].isChecked()
    page.buttons["on"].click()
    assert app_model.preferences.value(motion.KEY, "") == "on"
    page.buttons["system"].click()
    assert not app_model.preferences.contains(motion.KEY)


def test_sound_and_speech(dialog, app_model):
    page = dialog.show_page("Sound & speech")
    assert page.speak.isChecked()
    page.speak.click()
    assert app_model.preferences.value("speech/phases", True) is False
    app_model.preferences.set_value("speech/phases", True)
    assert page.speak.isChecked()


def test_tones_volume_and_which_cues_sound(dialog, app_model, fake_sound_output, qtbot):
    from PySide6.QtCore import Qt

    from numbness_desktop.ui.breathe import tones

    page = dialog.show_page("Sound & speech")
    assert not page.tones.isChecked()  # off by default
    assert not page.details.isEnabled()
    page.tones.click()
    assert app_model.preferences.value("sound/tones", False) is True
    assert page.details.isEnabled()
    page.volume.setFocus()
    qtbot.keyClick(page.volume, Qt.Key.Key_PageUp)  # 50 → 60
    assert app_model.preferences.value(tones.VOLUME_KEY, 0) == 60
    assert page.volume_text.text() == "60 %"
    page.cues["INHALE"].click()
    assert "INHALE" not in tones.chosen_cues(app_model.preferences)
    assert page.cues["BELL"].accessibleName() == "Bell at the end"
    assert page.cues["HOLD"].accessibleName() == "Tone at Hold"
    page.sample.click()  # the first chosen cue, now Hold, at 60 %
    assert fake_sound_output.names(60) == ["HOLD"]


def test_country_page_moves_the_filled_in_numbers(dialog, app_model):
    app_model.safety.set_country("US")
    page = dialog.show_page("Country & crisis line")
    assert page.country_box.currentData() == "US"
    assert "United States" in page.note.text()
    page.country_box.setCurrentIndex(page.country_box.findData("IE"))
    page.country_box.activated.emit(page.country_box.currentIndex())
    phones = [i.phone for i in app_model.safety.plan().items]
    assert phones == ["116 123", "50808", "112"]
    assert "Ireland" in page.note.text()
