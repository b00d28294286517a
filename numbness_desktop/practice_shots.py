"""Screenshots of every practice step (``practices-<practice>-<step>.png``), for looking at.

Called by screenshots.py after the Practices tab itself: each practice is opened, drawn on
its opening page, on every guided step, and on its finish page; then the home page comes
back. Body scan and movement are drawn at one step per cue or movement (no waiting: the
steps are reached with Next step, as a person could).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

STEPPED = ("grounding", "grounding_senses", "orienting", "movement", "shake_out", "slow_walk",
           "self_kindness", "staying_present", "body_scan")
MAX_STEPS = 40  # more than any practice has parts


def practice_shots(window, settle: Callable[[], None], save: Callable[[object, str], Path],
                   suffix: str) -> list[Path]:
    from numbness_desktop.domain.practices import CheckInState

    written = []
    window.show_tab("Today")
    today = window.today
    today.check_in.states.buttons[CheckInState.SHUT_DOWN].click()
    today.check_in.connected.buttons[3].click()
    settle()
    written.append(save(window, f"today-checked-in{suffix}.png"))
    window.show_tab("Practices")
    view = window.practices
    view.check_in.preset(CheckInState.ACTIVATED)
    view.check_in.connected.buttons[4].click()
    view.check_in.distress.buttons[7].click()
    view.check_in.save()
    settle()
    written.append(save(view.home.widget(), f"practices-home-page{suffix}.png"))
    for target in STEPPED:
        frame = view.open_target(target)
        settle()
        written.append(save(window, f"practices-{target}-0-start{suffix}.png"))
        frame.before.connected.buttons[3].click()
        frame.begin()
        content = frame.content
        step = 1
        while frame.stage == "running":
            if step > MAX_STEPS:  # a practice that never ends would fill the folder
                raise RuntimeError(f"{target} was still running after {MAX_STEPS} steps")
            settle()
            written.append(save(window, f"practices-{target}-{step}{suffix}.png"))
            step += 1
            if hasattr(content, "nav"):
                content.nav.next_button.click()
            else:
                content.next_part()
        frame.after.connected.buttons[5].click()
        settle()
        written.append(save(window, f"practices-{target}-end{suffix}.png"))
        view.show_home()
    settle()
    return written
