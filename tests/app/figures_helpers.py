"""Shared pieces of the figure tests (test_figures_*.py): hand-made event batches, ingest
in shuffled order, and ``stats --json`` figures checked against the plain-Python reference
(tests/app/figures_reference.py) and against partial trees of hand-computed figures.

Reading of the spec used here: ``compute(session, period, now)`` describes the hall as
seen at ``now``, i.e. with every event up to ``now`` ingested and none later (events
from the future cannot exist). Open sessions, pauses, device spans and services count
up to ``now``; a red card needs a due date before ``now``'s local day.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from app.db import Database
from app.events.apply import BatchResult
from app.events.ingest import BatchRejected, ingest_lines
from app.figures import Period, as_json, compute
from tests.app.figures_reference import TZ, US, Ev, differences, lines, local_us, reference
from tests.conftest import ACTOR

D = "2026-03-09"    # a Monday
D1 = "2026-03-10"
D2 = "2026-03-11"


def ingest(db: Database, events: list[Ev], seed: int = 0) -> BatchResult:
    """Ingest ``events`` in a shuffled line order (a batch may arrive out of order)."""
    shuffled = list(events)
    random.Random(seed).shuffle(shuffled)
    # Seen from the moment of the newest event (the bound on future times is relative
    # to the clock: some of these days lie ahead of the machine's).
    seen_at = max((e.ts for e in events), default=None)
    try:
        return ingest_lines(db, lines(shuffled), source="test", file_hash="x", actor=ACTOR,
                            role="director", now=seen_at)
    except BatchRejected as exc:
        reasons = "\n".join(e.describe() + "  " + e.raw for e in exc.result.errors)
        pytest.fail(f"a valid batch was rejected:\n{reasons}")


def figures(db: Database, start: dt.date, end: dt.date, now: float) -> dict[str, Any]:
    with db.read() as session:
        return as_json(compute(session, Period(start, end, TZ), now))


def assert_matches_reference(db: Database, events: list[Ev], start: dt.date, end: dt.date,
                             now: float, red_card_points: float = 0.2) -> dict[str, Any]:
    got = figures(db, start, end, now)
    want = reference(events, start, end, now, red_card_points)
    diff = differences(got, want)
    assert not diff, (f"period [{start}, {end}) at now={now} "
                      f"({dt.datetime.fromtimestamp(now, TZ)}):\n" + "\n".join(diff))
    return got


def assert_figures(got: dict[str, Any], want: dict[str, Any], path: str = "") -> None:
    """``want`` is a partial tree of hand-computed figures."""
    for key, value in want.items():
        here = f"{path}.{key}"
        if isinstance(value, dict):
            assert_figures(got[key], value, here)
        else:
            diff = differences(got[key], value, here)
            assert not diff, "\n".join(diff)


class Batch:
    """Hand-made events: ``b("2026-03-09 09:00", "window_opened", window="W01", ...)``."""

    def __init__(self, prefix: str = "h") -> None:
        self.prefix = prefix
        self.events: list[Ev] = []

    def __call__(self, when: str, etype: str, *, utc: bool = False, **data: Any) -> Batch:
        self.events.append(Ev(f"{self.prefix}{len(self.events) + 1:03d}", local_us(when),
                              etype, data, utc))
        return self

    def upto(self, when: str) -> list[Ev]:
        return [e for e in self.events if e.us <= local_us(when)]

    def after(self, when: str) -> list[Ev]:
        return [e for e in self.events if e.us > local_us(when)]


def ts(when: str) -> float:
    return local_us(when) / US


def d(text_: str) -> dt.date:
    return dt.date.fromisoformat(text_)


IDLE_WINDOW = {"served": 0, "avg_service_s": None, "open_s": 0.0, "paused_s": 0.0,
               "busy_s": 0.0, "occupancy": None, "evaluator_off_s": 0.0, "red_cards": 0,
               "score": 100.0}
