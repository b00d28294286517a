"""A small helper the feature models share for writes that return nothing."""

from __future__ import annotations

from collections.abc import Callable


def then_true(operation: Callable[[], object]) -> Callable[[], bool]:
    """``operation`` made to answer ``True`` once it has run, so a model's ``_write`` (which
    answers ``None`` when the write failed) can tell a kept write from a failed one."""

    def run() -> bool:
        operation()
        return True

    return run
