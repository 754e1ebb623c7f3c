"""Vendor files written the way the vendors' systems write them: .xlsx with openpyxl,
.csv in GB18030 or UTF-8 with the csv module, with a title row and a 合计 row."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

DATA = Path(__file__).resolve().parent.parent / "data" / "imports"
TITLE = "XX区政务服务中心排队叫号明细表"
QUEUE_HEADER = ["票号", "业务类型", "取号时间", "叫号时间", "办结时间", "窗口", "状态", "评价",
                "工作人员"]
# One day of the small hall, 2026-11-25 (every value form of the issue).
QUEUE_ROWS: list[list[Any]] = [
    ["A001", "工商分局", "2026-11-25 09:00:00", "2026-11-25 09:05:00", "2026-11-25 09:15:00",
     "1号窗口", "已办结", "满意", "张三"],
    ["A002", "GS", "2026/11/25 9:02", "2026/11/25 9:16", "2026/11/25 9:30", "W01", "办结", 5,
     ""],
    ["A003", "企业登记", "2026年11月25日 09:03", "", "", "", "弃号", "", ""],
    ["A004", "GS", "2026-11-25 09:04:00", "2026-11-25 09:31:00", "2026-11-25 09:40:00",
     "02", "完成", "非常不满意", "S002"],
    ["B001", "人社局", "2026-11-25 09:10:00", "2026-11-25 09:12:00", "2026-11-25 09:20:00",
     "3", "完成", "", "王五"],
    ["B002", "RS", "2026-11-25 09:11:00", "2026-11-25 09:21:00", "", "W03", "过号", "", ""],
]


def write_xlsx(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
               title: str | None = TITLE, total: bool = True,
               extra_header: Sequence[Any] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
    if extra_header is not None:
        sheet.append(list(extra_header))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    if total:
        sheet.append(["合计", f"{len(rows)}条"])
    book.save(path)
    return path


def write_csv(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]], *,
              encoding: str = "gb18030", title: str | None = TITLE, total: bool = True
              ) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        if title:
            writer.writerow([title])
        writer.writerow(list(header))
        writer.writerows([list(r) for r in rows])
        if total:
            writer.writerow(["合计", f"{len(rows)}条"])
    return path
