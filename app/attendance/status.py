"""Each staff member's attendance day by day and over a month, from the clock's punches,
the hall's opening hours per weekday, the working-day calendar and the office's leave
(docs/spec/records.md, Attendance).

A working day's first punch before midday (halfway between opening and closing) is the
clock-in, its last punch from midday the clock-out. Late: the clock-in more than the
grace minutes after opening; early: the clock-out more than the grace minutes before
closing (a punch exactly at the limit is on time; the minutes are counted from opening
or to closing, each minute begun counting whole). A clock-in or clock-out missing is
缺卡; no punch at all, without leave, is 旷工 — only in a month whose punches were
imported, and only up to the last day of that month with any punch (the days after it
are not recorded yet); a month without any is said to be so, never everyone absent.
Leave on a working day counts as leave whatever was punched; a day off (weekend,
holiday) is rest. Only staff on duty that day (not retired, between on_duty and
off_duty) are counted.

One aggregate query gives every staff member's day (first and last punch, count); the
rest is Python over at most staff × days rows.
"""

from __future__ import annotations

import calendar as monthcal
import datetime as dt
import math
import time
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.config import (
    DEFAULT_TIMEZONE,
    AttendanceRules,
    OpeningHours,
    load_attendance_rules,
    load_weekly_hours,
)
from app.db import Database
from app.errors import UserError
from app.imports.values import MAX_YEAR, MIN_YEAR
from app.security.guard import check
from models import AttendanceLeave, AttendancePunch, Hall, Staff

NORMAL, LATE, EARLY, MISSING, ABSENT, LEAVE, REST = (
    "normal", "late", "early", "missing", "absent", "leave", "rest")
UNRECORDED = "unrecorded"       # a working day after the last imported punch of the month
WORDS = {NORMAL: "正常", LATE: "迟到", EARLY: "早退", MISSING: "缺卡", ABSENT: "旷工",
         LEAVE: "请假", REST: "休息", UNRECORDED: "未导入"}


@dataclass(frozen=True)
class DayAttendance:
    """One staff member's day: ``status`` one word or two (late and early), the minutes
    late and early, the first and last punch as the hall's clock reads them, and the
    office's entry for the day (``leave_kind`` leave/trip/rest, its note)."""

    day: dt.date
    status: tuple[str, ...]
    late_minutes: int = 0
    early_minutes: int = 0
    first: dt.time | None = None
    last: dt.time | None = None
    punches: int = 0
    leave_kind: str | None = None
    note: str = ""

    @property
    def date(self) -> dt.date:
        return self.day


@dataclass
class PersonMonth:
    """A staff member's month: working days on duty and how many were each status."""

    staff_id: int
    code: str
    name: str
    department_id: int
    working_days: int = 0
    normal: int = 0
    late: int = 0
    late_minutes: int = 0
    early: int = 0
    early_minutes: int = 0
    missing: int = 0
    absent: int = 0
    leave: int = 0
    unrecorded: int = 0
    days: list[DayAttendance] = field(default_factory=list)


@dataclass
class MonthAttendance:
    """A month of the hall: ``imported`` when any punch of it is stored (else nobody is
    counted absent), ``recorded_through`` the last day of it with a punch."""

    year: int
    month: int
    imported: bool
    recorded_through: dt.date | None
    working_days: int
    rules: AttendanceRules
    people: dict[int, PersonMonth] = field(default_factory=dict)


def _minutes(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60 - 1e-9))


def day_status(day: dt.date, *, working: bool, opens: float, closes: float,
               first: float | None, last: float | None, punches: int,
               rules: AttendanceRules, tz: dt.tzinfo, leave_kind: str | None = None,
               note: str = "", recorded: bool = True) -> DayAttendance:
    """One day of one staff member on duty: ``opens``/``closes`` the day's opening hours
    and ``first``/``last`` its first and last punch (epoch seconds), ``recorded`` false
    when the day's punches are not imported yet or the day is not over (no absence and
    no missing punch then)."""
    shown_first = None if first is None else dt.datetime.fromtimestamp(first, tz).time()
    shown_last = None if last is None else dt.datetime.fromtimestamp(last, tz).time()
    def made(status: tuple[str, ...], late: int = 0, early: int = 0) -> DayAttendance:
        return DayAttendance(day, status, late, early, shown_first, shown_last, punches,
                             leave_kind, note)

    if not working:
        return made((REST,))
    if leave_kind is not None:
        return made((LEAVE,))
    if not punches or first is None or last is None:
        return made((ABSENT if recorded else UNRECORDED,))
    midday = (opens + closes) / 2
    clock_in = first if first < midday else None
    clock_out = last if last >= midday else None
    if clock_in is None or clock_out is None:
        # a day not over yet (its closing time to come) misses no punch so far
        return made((MISSING if recorded else UNRECORDED,))
    status: list[str] = []
    late = early = 0
    if clock_in > opens + rules.late_grace_minutes * 60:
        status.append(LATE)
        late = _minutes(clock_in - opens)
    if clock_out < closes - rules.early_grace_minutes * 60:
        status.append(EARLY)
        early = _minutes(closes - clock_out)
    return made(tuple(status) or (NORMAL,), late, early)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month (refused outside the years imports take)."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        raise UserError(f"The month {year}-{month:02d} is outside {MIN_YEAR}–{MAX_YEAR}.")
    return dt.date(year, month, 1), dt.date(year, month, monthcal.monthrange(year, month)[1])


def on_duty(retired: bool, on: dt.date | None, off: dt.date | None, day: dt.date) -> bool:
    """By the duty dates: retiring someone sets their off-duty day, so the months they
    worked keep them. A retired entry without an off-duty day (retired before that was
    so) is off duty on every day."""
    if retired and off is None:
        return False
    return (on is None or on <= day) and (off is None or day <= off)


def month_attendance(session: Session, year: int, month: int,
                     now: float | None = None) -> MonthAttendance:
    """Every staff member on duty in the month, day by day and counted as seen at
    ``now`` (this machine's clock by default): a day whose closing time has not passed
    is not assessed yet (``unrecorded``), so importing the clock in the morning makes
    nobody absent or missing a punch for today."""
    moment = time.time() if now is None else now
    first_day, last_day = month_bounds(year, month)
    tz = zoneinfo.ZoneInfo(session.scalar(select(Hall.timezone).limit(1)) or DEFAULT_TIMEZONE)
    rules = load_attendance_rules(session)
    hours = load_weekly_hours(session)
    calendar = WorkCalendar.load(session)
    punched: dict[tuple[int, dt.date], tuple[float, float, int]] = {}
    for sid, day, lo, hi, n in session.execute(
            select(AttendancePunch.staff_id, AttendancePunch.day, func.min(AttendancePunch.ts),
                   func.max(AttendancePunch.ts), func.count())
            .where(AttendancePunch.day >= first_day, AttendancePunch.day <= last_day)
            .group_by(AttendancePunch.staff_id, AttendancePunch.day)):
        punched[(sid, day)] = (float(lo), float(hi), int(n))
    leave = {(sid, day): (kind, note) for sid, day, kind, note in session.execute(
        select(AttendanceLeave.staff_id, AttendanceLeave.day, AttendanceLeave.kind,
               AttendanceLeave.note).where(AttendanceLeave.day >= first_day,
                                           AttendanceLeave.day <= last_day))}
    imported = bool(punched)
    through = max((day for _, day in punched), default=None)
    days = [first_day + dt.timedelta(days=i) for i in range(last_day.day)]
    working = {d: calendar.is_workday(d) for d in days}
    opening: dict[dt.date, tuple[float, float]] = {}
    for d in days:
        h: OpeningHours = hours.on(d.weekday())
        opening[d] = (dt.datetime.combine(d, h.opens, tz).timestamp(),
                      dt.datetime.combine(d, h.closes, tz).timestamp())
    out = MonthAttendance(year, month, imported, through, sum(working.values()), rules)
    for sid, code, name, dept, retired, on, off in session.execute(
            select(Staff.id, Staff.code, Staff.name, Staff.department_id, Staff.retired,
                   Staff.on_duty, Staff.off_duty).order_by(Staff.code)):
        duty = [d for d in days if on_duty(retired, on, off, d)]
        if not duty:
            continue
        person = PersonMonth(sid, code, name, dept)
        for d in duty:
            got = punched.get((sid, d))
            low: float | None = None if got is None else got[0]
            high: float | None = None if got is None else got[1]
            n = 0 if got is None else got[2]
            kind, note = leave.get((sid, d), (None, ""))
            opens, closes = opening[d]
            a = day_status(d, working=working[d], opens=opens, closes=closes, first=low,
                           last=high, punches=n, rules=rules, tz=tz, leave_kind=kind,
                           note=note, recorded=imported and through is not None
                           and d <= through and closes <= moment)
            person.days.append(a)
            if not working[d]:
                continue
            person.working_days += 1
            s = a.status
            if s[0] == NORMAL:
                person.normal += 1
            elif s[0] == LEAVE:
                person.leave += 1
            elif s[0] == MISSING:
                person.missing += 1
            elif s[0] == ABSENT:
                person.absent += 1
            elif s[0] == UNRECORDED:
                person.unrecorded += 1
            if LATE in s:
                person.late += 1
                person.late_minutes += a.late_minutes
            if EARLY in s:
                person.early += 1
                person.early_minutes += a.early_minutes
        out.people[sid] = person
    return out


def read_month(db: Database, year: int, month: int, *, actor: str, role: str
               ) -> MonthAttendance:
    """``month_attendance`` for someone whose role may read the attendance (the
    refusal audited)."""
    month_bounds(year, month)
    check(db, actor, role, "attendance.read")
    with db.read() as session:
        return month_attendance(session, year, month)
