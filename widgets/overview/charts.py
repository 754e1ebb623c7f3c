"""Today's charts: waiting count through the day (yesterday faint behind) and served
per hour. Drawn to stay legible in black and white: line styles, not colour alone.

The plots are built when the first series arrives, after the window has been painted:
pyqtgraph (and numpy under it) is the largest import of the live tab; it is imported
on the worker thread that loads the first series (``preload``), so neither the first
paint nor the UI thread waits for it."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import QGraphicsItem, QHBoxLayout, QWidget

from app.figures.series import DaySeries

MIN_HEIGHT = 160


def preload() -> None:
    """Import the plotting stack; called on a worker thread before the first series
    arrives, so that building the plots on the UI thread does not wait for it."""
    import pyqtgraph  # noqa: F401


class LiveCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MIN_HEIGHT)
        self.waiting_plot: Any = None
        self.served_plot: Any = None
        self.today: Any = None
        self.yesterday: Any = None
        self.bars: Any = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _build(self) -> None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="#424242")
        self.waiting_plot = pg.PlotWidget()
        self.waiting_plot.setTitle(
            QCoreApplication.translate("LiveCharts", "Waiting through the day")
        )
        self.waiting_plot.setLabel("bottom", QCoreApplication.translate("LiveCharts", "Hour"))
        self.waiting_plot.showGrid(x=True, y=True, alpha=0.2)
        self.waiting_plot.setXRange(8, 18, padding=0)
        self.waiting_plot.addLegend(offset=(-10, 10))
        self.yesterday = self.waiting_plot.plot(
            [],
            [],
            name=QCoreApplication.translate("LiveCharts", "Previous working day"),
            pen=pg.mkPen("#9e9e9e", width=1, style=Qt.PenStyle.DashLine),
        )
        self.today = self.waiting_plot.plot(
            [],
            [],
            name=QCoreApplication.translate("LiveCharts", "Today"),
            pen=pg.mkPen("#1565c0", width=2),
        )
        self.served_plot = pg.PlotWidget()
        # 服务人次 per hour (services finished), not 办结 (cases): the figure's own name
        self.served_plot.setTitle(QCoreApplication.translate("LiveCharts",
                                                             "Citizens served per hour"))
        self.served_plot.setLabel("bottom", QCoreApplication.translate("LiveCharts", "Hour"))
        self.served_plot.showGrid(y=True, alpha=0.2)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#90caf9", pen="#1565c0")
        self.served_plot.addItem(self.bars)
        self.served_plot.setXRange(8, 18, padding=0)
        for plot in (self.waiting_plot, self.served_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.setMinimumHeight(MIN_HEIGHT)
            # The axes draw the grid across the plot: kept as a pixmap, redrawn only
            # when the range or size changes (a repaint was ~15 ms per chart without).
            for side in ("left", "bottom"):
                plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._layout.addWidget(self.waiting_plot, 3)
        self._layout.addWidget(self.served_plot, 2)

    def set_series(self, today: DaySeries, previous: DaySeries | None) -> None:
        if self.waiting_plot is None:
            self._build()
        self.today.setData(today.times, today.waiting)
        if previous is not None:
            self.yesterday.setData(previous.times, previous.waiting)
        self.bars.setOpts(x=[h + 0.5 for h in today.hours], height=today.served)
        self.served_plot.setYRange(0, max([1, *today.served]) * 1.1, padding=0)
        peak = max([1, *today.waiting, *(previous.waiting if previous else [])])
        self.waiting_plot.setYRange(0, peak * 1.1, padding=0)
