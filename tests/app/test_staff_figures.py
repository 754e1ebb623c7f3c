"""Staff figures (docs/spec/figures.md, Staff; app/figures/staff.py): hand-made edge cases,
and every figure against a plain-Python reference (tests/app/staff_reference.py) over
random valid event batches, with the window figures they split."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.db import Database
from app.figures import Period, StaffFigures, compute, staff_figures
from app.figures import staff as staff_module
from app.records import inspections as inspection_svc
from models import ChecklistItem, InspectionFinding, Window
from models import Complaint as ComplaintRow
from tests.app.figures_helpers import D1, D2, Batch, D, d, ingest, ts
from tests.app.figures_reference import (
    DAY,
    RATINGS,
    TZ,
    US,
    Ev,
    Scenario,
    _Gen,
    differences,
    midnight,
    scenarios,
)
from tests.app.staff_reference import Complaint, Finding, staff_reference
from tests.cli_helpers import cli

MakeDb = Callable[[], AbstractContextManager[Database]]
EXAMPLES_ENV = "HALLDESK_FIGURES_EXAMPLES"


def got_figures(db: Database, start: dt.date, end: dt.date, now: float
                ) -> dict[str, dict[str, Any]]:
    """Staff code → the figures as a dict (the reference's shape)."""
    with db.read() as session:
        figs = staff_figures(session, Period(start, end, TZ), now)
    out = {}
    for f in figs.values():
        row = dataclasses.asdict(f)
        out[row.pop("code")] = row
    return out


def records(db: Database) -> tuple[list[Complaint], list[Finding]]:
    with db.read() as session:
        codes = dict(session.execute(select(Window.id, Window.code)).all())
        complaints = [Complaint(codes[w], r, s, state == "voided", source == "evaluation")
                      for w, r, s, state, source in session.execute(
                          select(ComplaintRow.window_id, ComplaintRow.registered_at,
                                 ComplaintRow.substantiated_at, ComplaintRow.state,
                                 ComplaintRow.source)
                          .where(ComplaintRow.window_id.is_not(None)))]
        findings = [Finding(codes[w], at, outcome == "fail", points)
                    for w, at, outcome, points in session.execute(
                        select(InspectionFinding.window_id, InspectionFinding.observed_at,
                               InspectionFinding.outcome, ChecklistItem.deduction)
                        .join(ChecklistItem, ChecklistItem.id == InspectionFinding.item_id))]
    return complaints, findings


def assert_matches(db: Database, events: list[Ev], start: dt.date, end: dt.date,
                   now: float) -> dict[str, dict[str, Any]]:
    got = got_figures(db, start, end, now)
    complaints, findings = records(db)
    want = staff_reference(events, start, end, now, complaints, findings)
    diff = differences(got, want)
    assert not diff, (f"period [{start}, {end}) at now={now} "
                      f"({dt.datetime.fromtimestamp(now, TZ)}):\n" + "\n".join(diff))
    assert_splits_windows(db, start, end, now)
    return got


def assert_splits_windows(db: Database, start: dt.date, end: dt.date, now: float) -> None:
    """The staff of the hall add up to its windows and its served (sessions all have
    staff): open, paused, busy, device-off time, services and service time."""
    with db.read() as session:
        p = Period(start, end, TZ)
        figs = staff_figures(session, p, now)
        win = compute(session, p, now)
    ws = win.windows.values()
    for staff_attr, window_sum in (
            ("open_s", sum(w.open_s for w in ws)), ("paused_s", sum(w.paused_s for w in ws)),
            ("busy_s", sum(w.busy_s for w in ws)),
            ("evaluator_off_s", sum(w.evaluator_off_s for w in ws)),
            ("service_s", sum(w.service_s_total for w in ws))):
        total = sum(getattr(f, staff_attr) for f in figs.values())
        assert abs(total - window_sum) < 1e-3, (staff_attr, total, window_sum)
    assert sum(f.services for f in figs.values()) == win.hall.served
    assert sum(f.evaluations for f in figs.values()) <= win.hall.satisfaction.evaluations


# -- hand-made cases -------------------------------------------------------------------------
def test_two_staff_take_turns_at_a_window(db: Database) -> None:
    """S001 in the morning with a pause and two services, S002 in the afternoon; an
    evaluation names a ticket (the service's staff), another none (the staff on duty),
    a third comes while the window is closed (nobody's)."""
    b = Batch()
    b(f"{D} 08:30", "evaluator", window="W01", on=True)
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:05", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:06", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "service_started", ticket="A001", window="W01")
    b(f"{D} 09:30", "service_finished", ticket="A001", window="W01")
    b(f"{D} 10:00", "window_paused", window="W01", reason="午休")
    b(f"{D} 10:20", "window_resumed", window="W01")
    b(f"{D} 10:30", "evaluator", window="W01", on=False)
    b(f"{D} 10:40", "evaluator", window="W01", on=True)
    b(f"{D} 11:00", "ticket_issued", ticket="A002", service="GS")
    b(f"{D} 11:01", "ticket_called", ticket="A002", window="W01")
    b(f"{D} 11:02", "service_started", ticket="A002", window="W01")
    b(f"{D} 11:12", "service_finished", ticket="A002", window="W01")
    b(f"{D} 12:00", "window_closed", window="W01")
    b(f"{D} 12:30", "evaluation", window="W01", rating=5)             # closed: nobody's
    b(f"{D} 13:00", "window_opened", window="W01", staff="S002")
    # A001 was served by S001: the late evaluation is hers, though S002 is on duty now
    b(f"{D} 13:05", "evaluation", window="W01", rating=2, ticket="A001")
    b(f"{D} 13:06", "evaluation", window="W01", rating=4)             # no ticket: S002's
    # a ticket number served at another window: the staff on duty here
    b(f"{D} 13:07", "evaluation", window="W01", rating=3, ticket="A009")
    b(f"{D} 13:10", "ticket_issued", ticket="A003", service="GS")
    b(f"{D} 13:11", "ticket_called", ticket="A003", window="W01")
    b(f"{D} 13:15", "service_started", ticket="A003", window="W01")
    b(f"{D} 13:45", "service_finished", ticket="A003", window="W01")
    b(f"{D} 17:00", "window_closed", window="W01")
    ingest(db, b.events)
    got = assert_matches(db, b.events, d(D), d(D1), ts(f"{D} 20:00"))
    assert set(got) == {"S001", "S002"}
    s1, s2 = got["S001"], got["S002"]
    assert s1["services"] == 2 and s1["service_s"] == 1800.0 and s1["avg_service_s"] == 900.0
    assert s1["open_s"] == 3 * 3600.0 and s1["paused_s"] == 1200.0 and s1["pauses"] == 1
    assert s1["busy_s"] == 1800.0 and s1["idle_s"] == 3 * 3600.0 - 1200.0 - 1800.0
    assert s1["evaluator_off_s"] == 600.0
    assert (s1["evaluations"], s1["bad"], s1["good"]) == (1, 1, 0)
    assert s1["evaluation_rate"] == 0.5 and s1["satisfaction_rate"] == 0.0
    assert s1["windows"] == ("W01",)
    assert s2["services"] == 1 and s2["open_s"] == 4 * 3600.0 and s2["pauses"] == 0
    assert (s2["evaluations"], s2["bad"]) == (2, 0) and s2["evaluation_rate"] == 2.0
    assert s2["evaluator_off_s"] == 0.0
    # the next day nobody worked: nobody is listed
    assert got_figures(db, d(D1), d(D2), ts(f"{D1} 20:00")) == {}


def test_a_session_crossing_the_period_start_and_still_open(db: Database) -> None:
    """A window left open overnight: its session counts in each day from midnight,
    and up to now while still open; a pause running into the next day likewise."""
    b = Batch()
    b(f"{D} 22:00", "window_opened", window="W02", staff="S002")
    b(f"{D} 23:00", "window_paused", window="W02")
    b(f"{D1} 01:00", "window_resumed", window="W02")
    b(f"{D1} 02:00", "evaluator", window="W02", on=True)
    ingest(db, b.events)
    now = ts(f"{D1} 03:00")
    got = assert_matches(db, b.events, d(D1), d(D2), now)
    assert got["S002"]["open_s"] == 3 * 3600.0
    assert got["S002"]["paused_s"] == 3600.0 and got["S002"]["pauses"] == 0
    assert got["S002"]["evaluator_off_s"] == 2 * 3600.0
    first = assert_matches(db, b.events, d(D), d(D1), now)
    assert first["S002"]["open_s"] == 2 * 3600.0 and first["S002"]["pauses"] == 1
    # both days at once: the sums
    both = assert_matches(db, b.events, d(D), d(D2), now)
    assert both["S002"]["open_s"] == 5 * 3600.0


def test_complaints_and_findings_go_to_the_staff_on_duty(db: Database) -> None:
    """A substantiated complaint registered while S003 was on duty at W03 is hers; one
    registered while W03 was closed is nobody's; a voided one and one substantiated in
    another period do not count; findings likewise by their time."""
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 09:30", "evaluation", window="W03", rating=1)              # opens an entry
    b(f"{D} 09:40", "evaluation", window="W03", rating=2)              # opens an entry
    b(f"{D} 12:00", "window_closed", window="W03")
    b(f"{D} 12:30", "evaluation", window="W03", rating=1)              # closed window
    b(f"{D} 12:40", "evaluation", window="W03", rating=2)              # voided later
    ingest(db, b.events)
    with db.write() as session:
        rows = session.execute(select(ComplaintRow.id, ComplaintRow.registered_at)
                               .order_by(ComplaintRow.registered_at)).all()
        assert len(rows) == 4
        marks = [("substantiated", ts(f"{D} 15:00")), ("substantiated", ts(f"{D1} 15:00")),
                 ("substantiated", ts(f"{D} 15:00")), ("voided", ts(f"{D} 15:00"))]
        for (cid, _), (state, at) in zip(rows, marks, strict=True):
            session.execute(update(ComplaintRow).where(ComplaintRow.id == cid)
                            .values(state=state, substantiated_at=at))
    # inspection findings: one on duty, one after closing, one voided
    for at, item in ((f"{D} 10:00", "badge"), (f"{D} 13:00", "tidy"),
                     (f"{D} 11:00", "quarrel")):
        with db.write() as session:
            rid = inspection_svc.start_round(session, actor="test:insp", role="inspector",
                                             now=ts(at)).id
            inspection_svc.record(session, rid, "W03", item, outcome="fail",
                                  actor="test:insp", role="inspector", now=ts(at))
            inspection_svc.finish(session, rid, actor="test:insp", role="inspector",
                                  now=ts(at))
    with db.write() as session:
        fid = session.scalar(select(InspectionFinding.id)
                             .where(InspectionFinding.observed_at == ts(f"{D} 11:00")))
        assert fid is not None
        inspection_svc.void(session, fid, "误报", actor="test:dir", role="director",
                            now=ts(f"{D} 11:30"))
    now = ts(f"{D2} 20:00")
    got = assert_matches(db, b.events, d(D), d(D1), now)
    assert got["S003"]["complaints"] == 1 and got["S003"]["findings"] == 1
    assert got["S003"]["evaluations"] == 2 and got["S003"]["bad"] == 2
    # the window's score counts the one substantiated in the period at a closed window
    with db.read() as session:
        w = compute(session, Period(d(D), d(D1), TZ), now, ["W03"]).windows["W03"]
    assert w.inspection_findings == 2
    assert w.deductions["bad_evaluation_substantiated"] == 2 * 0.2
    # the next day: the complaint found substantiated then is hers, though she did
    # not work that day (listed for it)
    nxt = assert_matches(db, b.events, d(D1), d(D2), now)
    assert set(nxt) == {"S003"} and nxt["S003"]["complaints"] == 1
    assert nxt["S003"]["open_s"] == 0.0 and nxt["S003"]["windows"] == ()


def test_a_service_left_unfinished_counts_up_to_now_and_the_day_end(db: Database) -> None:
    """A service still running counts as busy up to now; the next day's first queue
    event at the window ends it at the window's last event (the day's end) and it is
    served by the staff who started it."""
    b = Batch()
    b(f"{D} 16:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 16:10", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 16:11", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 16:20", "service_started", ticket="A001", window="W01")
    ingest(db, b.events)
    got = assert_matches(db, b.events, d(D), d(D1), ts(f"{D} 17:20"))
    assert got["S001"]["busy_s"] == 3600.0 and got["S001"]["services"] == 0
    assert got["S001"]["idle_s"] == 1200.0
    later = Batch("l")
    later(f"{D1} 09:00", "ticket_issued", ticket="A001", service="GS")
    later(f"{D1} 09:01", "ticket_called", ticket="A001", window="W01")
    ingest(db, later.events)
    events = b.events + later.events
    got = assert_matches(db, events, d(D), d(D1), ts(f"{D1} 10:00"))
    assert got["S001"]["services"] == 1 and got["S001"]["service_s"] == 0.0


def test_no_session_no_figures(db: Database) -> None:
    """Nothing at all: an empty dict; the figures are a frozen dataclass."""
    with db.read() as session:
        assert staff_figures(session, Period(d(D), d(D1), TZ), ts(f"{D} 12:00")) == {}
    assert dataclasses.is_dataclass(StaffFigures)
    assert StaffFigures.__dataclass_params__.frozen  # type: ignore[attr-defined]


# -- random valid batches against the reference ---------------------------------------------
def _periods(sc: Scenario) -> list[tuple[dt.date, dt.date]]:
    days = [(sc.start + i * DAY, sc.start + (i + 1) * DAY) for i in range(sc.days)]
    return [(sc.start, sc.end), *days, (sc.start - DAY, sc.end + DAY)]


def _records(db: Database, sc: Scenario) -> None:
    """Substantiate (or void) some of the complaints the bad evaluations opened, at
    random times of the scenario's days, and record failed checklist items at random
    windows and times (some voided)."""
    rng = random.Random(sc.seed)
    t0 = sc.start
    span = sc.days * 86400
    base = dt.datetime.combine(t0, dt.time(), TZ).timestamp()
    with db.write() as session:
        for cid in session.scalars(select(ComplaintRow.id)).all():
            state = rng.choice(("registered", "substantiated", "substantiated", "voided"))
            at = base + rng.uniform(-86400, span + 86400) if state != "registered" else None
            session.execute(update(ComplaintRow).where(ComplaintRow.id == cid)
                            .values(state=state, substantiated_at=at))
    for i in range(rng.randint(0, 4)):
        at = float(int(base + rng.uniform(0, span)))
        window = rng.choice(("W01", "W02", "W03"))
        with db.write() as session:
            rid = inspection_svc.start_round(session, actor=f"test:i{i}", role="inspector",
                                             now=at).id
            found = inspection_svc.record(session, rid, window, "badge", outcome="fail",
                                          actor=f"test:i{i}", role="inspector", now=at)
            inspection_svc.finish(session, rid, actor=f"test:i{i}", role="inspector", now=at)
            if found is not None and rng.random() < 0.25:
                inspection_svc.void(session, found.id, "误报", actor="test:dir",
                                    role="director", now=at)


def _run_scenario(make_db: MakeDb, sc: Scenario) -> None:
    note("events:\n" + sc.describe())
    n_mid = sum(e.us <= sc.now_mid for e in sc.events)
    with make_db() as db:
        ingest(db, sc.events[:n_mid], sc.seed + n_mid)
        for start, end in _periods(sc):
            assert_matches(db, sc.events[:n_mid], start, end, sc.now_mid / US)
        ingest(db, sc.events[n_mid:], sc.seed + len(sc.events))
        _records(db, sc)
        for start, end in _periods(sc):
            assert_matches(db, sc.events, start, end, sc.now_end / US)


class _RatingGen(_Gen):
    """The random batches' generator, whose evaluations mostly rate a ticket served (or
    being served) at its own window, some after the window changed hands."""

    def do_evaluation(self) -> None:
        served = [(n, w) for n, (state, w) in self.tickets.items()
                  if state in ("started", "finished")]
        if not served or self.draw(st.integers(0, 3)) == 0:
            super().do_evaluation()
            return
        number, window = self.pick(served)
        self.emit("evaluation", window=window, ticket=number,
                  rating=self.draw(st.sampled_from(RATINGS)))

    def actions(self) -> list[str]:
        # more evaluations and more sign-ins, so that windows change hands
        acts = super().actions()
        return [*acts, "evaluation", "evaluation",
                *(a for a in ("close", "open") if a in acts)]


@st.composite
def rating_scenarios(draw: st.DrawFn, max_steps: int = 40) -> Scenario:
    start = draw(st.sampled_from((dt.date(2025, 9, 30), dt.date(2026, 11, 26))))
    days = draw(st.integers(1, 2))
    gen = _RatingGen(draw, max_steps)
    for i in range(days):
        gen.day(start + i * DAY)
    events = gen.events
    first = events[0].us if events else int(midnight(start)) * US
    last = events[-1].us if events else first
    now_mid = draw(st.integers(first // US, last // US)) * US
    now_end = last + draw(st.integers(0, 3 * 86400)) * US
    return Scenario(start, days, events, now_mid, now_end, draw(st.integers(0, 2**32 - 1)))


def test_staff_figures_match_reference_on_random_batches(backend: str, make_db: MakeDb
                                                         ) -> None:
    examples = int(os.environ.get(EXAMPLES_ENV) or (25 if backend == "sqlite" else 8))

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=scenarios())
    def run(sc: Scenario) -> None:
        _run_scenario(make_db, sc)

    run()



def test_stats_staff_json(db: Database, db_url: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    """``stats --staff --json`` adds the staff figures by code, the same numbers as
    ``staff_figures``; without --staff the shape is unchanged; with --window only the
    staff who worked there; the table in text mode."""
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:05", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:06", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "service_started", ticket="A001", window="W01")
    b(f"{D} 09:30", "service_finished", ticket="A001", window="W01")
    b(f"{D} 12:00", "window_closed", window="W01")
    b(f"{D} 13:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 17:00", "window_closed", window="W03")
    ingest(db, b.events)
    argv = ["--db", db_url, "stats", "--from", D, "--to", D1, "--json"]
    status, out, err = cli(capsys, *argv)
    assert status == 0, err
    assert "staff" not in json.loads(out)
    status, out, err = cli(capsys, *argv, "--staff")
    assert status == 0, err
    staff = json.loads(out)["staff"]
    want = got_figures(db, d(D), d(D1), ts(f"{D2} 00:00"))
    assert list(staff) == ["S001", "S003"]
    assert staff["S001"] == {**want["S001"], "windows": ["W01"]}
    assert staff["S001"]["services"] == 1 and staff["S003"]["open_s"] == 4 * 3600.0
    status, out, err = cli(capsys, *argv, "--staff", "--window", "W03")
    assert status == 0, err
    assert list(json.loads(out)["staff"]) == ["S003"]
    status, out, err = cli(capsys, *argv[:-1], "--staff")
    assert status == 0, err
    assert "S001" in out and "S003" in out


def test_evaluations_follow_the_rated_service_on_random_batches(backend: str,
                                                                make_db: MakeDb) -> None:
    examples = int(os.environ.get(EXAMPLES_ENV) or (15 if backend == "sqlite" else 5))

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=rating_scenarios())
    def run(sc: Scenario) -> None:
        _run_scenario(make_db, sc)

    run()


def test_both_plans_agree_on_random_batches(backend: str, make_db: MakeDb,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The two plans of the on-duty rule (a seek per row, one sort: app/figures/staff.py
    ``_owned``) each run on both backends, against the reference."""
    other = "sqlite" if backend == "postgresql" else "postgresql"

    def owned(session: Any, numbered: Any, items: Any) -> Any:
        if other == "postgresql":
            return staff_module._owned_sorted(numbered, items)
        return staff_module._owned_seek(items)

    monkeypatch.setattr(staff_module, "_owned", owned)
    examples = int(os.environ.get(EXAMPLES_ENV) or (10 if backend == "sqlite" else 4))

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=rating_scenarios())
    def run(sc: Scenario) -> None:
        _run_scenario(make_db, sc)

    run()
