"""The hall page: name, issuing unit, time zone, opening hours per weekday with the
lunch break, and the floors the windows stand on."""

from __future__ import annotations

import json
import re
import zoneinfo
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import (
    DEFAULT_TIMEZONE,
    FLOORS_KEY,
    OPENING_HOURS_KEY,
    WEEKDAYS,
    WeeklyHours,
    load_weekly_hours,
    store_setting,
)
from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from app.setup.common import changes, check_revision, text_problem
from models import Hall, Setting, Window

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_FLOOR = 99
HALL_ENTITY = "hall"        # the audit entries of the hall page name the hall so


@dataclass(frozen=True)
class Floor:
    number: int
    name: str = ""


@dataclass(frozen=True)
class HallProfile:
    name: str
    issuing_unit: str = ""
    timezone: str = DEFAULT_TIMEZONE
    hours: WeeklyHours = field(default_factory=WeeklyHours)
    floors: tuple[Floor, ...] = ()
    revision: int = 0


def load_floors(session: Session) -> tuple[Floor, ...]:
    """The floors as entered, or those the windows stand on (unnamed) when none are."""
    raw = session.scalar(select(Setting.value).where(Setting.key == FLOORS_KEY))
    if raw is not None:
        return tuple(Floor(int(f["number"]), str(f.get("name", ""))) for f in json.loads(raw))
    used = session.scalars(select(Window.floor).where(Window.retired.is_(False))
                           .distinct().order_by(Window.floor))
    return tuple(Floor(int(n)) for n in used)


def store_floors(session: Session, floors: tuple[Floor, ...]) -> None:
    text = json.dumps([{"number": f.number, "name": f.name} for f in floors],
                      ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, FLOORS_KEY)
    if row is None:
        session.add(Setting(key=FLOORS_KEY, value=text))
    else:
        row.value = text


def store_hours(session: Session, hours: WeeklyHours) -> None:
    store_setting(session, OPENING_HOURS_KEY, hours.as_json())


def load_profile(session: Session) -> HallProfile:
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        return HallProfile(name="", hours=load_weekly_hours(session),
                           floors=load_floors(session))
    return HallProfile(hall.name, hall.issuing_unit, hall.timezone, load_weekly_hours(session),
                       load_floors(session), hall.revision)


# -- checks (the form calls the same ones as it is typed) ------------------------------
def timezone_problem(name: str) -> str | None:
    try:
        zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f"{name.strip()!r} is not an IANA time zone (e.g. Asia/Shanghai)."
    return None


def hours_problem(hours: WeeklyHours) -> str | None:
    """Why the hours cannot be kept: a time not HH:MM, opening at or after closing, a
    lunch break outside the open hours of a day, or no open day at all."""
    if len(hours.days) != 7:
        return "The opening hours need one entry per weekday."
    for name, day in zip(WEEKDAYS, hours.days, strict=True):
        if day is None:
            continue
        for value in day:
            if not TIME_RE.match(value):
                return f"The opening hours of {name}: {value!r} is not a time HH:MM."
        if day[0] >= day[1]:
            return f"The opening hours of {name}: it opens at {day[0]}, not before it " \
                   f"closes at {day[1]}."
    if not any(hours.days):
        return "The hall must open on at least one weekday."
    if hours.lunch is not None:
        start, end = hours.lunch
        for value in (start, end):
            if not TIME_RE.match(value):
                return f"The lunch break: {value!r} is not a time HH:MM."
        if start >= end:
            return f"The lunch break starts at {start}, not before it ends at {end}."
        for name, day in zip(WEEKDAYS, hours.days, strict=True):
            overlaps = day is not None and day[0] < end and start < day[1]
            if day is not None and overlaps and not day[0] < start < end < day[1]:
                return f"The lunch break {start}–{end} is not inside the opening hours " \
                       f"of {name} ({day[0]}–{day[1]})."
    return None


def floors_problem(floors: tuple[Floor, ...]) -> str | None:
    seen: set[int] = set()
    for f in floors:
        if not 1 <= f.number <= MAX_FLOOR:
            return f"Floor {f.number} must be a whole number from 1 to {MAX_FLOOR}."
        if f.number in seen:
            return f"Floor {f.number} is listed twice."
        seen.add(f.number)
        problem = text_problem(f.name, f"The name of floor {f.number}", max_len=50,
                               required=False)
        if problem:
            return problem
    if not floors:
        return "The hall needs at least one floor."
    return None


def profile_problem(p: HallProfile) -> str | None:
    return (text_problem(p.name, "The hall's name", max_len=200)
            or text_problem(p.issuing_unit, "The issuing unit", max_len=200, required=False)
            or timezone_problem(p.timezone) or hours_problem(p.hours)
            or floors_problem(p.floors))


def _floor_in_use(session: Session, floors: tuple[Floor, ...]) -> int | None:
    numbers = [f.number for f in floors]
    used = session.scalar(select(Window.floor).where(Window.retired.is_(False),
                                                     Window.floor.not_in(numbers)).limit(1))
    return None if used is None else int(used)


def _json(p: HallProfile) -> dict[str, Any]:
    return {"name": p.name, "issuing_unit": p.issuing_unit, "timezone": p.timezone,
            "hours": p.hours.as_json(),
            "floors": [[f.number, f.name] for f in p.floors]}


def save_profile(session: Session, wanted: HallProfile, *, actor: str, role: str,
                 expected_revision: int | None = None, now: float | None = None
                 ) -> HallProfile:
    """Keep the hall page's values; refused with one sentence (nothing changed) when a
    value breaks a rule, a floor to remove still has windows, or someone else saved
    the page since it was read. Audited with each changed value before and after."""
    require(session, actor, role, "setup.hall")
    wanted = replace(wanted, name=wanted.name.strip(), issuing_unit=wanted.issuing_unit.strip(),
                     timezone=wanted.timezone.strip(),
                     floors=tuple(sorted(wanted.floors, key=lambda f: f.number)))
    problem = profile_problem(wanted)
    if problem:
        raise UserError(problem)
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        hall = Hall(name=wanted.name, timezone=wanted.timezone, issuing_unit="", revision=0)
        session.add(hall)
        session.flush()
    else:
        check_revision(session, "The hall", HALL_ENTITY, HALL_ENTITY, hall.revision,
                       expected_revision)
    floor = _floor_in_use(session, wanted.floors)
    if floor is not None:
        raise UserError(f"Floor {floor} still has windows; move or retire them before "
                        "removing the floor.")
    current = load_profile(session)
    diff = changes(_json(current), _json(wanted))
    if not diff:
        return current
    hall.name, hall.issuing_unit, hall.timezone = (wanted.name, wanted.issuing_unit,
                                                   wanted.timezone)
    if "hours" in diff:
        store_hours(session, wanted.hours)
    if "floors" in diff:
        store_floors(session, wanted.floors)
    hall.revision += 1
    audit.record(session, actor, "setup.hall", HALL_ENTITY, HALL_ENTITY, {"changes": diff},
                 ts=now)
    return load_profile(session)
