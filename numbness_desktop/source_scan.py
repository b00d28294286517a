"""Import modules without PySide6 reading each one's source first.

PySide6 replaces ``__import__``. After every import statement for a module it has not
yet seen, it asks ``shibokensupport.feature._mod_uses_pyside``, which reads the module's
whole source with ``inspect.getsource`` and looks for the word "PySide6". It does this to
support ``from __feature__ import snake_case``, which Reconnect never uses.

That reading is measurable:
- about 6 ms of start-up, over the ~70 modules named after Qt is loaded;
- about 45 ms of the Trends tab's first show, over the ~300 modules of numpy and
  pyqtgraph.

Inside :func:`without_source_scan`, new modules are recorded as "ignore this module" (-1)
without being read. PySide6 records the same value for any module that never names
PySide6, and the value only matters for ``__feature__`` switching. If a PySide6 release
changes or drops the hook, this does nothing and imports are only slower. This is the same
kind of workaround as ``refcount_guard``; remove it when PySide6 stops scanning sources.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_FEATURE_MODULE = "shibokensupport.feature"  # loaded with PySide6.QtCore
_CHECK = "_mod_uses_pyside"


def _ignore(_module: object) -> bool:
    return False


@contextmanager
def without_source_scan() -> Iterator[None]:
    """Within the block, modules imported for the first time skip PySide6's source scan."""
    import PySide6.QtCore  # noqa: F401  (installs the hook this replaces)

    feature = sys.modules.get(_FEATURE_MODULE)
    check = getattr(feature, _CHECK, None)
    if check is None:
        yield
        return
    setattr(feature, _CHECK, _ignore)
    try:
        yield
    finally:
        setattr(feature, _CHECK, check)
