"""The key projects as a spreadsheet (docs/spec/records.md, Key projects): one row per
approval item, the project's columns repeated on each. Export writes what is stored;
import is all or nothing with every bad row named, and a project already in the
database is skipped when the sheet says the same of it (an exported sheet imports
back to nothing), refused when it differs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.files import writable_target
from app.io.xlsx import (
    Problem,
    SheetRejected,
    TransferResult,
    read_table,
    require_xlsx,
    text_cell,
    tick,
    write_atomically,
)
from app.records import project_rules as rules
from app.records.projects import ItemSpec, ProjectSpec, check_project, create_project
from app.security import audit
from app.security.permissions import check
from models import Department, Project, ProjectItem

Progress = Callable[[int, int], None]
PROJECT_COLUMNS = ("项目代码", "项目名称", "项目类型", "投资方", "投资额(万元)", "牵头人", "状态",
                   "开始日期")
ITEM_COLUMNS = ("事项编号", "事项名称", "办理部门", "阶段", "前置事项", "承诺时限", "法定时限",
                "办件编号", "事项状态", "启动日期", "办结日期")
HEADERS = PROJECT_COLUMNS + ITEM_COLUMNS
REQUIRED = ("项目代码", "项目名称", "开始日期", "事项编号", "事项名称", "办理部门", "阶段",
            "承诺时限", "法定时限")
MAX_ROWS = 20_000


def _problem(row: int, column: str, value: Any, reason: str) -> Problem:
    return Problem(row, column, "" if value is None else str(value), "project", (reason,),
                   reason)


def _day(value: Any) -> dt.date | str | None:
    """A date cell: a date, ``2026-10-09`` / ``2026/10/9`` / ``2026年10月9日``, or empty;
    a string back is the reason it is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip().replace("年", "-").replace("月", "-").replace("日", "")
    text = text.replace("/", "-").replace(".", "-")
    try:
        y, m, d = (int(p) for p in text.split("-"))
        return dt.date(y, m, d)
    except (ValueError, TypeError):
        return "is not a date (e.g. 2026-10-09)"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read(path: Path) -> tuple[dict[str, int], list[tuple[int, dict[str, Any]]]]:
    positions, data = read_table(path, HEADERS, max_rows=MAX_ROWS,
                                 too_many=f"The spreadsheet {path.name} has more than "
                                 f"{MAX_ROWS:,} rows; a project list is far smaller.")
    missing = [_problem(1, n, "", f"the column {n} is missing") for n in REQUIRED
               if n not in positions]
    if missing:
        raise SheetRejected(path, missing)
    return positions, data


def _parse(data: list[tuple[int, dict[str, Any]]], problems: list[Problem]
           ) -> dict[str, tuple[int, ProjectSpec, list[tuple[str, ...]]]]:
    """Rows grouped by project code: (first row, spec, the rows as text for comparing)."""
    out: dict[str, tuple[int, ProjectSpec, list[tuple[str, ...]]]] = {}
    for number, cells in data:
        code = _text(cells.get("项目代码"))
        if not code:
            problems.append(_problem(number, "项目代码", "", "the project code is empty"))
            continue
        start = _day(cells.get("开始日期"))
        started, done = _day(cells.get("启动日期")), _day(cells.get("办结日期"))
        bad = False
        for column, value, parsed in (("开始日期", cells.get("开始日期"), start),
                                      ("启动日期", cells.get("启动日期"), started),
                                      ("办结日期", cells.get("办结日期"), done)):
            if isinstance(parsed, str):
                problems.append(_problem(number, column, value, parsed))
                bad = True
        if start is None:
            problems.append(_problem(number, "开始日期", "", "the start date is empty"))
            bad = True
        amount_raw = cells.get("投资额(万元)")
        amount: float | None = None
        if amount_raw is not None and _text(amount_raw):
            try:
                amount = float(_text(amount_raw).replace(",", ""))
            except ValueError:
                problems.append(_problem(number, "投资额(万元)", amount_raw,
                                         "is not a sum of 万元"))
                bad = True
        if bad:
            continue
        assert isinstance(start, dt.date)
        item = ItemSpec(
            key=_text(cells.get("事项编号")), name=_text(cells.get("事项名称")),
            department=_text(cells.get("办理部门")), stage=_text(cells.get("阶段")),
            promised_days=_text(cells.get("承诺时限")), legal_days=_text(cells.get("法定时限")),
            depends_on=[d for d in _text(cells.get("前置事项")).replace("，", ",")
                        .replace("、", ",").split(",") if d.strip()],
            case_no=_text(cells.get("办件编号")),
            state=_text(cells.get("事项状态")) or rules.PENDING,
            started_on=started if isinstance(started, dt.date) else None,
            done_on=done if isinstance(done, dt.date) else None)
        as_text = tuple(_text(cells.get(h)) if h not in ("开始日期", "启动日期", "办结日期")
                        else "" if (d := _day(cells.get(h))) is None else str(d)
                        for h in HEADERS)
        if code not in out:
            spec = ProjectSpec(code=code, name=_text(cells.get("项目名称")), start_date=start,
                               investor=_text(cells.get("投资方")), amount=amount,
                               lead=_text(cells.get("牵头人")),
                               status=_text(cells.get("状态")) or rules.ACTIVE,
                               kind=_text(cells.get("项目类型")))
            out[code] = (number, spec, [])
        first, spec, texts = out[code]
        if (spec.name, spec.start_date) != (_text(cells.get("项目名称")), start):
            problems.append(_problem(number, "项目名称", cells.get("项目名称"),
                                     f"project {code} has another name or start date on "
                                     f"row {first}"))
            continue
        spec.items.append(item)
        texts.append(as_text)
    return out


def _rows(session: Session, project: Project) -> list[tuple[Any, ...]]:
    """A stored project as the sheet's rows, in the sheet's column order."""
    depts = dict(session.execute(select(Department.id, Department.code)).all())
    items = session.scalars(select(ProjectItem).where(ProjectItem.project_id == project.id)
                            .order_by(ProjectItem.stage, ProjectItem.key))
    out = []
    for i in items:
        amount: Any = None if project.amount is None else (
            int(project.amount) if float(project.amount).is_integer() else project.amount)
        out.append((project.code, project.name, project.kind, project.investor, amount,
                    project.lead, rules.STATUS_LABELS[project.status], project.start_date,
                    i.key, i.name, depts.get(i.department_id, ""), rules.STAGES[i.stage],
                    "、".join(json.loads(i.depends_on)), i.promised_days, i.legal_days,
                    i.case_no or "", rules.STATE_LABELS[i.state], i.started_on, i.done_on))
    return out


def _as_text(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) if isinstance(v, dt.date) else _text(v)
                 for v in row)


def import_projects(db: Database, path: str | Path, *, actor: str, role: str, now: float,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Import ``path``, all or nothing; raises ``SheetRejected`` naming every bad row."""
    source = require_xlsx(path)
    check(db, actor, role, "project.import")
    started = time.perf_counter()
    positions, data = _read(source)
    if not data:
        raise UserError(f"The spreadsheet {source.name} has a header row but no items.")
    problems: list[Problem] = []
    projects = _parse(data, problems)
    result = TransferResult(rows=len(data))
    with db.write() as session:
        new: list[ProjectSpec] = []
        for code, (first, spec, texts) in projects.items():
            known = session.scalar(select(Project).where(Project.code == code))
            if known is not None:
                stored = sorted(_as_text(r) for r in _rows(session, known))
                if stored != sorted(_normalised(texts)):
                    problems.append(_problem(first, "项目代码", code,
                                             f"project {code} exists already and differs"))
                else:
                    result.skipped += 1
                continue
            try:
                check_project(session, spec)
            except UserError as exc:
                problems.append(_problem(first, "项目代码", code, str(exc).rstrip(".")))
                continue
            new.append(spec)
        if problems:
            raise SheetRejected(source, problems, positions)
        for i, spec in enumerate(new):
            tick(progress, cancelled, i, len(new))
            create_project(session, spec, actor=actor, role=role, now=now)
        result.added = len(new)
        audit.record(session, actor, "project.import", "file", source.name[:128], {
            "rows": len(data), "added": result.added, "skipped": result.skipped,
            "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}, ts=now)
    result.seconds = time.perf_counter() - started
    return result


def _normalised(texts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Sheet text as the export writes it (labels for states, 、 between dependencies)."""
    out = []
    for row in texts:
        cells = list(row)
        h = HEADERS.index
        status = rules.label_key(rules.STATUS_LABELS, cells[h("状态")] or rules.ACTIVE)
        cells[h("状态")] = rules.STATUS_LABELS.get(status or "", cells[h("状态")])
        state = rules.label_key(rules.STATE_LABELS, cells[h("事项状态")] or rules.PENDING)
        cells[h("事项状态")] = rules.STATE_LABELS.get(state or "", cells[h("事项状态")])
        stage = rules.stage_key(cells[h("阶段")])
        cells[h("阶段")] = rules.STAGES.get(stage or 0, cells[h("阶段")])
        deps = cells[h("前置事项")].replace("，", ",").replace("、", ",").split(",")
        cells[h("前置事项")] = "、".join(d.strip() for d in deps if d.strip())
        out.append(tuple(cells))
    return out


def export_projects(db: Database, path: str | Path, *, actor: str, role: str,
                    now: float) -> TransferResult:
    target = writable_target(require_xlsx(path))   # refused before any work
    check(db, actor, role, "project.export")
    started = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("重点项目")
    sheet.freeze_panes = "A2"
    sheet.append(list(HEADERS))
    rows = 0
    with db.read() as session:
        for project in session.scalars(select(Project).order_by(Project.start_date,
                                                                 Project.code)):
            for row in _rows(session, project):
                sheet.append([text_cell(sheet, v) if isinstance(v, str) else v for v in row])
                rows += 1
    write_atomically(book, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with db.write() as session:
        audit.record(session, actor, "project.export", "file", target.name[:128],
                     {"rows": rows, "sha256": digest}, ts=now)
    return TransferResult(rows=rows, seconds=time.perf_counter() - started)
