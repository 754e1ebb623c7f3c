"""The hall as it is now: one snapshot of every window's state and today's figures.

A handful of small indexed queries (today's rows only), cheap enough to run every
second off the UI thread. The state definitions are those of spec/figures.md.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
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
    hall = session.scalars(select(Hall)).first()
    tz = zoneinfo.ZoneInfo(hall.timezone if hall else "Asia/Shanghai")
    today = dt.datetime.fromtimestamp(now, tz).date()
    t0 = local_midnight(today, tz)
    snap = HallNow(now, hall.name if hall else "", tz.key)
    by_id: dict[int, WindowNow] = {}
    for wid, code, label, floor, row, col, dcode, dname in session.execute(
            select(Window.id, Window.code, Window.label, Window.floor, Window.row, Window.col,
                   Department.code, Department.name)
            .join(Department, Window.department_id == Department.id)
            .where(Window.retired.is_(False)).order_by(Window.floor, Window.code)):
        w = WindowNow(code, label, dcode, dname, floor,
                      (row, col) if row is not None and col is not None else None)
        by_id[wid] = w
        snap.windows.append(w)

    queues: dict[int, QueueNow] = {}
    for did, dcode, dname in session.execute(
            select(Department.id, Department.code, Department.name)
            .where(Department.retired.is_(False)).order_by(Department.code)):
        queues[did] = QueueNow(dcode, dname)
    snap.queues = list(queues.values())

    _windows_open(session, now, by_id)
    _tickets_today(session, now, t0, by_id, queues, snap)
    _evaluations_today(session, now, t0, by_id, snap)
    _cards(session, calendar or WorkCalendar.load(session), today, list(by_id), snap)
    last = session.scalar(select(FeedStatus.last_event_ts).where(FeedStatus.id == 1))
    snap.last_event_at = None if last is None else float(last)
    return snap


RECENT_S = 14 * 86400


def _windows_open(session: Session, now: float, by_id: dict[int, WindowNow]) -> None:
    """Sessions, pauses and device spans open at ``now``: those still open (partial
    indexes), plus those that ended after ``now`` when ``now`` is in the past (looked
    for among the last two weeks' starts)."""
    ids = list(by_id)
    s, p, e = WindowSession, WindowPause, EvaluatorSpan
    recent = now - RECENT_S

    def rows(table: Any, start: Any, end: Any, *cols: Any) -> list[Any]:
        # Still open: the partial index holds a row or two per window; those started
        # after ``now`` (a past ``now``) are dropped here rather than in SQL, so that
        # the planner has no reason to prefer the larger index.
        still_open = [(r[0], *r[2:]) for r in session.execute(select(
            table.window_id, start, *cols).where(table.window_id.in_(ids), end.is_(None)))
            if r[1] <= now]
        return [*still_open, *session.execute(select(table.window_id, *cols).where(
            table.window_id.in_(ids), start >= recent, start <= now, end > now))]

    on_duty: dict[int, int] = {}
    for wid, staff_id, opened in rows(s, s.opened_at, s.closed_at, s.staff_id, s.opened_at):
        by_id[wid].state, by_id[wid].opened_at = IDLE, opened
        on_duty[wid] = staff_id
    if on_duty:
        names = dict(session.execute(select(Staff.id, Staff.name)
                                     .where(Staff.id.in_(set(on_duty.values())))).all())
        for wid, staff_id in on_duty.items():
            by_id[wid].staff = names.get(staff_id)
    for wid, since in rows(p, p.started_at, p.ended_at, p.started_at):
        if by_id[wid].state != CLOSED:
            by_id[wid].state, by_id[wid].paused_since = PAUSED, since
    for (wid,) in rows(e, e.on_at, e.off_at):
        by_id[wid].evaluator_on = True


def _tickets_today(session: Session, now: float, t0: float, by_id: dict[int, WindowNow],
                   queues: dict[int, QueueNow], snap: HallNow) -> None:
    """Today's tickets, window by window (index seeks), plus the unserved ones."""
    t = Ticket
    ids = list(by_id)
    today = and_(t.issued_at >= t0, t.issued_at <= now)
    for wid, number, started_at in session.execute(
            select(t.window_id, t.number, t.started_at).where(
                t.window_id.in_(ids), today, t.started_at <= now,
                (t.finished_at.is_(None)) | (t.finished_at > now))):
        w = by_id[wid] if wid is not None else None
        if w is not None and w.state == IDLE:
            w.state, w.ticket, w.service_started_at = SERVING, number, started_at
    started = and_(t.started_at.is_not(None), t.started_at <= now)
    waiting = and_((t.started_at.is_(None)) | (t.started_at > now),
                   (t.abandoned_at.is_(None)) | (t.abandoned_at > now))
    columns = (t.window_id, t.department_id,
               count_if(and_(t.finished_at.is_not(None), t.finished_at <= now)),
               count_if(waiting), func.min(case((waiting, t.issued_at), else_=None)),
               count_if(started), func.sum(case((started, t.started_at - t.issued_at),
                                                else_=None)))
    waits, wait_total = 0, 0.0
    for wid, did, served, n_waiting, oldest, n_started, wsum in [
            *session.execute(select(*columns).where(t.window_id.in_(ids), today)
                             .group_by(t.window_id, t.department_id)),
            *session.execute(select(*columns).where(t.window_id.is_(None), today)
                             .group_by(t.window_id, t.department_id))]:
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


def _evaluations_today(session: Session, now: float, t0: float, by_id: dict[int, WindowNow],
                       snap: HallNow) -> None:
    ev = Evaluation
    for wid, n, good in session.execute(
            select(ev.window_id, func.count(), count_if(ev.rating >= 3))
            .where(ev.window_id.in_(list(by_id)), ev.ts >= t0, ev.ts <= now)
            .group_by(ev.window_id)):
        snap.evaluations_today += n
        snap.good_today += int(good or 0)
        by_id[wid].evaluations_today, by_id[wid].good_today = n, int(good or 0)


def _cards(session: Session, calendar: WorkCalendar, today: dt.date, ids: list[int],
           snap: HallNow) -> None:
    """Open cases past their due date (red) or due today or the next working day (yellow)."""
    next_workday = calendar.next_workday(today)
    c = Case
    red, yellow = session.execute(select(
        count_if(c.due_date < today),
        count_if(and_(c.due_date >= today, c.due_date <= next_workday)),
    ).where(c.window_id.in_(ids), c.due_date <= next_workday,
            c.completed_on.is_(None))).one()
    snap.red_cards, snap.yellow_cards = int(red or 0), int(yellow or 0)
