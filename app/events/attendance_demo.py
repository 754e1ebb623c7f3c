"""The demo hall's attendance: the fingerprint clock's punches of every staff member on
every working day of the history — most on time, some late or early, a missing
evening (or morning) punch now and then, a rare day absent — and the office's leave,
business trips and rest days for a few of them. Reproducible from the seed; nothing is
added when the database holds punches already."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time

from sqlalchemy import func, insert, select

from app.config import load_weekly_hours
from app.db import Database
from app.hall_time import hall_tz
from app.security import audit
from models import AttendanceLeave, AttendancePunch, Staff

OFFICE = "demo:office"
LATE, EARLY, MISSING, ABSENT = 0.04, 0.025, 0.02, 0.006     # chance a day, each
LEAVE_PEOPLE = 6              # staff with leave, trips or rest days in the history


def _on_duty(retired: bool, on: dt.date | None, off: dt.date | None, day: dt.date) -> bool:
    """As app/attendance/status.py counts a day on duty (that package is not imported
    here: it reads files through app.imports, which feeds app.events)."""
    return not retired and (on is None or on <= day) and (off is None or day <= off)


def add_demo_attendance(db: Database, *, seed: int, actor: str, days: list[dt.date]
                        ) -> int:
    """Punches for the working ``days`` and some leave; the number of punches added."""
    if not days:
        return 0
    rng = random.Random(seed * 104729 + 19)
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(AttendancePunch)):
            return 0
        tz = hall_tz(session)
        hours = load_weekly_hours(session)
        staff = list(session.execute(select(Staff.id, Staff.code, Staff.retired,
                                            Staff.on_duty, Staff.off_duty)
                                     .order_by(Staff.code)))
    away: dict[tuple[int, dt.date], str] = {}
    leave: list[tuple[int, str, dt.date, dt.date, str, str]] = []
    for sid, code, *_ in rng.sample(staff, min(LEAVE_PEOPLE, len(staff))):
        start = rng.choice(days)
        kind, note = rng.choice((("leave", "病假"), ("leave", "事假"), ("trip", "赴市局培训"),
                                 ("rest", "年休假")))
        length = rng.randint(1, 4)
        end = start + dt.timedelta(days=length - 1)
        leave.append((sid, code, start, end, kind, note))
        for i in range(length):
            away[(sid, start + dt.timedelta(days=i))] = kind
    rows = []
    for day in days:
        h = hours.on(day.weekday())
        opens = dt.datetime.combine(day, h.opens, tz).timestamp()
        closes = dt.datetime.combine(day, h.closes, tz).timestamp()
        for sid, _code, retired, on, off in staff:
            if not _on_duty(retired, on, off, day):
                continue
            on_leave = (sid, day) in away
            if on_leave or rng.random() < ABSENT:
                continue
            clock_in = opens - rng.uniform(3 * 60, 25 * 60)
            clock_out = closes + rng.uniform(0, 40 * 60)
            if rng.random() < LATE:
                clock_in = opens + rng.uniform(6 * 60, 45 * 60)
            if rng.random() < EARLY:
                clock_out = closes - rng.uniform(6 * 60, 60 * 60)
            punches = [round(clock_in), round(clock_out)]
            if rng.random() < MISSING:
                punches = [punches[rng.randrange(2)]]
            rows += [{"staff_id": sid, "ts": float(ts), "day": day, "batch": ""}
                     for ts in punches]
    digest = hashlib.sha256(f"demo attendance {seed} {days[0]} {days[-1]}".encode()).hexdigest()
    for row in rows:
        row["batch"] = digest
    now = time.time()
    with db.write() as session:
        session.execute(insert(AttendancePunch), rows)
        audit.record(session, actor, "attendance.import", "file", digest, {
            "source": "demo", "kind": "punches", "rows": len(rows), "added": len(rows),
            "staff": len({r["staff_id"] for r in rows}), "from": days[0].isoformat(),
            "to": days[-1].isoformat()}, ts=now)
        for sid, code, start, end, kind, note in leave:
            n = (end - start).days + 1
            session.execute(insert(AttendanceLeave), [
                {"staff_id": sid, "day": start + dt.timedelta(days=i), "kind": kind,
                 "note": note, "entered_by": OFFICE, "entered_at": now} for i in range(n)])
            audit.record(session, OFFICE, "attendance.leave", "staff", code, {
                "from": start.isoformat(), "to": end.isoformat(), "kind": kind,
                "note": note, "count": n, "before": {}}, ts=now)
    return len(rows)
