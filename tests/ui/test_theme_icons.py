"""The tab bar's scroll arrows are PNGs drawn from their SVGs (the first paint then needs no
SVG plug-in): each PNG, at 1x and @2x, holds exactly what its SVG draws at that size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from numbness_desktop.ui import theme


@pytest.mark.parametrize("name", ["chevron-left", "chevron-right"])
@pytest.mark.parametrize(("scale", "suffix"), [(1, ""), (2, "@2x")])
def test_arrow_png_is_its_svg_drawn(qapp, name, scale, suffix):
    svg = Path(theme.icon_path(f"{name}.svg"))
    png = QImage(str(svg.with_name(f"{name}{suffix}.png")))
    renderer = QSvgRenderer(str(svg))
    size = renderer.defaultSize() * scale
    drawn = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    assert png.size() == size
    assert png.convertToFormat(drawn.format()) == drawn


def test_the_style_sheet_names_the_pngs(qapp):
    sheet = theme.stylesheet(theme.current_colours(), 11.0)
    for name in ("chevron-left.png", "chevron-right.png"):
        assert theme.icon_path(name) in sheet
        assert Path(theme.icon_path(name)).is_file()
