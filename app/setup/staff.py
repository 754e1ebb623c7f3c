"""The staff roster (人员): name, staff number, department, the windows served, the
dates on and off duty; changed one by one in the settings tab, or imported from a
spreadsheet all or nothing (every bad cell named, as the ledger import does) and
exported in the same columns (docs/spec/records.md, Staff roster)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.io.xlsx import (
    Problem,
    SheetRejected,
    TransferResult,
    cell_text,
    read_table,
    require_xlsx,
    text_cell,
    write_atomically,
)
from app.security import audit
from app.security.permissions import check, require
from app.setup.common import CODE_RE, changes, check_revision, text_problem
from models import Department, Staff, StaffWindow, Window

HEADERS = ("工号", "姓名", "部门", "窗口", "上岗日期", "离岗日期")
MAX_ROWS = 10_000
WINDOW_SPLIT = re.compile(r"[,，、;；\s]+")
DATE_MIN, DATE_MAX = dt.date(1950, 1, 1), dt.date(2200, 12, 31)


@dataclass(frozen=True)
class StaffValues:
    code: str
    name: str
    department: str
    windows: tuple[str, ...] = ()
    on_duty: dt.date | None = None
    off_duty: dt.date | None = None


@dataclass(frozen=True)
class StaffRow:
    code: str
    name: str
    department: str
    windows: tuple[str, ...]
    on_duty: dt.date | None
    off_duty: dt.date | None
    retired: bool
    revision: int

    def values(self) -> StaffValues:
        return StaffValues(self.code, self.name, self.department, self.windows,
                           self.on_duty, self.off_duty)


def list_staff(session: Session) -> list[StaffRow]:
    windows: dict[int, list[str]] = {}
    for sid, code in session.execute(select(StaffWindow.staff_id, Window.code)
                                     .join(Window, Window.id == StaffWindow.window_id)
                                     .order_by(Window.code)):
        windows.setdefault(sid, []).append(code)
    rows = session.execute(select(Staff, Department.code)
                           .join(Department, Department.id == Staff.department_id)
                           .order_by(Staff.code)).all()
    return [StaffRow(s.code, s.name, dcode, tuple(windows.get(s.id, ())), s.on_duty,
                     s.off_duty, s.retired, s.revision) for s, dcode in rows]


def _row(session: Session, code: str) -> StaffRow:
    return next(r for r in list_staff(session) if r.code == code)


# -- checks ----------------------------------------------------------------------------
def staff_problem(session: Session, v: StaffValues, *, new: bool) -> str | None:
    """Why the roster cannot hold ``v``, or None (the form and the import ask this)."""
    if not CODE_RE.match(v.code):
        return f"The staff number {v.code!r} is not a valid code (1–16 characters A–Z, " \
               "0–9 or _)."
    if new and session.scalar(select(Staff.id).where(Staff.code == v.code)) is not None:
        return f"The staff number {v.code} is used already."
    problem = text_problem(v.name, "The name", max_len=100)
    if problem:
        return problem
    dept = session.scalar(select(Department).where(Department.code == v.department))
    if dept is None:
        return f"The department {v.department!r} does not exist."
    if dept.retired:
        return f"The department {v.department} is retired."
    known = {c for c, in session.execute(select(Window.code).where(
        Window.code.in_(v.windows), Window.retired.is_(False)))}
    for code in v.windows:
        if code not in known:
            return f"The window {code!r} does not exist or is retired."
    if len(set(v.windows)) != len(v.windows):
        return "A window is listed twice."
    for day in (v.on_duty, v.off_duty):
        if day is not None and not DATE_MIN <= day <= DATE_MAX:
            return f"The date {day.isoformat()} is out of range " \
                   f"({DATE_MIN.year}–{DATE_MAX.year})."
    if v.on_duty and v.off_duty and v.off_duty < v.on_duty:
        return f"Off duty {v.off_duty.isoformat()} is before on duty {v.on_duty.isoformat()}."
    return None


def _json(v: StaffValues) -> dict[str, Any]:
    return {"name": v.name, "department": v.department, "windows": list(v.windows),
            "on_duty": v.on_duty.isoformat() if v.on_duty else None,
            "off_duty": v.off_duty.isoformat() if v.off_duty else None}


def _write(session: Session, staff: Staff, v: StaffValues) -> None:
    dept = session.scalar(select(Department).where(Department.code == v.department))
    assert dept is not None
    staff.name, staff.department_id = v.name, dept.id
    staff.on_duty, staff.off_duty = v.on_duty, v.off_duty
    session.flush()
    session.execute(delete(StaffWindow).where(StaffWindow.staff_id == staff.id))
    ids = dict(session.execute(select(Window.code, Window.id)
                               .where(Window.code.in_(v.windows))).all())
    for code in v.windows:
        session.add(StaffWindow(staff_id=staff.id, window_id=ids[code]))
    session.flush()


def _clean(v: StaffValues) -> StaffValues:
    return replace(v, code=v.code.strip(), name=v.name.strip(),
                   department=v.department.strip(),
                   windows=tuple(w.strip() for w in v.windows if w.strip()))


# -- one by one ------------------------------------------------------------------------
def add_staff(session: Session, values: StaffValues, *, actor: str, role: str,
              now: float | None = None) -> StaffRow:
    require(session, actor, role, "setup.staff")
    v = _clean(values)
    problem = staff_problem(session, v, new=True)
    if problem:
        raise UserError(problem)
    staff = Staff(code=v.code, name=v.name, department_id=0, retired=False, revision=0)
    dept = session.scalar(select(Department.id).where(Department.code == v.department))
    staff.department_id = int(dept or 0)
    session.add(staff)
    session.flush()
    _write(session, staff, v)
    audit.record(session, actor, "setup.staff", "staff", v.code, {"op": "add", **_json(v)},
                 ts=now)
    return _row(session, v.code)


def _get(session: Session, code: str, expected: int | None) -> Staff:
    staff = session.scalar(select(Staff).where(Staff.code == code))
    if staff is None:
        raise UserError(f"There is no staff member {code}.")
    check_revision(session, "Staff member", "staff", code, staff.revision, expected)
    return staff


def update_staff(session: Session, code: str, values: StaffValues, *, actor: str, role: str,
                 expected_revision: int | None = None, now: float | None = None) -> StaffRow:
    require(session, actor, role, "setup.staff")
    staff = _get(session, code, expected_revision)
    v = replace(_clean(values), code=code)
    problem = staff_problem(session, v, new=False)
    if problem:
        raise UserError(problem)
    diff = changes(_json(_row(session, code).values()), _json(v))
    if diff:
        _write(session, staff, v)
        staff.revision += 1
        audit.record(session, actor, "setup.staff", "staff", code,
                     {"op": "change", "changes": diff}, ts=now)
    return _row(session, code)


def retire_staff(session: Session, code: str, retired: bool = True, *, actor: str,
                 role: str, expected_revision: int | None = None,
                 now: float | None = None) -> StaffRow:
    require(session, actor, role, "setup.staff")
    staff = _get(session, code, expected_revision)
    if staff.retired != retired:
        # the off-duty day keeps the months worked: retiring ends the duty today (unless
        # an earlier end was entered), reinstating removes an end already passed
        today = local_day(time.time() if now is None else now, hall_tz(session))
        before = staff.off_duty
        if retired and (staff.off_duty is None or staff.off_duty > today):
            staff.off_duty = today
        elif not retired and staff.off_duty is not None and staff.off_duty <= today:
            staff.off_duty = None
        staff.retired = retired
        staff.revision += 1
        audit.record(session, actor, "setup.staff", "staff", code,
                     {"op": "retire" if retired else "reinstate",
                      "off_duty": None if staff.off_duty is None else str(staff.off_duty),
                      "before": {"off_duty": None if before is None else str(before)}},
                     ts=now)
    return _row(session, code)


# -- the spreadsheet -------------------------------------------------------------------
REASONS = {
    "missing_column": "the column is missing from the header row",
    "empty": "the cell is empty; it must be filled in",
    "bad_staff_code": "not a staff number (1–16 characters A–Z, 0–9 or _)",
    "duplicate_code": "the staff number is used twice (first in row {0})",
    "too_long": "too long: {0} characters, at most {1}",
    "control": "contains control characters or a line break",
    "no_department": "no department of the hall has this code",
    "retired_department": "the department is retired",
    "no_window": "no window in service has the code {0}",
    "bad_date": "not a date: use a spreadsheet date or YYYY-MM-DD",
    "date_range": "the date is out of range ({0}–{1})",
    "off_before_on": "off duty is before on duty ({0})",
}


def _problem(row: int, column: str, value: Any, kind: str, *args: int | str) -> Problem:
    from app.io.xlsx import shown

    return Problem(row, column, shown(value), kind, args, REASONS[kind].format(*args))


def _date(value: Any) -> dt.date | str | None:
    """A date cell: the date, None when empty, or ``"bad"``/``"range"``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return "bad"
    return day if DATE_MIN <= day <= DATE_MAX else "range"


def _text_cell(number: int, column: str, value: Any, max_len: int,
               problems: list[Problem]) -> str | None:
    text = cell_text(value)
    if text is None:
        problems.append(_problem(number, column, value, "empty"))
        return None
    if len(text) > max_len:
        problems.append(_problem(number, column, value, "too_long", len(text), max_len))
        return None
    if text_problem(text, column, max_len=max_len):
        problems.append(_problem(number, column, value, "control"))
        return None
    return text


def _parse(session: Session, data: Sequence[tuple[int, dict[str, Any]]],
           problems: list[Problem]) -> list[StaffValues]:
    depts = {d.code: d.retired for d in session.scalars(select(Department))}
    windows = set(session.scalars(select(Window.code).where(Window.retired.is_(False))))
    first: dict[str, int] = {}
    out: list[StaffValues] = []
    for number, cells in data:
        before = len(problems)
        code = _text_cell(number, "工号", cells.get("工号"), 16, problems)
        if code is not None and not CODE_RE.match(code):
            problems.append(_problem(number, "工号", code, "bad_staff_code"))
            code = None
        if code is not None:
            if code in first:
                problems.append(_problem(number, "工号", code, "duplicate_code", first[code]))
            else:
                first[code] = number
        name = _text_cell(number, "姓名", cells.get("姓名"), 100, problems)
        dept = _text_cell(number, "部门", cells.get("部门"), 16, problems)
        if dept is not None and dept not in depts:
            problems.append(_problem(number, "部门", dept, "no_department"))
        elif dept is not None and depts[dept]:
            problems.append(_problem(number, "部门", dept, "retired_department"))
        raw = cell_text(cells.get("窗口")) or ""
        codes = tuple(c for c in WINDOW_SPLIT.split(raw) if c)
        for c in codes:
            if c not in windows:
                problems.append(_problem(number, "窗口", raw, "no_window", c))
                break
        days: list[dt.date | None] = []
        for column in ("上岗日期", "离岗日期"):
            day = _date(cells.get(column))
            if day == "bad":
                problems.append(_problem(number, column, cells.get(column), "bad_date"))
                day = None
            elif day == "range":
                problems.append(_problem(number, column, cells.get(column), "date_range",
                                         DATE_MIN.year, DATE_MAX.year))
                day = None
            days.append(day if isinstance(day, dt.date) else None)
        on, off = days
        if on and off and off < on:
            problems.append(_problem(number, "离岗日期", off.isoformat(), "off_before_on",
                                     on.isoformat()))
        if len(problems) == before and code and name and dept:
            out.append(StaffValues(code, name, dept, tuple(dict.fromkeys(codes)), on, off))
    return out


def read_rows(path: Path) -> tuple[dict[str, int], list[tuple[int, dict[str, Any]]],
                                   list[Problem]]:
    positions, data = read_table(path, HEADERS, max_rows=MAX_ROWS,
                                 too_many=f"The spreadsheet {path.name} has more than "
                                 f"{MAX_ROWS:,} rows; split it.")
    problems = [_problem(1, name, "", "missing_column") for name in HEADERS
                if name not in positions]
    return positions, data, problems


def import_staff(db: Database, path: str | Path, *, actor: str, role: str,
                 now: float | None = None) -> TransferResult:
    """Add or update the roster from ``path``, all or nothing: ``SheetRejected`` names
    every bad cell. A staff number already on the roster takes the sheet's values;
    staff the sheet does not list stay as they are."""
    source = require_xlsx(path)
    check(db, actor, role, "setup.staff")
    positions, data, problems = read_rows(source)
    if problems:
        raise SheetRejected(source, problems, positions)
    if not data:
        raise UserError(f"The spreadsheet {source.name} has a header row but no staff.")
    result = TransferResult(rows=len(data))
    with db.write() as session:
        wanted = _parse(session, data, problems)
        if problems:
            raise SheetRejected(source, problems, positions)
        existing = {r.code: r for r in list_staff(session)}
        added, updated = [], []
        for v in wanted:
            known = existing.get(v.code)
            if known is None:
                staff = Staff(code=v.code, name=v.name, department_id=0, retired=False,
                              revision=0)
                staff.department_id = int(session.scalar(
                    select(Department.id).where(Department.code == v.department)) or 0)
                session.add(staff)
                session.flush()
                _write(session, staff, v)
                added.append(v.code)
            elif _json(known.values()) != _json(v):
                staff = _get(session, v.code, None)
                _write(session, staff, v)
                staff.revision += 1
                updated.append(v.code)
        result.added, result.skipped = len(added), len(wanted) - len(added) - len(updated)
        audit.record(session, actor, "setup.staff_import", "file", source.name[:128], {
            "rows": len(data), "added": added[:100], "updated": updated[:100],
            "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}, ts=now)
    return result


def export_staff(db: Database, path: str | Path, *, actor: str, role: str) -> TransferResult:
    """The roster in service, in the import's columns (audited)."""
    target = require_xlsx(path)
    check(db, actor, role, "setup.staff")
    with db.read() as session:
        rows = [r for r in list_staff(session) if not r.retired]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("人员")
    for i, width in enumerate((10, 12, 10, 20, 12, 12), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.append(list(HEADERS))
    for r in rows:
        sheet.append([text_cell(sheet, r.code), text_cell(sheet, r.name),
                      text_cell(sheet, r.department), "、".join(r.windows),
                      r.on_duty, r.off_duty])
    write_atomically(book, target)
    with db.write() as session:
        audit.record(session, actor, "setup.staff_export", "file", target.name[:128],
                     {"rows": len(rows),
                      "sha256": hashlib.sha256(target.read_bytes()).hexdigest()})
    return TransferResult(rows=len(rows))
