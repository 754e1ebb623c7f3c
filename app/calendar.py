"""Working days (Chinese calendar), due dates and cards.

The ``chinese-calendar`` package knows the official holidays and make-up working
days of the years it covers. For later years the office enters them in the
application (``calendar_day`` table); until it does, such a year counts Monday–Friday
as working days and every caller is told the year's calendar is incomplete.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CalendarDay

ONE_DAY = dt.timedelta(days=1)
MAX_LISTED = 100                # complaint codes named in the audit entry


def package_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


class WorkCalendar:
    """Working-day arithmetic over the package plus the office's own entries."""

    def __init__(self, office_days: dict[dt.date, bool] | None = None) -> None:
        self.office_days = dict(office_days or {})
        self._cache: dict[dt.date, bool] = {}
        self._due: dict[tuple[dt.date, int], dt.date] = {}

    @classmethod
    def load(cls, session: Session) -> WorkCalendar:
        rows = session.execute(select(CalendarDay.day, CalendarDay.workday))
        return cls({day: workday for day, workday in rows})

    def is_workday(self, day: dt.date) -> bool:
        known = self._cache.get(day)
        if known is not None:
            return known
        if day in self.office_days:
            result = self.office_days[day]
        else:
            try:
                result = bool(chinese_calendar.is_workday(day))
            except NotImplementedError:
                result = day.weekday() < 5
        self._cache[day] = result
        return result

    def incomplete_years(self, days: Iterable[dt.date]) -> list[int]:
        """Years among ``days`` that neither the package nor the office has entered."""
        years = sorted({d.year for d in days})
        office_years = {d.year for d in self.office_days}
        return [y for y in years if not package_covers(y) and y not in office_years]

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``start``; ``start`` itself when ``n`` is 0."""
        key = (start, n)
        due = self._due.get(key)
        if due is not None:
            return due
        day = start
        remaining = n
        while remaining > 0:
            day += ONE_DAY
            if self.is_workday(day):
                remaining -= 1
        self._due[key] = day
        return day

    def next_workday(self, day: dt.date) -> dt.date:
        return self.add_workdays(day, 1)

    def workdays_between(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """Working days in [start, end)."""
        out = []
        day = start
        while day < end:
            if self.is_workday(day):
                out.append(day)
            day += ONE_DAY
        return out


def set_day(session: Session, day: dt.date, workday: bool, note: str, actor: str, *,
            role: str, now: float | None = None) -> None:
    """Enter a holiday or make-up working day for a year the package does not cover.

    Audited; an entry is changed by entering the day again, never deleted. The due
    dates of cases and the open deadlines of the complaint ledger that counted across
    the day are counted again (docs/spec/records.md: working days).
    """
    from app.security.permissions import require

    require(session, actor, role, "calendar.set")
    from app.errors import UserError
    from app.records.complaints import recount_deadlines
    from app.security import audit

    if package_covers(day.year):
        raise UserError(f"{day.year} is covered by the official calendar already; "
                        f"{day.isoformat()} cannot be changed by hand.")
    from models import Case

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


def office_days(session: Session, year: int) -> list[CalendarDay]:
    return list(session.scalars(select(CalendarDay).where(
        CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day < dt.date(year + 1, 1, 1))
        .order_by(CalendarDay.day)))
