"""Periods: half-open local-time intervals [start, end) in the hall's time zone."""

from __future__ import annotations

import datetime as dt
import re
import time
import zoneinfo
from dataclasses import dataclass

from app.errors import UserError


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    tz: zoneinfo.ZoneInfo

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise UserError(f"The period end {self.end} must be after its start {self.start}.")

    @property
    def t0(self) -> float:
        return local_midnight(self.start, self.tz)

    @property
    def t1(self) -> float:
        return local_midnight(self.end, self.tz)

    def days(self) -> list[dt.date]:
        n = (self.end - self.start).days
        return [self.start + dt.timedelta(days=i) for i in range(n)]


def local_midnight(day: dt.date, tz: dt.tzinfo) -> float:
    return dt.datetime.combine(day, dt.time(), tz).timestamp()


def local_date(ts: float, tz: dt.tzinfo) -> dt.date:
    return dt.datetime.fromtimestamp(ts, tz).date()


def parse_date(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what} {value!r} is not a date like 2026-07-01.") from None


QUARTER_RE = re.compile(r"^(\d{4})Q([1-4])$")


def parse_quarter(value: str, tz: zoneinfo.ZoneInfo) -> Period:
    m = QUARTER_RE.match(value.strip().upper())
    if not m:
        raise UserError(f"The quarter {value!r} is not like 2026Q3 (year, Q, 1–4).")
    year, q = int(m.group(1)), int(m.group(2))
    if not 2000 <= year <= 2200:
        raise UserError(f"The quarter {value!r} is out of range (years 2000–2200).")
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
    return Period(start, end, tz)


def now() -> float:
    return time.time()
