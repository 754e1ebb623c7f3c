"""Time series of a day for the live charts: waiting count and served per hour."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Float, and_, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from app.figures.period import local_midnight
from models import Ticket, Window

STEP_S = 300
FIRST_HOUR, LAST_HOUR = 8, 18


@dataclass
class DaySeries:
    day: dt.date
    times: list[float]          # hours since midnight, e.g. 9.25
    waiting: list[int]          # tickets waiting at each time
    hours: list[int]            # 8 … 17
    served: list[int]           # services finished in each hour


def _grid(t0: float, until: float) -> list[float]:
    start, end = t0 + FIRST_HOUR * 3600, min(t0 + LAST_HOUR * 3600, until)
    out = []
    t = start
    while t <= end:
        out.append(t)
        t += STEP_S
    return out


def day_series(session: Session, day: dt.date, tz: dt.tzinfo, now: float) -> DaySeries:
    """Waiting tickets every 5 minutes from 08:00 (to ``now`` for today) and services
    finished per hour, by SQL over the day's tickets."""
    t0 = local_midnight(day, tz)
    t1 = local_midnight(day + dt.timedelta(days=1), tz)
    grid = _grid(t0, now)
    t = Ticket
    ids = [wid for (wid,) in session.execute(select(Window.id))]
    in_day = and_(t.issued_at >= t0, t.issued_at < t1)
    waiting: list[int] = []
    if grid:
        # The grid as a recursive CTE with bound ends: the statement is the same at
        # every refresh, so SQLAlchemy's compiled cache does not grow through the day.
        first = select(bindparam("first", type_=Float).label("at")).cte("points",
                                                                        recursive=True)
        points = first.union_all(select((first.c.at + STEP_S).label("at"))
                                 .where(first.c.at + STEP_S <= bindparam("last",
                                                                         type_=Float)))
        # Each grid point counts the tickets issued by then and not yet started or gone.
        day_tickets = union_all(
            select(t.issued_at, t.started_at, t.abandoned_at).where(
                t.window_id.in_(bindparam("ids", expanding=True)), in_day),
            select(t.issued_at, t.started_at, t.abandoned_at).where(t.window_id.is_(None),
                                                                    in_day),
        ).cte("day_tickets")
        d = day_tickets.c
        counts = {round(at): int(n) for at, n in session.execute(
            select(points.c.at, func.count(d.issued_at))
            .select_from(points)
            .outerjoin(day_tickets, and_(
                d.issued_at <= points.c.at,
                (d.started_at.is_(None)) | (d.started_at > points.c.at),
                (d.abandoned_at.is_(None)) | (d.abandoned_at > points.c.at)))
            .group_by(points.c.at), {"first": grid[0], "last": grid[-1], "ids": ids})}
        waiting = [counts.get(round(g), 0) for g in grid]
    hour = func.floor((t.finished_at - t0) / 3600)
    served_by_hour: dict[int, int] = dict(session.execute(
        select(hour, func.count()).where(t.window_id.in_(ids), in_day,
                                         t.finished_at.is_not(None), t.finished_at <= now)
        .group_by(hour)).all())
    hours = list(range(FIRST_HOUR, LAST_HOUR))
    return DaySeries(day, [(g - t0) / 3600 for g in grid], waiting, hours,
                     [int(served_by_hour.get(h, 0)) for h in hours])


def hourly_waiting(session: Session, start: dt.date, end: dt.date, tz: dt.tzinfo,
                   now: float) -> list[tuple[int, float]] | None:
    """The hall's load profile over the days [start, end) that have tickets: the average
    of day_series' 5-minute waiting samples in each opening hour (FIRST_HOUR …
    LAST_HOUR − 1), from one query over the period's tickets (in issue order, each
    assigned to its local day by the day's midnight, as day_series does) instead of one
    query per day; None when no day has tickets."""
    t = Ticket
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    midnights = [local_midnight(d, tz) for d in days]
    # Core, not ORM rows: a quarter has about a hundred thousand tickets.
    rows = session.connection().execute(
        select(t.issued_at, t.started_at, t.abandoned_at)
        .where(t.issued_at >= midnights[0], t.issued_at < midnights[-1])
        .order_by(t.issued_at)).all()
    if not rows:
        return None
    points = (LAST_HOUR - FIRST_HOUR) * 3600 // STEP_S + 1
    firsts: list[float] = []
    diffs: list[list[int]] = []
    k = -1
    first, diff = 0.0, [0]
    for issued, started, abandoned in rows:
        if k < 0 or issued >= midnights[k + 1]:
            while issued >= midnights[k + 1]:
                k += 1
            first, diff = midnights[k] + FIRST_HOUR * 3600, [0] * (points + 1)
            firsts.append(first)
            diffs.append(diff)
        # waiting at point g: issued <= g < min(started, abandoned); ceil by -floor(-x)
        lo = max(0, -int((first - issued) // STEP_S))
        gone = started if abandoned is None else abandoned if started is None else min(
            started, abandoned)
        hi = points if gone is None else min(points, -int((first - gone) // STEP_S))
        if lo < hi:
            diff[lo] += 1
            diff[hi] -= 1
    sums = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0.0)
    counts = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0)
    for first, diff in zip(firsts, diffs, strict=True):
        last = min(first + (points - 1) * STEP_S, now)
        waiting = 0
        for i in range(points):
            waiting += diff[i]
            if first + i * STEP_S > last:
                break
            hour = FIRST_HOUR + i * STEP_S // 3600
            if hour in sums:
                sums[hour] += waiting
                counts[hour] += 1
    return [(h, sums[h] / counts[h] if counts[h] else 0.0) for h in sums]
