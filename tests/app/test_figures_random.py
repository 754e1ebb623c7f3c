"""Every figure of docs/spec/figures.md (as ``stats --json`` shows it) against a reference
computed by plain Python over the same events (tests/app/figures_reference.py), on
random valid batches; the hand-made cases are in the other test_figures_*.py files.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from contextlib import AbstractContextManager

from hypothesis import HealthCheck, given, note, settings

from app.db import Database
from app.figures import Period, as_json, compute
from tests.app.figures_helpers import assert_matches_reference, ingest
from tests.app.figures_reference import DAY, TZ, US, Scenario, scenarios

MakeDb = Callable[[], AbstractContextManager[Database]]
EXAMPLES_ENV = "HALLDESK_FIGURES_EXAMPLES"   # more random examples for a longer hunt


# -- random valid batches against the reference ----------------------------------------------------
def _periods(sc: Scenario) -> list[tuple[dt.date, dt.date]]:
    days = [(sc.start + i * DAY, sc.start + (i + 1) * DAY) for i in range(sc.days)]
    return [(sc.start, sc.end), *days, (sc.start - DAY, sc.end + DAY),
            (sc.start, sc.start + 30 * DAY)]


def _run_scenario(make_db: MakeDb, sc: Scenario) -> None:
    note("events:\n" + sc.describe())
    n_mid = sum(e.us <= sc.now_mid for e in sc.events)
    with make_db() as db:
        # First everything up to a moment inside the data (open sessions, pauses and
        # services count up to it), then the rest, seen from after the end.
        for seen, new, now_us in ((sc.events[:n_mid], sc.events[:n_mid], sc.now_mid),
                                  (sc.events, sc.events[n_mid:], sc.now_end)):
            ingest(db, new, sc.seed + len(seen))
            for start, end in _periods(sc):
                got = assert_matches_reference(db, seen, start, end, now_us / US)
            # Asking for one window gives that window's figures unchanged.
            with db.read() as session:
                one = as_json(compute(session, Period(start, end, TZ), now_us / US, ["W02"]))
            assert one["windows"] == {"W02": got["windows"]["W02"]}


def test_figures_match_reference_on_random_batches(backend: str, make_db: MakeDb) -> None:
    examples = int(os.environ.get(EXAMPLES_ENV) or (25 if backend == "sqlite" else 8))

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=scenarios())
    def run(sc: Scenario) -> None:
        _run_scenario(make_db, sc)

    run()
