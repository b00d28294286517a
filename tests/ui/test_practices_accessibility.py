"""Inside every practice — its opening page, its guided steps, its finish — every Tab stop has
a name, shows its focus and lies on screen, and no label's name hides the words it shows
(the tab-wide audit in test_accessibility.py sees only the Practices home page)."""

from __future__ import annotations

import pytest

from numbness_desktop.ui.practices.view import PRACTICE_TARGETS
from tests.ui.a11y_audit import hidden_label_text, tab_walk


@pytest.fixture
def settle(qapp):
    def run() -> None:
        for _ in range(3):
            qapp.processEvents()

    return run


def test_every_practice_page_is_named_reachable_and_visible(open_window, settle, qtbot):
    window = open_window()
    window.resize(1280, 800)
    window.show_tab("Practices")
    qtbot.wait(50)
    found: dict[str, list[str]] = {}
    for target in PRACTICE_TARGETS:
        frame = window.practices.open_target(target)
        for stage in ("intro", "running", "finished"):
            if stage == "running":
                frame.begin()
            elif stage == "finished":
                frame.end(completed=True)
            settle()
            stops, problems = tab_walk(window.tabs.tabBar(), settle)
            if stage == "intro" and frame.learn_button not in stops:
                problems.append("the Learn link is not in the Tab order")
            found[f"{target} {stage}"] = problems + hidden_label_text(frame)
        window.practices.show_home()
    assert found == {key: [] for key in found}
