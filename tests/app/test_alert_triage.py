"""What the director acts on first: live alerts by severity, grouped by kind, with how
long each lasted or how overdue a case is, acknowledged by group or selection (audited
one by one), windows' marks and the KPI tiles' colours (docs/spec/figures.md)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from app.calendar import WorkCalendar
from app.db import Database
from app.errors import UserError
from app.events.ingest import ingest_lines
from app.figures.alerts import (
    BAD,
    EVALUATOR_OFF,
    LONG_WAIT,
    LOW_RATE,
    OK,
    RED,
    VACANT,
    WARN,
    YELLOW,
    Alert,
    acknowledge_many,
    alert_rows,
    compute_alerts,
    keys_to_acknowledge,
    kpi_levels,
    triage,
    window_marks,
)
from app.figures.live import CLOSED, IDLE, HallNow, QueueNow, WindowNow, snapshot
from models import AlertAck, AuditEntry

TZ = dt.timezone(dt.timedelta(hours=8))
MONDAY = dt.date(2026, 9, 14)
FRIDAY = dt.date(2026, 9, 11)


def _at(hour: int, minute: int = 0, day: dt.date = MONDAY) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).isoformat()


def _ts(hour: int, minute: int = 0, day: dt.date = MONDAY) -> float:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).timestamp()


def _feed(db: Database, events: list[dict[str, Any]]) -> None:
    lines = [json.dumps({"id": f"e{i:04d}", **e}, ensure_ascii=False)
             for i, e in enumerate(events)]
    ingest_lines(db, lines, source="test", file_hash="x", actor="test:pytest", role="director")


def _alert(kind: str, subject: str, since: float | None = None, window: str | None = None,
           acked: bool = False, **detail: Any) -> Alert:
    return Alert(f"{kind}:{subject}", kind, window, subject, since, dict(detail),
                 "test:director" if acked else None, 1.0 if acked else None)


def test_alerts_are_ordered_by_severity_and_grouped_by_kind() -> None:
    alerts = [
        _alert(YELLOW, "K9"),
        _alert(LOW_RATE, "W07", window="W07"),
        *[_alert(VACANT, f"W{n:02d}", since=1000.0 + n, window=f"W{n:02d}")
          for n in range(1, 32)],
        _alert(EVALUATOR_OFF, "W05", since=500.0, window="W05"),
        _alert(LONG_WAIT, "A078", since=100.0, department="GS"),
        _alert(LONG_WAIT, "A090", since=50.0, department="GS"),
        _alert(RED, "K1", since=20.0, window="W09", overdue_days=2),
        _alert(RED, "K2", since=10.0, window="W09", overdue_days=12),
    ]
    groups = triage(alerts)
    assert [g.kind for g in groups] == [RED, LONG_WAIT, EVALUATOR_OFF, VACANT, LOW_RATE, YELLOW]
    # within a kind, the longest-lasting (the most overdue) first
    assert [a.subject for a in groups[0].alerts] == ["K2", "K1"]
    assert [a.subject for a in groups[1].alerts] == ["A090", "A078"]
    vacant = groups[3]
    assert len(vacant.alerts) == 31 and vacant.alerts[0].subject == "W01"
    # a group of several is one row until expanded; a group of one is its alert
    rows = alert_rows(groups)
    assert [(r.group.kind, r.is_group) for r in rows] == [
        (RED, True), (LONG_WAIT, True), (EVALUATOR_OFF, False), (VACANT, True),
        (LOW_RATE, False), (YELLOW, False)]
    rows = alert_rows(groups, {vacant.key})
    assert len(rows) == 6 + 31
    assert [r.alert.subject for r in rows[4:35] if r.alert] == [f"W{n:02d}" for n in
                                                                range(1, 32)]


def test_acknowledged_alerts_leave_the_list_unless_asked_for() -> None:
    alerts = [_alert(VACANT, "W01", 1.0, "W01", acked=True), _alert(VACANT, "W02", 2.0, "W02"),
              _alert(RED, "K1", 3.0, "W03", acked=True)]
    groups = triage(alerts)
    assert [(g.kind, [a.subject for a in g.alerts]) for g in groups] == [(VACANT, ["W02"])]
    everything = triage(alerts, show_acknowledged=True)
    assert [g.kind for g in everything] == [RED, VACANT]
    assert everything[1].open == 1 and len(everything[1].alerts) == 2
    # acknowledging the vacant group again asks only for its open alert
    rows = alert_rows(everything)
    assert keys_to_acknowledge([rows[1]]) == ["vacant:W02"]
    assert keys_to_acknowledge([rows[0]]) == []            # K1 already acknowledged


def test_window_marks_name_cards_apart_from_other_alerts() -> None:
    windows = [WindowNow("W01", "", "GS", "工商", 1, None, state=IDLE),
               WindowNow("W02", "", "GS", "工商", 1, None, state=CLOSED),
               WindowNow("W03", "", "RS", "人社", 1, None, state=IDLE)]
    alerts = [_alert(RED, "K1", 1.0, "W01", acked=True), _alert(YELLOW, "K2", None, "W01"),
              _alert(EVALUATOR_OFF, "W01", 2.0, "W01"), _alert(LONG_WAIT, "A001", 3.0,
                                                                department="GS")]
    marks = window_marks(alerts, windows)
    w1 = marks["W01"]
    assert (w1.red, w1.yellow, w1.others, w1.open) == (1, 1, 1, 2)   # a red card stays marked
    assert w1.kinds == {EVALUATOR_OFF, LONG_WAIT}
    assert "W02" not in marks            # closed: the queue is not its to take
    assert "W03" not in marks


def _snap(**kw: Any) -> HallNow:
    snap = HallNow(at=10_000.0, hall_name="")
    for key, value in kw.items():
        setattr(snap, key, value)
    return snap


def test_kpi_tiles_are_coloured_against_their_thresholds() -> None:
    calm = kpi_levels(_snap(queues=[QueueNow("GS", "", 3, 10_000.0 - 300)],
                            avg_wait_today_s=240.0, evaluations_today=1000,
                            good_today=999), [])
    assert set(calm.values()) == {OK}
    busy = kpi_levels(_snap(queues=[QueueNow("GS", "", 9, 10_000.0 - 20 * 60)],
                            avg_wait_today_s=12 * 60.0, evaluations_today=100, good_today=97,
                            yellow_cards=2), [_alert(VACANT, "W01", 1.0, "W01")])
    assert busy == {"served": OK, "waiting": WARN, "wait": WARN, "satisfaction": WARN,
                    "open": WARN, "cards": WARN}
    bad = kpi_levels(_snap(queues=[QueueNow("GS", "", 9, 10_000.0 - 78 * 60)],
                           avg_wait_today_s=25 * 60.0, evaluations_today=100, good_today=90,
                           yellow_cards=2, red_cards=1), [])
    assert bad == {"served": OK, "waiting": BAD, "wait": BAD, "satisfaction": BAD,
                   "open": OK, "cards": BAD}


@pytest.fixture
def hall_day(db: Database) -> tuple[Database, HallNow, list[Alert]]:
    _feed(db, [
        {"ts": _at(9, 0, FRIDAY), "type": "window_opened", "window": "W03", "staff": "S003"},
        {"ts": _at(17, 0, FRIDAY), "type": "window_closed", "window": "W03"},
        # due Thursday 27 August (promised 0 days): red for 12 working days on Monday
        # 14 September ...
        {"ts": _at(10, 0, dt.date(2026, 8, 27)), "type": "case_accepted", "case": "K1",
         "item": "设立登记", "window": "W01", "legal_days": 2, "promised_days": 0},
        # ... and one due Friday: one working day overdue
        {"ts": _at(10, 0, FRIDAY), "type": "case_accepted", "case": "K2", "item": "变更登记",
         "window": "W01", "legal_days": 2, "promised_days": 0},
        {"ts": _at(8, 45), "type": "window_opened", "window": "W01", "staff": "S001"},
        {"ts": _at(8, 45), "type": "window_opened", "window": "W02", "staff": "S002"},
        {"ts": _at(9, 40), "type": "window_paused", "window": "W02", "reason": "临时离岗"},
        {"ts": _at(8, 42), "type": "ticket_issued", "ticket": "A001", "service": "GS"},
    ])
    now = _ts(10, 0)
    with db.read() as session:
        calendar = WorkCalendar.load(session)
        snap = snapshot(session, now, calendar)
        alerts = compute_alerts(session, snap, calendar, TZ)
    return db, snap, alerts


def test_each_alert_says_how_long_it_has_lasted(hall_day: tuple[Database, HallNow,
                                                                list[Alert]]) -> None:
    _db, snap, alerts = hall_day
    by = {(a.kind, a.subject): a for a in alerts}
    assert by[(LONG_WAIT, "A001")].lasted_s(snap.at) == 78 * 60        # since 8:42
    assert by[(VACANT, "W02")].lasted_s(snap.at) == 20 * 60            # paused at 9:40
    assert by[(VACANT, "W03")].lasted_s(snap.at) == 60 * 60            # closed since 9:00
    assert by[(EVALUATOR_OFF, "W01")].lasted_s(snap.at) == 75 * 60     # off since opening
    assert by[(RED, "K1")].detail["overdue_days"] == 12
    assert by[(RED, "K2")].detail["overdue_days"] == 1
    # the red cards first, the most overdue first; then the long wait
    assert [(a.kind, a.subject) for a in alerts[:3]] == [(RED, "K1"), (RED, "K2"),
                                                          (LONG_WAIT, "A001")]


def test_a_group_is_acknowledged_at_once_each_alert_audited(
        hall_day: tuple[Database, HallNow, list[Alert]]) -> None:
    db, snap, alerts = hall_day
    groups = triage(alerts)
    vacant = next(g for g in groups if g.kind == VACANT)
    rows = [r for r in alert_rows(groups) if r.group is vacant]
    keys = keys_to_acknowledge(rows)
    assert len(keys) == 2
    with db.write() as session:
        assert acknowledge_many(session, keys, "test:director", snap.at,
                                role="director") == 2
    with db.write() as session:      # again: nothing new
        assert acknowledge_many(session, keys, "test:director", snap.at,
                                role="director") == 0
    with db.read() as session:
        assert sorted(session.scalars(select(AlertAck.key))) == sorted(keys)
        audited = sorted(session.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "alert.ack")))
        assert audited == sorted(keys)
        calendar = WorkCalendar.load(session)
        after = compute_alerts(session, snap, calendar, TZ)
    assert VACANT not in [g.kind for g in triage(after)]


def test_acknowledging_needs_the_permission(hall_day: tuple[Database, HallNow,
                                                            list[Alert]]) -> None:
    db, snap, alerts = hall_day
    with db.write() as session, pytest.raises(UserError):
        acknowledge_many(session, [alerts[0].key], "test:auditor", snap.at, role="auditor")
