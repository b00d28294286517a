"""The privacy tests drive windows too; a text size they import or migrate never leaks."""

import pytest

from tests.ui.conftest import open_window  # noqa: F401


@pytest.fixture(autouse=True)
def normal_text_size_afterwards(qapp):
    yield
    from numbness_desktop.ui import theme

    if theme.text_scale(qapp) != 1.0:
        theme.apply_theme(qapp, 1.0)
