"""The complaint ledger as a spreadsheet (docs/spec/records.md): export, and an
all-or-nothing import that reports every bad cell by row, column, value and reason.

Import takes each entry in the state the sheet gives (a paper ledger moving in). An
entry whose 编号 is in the ledger already is skipped when identical and is an error
when different, so importing the same file twice adds nothing; its name and phone
are compared masked on both sides (a guessed full name or phone is never confirmed
or denied), and every such comparison is audited. An imported entry found substantiated
counts as substantiated at its registration time (the sheet has no other date).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.config import load_complaint_deadlines
from app.db import Database
from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.io.complaint_rows import (
    COLUMNS,
    HEADERS,
    Parsed,
    compare,
    parse_row,
    problem,
    sheet_values,
)
from app.io.xlsx import (
    FORMULA_START,
    Problem,
    Progress,
    SheetRejected,
    TransferResult,
    read_table,
    require_xlsx,
    text_cell,
    tick,
    writable_xlsx,
    write_atomically,
)
from app.records import complaint_rules as rules
from app.records.complaints import (
    CHUNK,
    insert_entries,
    new_entry,
    reserve_ids,
)
from app.security import audit
from app.security.permissions import check
from models import Complaint, Window

__all__ = ["export_complaints", "import_complaints", "read_sheet"]

MAX_ROWS = 1_000_000


# -- export ----------------------------------------------------------------------------
def export_complaints(db: Database, path: str | Path, *, actor: str, role: str,
                      unmasked: bool = False, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Write the whole ledger to ``path``; personal data masked unless the director
    asks otherwise. The export is audited (who, how many rows, masked or not)."""
    target = writable_xlsx(path)
    check(db, actor, role, "complaint.unmasked" if unmasked else "complaint.export")
    started = time.perf_counter()
    columns = (Complaint.code, Complaint.registered_at, Complaint.source, Window.code,
               Complaint.citizen_name, Complaint.citizen_phone, Complaint.content,
               Complaint.state, Complaint.finding, Complaint.rectification,
               Complaint.follow_up)
    with db.read() as session:
        tz = hall_tz(session)
        rows = session.execute(select(*columns).outerjoin(Window, Window.id == Complaint.window_id)
                               .order_by(Complaint.registered_at, Complaint.id)).all()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("投诉台账")
    for i, width in enumerate((20, 20, 8, 8, 10, 15, 50, 8, 30, 30, 30), 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(list(HEADERS))
    role_seen = rules.DIRECTOR if unmasked else rules.OFFICE
    total = len(rows)
    for i, row in enumerate(rows):
        if i % 2000 == 0:
            tick(progress, cancelled, i, total)
        sheet.append([_cell(sheet, v) for v in sheet_values(row, tz, role_seen)])
    tick(progress, cancelled, total, total)
    write_atomically(book, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with db.write() as session:
        audit.record(session, actor, "complaint.export", "file", target.name[:128], {
            "rows": total, "unmasked": unmasked, "sha256": digest})
    return TransferResult(rows=total, seconds=time.perf_counter() - started)


def _cell(sheet: Any, value: Any) -> Any:
    """A value as openpyxl takes it; text that could run as a formula made safe
    (a date gets openpyxl's own date format)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return text_cell(sheet, value)
    return value


# -- import ----------------------------------------------------------------------------
def read_sheet(path: Path, progress: Progress | None,
               cancelled: Callable[[], bool] | None
               ) -> tuple[dict[str, int], list[tuple[int, dict[str, Any]]], list[Problem]]:
    """The header's column positions, every non-empty row (with its number) as its
    cells, and a problem for each column missing from the header."""
    positions, data = read_table(
        path, HEADERS, max_rows=MAX_ROWS, progress=progress, cancelled=cancelled,
        too_many=f"The spreadsheet {path.name} has more than {MAX_ROWS:,} rows; split it.")
    problems = [problem(1, name, "", "missing_column") for name in HEADERS
                if name not in positions]
    return positions, data, problems


def import_complaints(db: Database, path: str | Path, *, actor: str, role: str, now: float,
                      progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Import ``path`` into the ledger, all or nothing; raises ``SheetRejected``
    listing every problem when any row is bad."""
    source = require_xlsx(path)
    check(db, actor, role, "complaint.import")
    started = time.perf_counter()
    positions, data, problems = read_sheet(source, progress, cancelled)
    if problems:
        raise SheetRejected(source, problems)
    if not data:
        raise UserError(f"The spreadsheet {source.name} has a header row but no entries.")
    result = TransferResult(rows=len(data))
    compared: list[str] = []
    try:
        with db.write() as session:
            parsed = _parse_all(session, data, positions, now, problems)
            tick(progress, cancelled, 1, 1)
            new = _against_ledger(session, parsed, problems, compared)
            if problems:
                raise SheetRejected(source, problems, positions)
            _insert(session, new, actor, source.name, now, progress, cancelled)
            result.added, result.skipped = len(new), len(parsed) - len(new)
            audit.record(session, actor, "complaint.import", "file", source.name[:128], {
                "rows": len(data), "added": result.added, "skipped": result.skipped,
                "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
                **_compared(compared)})
    except SheetRejected:
        if compared:   # the comparisons are audited though the import is refused
            with db.write() as session:
                audit.record(session, actor, "complaint.compare_personal", "file",
                             source.name[:128], {"refused": True, **_compared(compared)})
        raise
    result.seconds = time.perf_counter() - started
    return result


def _compared(codes: list[str]) -> dict[str, Any]:
    """The entries whose name or phone a sheet was compared with (masked)."""
    if not codes:
        return {}
    return {"personal_compared": len(codes), "codes": codes[:1000]}


def _window_lookup(session: Session) -> dict[str, int | None]:
    """Window code or name (label) → id; a label two windows share maps to None."""
    lookup: dict[str, int | None] = {}
    rows = session.execute(select(Window.code, Window.label, Window.id)
                           .where(Window.retired.is_(False))).all()
    for _code, label, wid in rows:
        if label:
            lookup[label] = None if label in lookup else wid
    for code, _label, wid in rows:
        lookup[code] = wid
    return lookup


def _parse_all(session: Session, data: Sequence[tuple[int, dict[str, Any]]],
               positions: dict[str, int], now: float, problems: list[Problem]) -> list[Parsed]:
    tz = hall_tz(session)
    windows = _window_lookup(session)
    parsed: list[Parsed] = []
    first_row: dict[str, int] = {}
    for number, cells in data:
        entry = parse_row(number, cells, tz, windows, now, problems)
        if entry is None:
            continue
        if entry.code in first_row:
            problems.append(problem(number, "编号", entry.code, "duplicate",
                                    first_row[entry.code]))
            continue
        first_row[entry.code] = number
        parsed.append(entry)
    return parsed


def _against_ledger(session: Session, parsed: list[Parsed], problems: list[Problem],
                    compared: list[str]) -> list[Parsed]:
    """Entries not yet in the ledger; a known 编号 must match its entry exactly, its
    name and phone masked (``compared`` gets the 编号 whose sheet row gave either)."""
    codes = [p.code for p in parsed]
    existing: dict[str, Any] = {}
    for i in range(0, len(codes), CHUNK):
        for row in session.execute(select(*COLUMNS)
                                   .outerjoin(Window, Window.id == Complaint.window_id)
                                   .where(Complaint.code.in_(codes[i:i + CHUNK]))):
            existing[row.code] = row
    tz = hall_tz(session)
    new = []
    for entry in parsed:
        known = existing.get(entry.code)
        if known is None:
            new.extend(entry.check_new(problems))
        else:
            if entry.citizen_name or entry.citizen_phone:
                compared.append(entry.code)
            difference = compare(entry, known, tz)
            if difference is not None:
                problems.append(difference)
    return new


def _insert(session: Session, new: list[Parsed], actor: str, file_name: str, now: float,
            progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    tz = hall_tz(session)
    calendar = WorkCalendar.load(session)
    deadlines = load_complaint_deadlines(session)
    first = reserve_ids(session, len(new))
    entries = []
    for i, p in enumerate(new):
        # An entry found substantiated counts from its registration (the sheet has no
        # other date): deductions in that quarter, rectification due from that day.
        substantiated = rules.on_substantiated_path(p.state, p.rectification)
        day = local_day(p.registered_at, tz)
        entries.append(new_entry(
            first + i, p.code, source=p.source, state=p.state, registered_at=p.registered_at,
            tz=tz, calendar=calendar, deadlines=deadlines, window_id=p.window_id,
            citizen_name=p.citizen_name, citizen_phone=p.citizen_phone, content=p.content,
            finding=p.finding, rectification=p.rectification, follow_up=p.follow_up,
            rectify_due=(calendar.add_workdays(day, deadlines.rectify_workdays)
                         if substantiated else None),
            substantiated_at=p.registered_at if substantiated else None,
            updated_at=float(int(now))))
    note = f"导入自 {file_name}"
    for i in range(0, len(entries), CHUNK):
        tick(progress, cancelled, i, len(entries))
        part = entries[i:i + CHUNK]
        insert_entries(session, part, actor=actor, action="import", notes=[note] * len(part))
    tick(progress, cancelled, len(entries), len(entries))
