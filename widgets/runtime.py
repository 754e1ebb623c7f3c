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
"""

from __future__ import annotations

import gc
import sys

UI_SWITCH_INTERVAL_S = 0.001
SETTLE_AGAIN_MS = 20_000   # after the first series: the plotting stack is loaded by then


def tune_for_ui() -> None:
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)


def settle() -> None:
    """Leave the objects alive now out of future full collections."""
    gc.freeze()
