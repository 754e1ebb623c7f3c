"""Live alerts (docs/spec/figures.md, Live alerts) and their acknowledgement.

Each alert has a stable key naming its kind, its subject and when its condition
began, so an acknowledgement holds for that occurrence only: a window paused again
later raises a new alert.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.config import AlertThresholds, OpeningHours, load_alert_thresholds, load_weekly_hours
from app.errors import UserError
from app.figures.live import CLOSED, PAUSED, RECENT_S, HallNow
from app.figures.period import local_midnight
from app.security import audit
from app.security.permissions import require
from models import AlertAck, Case, Department, EvaluatorSpan, Ticket, Window, WindowSession

LONG_WAIT, VACANT, EVALUATOR_OFF, LOW_RATE, YELLOW, RED = (
    "long_wait", "vacant", "evaluator_off", "low_evaluation_rate", "yellow_card", "red_card")
KINDS = (RED, LONG_WAIT, VACANT, EVALUATOR_OFF, LOW_RATE, YELLOW)  # display order


@dataclass
class Alert:
    key: str
    kind: str
    window: str | None
    subject: str
    since: float | None
    detail: dict[str, Any] = field(default_factory=dict)
    acked_by: str | None = None
    acked_at: float | None = None


@dataclass(frozen=True)
class _Statements:
    windows: Any
    waiting_uncalled: Any
    waiting_called: Any
    open_last_day: Any
    device_off: Any
    cases_open: Any
    cases_open_then: Any
    cases_completed_after: Any


@functools.cache
def _statements() -> _Statements:
    """Built once with bound parameters (see app/figures/live.py)."""
    now: Any = bindparam("now")
    t0: Any = bindparam("t0")
    waited: Any = bindparam("waited")   # issued before this: waiting longer than allowed
    ids = select(Window.id).where(Window.retired.is_(False)).scalar_subquery()
    t, s, e, c = Ticket, WindowSession, EvaluatorSpan, Case
    # Waiting: issued, neither started nor abandoned at ``now`` (figures.md); a ticket
    # called to a window but not yet started is still waiting.
    waiting = and_(t.issued_at >= t0, t.issued_at <= waited,
                   (t.started_at.is_(None)) | (t.started_at > now),
                   (t.abandoned_at.is_(None)) | (t.abandoned_at > now))
    tickets = select(t.number, t.issued_at, Department.code).join(
        Department, t.department_id == Department.id)
    next_workday: Any = bindparam("next_workday")
    cases = select(c.case_no, c.window_id, c.item, c.due_date)
    return _Statements(
        windows=select(Window.id, Window.code).where(Window.retired.is_(False)),
        waiting_uncalled=tickets.where(t.window_id.is_(None), waiting),
        waiting_called=tickets.where(t.window_id.in_(ids), waiting),
        open_last_day=select(s.window_id).where(
            s.window_id.in_(ids), s.opened_at >= bindparam("lw0"),
            s.opened_at < bindparam("lw1")).distinct(),
        # The latest switch-off before ``now`` of the windows that need it, among the
        # last two weeks' spans (an older one is before the window opened anyway).
        device_off=select(e.window_id, func.max(e.off_at)).where(
            e.window_id.in_(bindparam("off_ids", expanding=True)),
            e.on_at >= bindparam("recent"), e.off_at <= now).group_by(e.window_id),
        cases_open=cases.where(c.window_id.in_(ids), c.due_date <= next_workday,
                               c.completed_on.is_(None)),
        cases_open_then=cases.where(c.window_id.in_(ids), c.due_date <= next_workday,
                                    c.completed_on.is_(None), c.accepted_at <= now),
        # only the completion time may lead (see app/figures/live.py cards); due dates
        # are tested in Python
        cases_completed_after=cases.where(c.window_id.in_(ids), c.completed_at > now,
                                          c.accepted_at + 0 <= now),
    )


def compute_alerts(session: Session, snap: HallNow, calendar: WorkCalendar, tz: dt.tzinfo,
                   limits: AlertThresholds | None = None,
                   hours: OpeningHours | None = None) -> list[Alert]:
    """Every live alert at ``snap.at``, acknowledged ones included (with who/when)."""
    limits = limits or load_alert_thresholds(session)
    q = _statements()
    conn = session.connection()
    now = snap.at
    local = dt.datetime.fromtimestamp(now, tz)
    hours = hours or load_weekly_hours(session).on(local.weekday())
    today = local.date()
    t0 = local_midnight(today, tz)
    codes: dict[int, str] = dict(conn.execute(q.windows).all())
    alerts: list[Alert] = []
    # Rows that changed after ``now`` exist only when ``now`` is in the past.
    past = snap.last_event_at is not None and snap.last_event_at > now

    # Long wait: tickets waiting more than 30 minutes.
    params = {"now": now, "t0": t0, "waited": now - limits.long_wait_s}
    waiting = [*conn.execute(q.waiting_uncalled, params), *conn.execute(q.waiting_called, params)]
    for number, issued, dept in sorted(waiting, key=lambda r: (r[1], r[0])):
        alerts.append(Alert(f"{LONG_WAIT}:{today}:{number}", LONG_WAIT, None, number, issued,
                            {"department": dept, "minutes": int((now - issued) // 60)}))

    opening = (calendar.is_workday(today) and hours.opens <= local.time() <= hours.closes)
    last_workday = _previous_workday(calendar, today)
    open_last_day: set[int] = set()
    if opening:
        open_last_day = {wid for (wid,) in conn.execute(q.open_last_day, {
            "lw0": local_midnight(last_workday, tz),
            "lw1": local_midnight(last_workday + dt.timedelta(days=1), tz)})}
    id_of = {code: wid for wid, code in codes.items()}
    device_off = [id_of[w.code] for w in snap.windows
                  if w.state != CLOSED and not w.evaluator_on and w.opened_at is not None
                  and w.code in id_of]
    off_since: dict[int, float] = {}
    if device_off:
        off_since = {wid: float(off) for wid, off in conn.execute(q.device_off, {
            "off_ids": device_off, "recent": now - RECENT_S, "now": now}) if off is not None}
    for w in snap.windows:
        wid = id_of.get(w.code)
        if w.state == PAUSED and w.paused_since is not None \
                and now - w.paused_since > limits.paused_vacant_s:
            alerts.append(Alert(f"{VACANT}:{w.code}:paused:{int(w.paused_since)}", VACANT,
                                w.code, w.code, w.paused_since,
                                {"reason": "paused",
                                 "minutes": int((now - w.paused_since) // 60)}))
        if w.state == CLOSED and opening and wid in open_last_day:
            alerts.append(Alert(f"{VACANT}:{w.code}:closed:{today}", VACANT, w.code, w.code,
                                None, {"reason": "closed", "last_open": str(last_workday)}))
        if w.state != CLOSED and not w.evaluator_on and w.opened_at is not None:
            since = max(w.opened_at, off_since.get(wid, w.opened_at) if wid else w.opened_at)
            if now - since > limits.evaluator_off_s:
                alerts.append(Alert(f"{EVALUATOR_OFF}:{w.code}:{int(since)}", EVALUATOR_OFF,
                                    w.code, w.code, since,
                                    {"minutes": int((now - since) // 60)}))
        if w.served_today >= limits.low_evaluation_min_served \
                and w.evaluations_today / w.served_today < limits.low_evaluation_rate:
            alerts.append(Alert(f"{LOW_RATE}:{w.code}:{today}", LOW_RATE, w.code, w.code, None,
                                {"rate": w.evaluations_today / w.served_today,
                                 "served": w.served_today}))

    next_workday = calendar.next_workday(today)
    case_params = {"next_workday": next_workday, "now": now}
    cases = list(conn.execute(q.cases_open_then if past else q.cases_open, case_params))
    if past:
        cases += [r for r in conn.execute(q.cases_completed_after, case_params)
                  if r[3] <= next_workday]
    for case_no, wid, item, due in sorted(cases, key=lambda r: (r[3], r[0])):
        kind = RED if due < today else YELLOW
        alerts.append(Alert(f"{kind}:{case_no}:{due}", kind, codes.get(wid), case_no, None,
                            {"item": item, "due": str(due)}))

    _attach_acks(session, alerts)
    order = {k: i for i, k in enumerate(KINDS)}
    alerts.sort(key=lambda a: (order[a.kind], a.since or 0.0, a.subject))
    return alerts


def _previous_workday(calendar: WorkCalendar, day: dt.date) -> dt.date:
    previous = day - dt.timedelta(days=1)
    while not calendar.is_workday(previous):
        previous -= dt.timedelta(days=1)
    return previous


def _attach_acks(session: Session, alerts: list[Alert]) -> None:
    keys = [a.key for a in alerts]
    acks: dict[str, tuple[str, float]] = {}
    for i in range(0, len(keys), 500):
        for key, by, at in session.execute(select(AlertAck.key, AlertAck.acked_by,
                                                  AlertAck.acked_at)
                                           .where(AlertAck.key.in_(keys[i:i + 500]))):
            acks[key] = (by, at)
    for a in alerts:
        if a.key in acks:
            a.acked_by, a.acked_at = acks[a.key]


def acknowledge(session: Session, key: str, actor: str, at: float | None = None, *,
                role: str) -> bool:
    """Acknowledge an alert once; returns False if it already was. Audited."""
    require(session, actor, role, "alert.ack")
    if not key or len(key) > 200:
        raise UserError("The alert to acknowledge is not valid.")
    if session.get(AlertAck, key) is not None:
        return False
    at = time.time() if at is None else at
    session.add(AlertAck(key=key, acked_by=actor, acked_at=at))
    audit.record(session, actor, "alert.ack", "alert", key, {}, ts=at)
    session.flush()
    return True
