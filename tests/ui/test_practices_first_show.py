"""The Practices tab's first show does only what its home page needs (issue 17).

No timings here (benchmarks/view_timings.py measures them): what is checked is the work
itself. The tab's first show imports no practice's own modules (a practice's frame brings
the Learn pages), nor the suggestion rules or the trends' dataclasses; and the home page is
laid out once, at the tab's real size, not first at a default size and then again.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from numbness_desktop.ui.cards import ActionCard
from numbness_desktop.ui.practices.reflow import CardGrid

CHECK = """
import pathlib, sys, tempfile
from numbness_desktop.ui import theme
app = theme.new_application("x")
from numbness_desktop import app as wiring
window = wiring.create_window(pathlib.Path(tempfile.mkdtemp()))
window.resize(1280, 800)
window.show()
app.processEvents()
window.show_tab("Practices")
app.processEvents()
later = ("numbness_desktop.ui.practices.frame", "numbness_desktop.domain.learn",
         "numbness_desktop.ui.practices.grounding", "numbness_desktop.ui.practices.body_scan",
         "numbness_desktop.ui.practices.movement", "numbness_desktop.ui.practices.pause",
         "numbness_desktop.domain.suggestions", "numbness_desktop.domain.practice_trends")
print(" ".join(name for name in later if name in sys.modules) or "none")
window.practices.open_target("grounding")
app.processEvents()
print("frame" if "numbness_desktop.ui.practices.frame" in sys.modules else "no frame")
window.close()
"""


def test_the_first_show_imports_no_practice_until_one_opens(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["none", "frame"]


class _PageResizes(QObject):
    """Every page's resizes, in order (installed on the application)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[QObject, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched.objectName() == "page":
            self.seen.append((watched, watched.width()))
        return False


def test_the_home_page_is_laid_out_once_at_the_tabs_width(qtbot, open_window):
    window = open_window()
    resizes = _PageResizes()
    QApplication.instance().installEventFilter(resizes)
    try:
        window.show_tab("Practices")
        page = window.practices.home.widget()
        qtbot.waitUntil(lambda: page.isVisible() and page.width() > 900)
        qtbot.wait(50)
    finally:
        QApplication.instance().removeEventFilter(resizes)
    widths = [width for widget, width in resizes.seen if widget is page]
    assert len(set(widths)) == 1, widths  # one width: never first at a guessed size
    assert window.practices.card_grid.columns == 2


def test_cards_added_together_are_placed_once_two_to_a_row_until_sized(qtbot):
    holder = QWidget()  # no layout: the grid takes the size it is given
    qtbot.addWidget(holder)
    holder.resize(400, 400)
    grid = CardGrid()
    grid.setParent(holder)
    cards = [ActionCard(f"Card {n}", "Words", "Open", f"Open {n}") for n in range(3)]
    grid.extend(cards)
    assert grid.columns == 2
    assert grid.grid.getItemPosition(grid.grid.indexOf(cards[2]))[:2] == (1, 0)
    grid.resize(200, 400)  # too narrow for two: one to a row
    holder.show()
    qtbot.waitUntil(lambda: grid.columns == 1)
    assert grid.grid.getItemPosition(grid.grid.indexOf(cards[1]))[:2] == (1, 0)
