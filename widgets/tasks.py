"""Run work off the UI thread; the result or the error always comes back.

Like Picard's ``run_task``: the runnable catches every exception and hands the main
thread either a result or an error, so a caller's ``done`` always fires.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PyQt6 import sip
from PyQt6.QtCore import QObject, QRunnable, QThreadPool, pyqtSignal

from app.i18n import message


class _Signals(QObject):
    """Signals: finished(object result, object error)."""

    finished = pyqtSignal(object, object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self.func = func
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # handed to the UI thread, never swallowed
            self._deliver(None, exc)
        else:
            self._deliver(result, None)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            self.signals.finished.emit(result, error)
        except RuntimeError:
            # The application is shutting down and Qt has deleted the signal object
            # already: there is no window left to hand the result to.
            if not sip.isdeleted(self.signals):
                raise


# The signal objects of tasks under way: kept alive until their result is delivered,
# or a queued emission could be dropped with a collected sender.
_PENDING: set[_Signals] = set()


def run_task(func: Callable[[], Any], done: Callable[[Any, BaseException | None], None],
             pool: QThreadPool | None = None, owner: QObject | None = None) -> None:
    """Run ``func`` on ``pool``; call ``done(result, error)`` on the UI thread, unless
    ``owner`` (the widget ``done`` updates) has been deleted meanwhile."""
    task = _Task(func)
    signals = task.signals
    _PENDING.add(signals)

    def finish(result: Any, error: BaseException | None) -> None:
        _PENDING.discard(signals)
        if owner is not None and sip.isdeleted(owner):
            return          # its window closed while the work ran: nothing to show it on
        done(result, error)

    signals.finished.connect(finish)
    (pool or QThreadPool.globalInstance()).start(task)  # type: ignore[union-attr]


def run_now(func: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
            ) -> None:
    """Run ``func`` here and hand ``done`` its result or its error, as ``run_task``
    would: the synchronous load of screenshots, tests and the benchmark."""
    try:
        result = func()
    except Exception as exc:  # handed on, never swallowed
        done(None, exc)
    else:
        done(result, None)


def first_line(error: BaseException | None) -> str:
    """An error's first line, short enough for a status label."""
    text = message(error)
    return text.splitlines()[0][:200] if text else ""
