"""The office's own working-day entries (holidays, make-up working days) for years the
official calendar package does not cover, and what they move: the due dates of open
cases and the open deadlines of the complaint ledger (docs/spec/records.md: working
days). ``app.calendar.WorkCalendar`` stays the value type that counts the days."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar, package_covers
from app.errors import UserError
from app.records.complaints import recount_deadlines
from app.security import audit
from app.security.permissions import require
from models import CalendarDay, Case

MAX_LISTED = 100                # complaint codes named in the audit entry


def set_day(session: Session, day: dt.date, workday: bool, note: str, actor: str, *,
            role: str, now: float | None = None) -> None:
    """Enter a holiday or make-up working day for a year the package does not cover.

    Audited; an entry is changed by entering the day again, never deleted. The due
    dates of cases and the open deadlines of the complaint ledger that counted across
    the day are counted again (docs/spec/records.md: working days).
    """
    require(session, actor, role, "calendar.set")
    if package_covers(day.year):
        raise UserError(f"{day.year} is covered by the official calendar already; "
                        f"{day.isoformat()} cannot be changed by hand.")
    now = time.time() if now is None else now
    before_calendar = WorkCalendar.load(session)
    row = session.get(CalendarDay, day)
    before = None if row is None else {"workday": row.workday, "note": row.note}
    if row is None:
        session.add(CalendarDay(day=day, workday=workday, note=note))
    else:
        row.workday, row.note = workday, note
    session.flush()
    # Due dates that counted across this day are counted again with the new calendar.
    calendar = WorkCalendar.load(session)
    moved = 0
    for case in session.scalars(select(Case).where(Case.accepted_on < day,
                                                   Case.due_date >= day)):
        due = calendar.add_workdays(case.accepted_on, case.promised_days)
        if due != case.due_date:
            case.due_date = due
            moved += 1
    what = "工作日" if workday else "节假日"
    step_note = f"{day.isoformat()} 录入为{what}，期限重新计算" + (f"（{note}）" if note else "")
    complaints = recount_deadlines(session, day, before_calendar, calendar, actor=actor,
                                   now=now, note=step_note)
    audit.record(session, actor, "calendar.set", "calendar_day", day.isoformat(),
                 {"workday": workday, "note": note, "before": before,
                  "due_dates_moved": moved, "complaint_deadlines_moved": len(complaints),
                  "complaints": complaints[:MAX_LISTED]}, ts=now)
