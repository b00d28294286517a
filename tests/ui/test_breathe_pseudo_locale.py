"""Breathe in a pseudo-locale (every translated string 40 % longer, in brackets): every word
on the tab comes through the translator, and nothing is cut."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from tests.ui.clipping import clipped


def _words(text: str) -> bool:
    """Text with letters in it (the 0-10 buttons show numbers only)."""
    return any(char.isalpha() for char in text)


def test_every_word_on_breathe_is_translated_and_nothing_is_cut(pseudo, open_window, qtbot,
                                                                monkeypatch):
    window = open_window()
    window.resize(1280, 800)
    window.show_tab("Breathe")
    view = window.breathe
    qtbot.wait(50)
    shown = [w for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)
             if w.isVisible() and _words(w.text())]
    assert len(shown) > 15
    untranslated = [w.text() for w in shown
                    if not w.text().lstrip().startswith("[") and "[" not in w.text()]
    assert untranslated == []
    assert view.phase_label.text().startswith("[Ready")
    assert view.start_button.accessibleName().startswith("[Start breathing")
    for box in view.findChildren(QComboBox):
        assert all(box.itemText(i).startswith("[") for i in range(box.count()))
    assert clipped(view) == []

    from numbness_desktop.ui import announce as announce_module

    spoken: list[str] = []
    monkeypatch.setattr(announce_module, "_send", lambda event: spoken.append(
        event.message() if announce_module.HAS_ANNOUNCEMENTS
        else event.accessibleInterface().text(QAccessible.Text.Description)))
    view.lead_in_check.setChecked(False)
    view.start()
    try:
        assert view.start_button.text().startswith("[Pause")
        assert view.start_button.accessibleName().startswith("[Pause breathing")
        assert view.status_label.text().startswith("[")  # "[{clock} left~~]" with the time
        assert spoken and spoken[0].startswith("[Breathe in")  # heard in the person's language
        assert clipped(view) == []
    finally:
        view.stop()
    assert view.end_label.text().startswith("[")
