"""One window's day, for the window detail: sessions, pauses, services, evaluations,
open cases with their cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.errors import UserError
from app.figures.period import local_midnight
from models import Case, Evaluation, Staff, Ticket, Window, WindowPause, WindowSession


@dataclass(frozen=True)
class Span:
    kind: str              # "open", "paused" or "serving"
    start: float
    end: float | None      # None: still going at ``now``
    label: str = ""        # staff name, pause reason or ticket number


@dataclass(frozen=True)
class OpenCase:
    case_no: str
    item: str
    accepted_on: dt.date
    due: dt.date
    card: str | None       # "red", "yellow" or None


@dataclass
class WindowDay:
    code: str
    label: str
    day: dt.date
    spans: list[Span] = field(default_factory=list)
    evaluations: list[tuple[float, int, str | None, str | None]] = field(default_factory=list)
    cases: list[OpenCase] = field(default_factory=list)


def window_day(session: Session, code: str, day: dt.date, tz: dt.tzinfo, now: float,
               calendar: WorkCalendar) -> WindowDay:
    row = session.execute(select(Window.id, Window.label).where(Window.code == code)).first()
    if row is None:
        raise UserError(f"There is no window {code}.")
    wid, label = row
    t0 = local_midnight(day, tz)
    t1 = local_midnight(day + dt.timedelta(days=1), tz)
    out = WindowDay(code, label, day)
    s, p, t, e = WindowSession, WindowPause, Ticket, Evaluation
    for opened, closed, staff in session.execute(
            select(s.opened_at, s.closed_at, Staff.name).join(Staff, s.staff_id == Staff.id)
            .where(s.window_id == wid, s.opened_at < t1,
                   func.coalesce(s.closed_at, now) >= t0).order_by(s.opened_at)):
        out.spans.append(Span("open", opened, closed, staff))
    for start, end, reason in session.execute(
            select(p.started_at, p.ended_at, p.reason)
            .where(p.window_id == wid, p.started_at < t1,
                   func.coalesce(p.ended_at, now) >= t0).order_by(p.started_at)):
        out.spans.append(Span("paused", start, end, reason or ""))
    for started, finished, number in session.execute(
            select(t.started_at, t.finished_at, t.number)
            .where(t.window_id == wid, t.issued_at >= t0, t.issued_at < t1,
                   t.started_at.is_not(None))
            .order_by(t.started_at)):
        if started is not None:
            out.spans.append(Span("serving", started, finished, number))
    out.evaluations = [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(e.ts, e.rating, e.ticket, e.comment)
        .where(e.window_id == wid, e.ts >= t0, e.ts < t1).order_by(e.ts))]
    today = dt.datetime.fromtimestamp(now, tz).date()
    next_workday = calendar.next_workday(today)
    c = Case
    for case_no, item, accepted_on, due in session.execute(
            select(c.case_no, c.item, c.accepted_on, c.due_date)
            .where(c.window_id == wid, c.completed_on.is_(None)).order_by(c.due_date)):
        card = "red" if due < today else "yellow" if due <= next_workday else None
        out.cases.append(OpenCase(case_no, item, accepted_on, due, card))
    return out
