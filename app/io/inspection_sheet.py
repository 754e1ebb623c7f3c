"""The inspections of a period as a spreadsheet: the findings (one row each), the
findings by checklist item and by window, the repeat offenders and the rounds, one
sheet each. Written beside the target and renamed (no half-written file), text that
looks like a formula kept as text; the export is audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from app.db import Database
from app.figures import inspections as figures
from app.figures.period import Period
from app.io.xlsx import (
    Progress,
    TransferResult,
    text_cell,
    tick,
    writable_xlsx,
    write_atomically,
)
from app.security import audit

FINDING_HEADERS = ("编号", "巡查轮次", "巡查人", "发现时间", "窗口", "部门", "检查项", "说明",
                   "扣分", "投诉编号", "照片")
ITEM_HEADERS = ("检查项", "问题数", "涉及窗口", "扣分")
WINDOW_HEADERS = ("窗口", "名称", "部门", "问题数", "扣分")
REPEAT_HEADERS = ("窗口", "部门", "检查项", "出现轮次", "最近日期")
ROUND_HEADERS = ("巡查轮次", "巡查人", "开始时间", "结束时间", "到访窗口", "问题数")


def _local(ts: float | None, period: Period) -> dt.datetime | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, period.tz).replace(tzinfo=None, microsecond=0)


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str):
        return text_cell(sheet, value)
    if isinstance(value, dt.datetime | dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = ("yyyy-mm-dd hh:mm" if isinstance(value, dt.datetime)
                              else "yyyy-mm-dd")
        return cell
    return value


def _sheet(book: Any, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[int]) -> None:
    sheet = book.create_sheet(title)
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(list(headers))
    for row in rows:
        sheet.append([_cell(sheet, v) for v in row])


def export_inspections(db: Database, path: str | Path, period: Period, *, actor: str,
                       progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None) -> TransferResult:
    """Write the period's inspections to ``path``; the number of findings written."""
    target = writable_xlsx(path)
    started = time.perf_counter()
    with db.read() as session:
        found = figures.findings(session, period)
        items = figures.by_item(session, period)
        windows = figures.by_window(session, period)
        repeat = figures.repeat_offenders(session, period)
        rounds = figures.rounds(session, period)
    tick(progress, cancelled, 0, 5)
    book = openpyxl.Workbook(write_only=True)
    _sheet(book, "巡查问题", FINDING_HEADERS, [
        (f.id, f.round_code, f.inspector, _local(f.observed_at, period), f.window, f.department,
         f.item, f.note or None, f.points, f.complaint, f.photos or None) for f in found],
        (8, 16, 16, 17, 8, 16, 14, 50, 6, 20, 6))
    tick(progress, cancelled, 1, 5)
    _sheet(book, "按检查项", ITEM_HEADERS,
           [(i.label, i.findings, i.windows, i.points) for i in items], (16, 8, 10, 8))
    _sheet(book, "按窗口", WINDOW_HEADERS,
           [(w.code, w.label, w.department, w.findings, w.points) for w in windows],
           (8, 16, 16, 8, 8))
    tick(progress, cancelled, 2, 5)
    _sheet(book, "重复问题", REPEAT_HEADERS,
           [(r.window, r.department, r.item, r.rounds, r.last_on) for r in repeat],
           (8, 16, 16, 10, 12))
    _sheet(book, "巡查轮次", ROUND_HEADERS,
           [(r.code, r.inspector, _local(r.started_at, period), _local(r.ended_at, period),
             r.visited, r.findings) for r in rounds], (16, 16, 17, 17, 10, 8))
    tick(progress, cancelled, 4, 5)
    write_atomically(book, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with db.write() as session:
        audit.record(session, actor, "inspection.export", "file", target.name[:128],
                     {"from": period.start.isoformat(), "to": period.end.isoformat(),
                      "findings": len(found), "sha256": digest})
    tick(progress, cancelled, 5, 5)
    return TransferResult(rows=len(found), seconds=time.perf_counter() - started)
