"""A database that holds a time no calendar can show (year 10000 in the hall's zone,
stored before event times were bounded) does not abort the application: the main
window opens and says the feed's last event has an impossible time."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from app.db import Database
from app.events.ingest import ingest_lines
from app.figures.live import snapshot
from widgets.context import AppContext
from widgets.main_window import MainWindow

FAR = ('{"id": "far1", "ts": "9999-12-31T23:00:00+00:00", "type": "window_opened", '
       '"window": "W01", "staff": "S001"}')


def test_main_window_opens_on_a_stored_year_10000(qtbot: QtBot, db: Database) -> None:
    # As an older version stored it: the clock given reaches that far.
    ingest_lines(db, [FAR], source="old", file_hash="x", actor="test",
                 role="director", now=1e12)
    now = time.time()
    window = MainWindow(AppContext(db, "test:director", clock=lambda: now, role="director"),
                        remember=False)
    qtbot.addWidget(window)
    with db.read() as session:
        snap = snapshot(session, now)
    window._feed_health(snap)
    assert "impossible time" in window.feed_label.text()
    window.close()
