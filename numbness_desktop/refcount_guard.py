"""Guard against a reference-count bug of PySide6 6.12 wheels on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method that
returns nothing takes one reference away from ``None``, and every ``Signal.emit()`` takes
one from ``True``. On Python 3.12+ these objects are immortal and nothing happens; on 3.11
their counts (a few thousand) reach zero after a few thousand calls and the process aborts
with "Fatal Python error: none_dealloc / bool_dealloc". The breath pacer makes such calls
at 60 frames a second, so it would abort within a minute; the rest of the app more slowly.

The guard gives ``None``, ``True`` and ``False`` a huge extra count once per process, which
is what 3.12 does for them anyway ("immortal objects"). Remove it when the wheels are fixed.
"""

from __future__ import annotations

import sys

EXTRA_REFERENCES = 1 << 40  # far more than any process lifetime can take away
_done = False


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal on CPython < 3.12; True if applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += EXTRA_REFERENCES
    _done = True
    return True
