"""The privacy tests drive windows too."""

from tests.ui.conftest import open_window  # noqa: F401
