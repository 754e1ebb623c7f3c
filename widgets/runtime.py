"""Interpreter settings that keep the UI thread responsive.

For the application's own process only (``run_gui``): tests and tools that build
widgets in a long-lived process do not call them.

* The UI thread shares the GIL with the worker threads (snapshots, series, imports).
  A thread that wants the GIL waits up to the switch interval for it, and the UI
  thread asks for it after every call into Qt that released it: at CPython's 5 ms a
  busy worker doubled the 200-window hall's refresh tick (45 → 92 ms); at 1 ms it
  costs about 10 %.
* A full collection of the oldest generation walks every object the start-up left
  (Qt bindings, SQLAlchemy, pyqtgraph, the pages): 55 ms once a minute or so on the
  live hall. Once the window is up those objects are frozen out of the collector's
  walk (``gc.freeze``); what the application allocates later is still collected.
* Cyclic garbage is collected on the UI thread only (``UiThreadCollector``). Left
  automatic, a collection runs in whichever thread crosses the threshold, and on a
  worker thread it can destroy Qt objects of a closed page (layouts, timers) away from
  the thread they live in, which Qt does not allow: crashes, or "wrapped C/C++ object
  has been deleted" in the UI thread later. (pyqtgraph ships the same guard.)
"""

from __future__ import annotations

import gc
import sys

from PyQt6.QtCore import QObject, QTimer

UI_SWITCH_INTERVAL_S = 0.001
SETTLE_AGAIN_MS = 20_000   # after the first series: the plotting stack is loaded by then
COLLECT_EVERY_MS = 1000


def tune_for_ui() -> None:
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)


def settle() -> None:
    """Leave the objects alive now out of future full collections."""
    gc.freeze()


def collect_due(threshold: tuple[int, ...]) -> None:
    """Collect the generations whose counts passed their thresholds, as the automatic
    collector would have, here and now."""
    young, middle, old = gc.get_count()
    if young > threshold[0]:
        gc.collect(0)
        if middle > threshold[1]:
            gc.collect(1)
            if old > threshold[2]:
                gc.collect(2)


class UiThreadCollector(QObject):
    """Automatic collection off; ``collect_due`` every second on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def check(self) -> None:
        collect_due(self.threshold)
