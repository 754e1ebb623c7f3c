"""The application's backups: the daily one and "Back up now", off the UI thread, with
the last backup's time in the status bar (red when the last attempt failed).

Settings: app.config.AutoBackup (folder, how many to keep), per workstation; each
database has its own folder in it (app.io.backup.folder_for).

Signals: finished(object result, object error, bool asked) after each attempt
(``asked``: "Back up now" rather than the daily one).
"""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QObject, QThreadPool, QTimer, pyqtSignal
from PyQt6.QtWidgets import QLabel

from app.config import AutoBackup
from app.hall_time import default_tz
from app.i18n import message
from app.io import backup as svc
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.tasks import run_task

CHECK_EVERY_MS = 60 * 60 * 1000     # is today's backup there yet? (the app runs for days)
FAILED_STYLE = "color:white;background:#c62828;padding:0 4px"


class Backups(QObject):
    """Signals: finished(object result, object error, bool asked)."""

    finished = pyqtSignal(object, object, bool)

    def __init__(self, context: AppContext, label: QLabel,
                 settings: AutoBackup | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = label
        self.settings = settings or AutoBackup.load()
        self.folder = svc.folder_for(context.db, self.settings.folder)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily)
        self.running = False
        self.tz: dt.tzinfo = default_tz()    # the hall's, like the status bar's clock

    @property
    def allowed(self) -> bool:
        return allows(self.context.role, "database.backup")

    def start(self) -> None:
        """Show the newest backup, take today's if missing, and check again hourly."""
        if not self.allowed or self.settings.keep <= 0:
            return
        self._show_newest()
        self.timer.start()
        QTimer.singleShot(0, self.daily)

    def daily(self) -> None:
        self._run(force=False)

    def back_up_now(self) -> None:
        self._run(force=True)

    def _run(self, force: bool) -> None:
        if self.running:
            return
        if not self.allowed:
            why = self.tr("The %1 role cannot back up the database.").replace(
                "%1", self.context.role)
            self._failed(why)
            self.finished.emit(None, PermissionError(why), force)
            return
        self.running = True
        self.label.setText(self.tr("Backing up…"))
        db, folder, keep = self.context.db, self.folder, max(self.settings.keep, 1)
        actor, role, now = self.context.account, self.context.role, self.context.clock()

        def work() -> svc.AutoResult:
            return svc.auto_backup(db, folder, keep, actor=actor, role=role, now=now,
                                   force=force)

        run_task(work, lambda result, error: self._done(result, error, force), self.pool)

    def _done(self, result: svc.AutoResult | None, error: BaseException | None,
              asked: bool) -> None:
        self.running = False
        if error is not None:
            self._failed(message(error))
        else:
            self._show_newest()
        self.finished.emit(result, error, asked)

    def _show_newest(self) -> None:
        newest = svc.backups_in(self.folder)
        if not newest:
            self.label.setText(self.tr("No backup yet"))
            self.label.setToolTip(str(self.folder))
            self.label.setStyleSheet("")
            return
        taken = dt.datetime.fromtimestamp(newest[0].stat().st_mtime, self.tz)
        self.label.setText(self.tr("Last backup %1").replace(
            "%1", taken.strftime("%Y-%m-%d %H:%M")))
        self.label.setToolTip(str(newest[0]))
        self.label.setStyleSheet("")

    def _failed(self, why: str) -> None:
        self.label.setText(self.tr("Backup failed"))
        self.label.setToolTip(why)
        self.label.setStyleSheet(FAILED_STYLE)

    def shutdown(self, wait_ms: int = 30_000) -> None:
        self.timer.stop()
        self.pool.waitForDone(wait_ms)

