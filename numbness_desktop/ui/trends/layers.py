"""A chart's items kept from one draw to the next, so a period switch gives them new data.

pyqtgraph's adding and removing of items (scene bookkeeping, legend labels typeset again)
was most of a period switch when every draw began with ``plot.clear()``. A chart drawn
through :class:`Layers` names each item by its role ("bars", "line shut down", …): the
first draw makes it, later draws update it in place (``setData``/``setOpts``), and an item
the new data does not need is hidden. Items stack in the order this draw asks for them and
the legend lists them in that order, exactly as a fresh drawing would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg


class Layers:
    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.items: dict[str, Any] = {}
        self._order: list[str] = []

    @staticmethod
    def of(plot: pg.PlotWidget) -> Layers:
        """The plot's layers, begun for a new draw."""
        layers = getattr(plot, "_trends_layers", None)
        if layers is None:
            layers = Layers(plot)
            plot._trends_layers = layers  # one plot, one chart: its items live with it
        layers._order = []
        return layers

    def item(self, role: str, make: Callable[[], Any], update: Callable[[Any], object]) -> Any:
        """The item for ``role``: made and added the first time, else updated and shown."""
        item = self.items.get(role)
        if item is None:
            item = make()
            item.setZValue(len(self._order))
            self.plot.addItem(item)
            self.items[role] = item
        else:
            update(item)
            item.setZValue(len(self._order))
            item.show()
        self._order.append(role)
        return item

    def put(self, role: str, kind: type, update: str, *args: Any, **opts: Any) -> Any:
        """``kind(*args, **opts)`` the first time, else ``item.<update>(*args, **opts)``."""
        return self.item(role, lambda: kind(*args, **opts),
                         lambda item: getattr(item, update)(*args, **opts))

    def done(self) -> None:
        """Hide what this draw did not ask for; the legend follows what is shown."""
        for role, item in self.items.items():
            if role not in self._order:
                item.hide()
        legend = self.plot.getPlotItem().legend
        if legend is None:
            return
        wanted = [(self.items[role], self.items[role].name()) for role in self._order
                  if hasattr(self.items[role], "name") and self.items[role].name()]
        if [(sample.item, label.text) for sample, label in legend.items] != wanted:
            legend.clear()
            for item, name in wanted:
                legend.addItem(item, name)
