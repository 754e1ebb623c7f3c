"""The hall's clock: times are stored as UTC epoch seconds and every local date or
time shown (or put in a file name) is the hall's, in the zone of its hall file, never
the zone of the machine the program runs on."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from models import Hall


def hall_tz(session: Session) -> zoneinfo.ZoneInfo:
    """The hall's time zone (the usual one while no hall file is loaded)."""
    name = session.scalar(select(Hall.timezone).limit(1))
    return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)


def default_tz() -> zoneinfo.ZoneInfo:
    """The usual zone, until the hall's is read."""
    return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


def local_datetime(ts: float, tz: dt.tzinfo) -> dt.datetime | None:
    """The hall's clock at ``ts``; None for a time no calendar holds (a year past 9999,
    stored before event times were bounded), so that nothing aborts on it."""
    try:
        return dt.datetime.fromtimestamp(ts, tz)
    except (OverflowError, ValueError, OSError):
        return None


def local_day(ts: float, tz: dt.tzinfo) -> dt.date:
    """The hall's date at ``ts`` (the first or last date there is, out of range)."""
    stamp = local_datetime(ts, tz)
    if stamp is None:
        return dt.date.max if ts > 0 else dt.date.min
    return stamp.date()


SLOT = 900  # every zone's offset is a whole number of quarter hours since 2000


class LocalDays:
    """The hall's local date of many times, cached by quarter hour (Asia/Kolkata is
    +05:30, Asia/Kathmandu +05:45: a day may begin at any quarter hour of UTC); a slot
    whose two ends fall on different dates is never cached."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz
        self._cache: dict[int, dt.date] = {}

    def day(self, ts: float) -> dt.date:
        slot = int(ts // SLOT)
        d = self._cache.get(slot)
        if d is None:
            try:
                first = dt.datetime.fromtimestamp(slot * SLOT, self.tz).date()
                last = dt.datetime.fromtimestamp(slot * SLOT + SLOT - 1, self.tz).date()
                if first != last:
                    return dt.datetime.fromtimestamp(ts, self.tz).date()
            except (OverflowError, ValueError, OSError):
                # Only a time stored before events were bounded can lie so far out.
                return dt.date.max if ts > 0 else dt.date.min
            d = self._cache[slot] = first
        return d


def local_text(ts: float | None, tz: dt.tzinfo, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``ts`` as the hall's clock reads it; nothing for None, ``?`` out of range."""
    if ts is None:
        return ""
    stamp = local_datetime(ts, tz)
    return "?" if stamp is None else stamp.strftime(fmt)
