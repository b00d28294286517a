"""Where a practice suggestion leads, across tabs: kept here so the main window stays small.

Practices on the Practices tab open there; breathing opens Breathe with a 2-minute session
of the longer out-breath pattern ready; naming feelings opens today's journal page; a
values step opens the safety plan (what matters most to me); reaching out shows the people
and lines in Get help now. A practice still running when the window closes is saved as
stopped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from numbness_desktop.ui.main_window import MainWindow
    from numbness_desktop.ui.practices.view import PracticesView


def open_target(window: MainWindow, target: str) -> None:
    if target == "breathe":
        window.quick_breathe()
    elif target == "journal":
        window.open_journal_today()
    elif target == "values":
        show_what_matters(window)
    elif target == "reach_out":
        window.show_help()
    else:
        window.show_tab("Practices")
        window.practices.open_target(target)


def show_what_matters(window: MainWindow) -> None:
    """The safety plan at "What matters most to me", ready to read or add to."""
    from PySide6.QtWidgets import QScrollArea

    window.show_tab("Safety plan")
    editor = window.safety.editors.get("reasons")
    if editor is None:
        return
    scroll = window.safety.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(editor)
    editor.text_field.setFocus()


def open_body_map(window: MainWindow, regions: list[str]) -> None:
    """The body map in marking mode, the places noticed in a body scan already marked."""
    from numbness_desktop.domain.body_map import RegionMark

    window.show_tab("Body map")
    window.body_map.set_mode(0)
    window.body_map.map.set_marks([RegionMark(region) for region in regions])


class _EndOnClose(QObject):
    """A practice still running when the window closes is saved as stopped, before the
    store closes (the window's own closeEvent comes after this filter).

    It watches the window's QWindow, which hears the close first, not the window widget:
    the widget gets an UpdateRequest for every frame the breath pacer paints, and a Python
    filter on it ran 60 times a second (as breathe/window_watch.py explains). Only a window
    not yet shown, which has no QWindow, is watched as a widget.
    """

    def __init__(self, window: MainWindow, view: PracticesView) -> None:
        super().__init__(view)
        self._view = view
        handle = window.windowHandle()
        (handle if handle is not None else window).installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        frame = self._view.frame
        if event.type() == QEvent.Type.Close and frame is not None \
                and frame.stage == "running":
            frame.end(completed=False)
        return False


def connect_practices(window: MainWindow, view: PracticesView) -> None:
    _EndOnClose(window, view)
    view.openTarget.connect(lambda target: open_target(window, target))
    view.openBodyMap.connect(lambda regions: open_body_map(window, regions))
    view.openJournal.connect(window.open_journal_today)
    view.openLearn.connect(window.show_learn)
