"""Working days (Chinese calendar), due dates and cards.

The ``chinese-calendar`` package knows the official holidays and make-up working
days of the years it covers. For later years the office enters them in the
application (``calendar_day`` table); until it does, such a year counts Monday–Friday
as working days and every caller is told the year's calendar is incomplete.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from models import CalendarDay

ONE_DAY = dt.timedelta(days=1)
MAX_NOTE = 100                  # calendar_day.note
MAX_RANGE = 366                 # days entered in one step
YEARS = (1900, 2200)            # the years an office may enter
NOTICE_MONTH = 11               # from 1 November next year's calendar is asked for


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


@dataclass(frozen=True)
class CalendarChange:
    """What entering days did (or, previewed, would do): the days entered, the due
    dates of cases and the open complaint deadlines counted again."""

    days: int
    due_dates_moved: int
    complaint_deadlines_moved: int
    complaints: tuple[str, ...] = ()


def day_problem(day: dt.date, note: str) -> str | None:
    """Why the office cannot enter ``day`` with ``note``, or None."""
    if not YEARS[0] <= day.year <= YEARS[1]:
        return f"{day.isoformat()} is outside the years {YEARS[0]}–{YEARS[1]}."
    if package_covers(day.year):
        return (f"{day.year} is covered by the official calendar already; "
                f"{day.isoformat()} cannot be changed by hand.")
    text = note.strip()
    if len(text) > MAX_NOTE:
        return f"The note is too long: {len(text)} characters, at most {MAX_NOTE}."
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in text):
        return "The note contains a control character or a line break."
    return None


def day_range(first: dt.date, last: dt.date, workday: bool, note: str
              ) -> list[tuple[dt.date, bool, str]]:
    """Every day from ``first`` to ``last`` (both included) as one kind of entry."""
    if last < first:
        raise UserError(f"The range ends on {last.isoformat()}, before it starts on "
                        f"{first.isoformat()}.")
    if (last - first).days >= MAX_RANGE:
        raise UserError(f"A range is at most {MAX_RANGE} days; enter longer ones in parts.")
    return [(first + dt.timedelta(days=i), workday, note)
            for i in range((last - first).days + 1)]


def missing_next_year(session: Session, today: dt.date) -> int | None:
    """From 1 November, next year when neither the package nor the office has entered
    it (the status bar and the live tab then show a notice), else None."""
    if today.month < NOTICE_MONTH:
        return None
    year = today.year + 1
    if package_covers(year):
        return None
    entered = session.scalar(select(CalendarDay.day).where(
        CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day < dt.date(year + 1, 1, 1))
        .limit(1))
    return year if entered is None else None


def package_days(year: int) -> dict[dt.date, tuple[bool, str]]:
    """The package's holidays and make-up working days of ``year`` (empty when it does
    not cover it): day → (working day, the holiday's Chinese name)."""
    if not package_covers(year):
        return {}
    out: dict[dt.date, tuple[bool, str]] = {}
    chinese = {h.value: h.chinese for h in chinese_calendar.Holiday}
    day = dt.date(year, 1, 1)
    while day.year == year:
        holiday, name = chinese_calendar.get_holiday_detail(day)
        workday = bool(chinese_calendar.is_workday(day))
        if name and holiday:
            out[day] = (False, chinese.get(name, str(name)))
        elif workday and day.weekday() >= 5:
            out[day] = (True, chinese.get(name, str(name or "")))
        day += ONE_DAY
    return out
