"""Wake-ups on PostgreSQL: every applied batch sends NOTIFY, and a listener calls back.

Several workstations share one database: the live view of each wakes at once when
any of them (or the queue-system adapter) ingests, instead of waiting for its next
poll. SQLite has no such channel; the view polls each second there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "halldesk_feed"
RETRY_S = 5.0


def notify_batch(session: Session, applied: int) -> None:
    """Queue a notification; PostgreSQL delivers it when the transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": str(applied)})


class FeedListener:
    """LISTEN on its own connection and thread; ``on_notify`` runs on that thread."""

    def __init__(self, url: str, on_notify: Callable[[str], None]) -> None:
        parsed = make_url(url)
        self._conninfo = parsed.set(drivername="postgresql").render_as_string(
            hide_password=False)
        self._on_notify = on_notify
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="feed-listener", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True,
                                     connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5, stop_after=1):
                            self._on_notify(note.payload)
            except psycopg.Error:
                self.connected.clear()
                self._stop.wait(RETRY_S)  # the server went away: try again shortly
