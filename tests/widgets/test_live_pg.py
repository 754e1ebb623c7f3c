"""On PostgreSQL the live view is woken by any workstation's ingest (LISTEN/NOTIFY)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.db import Database
from tests.widgets.conftest import Clock, at, ev, feed
from widgets.overview.page import LiveHallPage

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def test_postgresql_ingest_wakes_the_view(qtbot: QtBot, page: LiveHallPage, db_url: str,
                                          clock: Clock) -> None:
    """Another workstation ingests: the view refreshes at once, without its timer."""
    listener = page.wakeups.listener
    assert listener is not None
    assert listener.connected.wait(10)
    page.load_now()
    other = Database(db_url)
    try:
        with qtbot.waitSignal(page.snapshot_ready, timeout=5000):
            feed(other, [ev([0], at(8, 50), "window_opened", window="W03", staff="S003")])
    finally:
        other.dispose()
    assert page.floors[2].tiles["W03"].info is not None
    assert page.floors[2].tiles["W03"].info.state == "idle"
