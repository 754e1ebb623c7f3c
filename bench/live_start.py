"""Cold-start drivers (``bench.live``): time from process launch to the first painted
main window, for HallDesk and for the floor of its stack.

``python -m bench.live_start halldesk --db URL`` runs ``main.py``'s own path
(``app.cli.run`` → ``widgets.app.run_gui``); ``python -m bench.live_start floor``
imports PyQt6, pyqtgraph and SQLAlchemy and shows an empty 1366×768 main window. Both
install the same event filter on the QApplication (created here exactly as
``run_gui`` would create it, which then reuses it): at the first Paint event of a
widget of the main window, a zero-delay timer is started; it fires once that paint
cycle is over (the whole window painted and flushed). Times are printed as
``@@painted {json}`` in seconds since the parent's launch time
(``LIVE_BENCH_LAUNCH``, the parent's ``time.time()`` just before it started the
process). HallDesk opens with its login dialog: the probe types the bench account's
password into it as soon as it is shown (the login, argon2 check included, is part
of the time to the main window). HallDesk then waits for the live page's first
snapshot to be painted (``@@data {json}``) and quits; the floor quits at once.

Only the standard library is imported before the clock starts counting phases.
"""

from __future__ import annotations

import time

T_MAIN = time.time()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

LAUNCH = float(os.environ.get("LIVE_BENCH_LAUNCH", T_MAIN))
TIMEOUT_MS = 20_000


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _Probe:
    """Phase times (seconds since launch) and the first-paint event filter."""

    def __init__(self, wait_for_data: bool) -> None:
        self.times: dict[str, float] = {"interpreter": T_MAIN - LAUNCH}
        self.wait_for_data = wait_for_data
        self.stage = "window"      # window → data → done
        self.armed = False
        self.filter: Any = None
        self.app: Any = None
        self.logged_in = False

    def mark(self, name: str) -> None:
        self.times[name] = time.time() - LAUNCH

    def install(self, app: Any) -> None:
        from PyQt6.QtCore import QEvent, QObject, QTimer
        from PyQt6.QtWidgets import QMainWindow, QWidget

        probe = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if (event.type() == QEvent.Type.Show and isinstance(obj, QWidget)
                        and obj.objectName() == "login_dialog" and not probe.logged_in):
                    probe.logged_in = True
                    probe.mark("login_shown")
                    QTimer.singleShot(0, lambda d=obj: probe.log_in(d))
                if (probe.armed and event.type() == QEvent.Type.Paint
                        and isinstance(obj, QWidget)
                        and isinstance(obj.window(), QMainWindow)):
                    probe.armed = False
                    probe.mark(f"{probe.stage}_paint_event")
                    QTimer.singleShot(0, probe.painted)
                return False

        self.app = app
        self.filter = Filter()
        app.installEventFilter(self.filter)
        self.armed = True
        QTimer.singleShot(TIMEOUT_MS, self.timeout)

    def log_in(self, dialog: Any) -> None:
        """Type the bench account's password (``LIVE_BENCH_PASSWORD``) and log in, as
        the director does every morning; the time to the main window includes it."""
        dialog.password.setText(os.environ.get("LIVE_BENCH_PASSWORD", ""))
        self.mark("login_submitted")
        dialog.submit()

    def painted(self) -> None:
        self.mark(f"{self.stage}_painted")
        if self.stage == "window":
            self.times["rss_mib"] = _rss_mib()
            print("@@painted " + json.dumps(self.times), flush=True)
            if self.wait_for_data:
                self.stage = "wait"
                return
        else:
            print("@@data " + json.dumps(self.times), flush=True)
        self.stop()

    def stop(self) -> None:
        """Remove the filter (no Python callback while Qt tears down), then quit."""
        from PyQt6.QtWidgets import QApplication

        self.stage = "done"
        self.armed = False
        if self.app is not None and self.filter is not None:
            self.app.removeEventFilter(self.filter)
        QApplication.quit()

    def snapshot_ready(self, _snap: Any, page: Any = None) -> None:
        if self.stage == "wait":
            self.mark("first_snapshot")
            self.times["alerts"] = len(getattr(page, "alerts", []))
            self.stage = "data"
            self.armed = True

    def timeout(self) -> None:
        if self.stage != "done":
            print("@@timeout " + json.dumps(self.times), flush=True)
            self.stop()


def halldesk(argv: list[str]) -> int:
    """``main.py`` with these arguments, probed."""
    import main as halldesk_main  # the real entry point (its module-level imports)

    probe = _Probe(wait_for_data=True)
    probe.mark("main_imported")

    def open_gui(args: Any) -> int:
        from PyQt6.QtWidgets import QApplication

        import widgets.app as gui

        probe.mark("gui_imported")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        probe.mark("qapplication")
        probe.install(app)
        # The main window's module is imported after the login starts (while argon2
        # checks the password): the probe wraps widgets.app's own lookup of the class,
        # importing nothing earlier than HallDesk does.
        find_window: Any = getattr(gui, "_main_window")  # noqa: B009

        def probed_window() -> Any:
            window_class: Any = find_window()

            class ProbedWindow(window_class):  # type: ignore[misc]
                def __init__(self, *a: Any, **k: Any) -> None:
                    probe.mark("window_init_start")
                    super().__init__(*a, **k)
                    probe.mark("window_init_end")
                    for page in self.pages:
                        signal = getattr(page, "snapshot_ready", None)
                        if signal is not None:
                            signal.connect(lambda snap, p=page: probe.snapshot_ready(snap, p))

                def showEvent(self, event: Any) -> None:
                    probe.mark("shown")
                    super().showEvent(event)

            return ProbedWindow

        setattr(gui, "_main_window", probed_window)  # noqa: B010
        result: int = gui.run_gui(args)
        return result

    cli: Any = getattr(halldesk_main, "cli")  # noqa: B009
    status: int = cli.run(argv, open_gui=open_gui)
    return status


def floor(_argv: list[str]) -> int:
    """The stack's floor: the same three libraries, an empty main window."""
    import sqlalchemy  # noqa: F401

    import pyqtgraph  # noqa: F401
    from PyQt6.QtWidgets import QApplication, QMainWindow

    probe = _Probe(wait_for_data=False)
    probe.mark("gui_imported")
    app = QApplication(sys.argv[:1])
    probe.mark("qapplication")
    probe.install(app)
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1366, 768)
    probe.mark("window_init_end")
    window.show()
    probe.mark("shown")
    return app.exec()


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    sys.argv = [sys.argv[0], *rest]
    sys.exit({"halldesk": halldesk, "floor": floor}[mode](rest))
