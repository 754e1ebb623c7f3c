"""Departments and windows: add, rename, retire (never delete: history keeps them),
move a window to another department or another spot of the floor plan, and each
window's service items (事项). The checks are the hall file's (app/hall.py): codes as
there, no two windows on one spot of a floor, no window of an unknown department."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from app.setup.common import CODE_RE, changes, check_revision, text_problem
from app.setup.hall_profile import load_floors
from models import Department, Staff, Window

MAX_SERVICES = 50
MAX_GRID = 100          # rows and columns 0–99, as the hall file allows


@dataclass(frozen=True)
class DepartmentRow:
    code: str
    name: str
    retired: bool
    revision: int
    windows: int          # windows in service
    staff: int


@dataclass(frozen=True)
class WindowValues:
    """What the window form holds."""

    code: str
    department: str
    label: str = ""
    floor: int = 1
    row: int | None = None
    col: int | None = None


@dataclass(frozen=True)
class WindowRow:
    code: str
    department: str
    department_name: str
    label: str
    floor: int
    row: int | None
    col: int | None
    services: tuple[str, ...]
    retired: bool
    revision: int

    def values(self) -> WindowValues:
        return WindowValues(self.code, self.department, self.label, self.floor, self.row,
                            self.col)


def services_of(window: Window) -> tuple[str, ...]:
    return tuple(json.loads(window.services or "[]"))


# -- reading ---------------------------------------------------------------------------
def list_departments(session: Session) -> list[DepartmentRow]:
    windows = dict(session.execute(select(Window.department_id, func.count())
                                   .where(Window.retired.is_(False))
                                   .group_by(Window.department_id)).all())
    staff = dict(session.execute(select(Staff.department_id, func.count())
                                 .where(Staff.retired.is_(False))
                                 .group_by(Staff.department_id)).all())
    return [DepartmentRow(d.code, d.name, d.retired, d.revision, windows.get(d.id, 0),
                          staff.get(d.id, 0))
            for d in session.scalars(select(Department).order_by(Department.code))]


def list_windows(session: Session) -> list[WindowRow]:
    rows = session.execute(select(Window, Department.code, Department.name)
                           .join(Department, Department.id == Window.department_id)
                           .order_by(Window.code)).all()
    return [WindowRow(w.code, dcode, dname, w.label, w.floor, w.row, w.col, services_of(w),
                      w.retired, w.revision) for w, dcode, dname in rows]


# -- checks ----------------------------------------------------------------------------
def code_problem(code: str, what: str) -> str | None:
    if not CODE_RE.match(code):
        return f"{what} {code!r} is not a valid code (1–16 characters A–Z, 0–9 or _)."
    return None


def _department(session: Session, code: str) -> Department | None:
    return session.scalar(select(Department).where(Department.code == code))


def _window(session: Session, code: str) -> Window:
    window = session.scalar(select(Window).where(Window.code == code))
    if window is None:
        raise UserError(f"There is no window {code}.")
    return window


def window_problem(session: Session, v: WindowValues, *, new: bool) -> str | None:
    """Why the window cannot be kept as ``v`` (the hall file's checks), or None."""
    problem = code_problem(v.code, "The window code")
    if problem:
        return problem
    if new and session.scalar(select(Window.id).where(Window.code == v.code)) is not None:
        return f"The window code {v.code} is used already."
    dept = _department(session, v.department)
    if dept is None:
        return f"The department {v.department!r} does not exist."
    if dept.retired:
        return f"The department {v.department} is retired; it takes no windows."
    problem = text_problem(v.label, "The window's label", max_len=200, required=False)
    if problem:
        return problem
    floors = {f.number for f in load_floors(session)}
    if floors and v.floor not in floors:
        return (f"Floor {v.floor} is not one of the hall's floors "
                f"({', '.join(map(str, sorted(floors)))}); add it on the hall page first.")
    if (v.row is None) != (v.col is None):
        return "The position needs both a row and a column, or neither."
    if v.row is not None and v.col is not None:
        if not (0 <= v.row < MAX_GRID and 0 <= v.col < MAX_GRID):
            return f"The position must be a row and a column from 0 to {MAX_GRID - 1}."
        other = session.scalar(select(Window.code).where(
            Window.floor == v.floor, Window.row == v.row, Window.col == v.col,
            Window.retired.is_(False), Window.code != v.code))
        if other is not None:
            return f"Floor {v.floor} cell [{v.row}, {v.col}] is taken by window {other}."
    return None


# -- departments -----------------------------------------------------------------------
def add_department(session: Session, code: str, name: str, *, actor: str, role: str,
                   now: float | None = None) -> DepartmentRow:
    require(session, actor, role, "setup.windows")
    code = code.strip()
    problem = code_problem(code, "The department code") or text_problem(
        name, "The department's name", max_len=200)
    if problem:
        raise UserError(problem)
    if _department(session, code) is not None:
        raise UserError(f"The department code {code} is used already.")
    session.add(Department(code=code, name=name.strip(), retired=False, revision=0))
    session.flush()
    audit.record(session, actor, "setup.department", "department", code,
                 {"op": "add", "name": name.strip()}, ts=now)
    return _department_row(session, code)


def _department_row(session: Session, code: str) -> DepartmentRow:
    return next(d for d in list_departments(session) if d.code == code)


def _get_department(session: Session, code: str, expected: int | None) -> Department:
    dept = _department(session, code)
    if dept is None:
        raise UserError(f"There is no department {code}.")
    check_revision(session, "Department", "department", code, dept.revision, expected)
    return dept


def rename_department(session: Session, code: str, name: str, *, actor: str, role: str,
                      expected_revision: int | None = None, now: float | None = None
                      ) -> DepartmentRow:
    require(session, actor, role, "setup.windows")
    problem = text_problem(name, "The department's name", max_len=200)
    if problem:
        raise UserError(problem)
    dept = _get_department(session, code, expected_revision)
    if dept.name != name.strip():
        audit.record(session, actor, "setup.department", "department", code,
                     {"op": "rename", "changes": {"name": [dept.name, name.strip()]}}, ts=now)
        dept.name = name.strip()
        dept.revision += 1
    return _department_row(session, code)


def retire_department(session: Session, code: str, retired: bool = True, *, actor: str,
                      role: str, expected_revision: int | None = None,
                      now: float | None = None) -> DepartmentRow:
    """Retire a department (or bring it back); refused while windows or staff in
    service belong to it."""
    require(session, actor, role, "setup.windows")
    dept = _get_department(session, code, expected_revision)
    if dept.retired == retired:
        return _department_row(session, code)
    if retired:
        row = _department_row(session, code)
        if row.windows or row.staff:
            raise UserError(f"The department {code} still has {row.windows} windows and "
                            f"{row.staff} staff in service; move or retire them first.")
    dept.retired = retired
    dept.revision += 1
    audit.record(session, actor, "setup.department", "department", code,
                 {"op": "retire" if retired else "reinstate"}, ts=now)
    return _department_row(session, code)


# -- windows ---------------------------------------------------------------------------
def _window_row(session: Session, code: str) -> WindowRow:
    return next(w for w in list_windows(session) if w.code == code)


def _values_json(v: WindowValues) -> dict[str, object]:
    return {"department": v.department, "label": v.label, "floor": v.floor,
            "position": None if v.row is None else [v.row, v.col]}


def add_window(session: Session, values: WindowValues, *, actor: str, role: str,
               now: float | None = None) -> WindowRow:
    require(session, actor, role, "setup.windows")
    v = replace(values, code=values.code.strip(), label=values.label.strip())
    problem = window_problem(session, v, new=True)
    if problem:
        raise UserError(problem)
    dept = _department(session, v.department)
    assert dept is not None
    session.add(Window(code=v.code, department_id=dept.id, floor=v.floor, row=v.row,
                       col=v.col, label=v.label, retired=False, services="[]", revision=0))
    session.flush()
    audit.record(session, actor, "setup.window", "window", v.code,
                 {"op": "add", **_values_json(v)}, ts=now)
    return _window_row(session, v.code)


def update_window(session: Session, code: str, values: WindowValues, *, actor: str,
                  role: str, expected_revision: int | None = None,
                  now: float | None = None) -> WindowRow:
    """Change a window's label, department (a move) or place on the floor plan; its
    code stays (records refer to it)."""
    require(session, actor, role, "setup.windows")
    window = _window(session, code)
    check_revision(session, "Window", "window", code, window.revision, expected_revision)
    if window.retired:
        raise UserError(f"The window {code} is retired; reinstate it before changing it.")
    v = replace(values, code=code, label=values.label.strip())
    problem = window_problem(session, v, new=False)
    if problem:
        raise UserError(problem)
    before = _window_row(session, code).values()
    diff = changes(_values_json(before), _values_json(v))
    if not diff:
        return _window_row(session, code)
    dept = _department(session, v.department)
    assert dept is not None
    window.department_id, window.label, window.floor = dept.id, v.label, v.floor
    window.row, window.col = v.row, v.col
    window.revision += 1
    op = "move" if set(diff) & {"department", "floor", "position"} else "change"
    audit.record(session, actor, "setup.window", "window", code,
                 {"op": op, "changes": diff}, ts=now)
    return _window_row(session, code)


def retire_window(session: Session, code: str, retired: bool = True, *, actor: str,
                  role: str, expected_revision: int | None = None,
                  now: float | None = None) -> WindowRow:
    """Retire a window (it leaves the floor plan, its records stay) or bring it back
    (refused when its spot is taken meanwhile or its department is retired)."""
    require(session, actor, role, "setup.windows")
    window = _window(session, code)
    check_revision(session, "Window", "window", code, window.revision, expected_revision)
    if window.retired == retired:
        return _window_row(session, code)
    if not retired:
        problem = window_problem(session, _window_row(session, code).values(), new=False)
        if problem:
            raise UserError(problem)
    window.retired = retired
    window.revision += 1
    audit.record(session, actor, "setup.window", "window", code,
                 {"op": "retire" if retired else "reinstate"}, ts=now)
    return _window_row(session, code)


def services_problem(items: list[str]) -> str | None:
    seen: set[str] = set()
    if len(items) > MAX_SERVICES:
        return f"A window has at most {MAX_SERVICES} service items."
    for i, item in enumerate(items, 1):
        problem = text_problem(item, f"Service item {i}", max_len=100)
        if problem:
            return problem
        if item.strip() in seen:
            return f"The service item {item.strip()!r} is listed twice."
        seen.add(item.strip())
    return None


def set_services(session: Session, code: str, items: list[str], *, actor: str, role: str,
                 expected_revision: int | None = None, now: float | None = None
                 ) -> WindowRow:
    """The window's service items (事项), in the order given."""
    require(session, actor, role, "setup.services")
    problem = services_problem(items)
    if problem:
        raise UserError(problem)
    window = _window(session, code)
    check_revision(session, "Window", "window", code, window.revision, expected_revision)
    wanted = [i.strip() for i in items]
    before = list(services_of(window))
    if wanted != before:
        window.services = json.dumps(wanted, ensure_ascii=False)
        window.revision += 1
        audit.record(session, actor, "setup.services", "window", code,
                     {"before": before, "after": wanted}, ts=now)
    return _window_row(session, code)
