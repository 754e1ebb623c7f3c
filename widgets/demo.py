"""The demo hall: its database, the history built behind a progress dialog, and the
simulator feeding it live (``--demo``; the public display's demo too)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import platformdirs

from PyQt6.QtCore import QEventLoop, QObject, pyqtSignal
from PyQt6.QtWidgets import QApplication, QProgressDialog

from app import db as dbmod

DEMO_DAYS = 90
DEMO_FEED_ACTOR = "demo:director"   # the simulator's entries in the demo's audit log
DEMO_SEED = 1

def demo_url() -> str:
    folder = Path(platformdirs.user_data_dir("HallDesk", appauthor=False))
    return f"sqlite:///{folder / 'demo.db'}"


class _Progress(QObject):
    """Signals: step(int done, int total) and finished() from the history writer."""

    step = pyqtSignal(int, int)
    finished = pyqtSignal()


def build_demo(app: QApplication, db: dbmod.Database, actor: str) -> None:
    """Write the demo history on a worker thread while a progress dialog runs in a
    local event loop (the window does not exist yet)."""
    from app.events.simulator import write_demo_history

    dialog = QProgressDialog(app.translate("Demo", "Creating the demo hall with 90 days "
                                           "of history…"), "", 0, 100)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    progress = _Progress()
    progress.step.connect(lambda n, total: dialog.setValue(int(n * 100 / max(total, 1))))
    loop = QEventLoop()
    progress.finished.connect(loop.quit)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            write_demo_history(db, days=DEMO_DAYS, seed=DEMO_SEED, actor=actor,
                               progress=progress.step.emit, role="director")
        except BaseException as exc:  # handed to the UI thread below
            errors.append(exc)
        finally:
            progress.finished.emit()

    worker = threading.Thread(target=work, name="demo-history", daemon=True)
    dialog.show()
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    if errors:
        raise errors[0]


class LiveFeed:
    """The simulator feeding the demo database at real time, on its own thread."""

    def __init__(self, db: dbmod.Database, actor: str) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(db, actor),
                                        name="demo-feed", daemon=True)

    def _run(self, db: dbmod.Database, actor: str) -> None:
        from app.events.simulator import run_live

        try:
            run_live(db, speed=1.0, until=None, seed=DEMO_SEED, actor=actor,
                     stop=self._stop.is_set, role="director")
        except Exception as exc:  # the window keeps working; the feed health shows it
            print(f"Demo feed stopped: {exc}", file=sys.stderr)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
