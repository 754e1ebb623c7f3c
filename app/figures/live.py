"""The hall as it is now: one snapshot of every window's state and today's figures.

A handful of small indexed queries (today's rows only), cheap enough to run every
second off the UI thread. The state definitions are those of docs/spec/figures.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.figures import sql
from app.figures.period import local_midnight
from app.figures.sql import count_if
from models import (
    Case,
    Department,
    Evaluation,
    EvaluatorSpan,
    FeedStatus,
    Hall,
    Staff,
    Ticket,
    Window,
    WindowPause,
    WindowSession,
)

CLOSED, PAUSED, SERVING, IDLE = "closed", "paused", "serving", "idle"


@dataclass
class WindowNow:
    code: str
    label: str
    department: str
    department_name: str
    floor: int
    position: tuple[int, int] | None
    state: str = CLOSED
    staff: str | None = None
    opened_at: float | None = None
    paused_since: float | None = None
    ticket: str | None = None
    service_started_at: float | None = None
    served_today: int = 0
    evaluator_on: bool = False
    evaluations_today: int = 0
    good_today: int = 0


@dataclass
class QueueNow:
    """A department's queue: tickets waiting, the longest current wait, served today."""

    department: str
    name: str
    waiting: int = 0
    oldest_issued_at: float | None = None
    served_today: int = 0

    def longest_wait_s(self, now: float) -> float | None:
        return None if self.oldest_issued_at is None else now - self.oldest_issued_at


@dataclass
class HallNow:
    at: float
    hall_name: str
    timezone: str = "Asia/Shanghai"
    windows: list[WindowNow] = field(default_factory=list)
    queues: list[QueueNow] = field(default_factory=list)
    waiting_now: int = 0
    served_today: int = 0
    avg_wait_today_s: float | None = None
    evaluations_today: int = 0
    good_today: int = 0
    yellow_cards: int = 0
    red_cards: int = 0
    last_event_at: float | None = None

    @property
    def satisfaction_today(self) -> float | None:
        return self.good_today / self.evaluations_today if self.evaluations_today else None

    @property
    def open_windows(self) -> int:
        return sum(1 for w in self.windows if w.state != CLOSED)


def snapshot(session: Session, now: float, calendar: WorkCalendar | None = None) -> HallNow:
    q = _statements()
    conn = session.connection()
    hall = conn.execute(q.hall).first()
    tz = zoneinfo.ZoneInfo(hall.timezone if hall else "Asia/Shanghai")
    today = dt.datetime.fromtimestamp(now, tz).date()
    t0 = local_midnight(today, tz)
    snap = HallNow(now, hall.name if hall else "", tz.key)
    by_id: dict[int, WindowNow] = {}
    for wid, code, label, floor, row, col, dcode, dname in conn.execute(q.windows):
        w = WindowNow(code, label, dcode, dname, floor,
                      (row, col) if row is not None and col is not None else None)
        by_id[wid] = w
        snap.windows.append(w)

    queues: dict[int, QueueNow] = {}
    for did, dcode, dname in conn.execute(q.departments):
        queues[did] = QueueNow(dcode, dname)
    snap.queues = list(queues.values())

    last = conn.execute(q.last_event).scalar()
    snap.last_event_at = None if last is None else float(last)
    # Spans that ended after ``now`` exist only when ``now`` is in the past, i.e. when
    # some event is later than ``now`` (the feed's newest timestamp says).
    past = snap.last_event_at is not None and snap.last_event_at > now
    params = {"now": now, "t0": t0, "recent": now - RECENT_S}
    _windows_open(conn, q, params, by_id, past)
    _tickets_today(conn, q, params, by_id, queues, snap)
    _evaluations_today(conn, q, params, by_id, snap)
    _cards(conn, q, calendar or WorkCalendar.load(session), today, now, past, snap)
    return snap


RECENT_S = 14 * 86400


@dataclass(frozen=True)
class _Statements:
    hall: Any
    windows: Any
    departments: Any
    last_event: Any
    sessions_open: Any
    sessions_ended: Any
    pauses_open: Any
    pauses_ended: Any
    devices_open: Any
    devices_ended: Any
    serving: Any
    tickets_by_window: Any
    tickets_unassigned: Any
    evaluations: Any
    cards_open: Any
    cards_open_then: Any
    cards_completed_after: Any


@functools.cache
def _statements() -> _Statements:
    """The snapshot's statements, built once with bound parameters: each second's
    snapshot only binds ``now`` (no statement building, one compiled-cache entry each).
    The hall's windows are a subquery rather than a list of ids, so the planner still
    seeks the window-led indexes window by window and nothing is rebound per window."""
    now: Any = bindparam("now")
    t0: Any = bindparam("t0")
    recent: Any = bindparam("recent")
    ids = select(Window.id).where(Window.retired.is_(False)).scalar_subquery()
    s, p, e, t, ev, c = WindowSession, WindowPause, EvaluatorSpan, Ticket, Evaluation, Case

    def spans(table: Any, start: Any, end: Any, *cols: Any) -> tuple[Any, Any]:
        # Still open: the partial index holds a row or two per window; those started
        # after ``now`` (a past ``now``) are dropped in Python rather than in SQL, so
        # that the planner has no reason to prefer the larger index.
        still_open = select(table.window_id, start, *cols).where(
            table.window_id.in_(ids), end.is_(None))
        ended_after = select(table.window_id, *cols).where(
            table.window_id.in_(ids), start >= recent, start <= now, end > now)
        return still_open, ended_after

    staff = (Staff.name,)
    sessions = spans(s, s.opened_at, s.closed_at, s.opened_at, *staff)
    sessions = tuple(q.outerjoin(Staff, Staff.id == s.staff_id) for q in sessions)

    today = and_(t.issued_at >= t0, t.issued_at <= now)
    waiting = and_((t.started_at.is_(None)) | (t.started_at > now),
                   (t.abandoned_at.is_(None)) | (t.abandoned_at > now))
    wait_sum, wait_count = sql.waits_started(t, now)
    columns = (t.window_id, t.department_id, sql.served(t, now),
               count_if(waiting), func.min(case((waiting, t.issued_at), else_=None)),
               wait_count, wait_sum)
    due: Any = bindparam("today")
    next_workday: Any = bindparam("next_workday")
    cards = (count_if(c.due_date < due),
             count_if(and_(c.due_date >= due, c.due_date <= next_workday)))
    return _Statements(
        hall=select(Hall.name, Hall.timezone).limit(1),
        windows=select(Window.id, Window.code, Window.label, Window.floor, Window.row,
                       Window.col, Department.code, Department.name)
        .join(Department, Window.department_id == Department.id)
        .where(Window.retired.is_(False)).order_by(Window.floor, Window.code),
        departments=select(Department.id, Department.code, Department.name)
        .where(Department.retired.is_(False)).order_by(Department.code),
        last_event=select(FeedStatus.last_event_ts).where(FeedStatus.id == 1),
        sessions_open=sessions[0], sessions_ended=sessions[1],
        pauses_open=spans(p, p.started_at, p.ended_at, p.started_at)[0],
        pauses_ended=spans(p, p.started_at, p.ended_at, p.started_at)[1],
        devices_open=spans(e, e.on_at, e.off_at)[0],
        devices_ended=spans(e, e.on_at, e.off_at)[1],
        serving=select(t.window_id, t.number, t.started_at).where(
            t.window_id.in_(ids), today, t.started_at <= now,
            (t.finished_at.is_(None)) | (t.finished_at > now)),
        tickets_by_window=select(*columns).where(t.window_id.in_(ids), today)
        .group_by(t.window_id, t.department_id),
        tickets_unassigned=select(*columns).where(t.window_id.is_(None), today)
        .group_by(t.window_id, t.department_id),
        evaluations=select(ev.window_id, func.count(), count_if(sql.good(ev)))
        .where(ev.window_id.in_(ids), ev.ts >= t0, ev.ts <= now).group_by(ev.window_id),
        # Cases open at ``now`` past their due date (red) or due today or the next
        # working day (yellow): those still open, and for a past ``now`` those
        # completed after it.
        # (every case is accepted by ``now`` when ``now`` is the present: the partial
        # index alone answers; a past ``now`` also asks for the acceptance time)
        cards_open=select(*cards).where(
            c.window_id.in_(ids), c.due_date <= next_workday, c.completed_on.is_(None)),
        cards_open_then=select(*cards).where(
            c.window_id.in_(ids), c.due_date <= next_workday, c.completed_on.is_(None),
            c.accepted_at <= now),
        # Only the completion time may lead here: with a due-date range or a bare
        # accepted_at SQLite would seek every case ever by that index rather than the
        # few completed after ``now`` (``+ 0`` keeps it off; the sums test the due date).
        cards_completed_after=select(*cards).where(
            c.window_id.in_(ids), c.completed_at > now, c.accepted_at + 0 <= now),
    )


def _windows_open(conn: Connection, q: _Statements, params: dict[str, float],
                  by_id: dict[int, WindowNow], past: bool) -> None:
    """Sessions, pauses and device spans open at ``now``: those still open (partial
    indexes), plus, when ``now`` is in the past, those that ended after it (looked for
    among the last two weeks' starts)."""
    now = params["now"]

    def rows(still_open: Any, ended_after: Any) -> list[Any]:
        found = [(r[0], *r[2:]) for r in conn.execute(still_open, params) if r[1] <= now]
        if past:
            found += conn.execute(ended_after, params).all()
        return found

    for wid, opened, staff in rows(q.sessions_open, q.sessions_ended):
        w = by_id[wid]
        w.state, w.opened_at, w.staff = IDLE, opened, staff
    for wid, since in rows(q.pauses_open, q.pauses_ended):
        if by_id[wid].state != CLOSED:
            by_id[wid].state, by_id[wid].paused_since = PAUSED, since
    for (wid,) in rows(q.devices_open, q.devices_ended):
        by_id[wid].evaluator_on = True


def _tickets_today(conn: Connection, q: _Statements, params: dict[str, float],
                   by_id: dict[int, WindowNow], queues: dict[int, QueueNow],
                   snap: HallNow) -> None:
    """Today's tickets, window by window (index seeks), plus the unserved ones."""
    for wid, number, started_at in conn.execute(q.serving, params):
        w = by_id[wid] if wid is not None else None
        if w is not None and w.state == IDLE:
            w.state, w.ticket, w.service_started_at = SERVING, number, started_at
    waits, wait_total = 0, 0.0
    for wid, did, served, n_waiting, oldest, n_started, wsum in [
            *conn.execute(q.tickets_by_window, params),
            *conn.execute(q.tickets_unassigned, params)]:
        served, n_waiting = int(served or 0), int(n_waiting or 0)
        if wid in by_id:
            by_id[wid].served_today += served
        snap.served_today += served
        snap.waiting_now += n_waiting
        waits += int(n_started or 0)
        wait_total += float(wsum or 0.0)
        queue = queues.get(did)
        if queue is not None:
            queue.served_today += served
            queue.waiting += n_waiting
            if oldest is not None and (queue.oldest_issued_at is None
                                       or oldest < queue.oldest_issued_at):
                queue.oldest_issued_at = float(oldest)
    snap.avg_wait_today_s = wait_total / waits if waits else None


def _evaluations_today(conn: Connection, q: _Statements, params: dict[str, float],
                       by_id: dict[int, WindowNow], snap: HallNow) -> None:
    for wid, n, good in conn.execute(q.evaluations, params):
        snap.evaluations_today += n
        snap.good_today += int(good or 0)
        by_id[wid].evaluations_today, by_id[wid].good_today = n, int(good or 0)


def _cards(conn: Connection, q: _Statements, calendar: WorkCalendar, today: dt.date,
           now: float, past: bool, snap: HallNow) -> None:
    params = {"today": today, "next_workday": calendar.next_workday(today), "now": now}
    for statement in (q.cards_open_then, q.cards_completed_after) if past else (q.cards_open,):
        red, yellow = conn.execute(statement, params).one()
        snap.red_cards += int(red or 0)
        snap.yellow_cards += int(yellow or 0)
