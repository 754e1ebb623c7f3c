"""``halldesk hall export FILE.toml``: the hall file of what the settings tab holds, in
the format of docs/spec/hall.md, so that ``init --hall`` of it changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import WEEKDAYS, load_deductions, load_weekly_hours
from app.db import Database
from app.errors import UserError
from app.files import writable_target, write_atomic
from app.security import audit
from app.security.permissions import check
from app.setup.hall_profile import load_floors
from app.setup.rules import GROUPS
from app.setup.staff import list_staff
from app.setup.windows import list_departments, list_windows
from models import ChecklistItem, Hall

_TABLE_OF_GROUP = {"alert_thresholds": "alerts", "complaint_deadlines": "complaint_deadlines",
                   "risk_grading": "risk_grading", "attendance_rules": "attendance",
                   "assessment_rules": "assessment", "security": "security"}


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)       # a TOML basic string
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(type(v))


def _table(lines: list[str], header: str, values: dict[str, Any]) -> None:
    lines.append("")
    lines.append(header)
    for key, value in values.items():
        if value is not None:
            lines.append(f"{key} = {_value(value)}")


def hall_toml(session: Session) -> str:
    """The hall file text of the database's hall (in service entries only: a retired
    one is left out, and stays retired when the file is loaded again)."""
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; set it up or run "
                        "`halldesk init --hall FILE` first.")
    lines = ["# HallDesk hall file (docs/spec/hall.md), written by `halldesk hall export`."]
    _table(lines, "[hall]", {"name": hall.name, "timezone": hall.timezone,
                             "issuing_unit": hall.issuing_unit})
    hours = load_weekly_hours(session)
    _table(lines, "[hours]", {**{name: list(day) if day else None
                                 for name, day in zip(WEEKDAYS, hours.days, strict=True)},
                              "lunch": list(hours.lunch) if hours.lunch else None})
    for f in load_floors(session):
        _table(lines, "[[floors]]", {"number": f.number, "name": f.name})
    for d in list_departments(session):
        if not d.retired:
            _table(lines, "[[departments]]", {"code": d.code, "name": d.name})
    for w in list_windows(session):
        if not w.retired:
            _table(lines, "[[windows]]", {
                "code": w.code, "department": w.department, "floor": w.floor,
                "position": None if w.row is None else [w.row, w.col], "label": w.label,
                "services": list(w.services)})
    for s in list_staff(session):
        if not s.retired:
            _table(lines, "[[staff]]", {"code": s.code, "name": s.name,
                                        "department": s.department,
                                        "windows": list(s.windows), "on_duty": s.on_duty,
                                        "off_duty": s.off_duty})
    _table(lines, "[deductions]", asdict(load_deductions(session)))
    for item in session.scalars(select(ChecklistItem).where(ChecklistItem.retired.is_(False))
                                .order_by(ChecklistItem.position, ChecklistItem.key)):
        _table(lines, "[[checklist]]", {"key": item.key, "label": item.label,
                                        "deduction": item.deduction})
    for key, table in _TABLE_OF_GROUP.items():
        _table(lines, f"[{table}]", asdict(GROUPS[key].load(session)))
    return "\n".join(lines) + "\n"


def export_hall(db: Database, path: str | Path, *, actor: str, role: str) -> Path:
    """Write the hall file (atomically) and audit the export."""
    target = writable_target(path)
    if target.suffix.lower() != ".toml":
        raise UserError(f"The hall file {target.name} must be a .toml file.")
    check(db, actor, role, "hall.export")
    with db.read() as session:
        text = hall_toml(session)
    data = text.encode("utf-8")
    write_atomic(target, data)
    import hashlib

    with db.write() as session:
        audit.record(session, actor, "hall.export", "file", target.name[:128],
                     {"sha256": hashlib.sha256(data).hexdigest()})
    return target
