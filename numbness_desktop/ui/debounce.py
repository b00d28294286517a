"""Kept for code written before ``ui/autosave.py``: a ``Debouncer`` *is* an ``Autosave``.

New code imports :class:`numbness_desktop.ui.autosave.Autosave` directly. A ``Debouncer``
also has the maximum wait, so a field built on it is saved while typing never pauses.
"""

from __future__ import annotations

from numbness_desktop.ui.autosave import PAUSE_MS, Autosave

AUTOSAVE_PAUSE_MS = PAUSE_MS
Debouncer = Autosave

__all__ = ["AUTOSAVE_PAUSE_MS", "Debouncer"]
