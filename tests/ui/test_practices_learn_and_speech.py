"""Each practice's "why this can help" leads to its Learn page, by keyboard too; step changes
are spoken to a screen reader, and not when the person turned spoken phases off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from numbness_desktop.domain import learn
from numbness_desktop.ui.practices.view import PRACTICE_TARGETS, PracticesView

# The Learn page each practice points to (ids from domain/learn.py).
EXPECTED = {
    "grounding": "window-of-tolerance", "grounding_senses": "window-of-tolerance",
    "orienting": "window-of-tolerance", "body_scan": "mindfulness", "movement": "somatic",
    "shake_out": "somatic", "slow_walk": "somatic", "self_kindness": "act",
    "staying_present": "relational",
}


@pytest.fixture
def spoken(monkeypatch) -> list[str]:
    from numbness_desktop.ui import announce as announce_module

    said: list[str] = []
    monkeypatch.setattr(announce_module, "_send", lambda event: said.append(
        event.message() if announce_module.HAS_ANNOUNCEMENTS
        else event.accessibleInterface().text(QAccessible.Text.Description)))
    return said


@pytest.fixture
def view(qtbot, app_model, clock):
    widget = PracticesView(app_model, clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_practice_names_an_existing_learn_page(view):
    assert set(EXPECTED) == set(PRACTICE_TARGETS)
    for target, page_id in EXPECTED.items():
        frame = view.open_target(target)
        assert frame is not None and frame.learn_button is not None, target
        assert frame.content.learn_page == page_id
        title = learn.page(page_id).title
        assert frame.learn_button.text() == "Read more in Learn"
        assert frame.learn_button.accessibleName() == f"Read more in Learn: {title}"
        assert frame.learn_button.toolTip() == title
        assert frame.learn_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        view.show_home()


def test_the_learn_link_opens_its_page_by_keyboard(open_window, qtbot):
    window = open_window()
    window.show_tab("Practices")
    frame = window.practices.open_target("body_scan")
    assert QApplication.focusWidget() is frame.start_button
    for _ in range(40):  # Tab round the opening page until the link has the focus
        if QApplication.focusWidget() is frame.learn_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is frame.learn_button
    QTest.keyClick(frame.learn_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _learn_showing(window) == "mindfulness")


def _learn_showing(window) -> str:
    """The id of the Learn page a person sees now (in Support, or Learn's own window)."""
    from numbness_desktop.ui.learn.view import LearnView

    shown = [view for widget in QApplication.topLevelWidgets()
             for view in widget.findChildren(LearnView) if view.isVisible()]
    return shown[0].current_id if shown else ""


def test_each_step_is_spoken_unless_spoken_phases_is_off(view, app_model, spoken):
    frame = view.open_target("self_kindness")
    frame.start_button.click()
    for _ in range(3):
        frame.content.nav.next_button.click()
    assert frame.stage == "finished"
    assert [said.split(":")[0] for said in spoken[:3]] == [
        "Step 1 · 3 in all", "Step 2 · 3 in all", "Step 3 · 3 in all"]
    assert spoken[3] == frame.finish_label.text()

    spoken.clear()
    app_model.preferences.set_value("speech/phases", False)  # Settings → Spoken phases
    for target in ("grounding", "movement", "body_scan", "staying_present"):
        frame = view.open_target(target)
        frame.start_button.click()
        next_button = getattr(frame.content, "nav", frame.content).next_button
        next_button.click()
        frame.end(completed=False)
    assert spoken == []

    app_model.preferences.set_value("speech/phases", True)
    frame = view.open_target("grounding")  # the choice is read as each step begins
    frame.start_button.click()
    assert spoken == ["Step 1 · 5 in all. Name five things you can see."]
