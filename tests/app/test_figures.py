"""Every figure of spec/figures.md (as ``stats --json`` shows it) against a reference
computed by plain Python over the same events (tests/app/figures_reference.py).

Reading of the spec used here: ``compute(session, period, now)`` describes the hall as
seen at ``now``, i.e. with every event up to ``now`` ingested and none later (events
from the future cannot exist). Open sessions, pauses, device spans and services count
up to ``now``; a red card needs a due date before ``now``'s local day.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine, make_url

from app.calendar import WorkCalendar
from app.config import Deductions, store_deductions
from app.db import Database, migrate
from app.events.apply import BatchResult
from app.events.ingest import BatchRejected, ingest_lines
from app.figures import Period, as_json, compute
from app.hall import load_hall, read_hall_file
from models import CalendarDay, Case
from tests.app.figures_reference import (
    DAY,
    TZ,
    US,
    Ev,
    Scenario,
    add_workdays,
    differences,
    lines,
    local_us,
    reference,
    scenarios,
)
from tests.conftest import ACTOR, SMALL_HALL, pg_admin_url

MakeDb = Callable[[], AbstractContextManager[Database]]
EXAMPLES_ENV = "HALLDESK_FIGURES_EXAMPLES"   # more random examples for a longer hunt


# -- databases -------------------------------------------------------------------------------
def _admin_engine() -> Engine:
    admin = pg_admin_url()
    assert admin is not None
    return create_engine(make_url(admin).set(drivername="postgresql+psycopg"),
                         isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    admin = pg_admin_url()
    assert admin is not None
    url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_template() -> Iterator[tuple[Engine, str]]:
    """A PostgreSQL database holding the migrated small hall, copied per example."""
    engine = _admin_engine()
    name = f"hd_figtpl_{uuid.uuid4().hex[:12]}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database(_pg_url(name))
        migrate(db)
        spec, digest = read_hall_file(SMALL_HALL)
        with db.write() as session:
            load_hall(session, spec, digest, ACTOR)
        db.dispose()
        yield engine, name
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def make_db(backend: str, sqlite_template: Path, request: pytest.FixtureRequest) -> MakeDb:
    """A factory of fresh small-hall databases (one per hypothesis example)."""
    if backend == "sqlite":
        @contextmanager
        def make_sqlite() -> Iterator[Database]:
            with tempfile.TemporaryDirectory(prefix="hd-fig-") as folder:
                path = Path(folder) / "hall.db"
                shutil.copy(sqlite_template, path)
                db = Database(f"sqlite:///{path}")
                try:
                    yield db
                finally:
                    db.dispose()
        return make_sqlite

    engine, template = request.getfixturevalue("pg_template")

    @contextmanager
    def make_pg() -> Iterator[Database]:
        name = f"hd_fig_{uuid.uuid4().hex[:12]}"
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        db = Database(_pg_url(name))
        try:
            yield db
        finally:
            db.dispose()
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return make_pg


# -- helpers -----------------------------------------------------------------------------------
def ingest(db: Database, events: list[Ev], seed: int = 0) -> BatchResult:
    """Ingest ``events`` in a shuffled line order (a batch may arrive out of order)."""
    shuffled = list(events)
    random.Random(seed).shuffle(shuffled)
    try:
        return ingest_lines(db, lines(shuffled), source="test", file_hash="x", actor=ACTOR)
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


# -- 1. random valid batches against the reference ---------------------------------------------
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


# -- 2. hand-made edge cases -------------------------------------------------------------------
D = "2026-03-09"    # a Monday
D1 = "2026-03-10"
D2 = "2026-03-11"


def test_pause_occupancy_and_device_never_on(db: Database) -> None:
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:05", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:08", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "service_started", ticket="A001", window="W01")
    b(f"{D} 09:40", "service_finished", ticket="A001", window="W01", utc=True)
    b(f"{D} 10:00", "window_paused", window="W01", reason="午休")
    b(f"{D} 10:30", "window_resumed", window="W01")
    b(f"{D} 11:00", "ticket_issued", ticket="A002", service="GS")
    b(f"{D} 11:02", "ticket_called", ticket="A002", window="W01")
    b(f"{D} 11:12", "service_started", ticket="A002", window="W01")
    b(f"{D} 11:20", "service_finished", ticket="A002", window="W01")
    b(f"{D} 12:00", "window_closed", window="W01", utc=True)

    # Seen at 10:15: the pause is still running and counts up to now.
    ingest(db, b.upto(f"{D} 10:15"))
    got = assert_matches_reference(db, b.upto(f"{D} 10:15"), d(D), d(D1), ts(f"{D} 10:15"))
    assert_figures(got, {"windows": {"W01": {
        "open_s": 4500.0, "paused_s": 900.0, "busy_s": 1800.0, "occupancy": 0.5,
        "evaluator_off_s": 4500.0, "served": 1, "avg_service_s": 1800.0}}})

    ingest(db, b.after(f"{D} 10:15"))
    now = ts(f"{D} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {
        "hall": {"tickets_issued": 2, "served": 2, "abandoned": 0, "avg_wait_s": 510.0,
                 "max_wait_s": 720.0, "avg_service_s": 1140.0, "evaluation_rate": 0.0,
                 "satisfaction_rate": None},
        "windows": {
            # occupancy = busy / (open − paused); a device never switched on is off
            # for the whole open time.
            "W01": {"served": 2, "avg_service_s": 1140.0, "open_s": 10800.0,
                    "paused_s": 1800.0, "busy_s": 2280.0, "occupancy": 2280.0 / 9000.0,
                    "evaluator_off_s": 10800.0, "red_cards": 0, "score": 100.0},
            "W02": IDLE_WINDOW, "W03": IDLE_WINDOW}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 0, "served": 0, "avg_wait_s": None,
                                  "evaluation_rate": None},
                         "windows": {"W01": IDLE_WINDOW}})


def test_device_on_mid_session_and_off_after_close(db: Database) -> None:
    b = Batch()
    # W02: on at 10:00 in the first session, off at 13:00 after it closed; the device
    # is still off when the second session opens.
    b(f"{D} 09:00", "window_opened", window="W02", staff="S002")
    b(f"{D} 10:00", "evaluator", window="W02", on=True)
    b(f"{D} 12:00", "window_closed", window="W02")
    b(f"{D} 13:00", "evaluator", window="W02", on=False, utc=True)
    b(f"{D} 14:00", "window_opened", window="W02", staff="S001")
    b(f"{D} 15:00", "window_closed", window="W02")
    # W03: switched on before opening; off for 30 minutes; a second "on" changes nothing;
    # still on after the close and through the next day's session.
    b(f"{D} 08:00", "evaluator", window="W03", on=True)
    b(f"{D} 09:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 10:00", "evaluator", window="W03", on=False)
    b(f"{D} 10:30", "evaluator", window="W03", on=True)
    b(f"{D} 10:40", "evaluator", window="W03", on=True)
    b(f"{D} 11:00", "window_closed", window="W03")
    b(f"{D1} 09:00", "window_opened", window="W03", staff="S003")
    b(f"{D1} 10:00", "window_closed", window="W03")

    ingest(db, b.upto(f"{D} 11:00"))
    got = assert_matches_reference(db, b.upto(f"{D} 11:00"), d(D), d(D1), ts(f"{D} 11:00"))
    assert_figures(got, {"windows": {"W02": {"open_s": 7200.0, "evaluator_off_s": 3600.0},
                                     "W03": {"open_s": 7200.0, "evaluator_off_s": 1800.0}}})

    ingest(db, b.after(f"{D} 11:00"))
    now = ts(f"{D1} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {"windows": {
        "W01": IDLE_WINDOW,
        "W02": {"open_s": 14400.0, "paused_s": 0.0, "evaluator_off_s": 7200.0,
                "busy_s": 0.0, "occupancy": 0.0},
        "W03": {"open_s": 7200.0, "evaluator_off_s": 1800.0}}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"windows": {"W02": IDLE_WINDOW,
                                     "W03": {"open_s": 3600.0, "evaluator_off_s": 0.0}}})


def test_session_and_pause_across_midnight(db: Database) -> None:
    b = Batch()
    b(f"{D} 20:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 22:00", "evaluator", window="W01", on=True, utc=True)
    b(f"{D} 23:30", "window_paused", window="W01", reason="夜间")
    b(f"{D1} 00:30", "window_resumed", window="W01", utc=True)
    b(f"{D1} 01:00", "evaluator", window="W01", on=False)
    b(f"{D1} 02:00", "window_closed", window="W01")

    # At 00:15 the window is open but paused for all of the day so far: occupancy null.
    ingest(db, b.upto(f"{D1} 00:15"))
    now = ts(f"{D1} 00:15")
    got = assert_matches_reference(db, b.upto(f"{D1} 00:15"), d(D1), d(D2), now)
    assert_figures(got, {"windows": {"W01": {"open_s": 900.0, "paused_s": 900.0,
                                             "occupancy": None, "evaluator_off_s": 0.0}}})
    got = assert_matches_reference(db, b.upto(f"{D1} 00:15"), d(D), d(D1), now)
    assert_figures(got, {"windows": {"W01": {"open_s": 14400.0, "paused_s": 1800.0,
                                             "occupancy": 0.0, "evaluator_off_s": 7200.0}}})

    ingest(db, b.after(f"{D1} 00:15"))
    now = ts(f"{D2} 09:00")
    for start, end, want in (
            (D, D1, {"open_s": 14400.0, "paused_s": 1800.0, "evaluator_off_s": 7200.0}),
            (D1, D2, {"open_s": 7200.0, "paused_s": 1800.0, "evaluator_off_s": 3600.0}),
            (D, D2, {"open_s": 21600.0, "paused_s": 3600.0, "evaluator_off_s": 10800.0})):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W01": {**want, "busy_s": 0.0, "occupancy": 0.0}}})


def test_service_in_progress_counts_up_to_now(db: Database) -> None:
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03", utc=True)
    ingest(db, b.events)

    # The period's end is cut by now: the service is busy time up to now, not served.
    got = assert_matches_reference(db, b.events, d(D), d(D1), ts(f"{D} 16:20"))
    assert_figures(got, {
        "hall": {"served": 0, "avg_service_s": None, "avg_wait_s": 600.0,
                 "max_wait_s": 600.0},
        "windows": {"W03": {"served": 0, "avg_service_s": None, "open_s": 4800.0,
                            "busy_s": 1200.0, "occupancy": 0.25}}})


def test_service_never_finished_crosses_the_period_boundary(db: Database) -> None:
    # A ticket's events all fall on its issue day (the applier looks tickets up by the
    # day of each event), so a service can only run past midnight when it is never
    # finished: the window then stays open and serving, and the service counts as busy
    # up to now, split over the periods it crosses.
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03")
    ingest(db, b.events)

    now = ts(f"{D1} 10:00")
    for start, end, want in ((D, D1, {"open_s": 32400.0, "busy_s": 28800.0}),
                             (D1, D2, {"open_s": 36000.0, "busy_s": 36000.0}),
                             (D, D2, {"open_s": 68400.0, "busy_s": 64800.0})):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W03": {**want, "served": 0}}})


def test_service_never_finished_counts_days_later(db: Database) -> None:
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03")
    ingest(db, b.events)

    # Two days later the window is still open and serving the same ticket.
    now = ts("2026-03-12 12:00")
    for start, end, busy in ((D2, "2026-03-12", 86400.0), ("2026-03-12", "2026-03-13", 43200.0),
                             (D, "2026-04-01", 244800.0)):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W03": {"busy_s": busy, "served": 0}}})
    got = figures(db, d("2026-03-12"), d("2026-03-13"), now)
    assert_figures(got, {"windows": {"W03": {"open_s": 43200.0, "occupancy": 1.0}}})


def test_abandoned_tickets_and_numbers_reused_next_day(db: Database) -> None:
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:01", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:02", "ticket_issued", ticket="A002", service="GS", utc=True)
    b(f"{D} 09:03", "ticket_issued", ticket="A003", service="RS")
    b(f"{D} 09:05", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "ticket_abandoned", ticket="A001")       # 过号 after the call
    b(f"{D} 09:20", "ticket_abandoned", ticket="A002")       # left before the call
    b(f"{D} 09:21", "ticket_called", ticket="A003", window="W01")
    b(f"{D} 09:30", "service_started", ticket="A003", window="W01")
    b(f"{D} 09:40", "service_finished", ticket="A003", window="W01")
    b(f"{D} 09:50", "ticket_issued", ticket="A004", service="GS")   # still waiting
    b(f"{D} 12:00", "window_closed", window="W01")
    b(f"{D1} 09:00", "ticket_issued", ticket="A001", service="GS")
    b(f"{D1} 09:30", "ticket_abandoned", ticket="A001", utc=True)
    ingest(db, b.events)

    now = ts(f"{D1} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {"hall": {"tickets_issued": 4, "served": 1, "abandoned": 2,
                                  "avg_wait_s": 1620.0, "max_wait_s": 1620.0,
                                  "avg_service_s": 600.0}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 1, "served": 0, "abandoned": 1,
                                  "avg_wait_s": None, "max_wait_s": None,
                                  "avg_service_s": None}})
    got = assert_matches_reference(db, b.events, d(D), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 5, "served": 1, "abandoned": 3}})


def _serve(b: Batch, day: str, n: int, window: str = "W01") -> None:
    b(f"{day} 09:00", "window_opened", window=window, staff="S001")
    for i in range(n):
        number = f"A{i + 1:03d}"
        b(f"{day} 09:{10 * i + 1:02d}", "ticket_issued", ticket=number, service="GS")
        b(f"{day} 09:{10 * i + 2:02d}", "ticket_called", ticket=number, window=window)
        b(f"{day} 09:{10 * i + 4:02d}", "service_started", ticket=number, window=window)
        b(f"{day} 09:{10 * i + 9:02d}", "service_finished", ticket=number, window=window)
    b(f"{day} 12:00", "window_closed", window=window)


def test_satisfaction_and_evaluation_rate_null_cases(db: Database) -> None:
    b = Batch()
    # D1: evaluations but nobody served; D2: served but no evaluations; D3: both.
    for rating in (1, 2, 3, 4, 5, 5):
        b(f"{D1} 10:{rating * 5:02d}", "evaluation", window="W03", rating=rating)
    _serve(b, D2, 2)
    _serve(b, "2026-03-12", 4)
    for i, rating in enumerate((5, 2, 4)):
        b(f"2026-03-12 10:{i:02d}", "evaluation", window="W01", rating=rating,
          ticket=f"A00{i + 1}", comment="")
    ingest(db, b.events)
    now = ts("2026-03-13 09:00")

    cases = (
        (D, D1, {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}, None, None),
        (D1, D2, {"1": 1, "2": 1, "3": 1, "4": 1, "5": 2}, 4 / 6, None),
        (D2, "2026-03-12", {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}, None, 0.0),
        ("2026-03-12", "2026-03-13", {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}, 2 / 3, 0.75),
        (D, "2026-03-13", {"1": 1, "2": 2, "3": 1, "4": 2, "5": 3}, 6 / 9, 9 / 6),
    )
    for start, end, evaluations, satisfaction, evaluation_rate in cases:
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"hall": {"evaluations": evaluations,
                                      "satisfaction_rate": satisfaction,
                                      "evaluation_rate": evaluation_rate}})


def test_completion_rate_is_capped_at_one(db: Database) -> None:
    b = Batch()
    for case in ("C1", "C2", "C3"):
        b(f"{D} 10:0{case[1]}", "case_accepted", case=case, item="设立登记", window="W01",
          legal_days=20, promised_days=5)
    b(f"{D1} 10:00", "case_accepted", case="C4", item="变更登记", window="W02",
      legal_days=20, promised_days=5, applicant="某某公司")
    for case in ("C1", "C2", "C3"):
        b(f"{D1} 11:0{case[1]}", "case_completed", case=case, result="approved")
    ingest(db, b.events)
    now = ts(f"{D2} 09:00")

    for start, end, accepted, completed, rate, on_time in (
            (D, D1, 3, 0, 0.0, None),
            (D1, D2, 1, 3, 1.0, 1.0),          # 3 / 1, capped
            (D2, "2026-03-12", 0, 0, None, None),
            (D, D2, 4, 3, 0.75, 1.0)):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"hall": {"cases_accepted": accepted, "cases_completed": completed,
                                      "completion_rate": rate, "on_time_rate": on_time,
                                      "red_cards": 0}})


# Due dates around the 2025 National Day holiday, worked out by hand: Oct 1–8 are off,
# Sunday Sept 28 and Saturday Oct 11 are make-up working days.
DUE_DATES = [
    ("2025-09-26", 0, "2025-09-26"),
    ("2025-09-26", 1, "2025-09-28"),   # Fri → Sun (make-up day)
    ("2025-09-27", 0, "2025-09-27"),   # a 0-day case accepted on a Saturday
    ("2025-09-27", 1, "2025-09-28"),
    ("2025-09-28", 2, "2025-09-30"),
    ("2025-09-29", 5, "2025-10-13"),   # Sept 30, Oct 9, 10, 11, 13
    ("2025-09-30", 1, "2025-10-09"),
    ("2025-09-30", 3, "2025-10-11"),   # Oct 9, 10, 11 (make-up Saturday)
    ("2025-10-03", 0, "2025-10-03"),
    ("2025-10-03", 1, "2025-10-09"),
    ("2025-10-08", 2, "2025-10-10"),
    ("2025-10-10", 10, "2025-10-23"),
]


@pytest.mark.parametrize(("accepted", "days", "due"), DUE_DATES)
def test_due_date_in_working_days(accepted: str, days: int, due: str) -> None:
    assert WorkCalendar().add_workdays(d(accepted), days) == d(due)
    assert add_workdays(d(accepted), days) == d(due)


def _national_day_cases() -> Batch:
    b = Batch()

    def accept(when: str, case: str, window: str, promised: int, **kw: Any) -> None:
        b(when, "case_accepted", case=case, item="食品经营许可", window=window,
          legal_days=20, promised_days=promised, **kw)

    def complete(when: str, case: str, **kw: Any) -> None:
        b(when, "case_completed", case=case, result="approved", **kw)

    accept("2025-09-26 10:00", "C5", "W03", 1)                 # due Sun 09-28
    accept("2025-09-29 10:00", "C3", "W02", 5)                 # due 10-13
    accept("2025-09-30 00:30", "C1", "W01", 1, utc=True)       # 09-29 16:30Z; due 10-09
    accept("2025-09-30 10:00", "C2", "W01", 3)                 # due Sat 10-11
    accept("2025-10-03 10:00", "C4", "W03", 0)                 # due 10-03 (holiday)
    complete("2025-09-28 15:00", "C5")                         # on time, make-up Sunday
    complete("2025-10-03 16:00", "C4")                         # on time
    accept("2025-10-09 09:00", "C7", "W01", 0)                 # due 10-09
    complete("2025-10-09 23:30", "C1", utc=True)               # 15:30Z, on time locally
    accept("2025-10-10 09:00", "C6", "W02", 10)                # due 10-23
    complete("2025-10-10 09:30", "C7")                         # one day late
    complete("2025-10-13 16:00", "C2")                         # two days late
    return b


def test_national_day_cases_on_time_and_red_cards(db: Database) -> None:
    b = _national_day_cases()
    stage = "2025-10-13 09:00"
    ingest(db, b.upto(stage))
    ingest(db, b.after(stage))
    with db.read() as session:
        stored = {no: due for no, due in session.execute(
            select(Case.case_no, Case.due_date))}
    assert stored == {"C1": d("2025-10-09"), "C2": d("2025-10-11"), "C3": d("2025-10-13"),
                      "C4": d("2025-10-03"), "C5": d("2025-09-28"), "C6": d("2025-10-23"),
                      "C7": d("2025-10-09")}

    now = ts("2025-10-20 12:00")
    got = assert_matches_reference(db, b.events, d("2025-10-01"), d("2025-10-15"), now)
    # accepted C4, C7, C6; completed C4, C1, C7, C2 (C7 and C2 late);
    # red: C7 and C2 (completed after their due dates), C3 (open, due 10-13).
    assert_figures(got, {
        "hall": {"cases_accepted": 3, "cases_completed": 4, "completion_rate": 1.0,
                 "on_time_rate": 0.5, "red_cards": 3},
        "windows": {"W01": {"red_cards": 2, "score": 99.6},
                    "W02": {"red_cards": 1, "score": 99.8},
                    "W03": {"red_cards": 0, "score": 100.0}}})
    got = assert_matches_reference(db, b.events, d("2025-09-01"), d("2025-10-01"), now)
    assert_figures(got, {"hall": {"cases_accepted": 4, "cases_completed": 1,
                                  "completion_rate": 0.25, "on_time_rate": 1.0,
                                  "red_cards": 0}})
    # C6 is due on 10-23: not passed yet at now, so no red card in October.
    got = assert_matches_reference(db, b.events, d("2025-10-16"), d("2025-11-01"), now)
    assert_figures(got, {"hall": {"red_cards": 0}})
    got = assert_matches_reference(db, b.events, d("2025-10-16"), d("2025-11-01"),
                                   ts("2025-10-24 08:00"))
    assert_figures(got, {"hall": {"red_cards": 1}, "windows": {"W02": {"score": 99.8}}})


def test_red_cards_relative_to_now(db: Database) -> None:
    b = _national_day_cases()
    stage = "2025-10-13 09:00"
    ingest(db, b.upto(stage))
    now = ts(stage)
    got = assert_matches_reference(db, b.upto(stage), d("2025-10-01"), d("2025-10-15"), now)
    # At 10-13 09:00: C2 (due 10-11) is open and past due; C7 was completed late; C3 is
    # due today, so it is not a red card yet.
    assert_figures(got, {"hall": {"red_cards": 2},
                         "windows": {"W01": {"red_cards": 2, "score": 99.6},
                                     "W02": {"red_cards": 0, "score": 100.0}}})
    got = assert_matches_reference(db, b.upto(stage), d("2025-10-01"), d("2025-10-15"),
                                   ts("2025-10-09 12:00"))
    assert_figures(got, {"hall": {"red_cards": 0}})


def test_score_never_below_zero(db: Database) -> None:
    with db.write() as session:
        store_deductions(session, Deductions(red_card=40.0))
    b = Batch()
    for i in range(3):
        b(f"{D} 10:0{i}", "case_accepted", case=f"C{i}", item="设立登记", window="W01",
          legal_days=1, promised_days=0)
    b(f"{D} 10:05", "case_accepted", case="C9", item="设立登记", window="W02",
      legal_days=1, promised_days=0)
    ingest(db, b.events)
    got = assert_matches_reference(db, b.events, d(D), d(D1), ts(f"{D2} 09:00"),
                                   red_card_points=40.0)
    assert_figures(got, {"windows": {"W01": {"red_cards": 3, "score": 0.0},
                                     "W02": {"red_cards": 1, "score": 60.0},
                                     "W03": {"red_cards": 0, "score": 100.0}}})


def test_due_dates_in_a_year_the_package_does_not_cover(db: Database) -> None:
    # 2027 is not in the chinese-calendar package: Monday–Friday, plus the days the
    # office enters (here a holiday on Mon Feb 1 and a make-up Saturday Feb 6, 2027).
    b = Batch()
    b("2027-01-29 10:00", "case_accepted", case="K1", item="设立登记", window="W01",
      legal_days=20, promised_days=1)
    result = ingest(db, b.events)
    assert result.incomplete_years == [2027]
    with db.write() as session:
        session.add_all([CalendarDay(day=d("2027-02-01"), workday=False, note="春节"),
                         CalendarDay(day=d("2027-02-06"), workday=True, note="调休上班")])
    b = Batch("k")
    for case, promised in (("K2", 1), ("K3", 5), ("K4", 0)):
        b(f"2027-01-29 11:0{promised}", "case_accepted", case=case, item="设立登记",
          window="W02", legal_days=20, promised_days=promised)
    b("2027-02-02 16:00", "case_completed", case="K4", result="rejected")
    result = ingest(db, b.events, seed=1)
    assert result.incomplete_years == []
    with db.read() as session:
        stored = {no: due for no, due in session.execute(select(Case.case_no, Case.due_date))}
        office = WorkCalendar.load(session)
    assert stored == {"K1": d("2027-02-01"), "K2": d("2027-02-02"), "K3": d("2027-02-06"),
                      "K4": d("2027-01-29")}
    assert office.add_workdays(d("2027-01-29"), 5) == d("2027-02-06")
    assert WorkCalendar().add_workdays(d("2027-01-29"), 1) == d("2027-02-01")

    got = figures(db, d("2027-01-01"), d("2027-03-01"), ts("2027-02-03 09:00"))
    # Red: K1 (due 02-01), K2 (due 02-02), K4 (due 01-29, completed 02-02); K3 not yet.
    assert_figures(got, {"hall": {"cases_accepted": 4, "cases_completed": 1,
                                  "completion_rate": 0.25, "on_time_rate": 0.0,
                                  "red_cards": 3},
                         "windows": {"W01": {"red_cards": 1, "score": 99.8},
                                     "W02": {"red_cards": 2, "score": 99.6}}})
