"""Layout helpers shared by the views."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centred_column(host: QWidget, max_width: int, margins: tuple[int, int, int, int],
                   spacing: int) -> QVBoxLayout:
    """A column of at most ``max_width`` pixels, centred in ``host``: calm line lengths."""
    outer = QHBoxLayout(host)
    outer.setContentsMargins(*margins)
    column_widget = QWidget()
    column_widget.setMaximumWidth(max_width)
    outer.addStretch(1)
    outer.addWidget(column_widget, 100)
    outer.addStretch(1)
    column = QVBoxLayout(column_widget)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(spacing)
    return column
