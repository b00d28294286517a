"""One saving mechanism for every text a person types: a debounce with a maximum wait.

A plain debounce ("save once typing pauses") never fires while someone keeps typing, so a
crash after a minute of steady writing lost the whole minute. :class:`Autosave` saves
``pause_ms`` after the last change *or* ``max_wait_ms`` after the first unsaved change,
whichever comes first: with the defaults the words are on disk at most about 0.8 s after
any keystroke, however steadily the person types.

:func:`flush_all` saves every ``Autosave`` inside a window (every one made is remembered,
and those whose parent lies in the window are flushed); the main window calls it on tab
changes, on close, on SIGTERM, SIGHUP, SIGINT and at the desktop session's end, so a field
added by a later feature is saved on shutdown without being wired by hand. An ``Autosave``
therefore needs a parent inside the window. (Not ``findChildren(Autosave)``: to test each
of the window's hundreds of children PySide6 makes a Python object for every one Qt made
itself, ~5 ms on every tab change and on every close.)
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 400  # after the last keystroke
MAX_WAIT_MS = 800  # after the first unsaved keystroke, even while typing goes on
# The guarantee the tests and docs/data-safety.md state: words on disk within this.
GUARANTEE_MS = 1000

class Autosave(QObject):
    """Call ``action`` once changes pause, and never later than ``max_wait_ms`` after the
    first change since the last save (``max_wait_ms=None``: a plain debounce, for things
    that are not saving, like a search box)."""

    def __init__(self, action: Callable[[], object], pause_ms: int = PAUSE_MS,
                 parent: QObject | None = None, max_wait_ms: int | None = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        _LIVE[self] = None
        self._action = action
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(pause_ms)
        self._pause.timeout.connect(self._fire)
        self._deadline: QTimer | None = None
        if max_wait_ms is not None:
            self._deadline = QTimer(self)
            self._deadline.setSingleShot(True)
            self._deadline.setInterval(max_wait_ms)
            self._deadline.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        """Changes are waiting to be saved."""
        return self._pause.isActive()

    def poke(self) -> None:
        """Something changed: restart the pause; the maximum wait keeps counting."""
        if self._deadline is not None and not self._deadline.isActive():
            self._deadline.start()
        self._pause.start()

    def flush(self) -> None:
        """Save now if anything is waiting (focus change, tab change, close, signals)."""
        if self.pending:
            self._fire()

    def cancel(self) -> None:
        """Forget the waiting changes (the caller saved them some other way)."""
        self._pause.stop()
        if self._deadline is not None:
            self._deadline.stop()

    def _fire(self) -> None:
        self.cancel()
        self._action()


# Every Autosave alive, in the order they were made (forgotten with their Python object).
_LIVE: weakref.WeakKeyDictionary[Autosave, None] = weakref.WeakKeyDictionary()


def flush_all(root: QObject) -> None:
    """Save every field inside ``root`` (a window) that has changes waiting."""
    for autosave in list(_LIVE):
        if shiboken6.isValid(autosave) and _inside(autosave, root):
            autosave.flush()


def _inside(autosave: Autosave, root: QObject) -> bool:
    """Whether ``autosave`` is one of ``root``'s Qt descendants."""
    parent = autosave.parent()
    while parent is not None:  # the QObject tree, as findChildren saw it (dialogs too)
        if parent is root:
            return True
        parent = parent.parent()
    return False
