"""The office's own working-day entries (holidays, make-up working days) for years the
official calendar package does not cover, and what they move: the due dates of open
cases and the open deadlines of the complaint ledger (docs/spec/records.md: working
days). ``app.calendar.WorkCalendar`` stays the value type that counts the days."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import CalendarChange, WorkCalendar, day_problem
from app.db import Database
from app.errors import UserError
from app.records.complaints import recount_deadlines
from app.security import audit
from app.security.permissions import require
from models import CalendarDay, Case

MAX_LISTED = 100                # complaint codes named in the audit entry


def set_day(session: Session, day: dt.date, workday: bool, note: str, actor: str, *,
            role: str, now: float | None = None) -> None:
    """Enter a holiday or make-up working day for a year the package does not cover."""
    set_days(session, [(day, workday, note)], actor, role=role, now=now)


def set_days(session: Session, entries: Sequence[tuple[dt.date, bool, str]], actor: str, *,
             role: str, now: float | None = None, source: str = "") -> CalendarChange:
    """Enter holidays and make-up working days (a range in one step, or a calendar
    file) for years the package does not cover.

    Audited in one entry; an entry is changed by entering the day again, never deleted.
    The due dates of cases and the open deadlines of the complaint ledger that counted
    across the first day entered are counted again (docs/spec/records.md: working days).
    """
    require(session, actor, role, "calendar.set")
    if not entries:
        raise UserError("No day to enter.")
    seen: set[dt.date] = set()
    for day, _workday, note in entries:
        problem = day_problem(day, note)
        if problem:
            raise UserError(problem)
        if day in seen:
            raise UserError(f"{day.isoformat()} is entered twice.")
        seen.add(day)
    now = time.time() if now is None else now
    before_calendar = WorkCalendar.load(session)
    before: dict[str, Any] = {}
    for day, workday, note in entries:
        row = session.get(CalendarDay, day)
        if row is None:
            session.add(CalendarDay(day=day, workday=workday, note=note.strip()))
        else:
            before[day.isoformat()] = {"workday": row.workday, "note": row.note}
            row.workday, row.note = workday, note.strip()
    session.flush()
    first = min(seen)
    # Due dates that counted across these days are counted again with the new calendar.
    calendar = WorkCalendar.load(session)
    moved = 0
    for case in session.scalars(select(Case).where(Case.accepted_on < first,
                                                   Case.due_date >= first)):
        due = calendar.add_workdays(case.accepted_on, case.promised_days)
        if due != case.due_date:
            case.due_date = due
            moved += 1
    if len(entries) == 1:
        day, workday, note = entries[0]
        what = "工作日" if workday else "节假日"
        step_note = f"{day.isoformat()} 录入为{what}，期限重新计算" + (
            f"（{note.strip()}）" if note.strip() else "")
        entity_id = day.isoformat()
    else:
        entity_id = f"{first.isoformat()}…{max(seen).isoformat()}"
        step_note = f"{entity_id} 录入{len(entries)}天，期限重新计算"
    complaints = recount_deadlines(session, first, before_calendar, calendar, actor=actor,
                                   now=now, note=step_note)
    detail: dict[str, Any] = {"due_dates_moved": moved,
                              "complaint_deadlines_moved": len(complaints),
                              "complaints": complaints[:MAX_LISTED]}
    if len(entries) == 1:
        day, workday, note = entries[0]
        detail.update({"workday": workday, "note": note.strip(),
                       "before": before.get(day.isoformat())})
    else:
        detail.update({"days": [[d.isoformat(), w, n.strip()] for d, w, n in entries][:400],
                       "before": before, "source": source})
    audit.record(session, actor, "calendar.set", "calendar_day", entity_id, detail, ts=now)
    return CalendarChange(len(entries), moved, len(complaints), tuple(complaints))


class _Preview(Exception):
    def __init__(self, change: CalendarChange) -> None:
        super().__init__("preview")
        self.change = change


def preview_days(db: Database, entries: Sequence[tuple[dt.date, bool, str]], actor: str, *,
                 role: str, now: float | None = None) -> CalendarChange:
    """What ``set_days`` would move, without keeping anything: the change is made in a
    write transaction that is then rolled back, so the preview counts exactly as the
    save will."""
    try:
        with db.write() as session:
            raise _Preview(set_days(session, entries, actor, role=role, now=now))
    except _Preview as done:
        return done.change
