"""The integrity risk register as a spreadsheet (docs/spec/records.md): export, and an
all-or-nothing import that reports every bad cell by row, column, value and reason.

The 风险等级 column is checked against 发生概率 × 影响程度: it must be the score's
grade, or one grade higher with the reason in 升级理由. An imported point starts
unapproved, in the phase the sheet gives. A 编号 already in the register is skipped
when the row is identical and is an error when it differs (the register is changed in
the application, where a change withdraws the approval), so importing the same file
twice adds nothing. The spreadsheet plumbing (defusedxml, zip-bomb check, formula
escaping, the report's ``Problem`` and ``SheetRejected``) is shared with the complaint
ledger in ``app.io.xlsx``; each problem has a ``kind`` (``REASONS``) the UI translates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app.config import load_risk_grading
from app.db import Database
from app.errors import FieldError, UserError
from app.io.xlsx import (
    Problem,
    Progress,
    SheetRejected,
    TransferResult,
    cell_text,
    read_table,
    require_xlsx,
    shown,
    text_cell,
    tick,
    writable_xlsx,
    write_atomically,
)
from app.records import risk_rules as rules
from app.records.risk_register import RegisterRow, load_rows
from app.records.risks import check_fields, department_lookup
from app.security import audit
from app.security.permissions import check
from models import RiskPoint, RiskStep

__all__ = ["HEADERS", "REASONS", "export_risks", "import_risks"]

HEADERS = ("编号", "类别", "风险类型", "岗位", "程序环节", "风险描述", "发生概率", "影响程度",
           "风险等级", "防控措施", "责任人", "责任单位", "阶段", "下次评估日期")
REASON = "升级理由"            # optional column
# column header → field of check_fields
FIELD_OF = {"类别": "category", "风险类型": "risk_type", "岗位": "post", "程序环节": "procedure",
            "风险描述": "description", "发生概率": "likelihood", "影响程度": "impact",
            "防控措施": "measures", "责任人": "responsible", "责任单位": "department",
            "阶段": "phase"}
WIDTHS = (12, 8, 10, 14, 16, 50, 8, 8, 8, 50, 10, 16, 8, 12, 30)
MAX_ROWS = 10_000
# compared field → its column header
COLUMN_OF = {**{field: header for header, field in FIELD_OF.items()},
             "grade": "风险等级", "escalation_reason": REASON, "department_id": "责任单位",
             "next_review": "下次评估日期"}
# Why a cell is refused, by kind (English; widgets/transfer.py translates each kind).
# The field checks' own kinds (FieldError) keep their sentence as the reason.
REASONS = {
    "missing_column": "the column is missing from the header row",
    "bad_date": "not a date (a spreadsheet date or YYYY-MM-DD)",
    "bad_grade": "not one of 一级, 二级, 三级",
    "reason_not_needed": "an escalation reason is given but {0} is the grade of the score {1}",
    "needs_reason": "the score {0} gives {1}; {2} needs its reason in the " + REASON + " column",
    "too_high": "the score {0} gives {1} (escalation is by one grade at most)",
    "duplicate_code": "the code is used twice (first in row {0})",
    "retired": "the point was retired from the register",
    "point_differs": "the point is in the register already with other values ({0}); change "
                     "it in the application",
}
COMPARED = ("category", "risk_type", "post", "procedure", "description", "likelihood",
            "impact", "grade", "escalation_reason", "measures", "responsible",
            "department_id", "phase", "next_review")


# -- export ----------------------------------------------------------------------------
def sheet_row(r: RegisterRow) -> list[Any]:
    """A point as the spreadsheet's cell values, in header order plus 升级理由."""
    return [r.code, rules.CATEGORY_LABELS[r.category], rules.RISK_TYPE_LABELS[r.risk_type],
            r.post, r.procedure, r.description, r.likelihood, r.impact,
            rules.GRADE_LABELS[r.grade], r.measures, r.responsible, r.department_name,
            rules.PHASE_LABELS[r.phase], r.next_review, r.escalation_reason or None]


def export_risks(db: Database, path: str | Path, *, actor: str, role: str, now: float,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Write the register (points in force, by code) to ``path``; audited."""
    target = writable_xlsx(path)
    check(db, actor, role, "risk.export")
    started = time.perf_counter()
    with db.read() as session:
        rows = load_rows(session, now)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("廉政风险点")
    for i, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([*HEADERS, REASON])
    for i, r in enumerate(rows):
        tick(progress, cancelled, i, len(rows))
        sheet.append([_cell(sheet, v) for v in sheet_row(r)])
    tick(progress, cancelled, len(rows), len(rows))
    write_atomically(book, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with db.write() as session:
        audit.record(session, actor, "risk.export", "file", target.name[:128],
                     {"rows": len(rows), "sha256": digest})
    return TransferResult(rows=len(rows), seconds=time.perf_counter() - started)


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str):
        return text_cell(sheet, value)
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    return value


# -- import ----------------------------------------------------------------------------
def _read(path: Path) -> tuple[dict[str, int], list[tuple[int, dict[str, Any]]]]:
    positions, data = read_table(path, (*HEADERS, REASON), max_rows=MAX_ROWS,
                                 too_many=f"The spreadsheet {path.name} has more than "
                                 f"{MAX_ROWS:,} rows; a register is far smaller.")
    missing = [_problem(1, n, "", "missing_column") for n in HEADERS
               if n not in positions]
    if missing:
        raise SheetRejected(path, missing)
    return positions, data


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise ValueError
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def parse_row(number: int, cells: dict[str, Any], departments: dict[str, int | None],
              grading: Any, problems: list[Problem]) -> dict[str, Any] | None:
    """One row as the values of a new point, or None after adding its problems."""
    before = len(problems)
    out: dict[str, Any] = {}
    try:
        out["code"] = rules.check_code(cell_text(cells.get("编号")))
    except FieldError as exc:
        problems.append(_refused(number, "编号", shown(cells.get("编号")), exc))
    for header, name in FIELD_OF.items():
        raw = cells.get(header)
        value = raw if name in ("likelihood", "impact") else cell_text(raw)
        if value is None and name in ("likelihood", "impact"):
            value = ""
        try:
            out.update(check_fields(None, {name: value}, departments))
        except FieldError as exc:
            problems.append(_refused(number, header, shown(raw), exc))
    try:
        out["next_review"] = _date(cells.get("下次评估日期"))
    except (ValueError, TypeError):
        problems.append(_problem(number, "下次评估日期", shown(cells.get("下次评估日期")),
                                 "bad_date"))
    reason_raw = cells.get(REASON)
    reason = cell_text(reason_raw)
    issue = rules.text_issue(reason) if reason is not None else None
    if issue is not None:
        problems.append(Problem(number, REASON, shown(reason_raw), issue.kind, issue.args,
                                f"the reason is {issue.phrase()}"))
    grade_raw = cell_text(cells.get("风险等级"))
    grade = rules.grade_key(grade_raw or "")
    if grade is None:
        problems.append(_problem(number, "风险等级", shown(grade_raw), "bad_grade"))
    elif "likelihood" in out and "impact" in out:
        base = rules.score_grade(out["likelihood"], out["impact"], grading)
        score = out["likelihood"] * out["impact"]
        if grade == base and reason:
            problems.append(_problem(number, REASON, shown(reason_raw), "reason_not_needed",
                                     grade_raw or "", score))
        elif grade == base - 1 and not reason:
            problems.append(_problem(number, "风险等级", grade_raw or "", "needs_reason",
                                     score, rules.GRADE_LABELS[base], grade_raw or ""))
        elif grade not in (base, base - 1):
            problems.append(_problem(number, "风险等级", grade_raw or "", "too_high",
                                     score, rules.GRADE_LABELS[base]))
        out["grade"] = grade
        out["escalation_reason"] = reason if grade == base - 1 else None
    return out if len(problems) == before else None


def _problem(row: int, column: str, value: str, kind: str, *args: int | str) -> Problem:
    return Problem(row, column, value, kind, args, REASONS[kind].format(*args))


def _refused(row: int, column: str, value: str, exc: FieldError) -> Problem:
    """A cell the register's field checks refused, with their sentence as the reason."""
    return Problem(row, column, value, exc.kind, exc.details, str(exc).rstrip("."))


def import_risks(db: Database, path: str | Path, *, actor: str, role: str, now: float,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Import ``path`` into the register, all or nothing; raises ``SheetRejected``
    listing every problem when any row is bad."""
    source = require_xlsx(path)
    check(db, actor, role, "risk.import")
    started = time.perf_counter()
    positions, data = _read(source)
    if not data:
        raise UserError(f"The spreadsheet {source.name} has a header row but no points.")
    problems: list[Problem] = []
    result = TransferResult(rows=len(data))
    with db.write() as session:
        grading = load_risk_grading(session)
        departments = department_lookup(session)
        parsed: list[dict[str, Any]] = []
        first: dict[str, int] = {}
        for i, (number, cells) in enumerate(data):
            tick(progress, cancelled, i, len(data))
            entry = parse_row(number, cells, departments, grading, problems)
            if entry is None:
                continue
            if entry["code"] in first:
                problems.append(_problem(number, "编号", entry["code"], "duplicate_code",
                                         first[entry["code"]]))
                continue
            first[entry["code"]] = number
            entry["_row"] = number
            parsed.append(entry)
        new = _against_register(session, parsed, problems)
        if problems:
            raise SheetRejected(source, problems, positions)
        _insert(session, new, actor, source.name, now)
        result.added, result.skipped = len(new), len(parsed) - len(new)
        audit.record(session, actor, "risk.import", "file", source.name[:128], {
            "rows": len(data), "added": result.added, "skipped": result.skipped,
            "sha256": hashlib.sha256(source.read_bytes()).hexdigest()}, ts=now)
    tick(progress, cancelled, len(data), len(data))
    result.seconds = time.perf_counter() - started
    return result


def _against_register(session: Session, parsed: list[dict[str, Any]],
                      problems: list[Problem]) -> list[dict[str, Any]]:
    """Points not in the register yet; a known 编号 must match its point exactly."""
    codes = [p["code"] for p in parsed]
    existing = {p.code: p for p in session.scalars(
        select(RiskPoint).where(RiskPoint.code.in_(codes)))} if codes else {}
    new = []
    for entry in parsed:
        known = existing.get(entry["code"])
        if known is None:
            new.append(entry)
        elif known.retired_at is not None:
            problems.append(_problem(entry["_row"], "编号", entry["code"], "retired"))
        else:
            differs = [f for f in COMPARED if getattr(known, f) != entry[f]]
            if differs:
                # the English names the fields; the UI, the sheet's columns
                problems.append(Problem(entry["_row"], "编号", entry["code"], "point_differs",
                                        ("、".join(dict.fromkeys(COLUMN_OF[f] for f in differs)),),
                                        REASONS["point_differs"].format(", ".join(differs))))
    return new


def _insert(session: Session, new: list[dict[str, Any]], actor: str, file_name: str,
            now: float) -> None:
    if not new:
        return
    start = int(session.scalar(select(RiskPoint.id).order_by(RiskPoint.id.desc())
                               .limit(1)) or 0) + 1
    rows = []
    for i, entry in enumerate(new):
        values = {k: v for k, v in entry.items() if not k.startswith("_")}
        rows.append({**values, "id": start + i, "approved_by": None, "approved_at": None,
                     "reviewed_at": None, "retired_at": None, "retired_reason": None,
                     "revision": 1, "created_at": now, "updated_at": now})
    session.execute(insert(RiskPoint), rows)
    session.execute(insert(RiskStep), [
        {"risk_id": r["id"], "at": now, "actor": actor, "action": "import",
         "note": f"导入自 {file_name}", "changes": None} for r in rows])
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT setval(pg_get_serial_sequence('risk_point', 'id'), "
                             "(SELECT max(id) FROM risk_point))"))
