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


def local_day(ts: float, tz: dt.tzinfo) -> dt.date:
    """The hall's date at ``ts``."""
    return dt.datetime.fromtimestamp(ts, tz).date()


def local_text(ts: float | None, tz: dt.tzinfo, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``ts`` as the hall's clock reads it; nothing for None."""
    return "" if ts is None else dt.datetime.fromtimestamp(ts, tz).strftime(fmt)
