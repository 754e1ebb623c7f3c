"""Qt side of the PostgreSQL wake-ups: a NOTIFY from any workstation's ingest becomes
a signal on the UI thread."""

from __future__ import annotations

from PyQt6.QtCore import QObject, pyqtSignal

from app.db import Database
from app.events.notify import FeedListener


class FeedWakeups(QObject):
    """Signals: woke(str payload), on the UI thread, once per applied batch.

    Does nothing on SQLite, which has no notification channel (the views poll)."""

    woke = pyqtSignal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = (FeedListener(db.url, self.woke.emit)
                         if db.dialect == "postgresql" else None)

    def start(self) -> None:
        if self.listener is not None:
            self.listener.start()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
