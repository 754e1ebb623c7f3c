"""Shared pieces of the live-hall widget tests: a settable clock, event helpers and a
main window whose live page the test drives itself."""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QThreadPool
from PyQt6.QtWidgets import QApplication

from app.db import Database
from app.events.ingest import ingest_lines
from widgets import runtime
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.overview.page import LiveHallPage

TZ = dt.timezone(dt.timedelta(hours=8))
MONDAY = dt.date(2026, 9, 14)    # a working day; Friday 11 Sept is the one before


def at(hour: int, minute: int = 0, day: dt.date = MONDAY) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).isoformat()


class Clock:
    def __init__(self, hour: int, minute: int = 0) -> None:
        self.set(hour, minute)

    def set(self, hour: int, minute: int = 0) -> None:
        self.now = dt.datetime.combine(MONDAY, dt.time(hour, minute), TZ).timestamp()

    def __call__(self) -> float:
        return self.now


def feed(db: Database, events: list[dict[str, Any]]) -> None:
    ingest_lines(db, [json.dumps(e, ensure_ascii=False) for e in events], source="test",
                 file_hash="x", actor="test:pytest", role="director")


def ev(n: list[int], ts: str, etype: str, **fields: Any) -> dict[str, Any]:
    n[0] += 1
    return {"id": f"e{n[0]:04d}", "ts": ts, "type": etype, **fields}


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread() -> Iterator[tuple[int, ...]]:
    """Cyclic garbage collected on the test's (UI) thread only, as the application
    does (widgets/runtime.py): an automatic collection on a worker thread could
    destroy the Qt objects of an earlier test's window off the UI thread."""
    threshold = gc.get_threshold()
    gc.disable()
    yield threshold
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_the_test(_collect_on_the_ui_thread: tuple[int, ...]) -> Iterator[None]:
    yield
    runtime.collect_due(_collect_on_the_ui_thread)


@pytest.fixture
def clock() -> Clock:
    return Clock(9, 0)


@pytest.fixture
def page(qtbot: QtBot, db: Database, clock: Clock) -> Iterator[LiveHallPage]:
    window = MainWindow(AppContext(db, "test:director", role="office", clock=clock), remember=False)
    qtbot.addWidget(window)
    window.show()
    live = window.pages[0]
    assert isinstance(live, LiveHallPage)
    live.timer.stop()  # the tests drive the refresh themselves
    # ... once the first load, started when the window opened, has arrived
    qtbot.waitUntil(lambda: live.last_snapshot is not None, timeout=10_000)
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(10_000)
    QApplication.processEvents()
    yield live  # the window stays referenced (and alive) for the whole test
    window.close()


@pytest.fixture(autouse=True)
def no_work_left_running() -> Iterator[None]:
    """A test must not leave background work running (napari's rule)."""
    yield
    from PyQt6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    assert pool is not None
    assert pool.waitForDone(5000), "background work still running after the test"
