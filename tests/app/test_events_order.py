"""Events judged against the stored state whichever batch brings them
(docs/spec/events.md, Order and consistency): a later batch cannot contradict what is
stored, no duration is ever negative, and how a valid day is cut into batches never
changes a figure. Random days come from tests/app/figures_reference.py."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from app.db import Database
from app.events.ingest import BatchRejected, ingest_lines
from app.figures import Period, as_json, compute
from tests.app.conftest import MakeDb
from tests.app.events_helpers import ev, ingest, issued, reason, stats
from tests.app.figures_helpers import assert_matches_reference
from tests.app.figures_reference import DAY, TZ, US, Ev, Scenario, lines, scenarios
from tests.cli_helpers import counts
from tests.conftest import ACTOR

EXAMPLES_ENV = "HALLDESK_FIGURES_EXAMPLES"


# -- a later batch cannot contradict the stored state ------------------------------------
SERVING = [
    ev("o1", "08:30:00", "window_opened", window="W01", staff="S001"),
    issued("o2", "09:00:00"),
    ev("o3", "09:05:00", "ticket_called", ticket="A001", window="W01"),
    ev("o4", "10:00:00", "service_started", ticket="A001", window="W01"),
]


@pytest.mark.parametrize(("late", "words"), [
    # The two: a finish 20 minutes before the stored start, a close before the
    # stored open.
    (ev("l1", "09:40:00", "service_finished", ticket="A001", window="W01"),
     ("W01", "later event")),
    (ev("l2", "08:00:00", "window_closed", window="W01"), ("W01", "later event")),
    (ev("l3", "09:50:00", "window_paused", window="W01"), ("W01", "later event")),
    (ev("l4", "09:01:00", "ticket_abandoned", ticket="A001"), ("A001", "later event")),
    (ev("l5", "09:02:00", "ticket_called", ticket="A001", window="W02"),
     ("later event",)),
])
def test_a_later_batch_cannot_go_back_in_time(late: dict[str, Any], words: tuple[str, ...],
                                               db_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(SERVING))
    assert status == 0, err
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, [late], name="late.jsonl")
    assert status == 2, err
    assert counts(db_url) == before
    why = reason(err, 1)
    for word in words:
        assert word in why


def test_a_device_event_cannot_go_back_in_time(db_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, [
        *SERVING, ev("d1", "09:00:00", "evaluator", window="W01", on=True)])
    assert status == 0, err
    status, _, err = ingest(capsys, db_url, tmp_path,
                            [ev("d2", "08:45:00", "evaluator", window="W01", on=False)],
                            name="late.jsonl")
    assert status == 2
    assert "evaluation device of window W01" in reason(err, 1)


def test_durations_stay_positive_after_the_refused_late_batch(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(SERVING))
    assert status == 0, err
    for late in (ev("l1", "09:40:00", "service_finished", ticket="A001", window="W01"),
                 ev("l2", "08:00:00", "window_closed", window="W01")):
        ingest(capsys, db_url, tmp_path, [late], name="late.jsonl")
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("f1", "10:20:00", "service_finished", ticket="A001", window="W01"),
        ev("f2", "17:30:00", "window_closed", window="W01")], name="end.jsonl")
    assert status == 0, err
    data = stats(capsys, db_url)
    assert data["hall"]["avg_service_s"] == 1200.0
    assert data["windows"]["W01"]["open_s"] == 9 * 3600.0


# -- any split of a valid day: the same figures ------------------------------------------
def _non_negative(tree: Any, path: str = "") -> list[str]:
    if isinstance(tree, dict):
        return [bad for k, v in tree.items() for bad in _non_negative(v, f"{path}.{k}")]
    if isinstance(tree, (int, float)) and not isinstance(tree, bool) and tree < 0:
        return [f"{path} = {tree}"]
    return []


def _figures(db: Database, sc: Scenario, now: float) -> list[dict[str, Any]]:
    periods = [(sc.start, sc.end), *[(sc.start + i * DAY, sc.start + (i + 1) * DAY)
                                     for i in range(sc.days)]]
    out = []
    with db.read() as session:
        for start, end in periods:
            out.append(as_json(compute(session, Period(start, end, TZ), now)))
    return out


def _ingest(db: Database, batch: list[Ev], now: float) -> bool:
    """True when the batch was applied, False when it was refused whole."""
    try:
        ingest_lines(db, lines(batch), source="test", file_hash="x", actor=ACTOR,
                     role="director", now=now)
    except BatchRejected:
        return False
    return True


def _examples(backend: str) -> int:
    return int(os.environ.get(EXAMPLES_ENV) or (20 if backend == "sqlite" else 6))


def test_batches_in_time_order_give_the_figures_of_one_batch(backend: str,
                                                             make_db: MakeDb) -> None:
    """Cut a valid stream anywhere, each batch in any line order: every batch is
    applied and the figures are those of the reference (= one batch)."""

    @settings(max_examples=_examples(backend), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=scenarios(max_steps=30), data=st.data())
    def run(sc: Scenario, data: st.DataObject) -> None:
        events = sorted(sc.events, key=lambda e: e.us)
        cuts = sorted(data.draw(st.lists(st.integers(0, len(events)), max_size=5)))
        batches = [events[a:b] for a, b in zip([0, *cuts], [*cuts, len(events)], strict=True)]
        rng = random.Random(sc.seed)
        now = sc.now_end / US
        note(f"cuts {cuts}\n" + sc.describe())
        with make_db() as db:
            for batch in batches:
                shuffled = list(batch)
                rng.shuffle(shuffled)
                assert _ingest(db, shuffled, now), f"a batch in time order was refused: {batch}"
            for start, end in ((sc.start, sc.end), (sc.start, sc.start + DAY)):
                assert_matches_reference(db, sc.events, start, end, now)

    run()


def test_batches_in_any_order_are_applied_whole_or_refused_whole(
        backend: str, make_db: MakeDb) -> None:
    """Deal a valid stream into batches and let them arrive in any order: each batch is
    applied or refused whole, no figure is negative, and the stored state is the one
    the applied batches give as a single batch (in a fresh database). When every batch
    is applied, the figures are those of the whole stream."""

    @settings(max_examples=_examples(backend), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=scenarios(max_steps=30), data=st.data())
    def run(sc: Scenario, data: st.DataObject) -> None:
        n = data.draw(st.integers(1, 4))
        where = data.draw(st.lists(st.integers(0, n - 1), min_size=len(sc.events),
                                   max_size=len(sc.events)))
        batches = [[e for e, b in zip(sc.events, where, strict=True) if b == i]
                   for i in range(n)]
        order = data.draw(st.permutations(range(n)))
        now = sc.now_end / US
        note(f"batches {where}, arriving {order}\n" + sc.describe())
        applied: list[Ev] = []
        with make_db() as db:
            for i in order:
                before = counts(db.url)
                if _ingest(db, batches[i], now):
                    applied += batches[i]
                else:
                    assert counts(db.url) == before
            got = _figures(db, sc, now)
        for tree in got:
            assert not _non_negative(tree), _non_negative(tree)
        with make_db() as fresh:
            assert _ingest(fresh, applied, now), "the applied batches, as one, were refused"
            assert _figures(fresh, sc, now) == got
        if len(applied) == len(sc.events):
            with make_db() as db:
                assert _ingest(db, sorted(sc.events, key=lambda e: e.us), now)
                assert _figures(db, sc, now) == got

    run()


# -- the day boundary ---------------------------------------------------------------------
D0, D1 = "2026-11-25", "2026-11-26"


def at(day: str, hms: str) -> str:
    return f"{day}T{hms}+08:00"


def test_a_service_crossing_midnight_finishes_and_the_window_goes_on(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("m1", at(D0, "22:00:00"), "window_opened", window="W01", staff="S001"),
        issued("m2", "23:40:00"),
        ev("m3", at(D0, "23:45:00"), "ticket_called", ticket="A001", window="W01"),
        ev("m4", at(D0, "23:50:00"), "service_started", ticket="A001", window="W01")])
    assert status == 0, err
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("m5", at(D1, "00:10:00"), "service_finished", ticket="A001", window="W01"),
        ev("m6", at(D1, "00:15:00"), "window_closed", window="W01"),
        ev("m7", at(D1, "08:30:00"), "window_opened", window="W01", staff="S002")],
        name="next.jsonl")
    assert status == 0, err
    day0 = stats(capsys, db_url, D0, D1)["hall"]
    assert (day0["served"], day0["avg_service_s"]) == (1, 1200.0)


def test_the_next_day_is_never_blocked_by_a_service_left_unfinished(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("u1", at(D0, "08:30:00"), "window_opened", window="W01", staff="S001"),
        issued("u2", "16:00:00"),
        ev("u3", at(D0, "16:05:00"), "ticket_called", ticket="A001", window="W01"),
        ev("u4", at(D0, "16:10:00"), "service_started", ticket="A001", window="W01"),
        issued("u5", "16:20:00", ticket="A002")])
    assert status == 0, err
    # The next morning: the window signs in again, serves, pauses, closes.
    status, out, err = ingest(capsys, db_url, tmp_path, [
        ev("n1", at(D1, "08:30:00"), "window_opened", window="W01", staff="S001"),
        issued("n2", "09:00:00", day=D1),
        ev("n3", at(D1, "09:01:00"), "ticket_called", ticket="A001", window="W01"),
        ev("n4", at(D1, "09:02:00"), "service_started", ticket="A001", window="W01"),
        ev("n5", at(D1, "09:12:00"), "service_finished", ticket="A001", window="W01"),
        ev("n6", at(D1, "12:00:00"), "window_paused", window="W01"),
        ev("n7", at(D1, "13:00:00"), "window_resumed", window="W01"),
        ev("n8", at(D1, "17:30:00"), "window_closed", window="W01")], name="next.jsonl")
    assert status == 0, err
    assert "7 events applied" not in out and "8 events applied" in out
    assert "closed by the day's end" in out
    day0 = stats(capsys, db_url, D0, D1)
    # Yesterday's session ended at the window's last queue event, the 16:10 start.
    assert day0["windows"]["W01"]["open_s"] == pytest.approx((16 + 10 / 60 - 8.5) * 3600)
    assert day0["hall"]["abandoned"] == 1  # A002, still waiting when the next day began
    day1 = stats(capsys, db_url, D1, "2026-11-27")
    assert day1["hall"]["served"] == 1
    assert day1["windows"]["W01"]["open_s"] == 9 * 3600.0


def test_a_late_finish_of_the_day_before_replaces_the_day_end(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("u1", at(D0, "08:30:00"), "window_opened", window="W01", staff="S001"),
        issued("u2", "16:00:00"),
        ev("u3", at(D0, "16:05:00"), "ticket_called", ticket="A001", window="W01"),
        ev("u4", at(D0, "16:10:00"), "service_started", ticket="A001", window="W01"),
        ev("n1", at(D1, "08:30:00"), "window_opened", window="W01", staff="S001")])
    assert status == 0, err
    assert stats(capsys, db_url, D0, D1)["hall"]["avg_service_s"] == 0.0
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("u5", at(D0, "16:25:00"), "service_finished", ticket="A001", window="W01")],
        name="late.jsonl")
    assert status == 0, err
    day0 = stats(capsys, db_url, D0, D1)["hall"]
    assert (day0["served"], day0["avg_service_s"]) == (1, 900.0)


def test_day_end_marks_are_stored(db: Database, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from models import Ticket, WindowSession

    status, _, err = ingest(capsys, db.url, tmp_path, [
        ev("u1", at(D0, "08:30:00"), "window_opened", window="W01", staff="S001"),
        issued("u2", "16:00:00"),
        issued("u3", "16:01:00", ticket="A002"),
        ev("u4", at(D0, "16:05:00"), "ticket_called", ticket="A001", window="W01"),
        ev("u5", at(D0, "16:10:00"), "service_started", ticket="A001", window="W01"),
        ev("n1", at(D1, "08:30:00"), "window_opened", window="W01", staff="S001")])
    assert status == 0, err
    with db.read() as session:
        tickets = {t.number: (t.finished_at, t.abandoned_at, t.day_end)
                   for t in session.scalars(select(Ticket))}
        sessions = [(s.closed_at is not None, s.day_end)
                    for s in session.scalars(select(WindowSession).order_by(WindowSession.id))]
    start = dt.datetime.fromisoformat(at(D0, "16:10:00")).timestamp()
    waiting = dt.datetime.fromisoformat(at(D0, "16:01:00")).timestamp()
    assert tickets == {"A001": (start, None, True), "A002": (None, waiting, True)}
    assert sessions == [(True, True), (False, False)]

