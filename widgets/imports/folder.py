"""The drop folder set in the settings: looked at every minute on a worker; what the
vendor systems dropped there is imported and moved to done/ or failed/."""

from __future__ import annotations

from PyQt6.QtCore import QObject, QThreadPool, QTimer, pyqtSignal

from app.i18n import message
from app.imports.watch import Outcome, load_import_folder, scan
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.tasks import run_task

EVERY_MS = 60_000


class DropFolder(QObject):
    """Signals: imported(list of app.imports.watch.Outcome) after a look that found
    files; failed(str) when the folder could not be used."""

    imported = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)      # one look at a time
        self._busy = False

    @property
    def allowed(self) -> bool:
        return allows(self.context.role, "events.ingest")

    def start(self) -> None:
        if self.allowed:
            self.timer.start()
            QTimer.singleShot(0, self.look)

    def stop(self) -> None:
        self.timer.stop()
        self.pool.waitForDone(5000)

    def look(self) -> None:
        if self._busy:
            return
        self._busy = True
        ctx = self.context

        def work() -> list[Outcome]:
            with ctx.db.read() as session:
                folder = load_import_folder(session).folder
            if not folder:
                return []
            return scan(ctx.db, folder, actor=ctx.account, role=ctx.role)

        run_task(work, self._done, pool=self.pool, owner=self)

    def _done(self, outcomes: list[Outcome] | None, error: BaseException | None) -> None:
        self._busy = False
        if error is not None:
            text = message(error)
            self.failed.emit(text.splitlines()[0] if text else type(error).__name__)
        elif outcomes:
            self.imported.emit(outcomes)
