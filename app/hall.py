"""The hall configuration file (docs/spec/hall.md): validate, then load idempotently.

Loading again with an edited file updates names and adds new entries; an entry that
is no longer in the file is marked retired, never deleted, so every record keeps
what it refers to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
import tomllib
import zoneinfo
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import (
    DEFAULT_CHECKLIST,
    DEFAULT_TIMEZONE,
    WEEKDAYS,
    Deductions,
    WeeklyHours,
    load_deductions,
    store_deductions,
    store_setting,
)
from app.db import Database, is_initialised
from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.security import audit
from app.security.permissions import require
from app.setup.common import CODE_RE, KEY_RE
from models import ChecklistItem, Department, Hall, Staff, StaffWindow, Window

DEMO_HALL = "demo_hall.toml"
MAX_HALL_FILE = 4 << 20


@dataclass
class DepartmentSpec:
    code: str
    name: str


@dataclass
class WindowSpec:
    code: str
    department: str
    floor: int = 1
    position: tuple[int, int] | None = None
    label: str = ""
    services: list[str] | None = None      # None: as the application holds them


@dataclass
class StaffSpec:
    code: str
    name: str
    department: str
    windows: list[str] | None = None       # None: as the application holds them
    on_duty: dt.date | None = None
    off_duty: dt.date | None = None


@dataclass
class ChecklistSpec:
    key: str
    label: str
    deduction: float


@dataclass
class HallSpec:
    name: str
    timezone: str
    departments: list[DepartmentSpec] = field(default_factory=list)
    windows: list[WindowSpec] = field(default_factory=list)
    staff: list[StaffSpec] = field(default_factory=list)
    deductions: Deductions = field(default_factory=Deductions)
    checklist: list[ChecklistSpec] = field(default_factory=list)
    # Keys the settings tab added (issue #15); None: left as the application holds it.
    issuing_unit: str | None = None
    hours: WeeklyHours | None = None
    floors: list[tuple[int, str]] | None = None
    rules: dict[str, dict[str, float]] = field(default_factory=dict)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, what: str) -> UserError:
        return UserError(f"Hall file {self.source}: {where}: {what}.")

    def table(self, value: Any, where: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a table")
        for key in value:
            if key not in allowed:
                raise self.fail(where, f"unknown key {key!r}")
        for key in sorted(required):
            if key not in value:
                raise self.fail(where, f"the key {key!r} is missing")
        return value

    def string(self, value: Any, where: str, pattern: re.Pattern[str] | None = None,
               hint: str = "") -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be a non-empty string")
        if pattern is not None and not pattern.match(value):
            raise self.fail(where, f"{value!r} is not a valid code ({hint})")
        return value.strip() if pattern is None else value

    def number(self, value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise self.fail(where, "must be a number ≥ 0")
        return float(value)

    def array(self, value: Any, where: str) -> list:
        if not isinstance(value, list):
            raise self.fail(where, "must be an array of tables ([[...]])")
        return value


def _entry(raw: Any, singular: str, plural: str, i: int, key: str) -> str:
    """Name an entry by its code when it has a readable one, else by its position."""
    code = raw.get(key) if isinstance(raw, dict) else None
    if isinstance(code, str) and code.strip() and len(code) <= 32:
        return f"{singular} {code} ({plural} entry {i})"
    return f"{plural} entry {i}"


def parse_hall(text: str, source: str) -> HallSpec:
    """Validate a hall file; raise ``UserError`` naming the key and the entry."""
    c = _Checker(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"Hall file {source} is not valid TOML: {exc}.") from None
    c.table(data, "top level",
            {"hall", "departments", "windows", "staff", "deductions", "checklist",
             "hours", "floors", *RULE_TABLES}, {"hall"})
    hall = c.table(data["hall"], "[hall]", {"name", "timezone", "issuing_unit"}, {"name"})
    name = c.string(hall["name"], "[hall] name")
    tz = hall.get("timezone", DEFAULT_TIMEZONE)
    tz = c.string(tz, "[hall] timezone")
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise c.fail("[hall] timezone", f"{tz!r} is not an IANA time zone") from None
    spec = HallSpec(name=name, timezone=tz)
    if "issuing_unit" in hall:
        unit = hall["issuing_unit"]
        if not isinstance(unit, str):
            raise c.fail("[hall] issuing_unit", "must be a string")
        spec.issuing_unit = unit.strip()
    _parse_setup(c, data, spec)

    code_hint = "1–16 characters A–Z, 0–9 or _"
    seen: set[str] = set()
    for i, raw in enumerate(c.array(data.get("departments", []), "departments"), 1):
        where = _entry(raw, "department", "departments", i, "code")
        d = c.table(raw, where, {"code", "name"}, {"code", "name"})
        code = c.string(d["code"], f"{where} code", CODE_RE, code_hint)
        where = f"department {code}"
        if code in seen:
            raise c.fail(where, "the code is used twice")
        seen.add(code)
        spec.departments.append(DepartmentSpec(code, c.string(d["name"], f"{where} name")))
    departments = seen

    seen = set()
    cells: dict[tuple[int, int, int], str] = {}
    for i, raw in enumerate(c.array(data.get("windows", []), "windows"), 1):
        where = _entry(raw, "window", "windows", i, "code")
        w = c.table(raw, where, {"code", "department", "floor", "position", "label",
                                 "services"}, {"code", "department"})
        code = c.string(w["code"], f"{where} code", CODE_RE, code_hint)
        where = f"window {code}"
        if code in seen:
            raise c.fail(where, "the code is used twice")
        seen.add(code)
        dept = c.string(w["department"], f"{where} department")
        if dept not in departments:
            raise c.fail(f"{where} department", f"the department {dept!r} does not exist")
        floor = w.get("floor", 1)
        if isinstance(floor, bool) or not isinstance(floor, int) or not 1 <= floor <= 99:
            raise c.fail(f"{where} floor", "must be a whole number from 1 to 99")
        if spec.floors is not None and floor not in {n for n, _ in spec.floors}:
            raise c.fail(f"{where} floor", f"floor {floor} is not in [[floors]]")
        position = w.get("position")
        pos: tuple[int, int] | None = None
        if position is not None:
            if (not isinstance(position, list) or len(position) != 2
                    or not all(isinstance(p, int) and not isinstance(p, bool) and 0 <= p < 100
                               for p in position)):
                raise c.fail(f"{where} position", "must be [row, column] with whole numbers 0–99")
            pos = (position[0], position[1])
            other = cells.get((floor, *pos))
            if other is not None:
                raise c.fail(f"{where} position", f"floor {floor} cell {position} is taken "
                             f"by window {other}")
            cells[(floor, *pos)] = code
        label = w.get("label", "")
        if not isinstance(label, str):
            raise c.fail(f"{where} label", "must be a string")
        services = None
        if "services" in w:
            services = _strings(c, w["services"], f"{where} services")
        spec.windows.append(WindowSpec(code, dept, floor, pos, label.strip(), services))

    seen_windows = seen
    seen = set()
    for i, raw in enumerate(c.array(data.get("staff", []), "staff"), 1):
        where = _entry(raw, "staff", "staff", i, "code")
        s = c.table(raw, where, {"code", "name", "department", "windows", "on_duty",
                                 "off_duty"}, {"code", "name", "department"})
        code = c.string(s["code"], f"{where} code", CODE_RE, code_hint)
        where = f"staff {code}"
        if code in seen:
            raise c.fail(where, "the code is used twice")
        seen.add(code)
        dept = c.string(s["department"], f"{where} department")
        if dept not in departments:
            raise c.fail(f"{where} department", f"the department {dept!r} does not exist")
        member = StaffSpec(code, c.string(s["name"], f"{where} name"), dept)
        if "windows" in s:
            member.windows = _strings(c, s["windows"], f"{where} windows")
            for wcode in member.windows:
                if wcode not in seen_windows:
                    raise c.fail(f"{where} windows", f"the window {wcode!r} does not exist")
        for key in ("on_duty", "off_duty"):
            if key in s:
                if not isinstance(s[key], dt.date) or isinstance(s[key], dt.datetime):
                    raise c.fail(f"{where} {key}", "must be a date (YYYY-MM-DD)")
                setattr(member, key, s[key])
        spec.staff.append(member)

    if "deductions" in data:
        keys = set(Deductions.names())
        d = c.table(data["deductions"], "[deductions]", keys, set())
        spec.deductions = Deductions(**{k: c.number(v, f"[deductions] {k}")
                                        for k, v in d.items()})

    if "checklist" in data:
        seen = set()
        for i, raw in enumerate(c.array(data["checklist"], "checklist"), 1):
            where = _entry(raw, "checklist item", "checklist", i, "key")
            item = c.table(raw, where, {"key", "label", "deduction"}, {"key", "label"})
            key = c.string(item["key"], f"{where} key", KEY_RE, "1–32 characters a–z, 0–9 or _")
            where = f"checklist item {key}"
            if key in seen:
                raise c.fail(where, "the key is used twice")
            seen.add(key)
            deduction = (c.number(item["deduction"], f"{where} deduction")
                         if "deduction" in item else spec.deductions.inspection_finding)
            spec.checklist.append(ChecklistSpec(key, c.string(item["label"], f"{where} label"),
                                                deduction))
    else:
        spec.checklist = [ChecklistSpec(k, label, spec.deductions.inspection_finding)
                          for k, label in DEFAULT_CHECKLIST]
    return spec


def demo_hall_name() -> str:
    return read_hall_file(None)[0].name


def refuse_demo_over_real(db: Database, what: str) -> None:
    """The demo hall (its windows, staff and, with ``demo``, invented history) only goes
    into an empty database or one that holds the demo hall already: never over a real
    hall, whose records it would mix with fake ones for good."""
    if not is_initialised(db):
        return
    with db.read() as session:
        name = session.scalar(select(Hall.name))
    if name is not None and name != demo_hall_name():
        raise UserError(f"{what} puts the demo hall only into an empty database or a demo "
                        f"one, and {db.display_name()} holds the hall {name!r}; nothing "
                        "was changed (to reload this hall, give --hall FILE).")


RULE_TABLES = ("alerts", "complaint_deadlines", "risk_grading", "attendance", "assessment",
               "security")


def _strings(c: _Checker, value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise c.fail(where, "must be an array of strings")
    return [v.strip() for v in value]


def _parse_setup(c: _Checker, data: dict[str, Any], spec: HallSpec) -> None:
    """The keys of the settings tab: [hours], [[floors]] and the rules' tables."""
    from app.setup.common import text_problem
    from app.setup.hall_profile import hours_problem
    from app.setup.rules import GROUPS, RULES, group_problem

    if "hours" in data:
        h = c.table(data["hours"], "[hours]", {*WEEKDAYS, "lunch"}, set())
        days: list[tuple[str, str] | None] = []
        for name in (*WEEKDAYS, "lunch"):
            value = h.get(name)
            if value is not None and (not isinstance(value, list) or len(value) != 2
                                      or not all(isinstance(v, str) for v in value)):
                raise c.fail(f"[hours] {name}", 'must be ["HH:MM", "HH:MM"]')
            days.append(None if value is None else (value[0], value[1]))
        hours = WeeklyHours(tuple(days[:7]), days[7])
        problem = hours_problem(hours)
        if problem:
            raise c.fail("[hours]", problem.rstrip("."))
        spec.hours = hours
    if "floors" in data:
        spec.floors = []
        for i, raw in enumerate(c.array(data["floors"], "floors"), 1):
            f = c.table(raw, f"floors entry {i}", {"number", "name"}, {"number"})
            number = f["number"]
            if (isinstance(number, bool) or not isinstance(number, int)
                    or not 1 <= number <= 99):
                raise c.fail(f"floors entry {i} number", "must be a whole number from 1 to 99")
            if number in {n for n, _ in spec.floors}:
                raise c.fail(f"floor {number}", "the number is used twice")
            name = f.get("name", "")
            if not isinstance(name, str) or text_problem(name, "name", max_len=50,
                                                          required=False):
                raise c.fail(f"floor {number} name", "must be a string of at most 50 "
                             "characters on one line")
            spec.floors.append((number, name.strip()))
        spec.floors.sort()
    for table in RULE_TABLES:
        if table not in data:
            continue
        group = GROUPS[_RULE_GROUP[table]]
        keys = {r.key for r in RULES if r.group == group.key}
        t = c.table(data[table], f"[{table}]", keys, keys)
        values = {k: c.number(v, f"[{table}] {k}") for k, v in t.items()}
        problem = group_problem(group.key, values)
        if problem:
            raise c.fail(f"[{table}]", problem.rstrip("."))
        spec.rules[group.key] = values


_RULE_GROUP = {"alerts": "alert_thresholds", "complaint_deadlines": "complaint_deadlines",
               "risk_grading": "risk_grading", "attendance": "attendance_rules",
               "assessment": "assessment_rules", "security": "security"}


def read_hall_file(path: str | None) -> tuple[HallSpec, str]:
    """Read and validate a hall file, or the demo hall when ``path`` is None."""
    if path is None:
        data = (resources.files("resources") / DEMO_HALL).read_bytes()
        source = "demo hall"
    else:
        try:
            with Path(path).open("rb") as fh:
                data = fh.read(MAX_HALL_FILE + 1)   # /dev/zero is not a hall file
        except OSError as exc:
            raise UserError(f"Cannot read the hall file {path}: {exc.strerror}.") from None
        if len(data) > MAX_HALL_FILE:
            raise UserError(f"The hall file {path} is larger than {MAX_HALL_FILE >> 20} MB; "
                            "it is not a hall file.")
        source = path
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"Hall file {source} is not UTF-8 text.") from None
    return parse_hall(text, source), hashlib.sha256(data).hexdigest()


def _load_setup(session: Session, spec: HallSpec, windows: dict[str, Any],
                staff: dict[str, Any], report: LoadReport) -> None:
    """The settings tab's keys, each only when the file has it."""
    from app.config import OPENING_HOURS_KEY, load_weekly_hours
    from app.setup.hall_profile import Floor, load_floors, store_floors
    from app.setup.rules import GROUPS

    for s in spec.staff:
        if s.windows is None:
            continue
        row = staff[s.code]
        have = set(session.scalars(select(StaffWindow.window_id)
                                   .where(StaffWindow.staff_id == row.id)))
        want = {windows[c].id for c in s.windows}
        if have != want:
            for wid in have - want:
                session.delete(session.get(StaffWindow, (row.id, wid)))
            for wid in want - have:
                session.add(StaffWindow(staff_id=row.id, window_id=wid))
            report.updated += 1
    session.flush()
    if spec.hours is not None and spec.hours != load_weekly_hours(session):
        store_setting(session, OPENING_HOURS_KEY, spec.hours.as_json())
        report.updated += 1
    if spec.floors is not None:
        floors = tuple(Floor(n, name) for n, name in spec.floors)
        if floors != load_floors(session):
            store_floors(session, floors)
            report.updated += 1
    from dataclasses import asdict

    for key, values in spec.rules.items():
        group = GROUPS[key]
        current = {k: float(v) for k, v in asdict(group.load(session)).items()}
        if current != values:
            types = {f.name: f.type for f in fields(group.cls)}
            store_setting(session, key, {k: int(v) if types[k] in (int, "int") else v
                                         for k, v in values.items()})
            report.updated += 1


@dataclass
class LoadReport:
    added: int = 0
    updated: int = 0
    retired: int = 0


def _sync(session: Session, model: Any, key_attr: str, wanted: dict[str, dict[str, Any]],
          report: LoadReport) -> dict[str, Any]:
    existing = {getattr(row, key_attr): row for row in session.scalars(select(model))}
    for key, values in wanted.items():
        row = existing.get(key)
        if row is None:
            row = model(**{key_attr: key}, **values, retired=False)
            session.add(row)
            existing[key] = row
            report.added += 1
            continue
        changed = False
        for attr, value in {**values, "retired": False}.items():
            if getattr(row, attr) != value:
                setattr(row, attr, value)
                changed = True
        report.updated += changed
    today: dt.date | None = None
    for key, row in existing.items():
        if key not in wanted and not row.retired:
            row.retired = True
            if hasattr(row, "off_duty") and row.off_duty is None:
                # a person's duty ends today: the months worked keep them
                if today is None:
                    today = local_day(time.time(), hall_tz(session))
                row.off_duty = today
            report.retired += 1
    session.flush()
    return existing


def load_hall(session: Session, spec: HallSpec, file_hash: str, actor: str, *,
              role: str) -> LoadReport:
    """Apply a validated hall spec inside the caller's transaction, and audit it."""
    require(session, actor, role, "hall.load")
    report = LoadReport()
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        session.add(Hall(name=spec.name, timezone=spec.timezone,
                         issuing_unit=spec.issuing_unit or "", revision=0))
        report.added += 1
    elif (hall.name, hall.timezone) != (spec.name, spec.timezone) or (
            spec.issuing_unit is not None and hall.issuing_unit != spec.issuing_unit):
        hall.name, hall.timezone = spec.name, spec.timezone
        if spec.issuing_unit is not None:
            hall.issuing_unit = spec.issuing_unit
        hall.revision += 1
        report.updated += 1
    depts = _sync(session, Department, "code",
                  {d.code: {"name": d.name} for d in spec.departments}, report)
    windows = _sync(session, Window, "code", {
        w.code: {"department_id": depts[w.department].id, "floor": w.floor,
                 "row": w.position[0] if w.position else None,
                 "col": w.position[1] if w.position else None, "label": w.label,
                 **({} if w.services is None
                    else {"services": json.dumps(w.services, ensure_ascii=False)})}
        for w in spec.windows}, report)
    staff = _sync(session, Staff, "code", {
        s.code: {"name": s.name, "department_id": depts[s.department].id,
                 **{k: getattr(s, k) for k in ("on_duty", "off_duty")
                    if getattr(s, k) is not None}}
        for s in spec.staff}, report)
    _load_setup(session, spec, windows, staff, report)
    # The items in use keep their positions when the file lists them in the same order
    # (retired ones between them keep theirs too: a file loads back unchanged).
    in_use = session.execute(select(ChecklistItem.key, ChecklistItem.position)
                             .where(ChecklistItem.retired.is_(False))
                             .order_by(ChecklistItem.position, ChecklistItem.key)).all()
    same_order = [k for k, _p in in_use] == [c.key for c in spec.checklist]
    positions = dict(in_use) if same_order else {c.key: i for i, c in enumerate(spec.checklist)}
    _sync(session, ChecklistItem, "key", {
        c.key: {"label": c.label, "deduction": c.deduction, "position": positions[c.key]}
        for c in spec.checklist}, report)
    if load_deductions(session) != spec.deductions:
        store_deductions(session, spec.deductions)
        report.updated += 1
    if not (report.added or report.updated or report.retired):
        return report  # the same file again: nothing changed, nothing to audit
    audit.record(session, actor, "hall.load", "hall", spec.name, {
        "file_sha256": file_hash, "added": report.added, "updated": report.updated,
        "retired": report.retired, "departments": len(spec.departments),
        "windows": len(spec.windows), "staff": len(spec.staff)})
    return report
