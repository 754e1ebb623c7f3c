"""Spreadsheet import and export from the tab: the work runs off the UI thread with
a progress bar and a cancel button; a refused sheet is shown by
``widgets.import_report.ImportReport``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, pyqtSignal

from widgets.tasks import run_task

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Transfer(QObject):
    """One import or export under way.

    Signals: progress(int done, int total) from the worker; finished(object result,
    object error) on the UI thread when it is over (error None on success)."""

    progress = pyqtSignal(int, int)
    finished = pyqtSignal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, work: Work) -> None:
        run_task(lambda: work(self.progress.emit, self._cancel.is_set), self.finished.emit)

    def cancel(self) -> None:
        self._cancel.set()
