"""Working days (Chinese calendar), due dates and cards.

The ``chinese-calendar`` package knows the official holidays and make-up working
days of the years it covers. For later years the office enters them in the
application (``calendar_day`` table); until it does, such a year counts Monday–Friday
as working days and every caller is told the year's calendar is incomplete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CalendarDay

ONE_DAY = dt.timedelta(days=1)


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


def office_days(session: Session, year: int) -> list[CalendarDay]:
    return list(session.scalars(select(CalendarDay).where(
        CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day < dt.date(year + 1, 1, 1))
        .order_by(CalendarDay.day)))
