"""Where the application writes what went wrong: a rotating error log of Python
exceptions, and a crash log that ``faulthandler`` fills if the process dies natively
(a segfault, an abort). Each process has its own crash log (``crash-<pid>.log``, so
two instances on two databases never touch each other's); one that is not empty was
left by a crashed run, is offered once at the next start and then archived.

The folder is the user's log directory (platformdirs), or ``$HALLDESK_LOG_DIR``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path
from typing import IO

import platformdirs

LOG_DIR_ENV = "HALLDESK_LOG_DIR"
ERROR_LOG = "halldesk.log"
CRASH_LOG = "crash-{pid}.log"
ARCHIVE = "crashes"
LOG_BYTES, LOG_BACKUPS = 1_000_000, 5


def log_dir() -> Path:
    folder = Path(os.environ.get(LOG_DIR_ENV)
                  or platformdirs.user_log_dir("HallDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def error_logger(folder: Path | None = None) -> logging.Logger:
    """The ``halldesk.errors`` logger writing to a rotating ``halldesk.log``."""
    path = (folder or log_dir()) / ERROR_LOG
    logger = logging.getLogger("halldesk.errors")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    return logger


def take_previous_crash(folder: Path | None = None) -> tuple[str, Path] | None:
    """The newest crash log a crashed run left (its text and where it is archived now),
    or None. Every such log is archived, so each is offered once; the empty logs of
    running instances are left alone (faulthandler writes only as a process dies)."""
    where = folder or log_dir()
    found: list[tuple[float, str, Path]] = []
    for path in where.glob(CRASH_LOG.format(pid="*")):
        try:
            if path.stat().st_size == 0:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            archive = where / ARCHIVE
            archive.mkdir(exist_ok=True)
            when = path.stat().st_mtime
            stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
            target = archive / f"crash-{stamp}-{path.stem.rsplit('-', 1)[-1]}.log"
            os.replace(path, target)
        except OSError:
            continue
        found.append((when, text, target))
    if not found:
        return None
    _when, text, target = max(found, key=lambda f: f[0])
    return text, target


class FaultLog:
    """``faulthandler`` writing native crashes to ``crash.log`` while the application
    runs; a clean exit removes the empty file."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or log_dir()) / CRASH_LOG.format(pid=os.getpid())
        self._file: IO[str] | None = None
        self._was_enabled = False

    def start(self) -> None:
        self._was_enabled = faulthandler.is_enabled()
        self._file = self.path.open("w", encoding="utf-8")
        faulthandler.enable(file=self._file, all_threads=True)

    def stop(self) -> None:
        if self._file is None:
            return
        faulthandler.disable()
        if self._was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)   # as it was (pytest enables it)
        self._file.close()
        self._file = None
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()
