"""Leave (请假), business trips (出差) and rest days (公休) the office enters for a staff
member over a range of days; each entry audited in the same transaction."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.imports.values import MAX_YEAR, MIN_YEAR
from app.security import audit
from app.security.permissions import require
from app.setup.common import text_problem
from models import AttendanceLeave, Staff
from models.attendance import LEAVE_KINDS

KIND_WORDS = {"leave": "请假", "trip": "出差", "rest": "公休"}
MAX_DAYS = 366
MAX_NOTE = 200


def leave_kind(value: str) -> str:
    """``leave``, ``trip`` or ``rest`` (or their Chinese words 请假, 出差, 公休)."""
    word = value.strip()
    for kind, chinese in KIND_WORDS.items():
        if word in (kind, chinese):
            return kind
    raise UserError(f"The kind of leave {word!r} is not one of leave (请假), trip (出差) or "
                    "rest (公休).")


def find_staff(session: Session, who: str) -> Staff:
    """A staff member by code (工号), else by a name only one of them has."""
    key = who.strip()
    staff = session.scalars(select(Staff).where(Staff.code == key)).first()
    if staff is not None:
        return staff
    named = list(session.scalars(select(Staff).where(Staff.name == key)).all())
    if len(named) == 1:
        return named[0]
    if named:
        raise UserError(f"{len(named)} staff members are named {key!r}; give the staff code "
                        "(工号).")
    raise UserError(f"{key!r} is neither the code nor the name of a staff member.")


def _range(first: dt.date, last: dt.date | None) -> list[dt.date]:
    last = first if last is None else last
    for day in (first, last):
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise UserError(f"{day.isoformat()} is outside the years {MIN_YEAR}–{MAX_YEAR}.")
    if last < first:
        raise UserError(f"The range ends on {last.isoformat()}, before it starts on "
                        f"{first.isoformat()}.")
    if (last - first).days >= MAX_DAYS:
        raise UserError(f"A range is at most {MAX_DAYS} days; enter longer ones in parts.")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@dataclass(frozen=True)
class LeaveChange:
    staff: str          # the staff member's code
    days: int           # days entered or removed
    replaced: int = 0   # days that held another entry before


def add_leave(session: Session, who: str, first: dt.date, last: dt.date | None, kind: str,
              note: str = "", *, actor: str, role: str, now: float | None = None
              ) -> LeaveChange:
    """Enter ``kind`` for every day from ``first`` to ``last`` (both included; weekends
    and holidays too, they count as rest whatever is entered); a day that held another
    entry takes the new one (the audit entry keeps the old)."""
    require(session, actor, role, "attendance.leave")
    kind = leave_kind(kind)
    problem = text_problem(note, "The note", max_len=MAX_NOTE, required=False)
    if problem:
        raise UserError(problem)
    note = note.strip()
    days = _range(first, last)
    staff = find_staff(session, who)
    now = time.time() if now is None else now
    rows = {r.day: r for r in session.scalars(select(AttendanceLeave).where(
        AttendanceLeave.staff_id == staff.id, AttendanceLeave.day >= days[0],
        AttendanceLeave.day <= days[-1]))}
    before: dict[str, list[str]] = {}
    changed = 0
    for day in days:
        row = rows.get(day)
        if row is None:
            session.add(AttendanceLeave(staff_id=staff.id, day=day, kind=kind, note=note,
                                        entered_by=actor, entered_at=now))
            changed += 1
        elif (row.kind, row.note) != (kind, note):
            before[day.isoformat()] = [row.kind, row.note]
            row.kind, row.note, row.entered_by, row.entered_at = kind, note, actor, now
            changed += 1
    if not changed:
        return LeaveChange(staff.code, 0)
    session.flush()
    audit.record(session, actor, "attendance.leave", "staff", staff.code, {
        "from": days[0].isoformat(), "to": days[-1].isoformat(), "kind": kind,
        "note": note, "count": changed, "before": before}, ts=now)
    return LeaveChange(staff.code, changed, len(before))


def remove_leave(session: Session, who: str, first: dt.date, last: dt.date | None, *,
                 actor: str, role: str, now: float | None = None) -> LeaveChange:
    """Remove the entries of a staff member from ``first`` to ``last``; refused when
    there is none (the audit entry keeps what was removed)."""
    require(session, actor, role, "attendance.leave")
    days = _range(first, last)
    staff = find_staff(session, who)
    rows = list(session.scalars(select(AttendanceLeave).where(
        AttendanceLeave.staff_id == staff.id, AttendanceLeave.day >= days[0],
        AttendanceLeave.day <= days[-1]).order_by(AttendanceLeave.day)))
    if not rows:
        raise UserError(f"{staff.code} has no leave, trip or rest day entered from "
                        f"{days[0].isoformat()} to {days[-1].isoformat()}; nothing was "
                        "removed.")
    removed = {r.day.isoformat(): [r.kind, r.note] for r in rows}
    session.execute(delete(AttendanceLeave).where(
        AttendanceLeave.id.in_([r.id for r in rows])))
    audit.record(session, actor, "attendance.leave_remove", "staff", staff.code, {
        "from": days[0].isoformat(), "to": days[-1].isoformat(), "count": len(rows),
        "before": removed}, ts=now)
    return LeaveChange(staff.code, len(rows))


@dataclass(frozen=True)
class LeaveDay:
    staff_id: int
    day: dt.date
    kind: str
    note: str


def leave_days(session: Session, first: dt.date, last: dt.date) -> list[LeaveDay]:
    """Every entry from ``first`` to ``last`` (both included), by staff and day."""
    return [LeaveDay(sid, day, kind, note) for sid, day, kind, note in session.execute(
        select(AttendanceLeave.staff_id, AttendanceLeave.day, AttendanceLeave.kind,
               AttendanceLeave.note).where(AttendanceLeave.day >= first,
                                           AttendanceLeave.day <= last)
        .order_by(AttendanceLeave.staff_id, AttendanceLeave.day))]


__all__ = ["KIND_WORDS", "LEAVE_KINDS", "LeaveChange", "LeaveDay", "add_leave", "find_staff",
           "leave_days", "leave_kind", "remove_leave"]
