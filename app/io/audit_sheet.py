"""The audit log as a spreadsheet (auditor or director): the filtered entries, one
row per field of an entry's detail; the export itself is audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.io.xlsx import TransferResult, text_cell, tick, writable_xlsx, write_atomically
from app.security import audit
from app.security.auditlog import (
    HEADERS,
    MAX_EXPORT,
    AuditFilter,
    AuditRow,
    Progress,
    count,
    detail_fields,
    where,
)
from app.security.permissions import check
from models import AuditEntry


def export_audit(db: Database, path: str | Path, f: AuditFilter, *, actor: str, role: str,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """The filtered entries to ``path`` (one row per field of an entry's detail);
    audited with the filter, the row count and the file's digest."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    if f.start is not None and f.end is not None and f.start >= f.end:
        raise UserError(f"--from {f.start.isoformat()} must come before --to "
                        f"{f.end.isoformat()} (the range ends before --to); nothing was "
                        "exported.")
    target = writable_xlsx(path)
    check(db, actor, role, "audit.export")
    started = time.perf_counter()
    with db.read() as session:
        total = count(session, f, actor=actor, role=role)
        if total > MAX_EXPORT:
            raise UserError(f"{total} entries match; narrow the filter to at most "
                            f"{MAX_EXPORT} for one spreadsheet.")
        stmt = where(select(AuditEntry.seq, AuditEntry.ts, AuditEntry.actor,
                             AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
                             AuditEntry.detail, AuditEntry.hash), f).order_by(AuditEntry.seq)
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("审计日志")
        for i, width in enumerate((8, 20, 18, 22, 14, 24, 20, 30, 30, 66), 1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        sheet.append(list(HEADERS))
        rows = session.execute(stmt.execution_options(yield_per=2000))
        for done, row in enumerate(rows, 1):
            r = AuditRow(*row)
            when = dt.datetime.fromtimestamp(r.ts, f.tz).strftime("%Y-%m-%d %H:%M:%S")
            for field, old, new in detail_fields(r.detail) or [("", "", "")]:
                # cells are made afresh for every row: openpyxl binds a cell to its row
                sheet.append([r.seq, when, text_cell(sheet, r.actor), r.action, r.entity,
                              text_cell(sheet, r.entity_id), text_cell(sheet, field),
                              text_cell(sheet, old), text_cell(sheet, new), r.hash])
            if done % 2000 == 0:
                tick(progress, cancelled, done, total)
    tick(progress, cancelled, total, total)
    write_atomically(book, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with db.write() as session:
        audit.record(session, actor, "audit.export", "file", target.name[:128], {
            "entries": total, "filter": f.describe(), "sha256": digest})
    return TransferResult(rows=total, seconds=time.perf_counter() - started)
