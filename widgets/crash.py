"""Crash safety of the desktop application.

- ``ExceptionGuard``: an exception nobody caught (in a slot, on any thread) is written
  to the error log and shown in a dialog; the application keeps running. PyQt6 aborts
  on an unhandled exception in a slot unless ``sys.excepthook`` is replaced.
- ``offer_previous_crash``: a native crash of the previous run (faulthandler's log)
  is offered once at the next start.
- ``InstanceLock``: one running application per database on a machine (QLockFile in
  the runtime folder, keyed on the database; the lock of a crashed run is stale and
  taken over).

Signals (ExceptionGuard): caught(str message, str details) on the UI thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from sqlalchemy.engine import make_url

from PyQt6.QtCore import (
    QCoreApplication,
    QDir,
    QLockFile,
    QObject,
    Qt,
    pyqtSignal,
)
from PyQt6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crashlog import error_logger
from app.integrity import sqlite_file


def show_error(parent: QWidget | None, message: str, details: str) -> None:
    """The dialog of an unexpected error (non-modal work resumes once it is closed)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "Crash", "HallDesk — unexpected error"), message, QMessageBox.StandardButton.Ok,
        parent)
    box.setDetailedText(details)
    box.exec()


class ExceptionGuard(QObject):
    """Replaces ``sys.excepthook`` and ``threading.excepthook`` while installed.

    Signals: caught(str message, str details), emitted on the UI thread."""

    caught = pyqtSignal(str, str)

    def __init__(self, log: logging.Logger | None = None,
                 show: Callable[[QWidget | None, str, str], None] = show_error,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = log or error_logger()
        self.show = show
        self._previous: tuple[object, object] | None = None
        self._showing = False
        # Queued: an exception on a worker thread reaches the dialog on the UI thread.
        self.caught.connect(self._present,  # type: ignore[call-arg]
                            Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _sys_hook(self, kind: type[BaseException], value: BaseException,
                  tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.handle(kind, value, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, f" (thread {name})")

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None, where: str = "") -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        try:
            self.log.error("Unhandled exception%s:\n%s", where, details.rstrip())
            path = next((getattr(h, "baseFilename", "") for h in self.log.handlers), "")
        except Exception:  # a full disk must not turn one error into two
            path = ""
        message = QCoreApplication.translate(
            "Crash", "Something went wrong: %1\n\nHallDesk keeps running; what you saved "
            "is safe. The details are in %2.").replace(
            "%1", f"{kind.__name__}: {value}").replace("%2", path or "-")
        self.caught.emit(message, details)

    def _present(self, message: str, details: str) -> None:
        if self._showing:            # one dialog at a time; the log has every error
            return
        self._showing = True
        try:
            self.show(QApplication.activeWindow(), message, details)
        finally:
            self._showing = False


def offer_previous_crash(text: str, archived: Path, parent: QWidget | None = None,
                         ask: Callable[[QWidget | None, str], bool] | None = None,
                         show: Callable[[QWidget | None, str, str], None] = show_error
                         ) -> bool:
    """Tell the user the previous run crashed; show its log if asked. True if shown."""
    question = QCoreApplication.translate(
        "Crash", "HallDesk stopped unexpectedly last time. Committed work is kept in the "
        "database. Show the crash report? (It is saved as %1.)").replace("%1", str(archived))
    if not (ask or _ask)(parent, question):
        return False
    show(parent, QCoreApplication.translate("Crash", "The crash report of the last run:"),
         text)
    return True


def _ask(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Crash", "HallDesk"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# -- one instance per database -----------------------------------------------------------
def lock_folder() -> str:
    """The user's runtime folder ($XDG_RUNTIME_DIR) where there is one, else the
    temporary folder (per user on Windows and macOS)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return runtime if runtime and os.path.isdir(runtime) else QDir.tempPath()


class InstanceLock:
    """The lock of one database on this machine (``halldesk-<hash>.lock``)."""

    def __init__(self, key: str, folder: str | None = None) -> None:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        self.path = str(Path(folder or lock_folder()) / f"halldesk-{digest}.lock")
        self._lock = QLockFile(self.path)
        # Held for hours: never stale by age, only when its process is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock (a crashed run's stale lock is removed); False if another
        running process holds it."""
        return self._lock.tryLock(100)

    def holder(self) -> int | None:
        """The process id of the running instance that holds the lock."""
        ok, pid, _host, _app = self._lock.getLockInfo()
        return pid if ok else None

    def release(self) -> None:
        self._lock.unlock()


def instance_key(url: str) -> str:
    """The database a lock is about: a SQLite file by its resolved path, else the URL
    without its password."""
    path = sqlite_file(url)
    if path is not None:
        return f"sqlite:{path.resolve()}"
    return make_url(url).render_as_string(hide_password=True)
