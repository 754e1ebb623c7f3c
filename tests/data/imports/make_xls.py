"""Writes queue.xls beside this file: the test data generator, run once by hand
(``pip install xlwt``; xlwt is not a dependency of HallDesk, which only reads .xls).

The file is a queue export in the old Excel format: a title row, header names other
than the .xlsx tests use, times as real Excel date cells, a 合计 row.
"""

import datetime as dt
from pathlib import Path

import xlwt  # type: ignore[import-not-found]

HEADER = ["排队号", "办理事项", "领号时间", "叫号时间", "完成时间", "窗口号", "办理状态",
          "满意度", "经办人"]
ROWS = [
    ["A001", "工商分局", dt.datetime(2026, 11, 25, 9, 0), dt.datetime(2026, 11, 25, 9, 5),
     dt.datetime(2026, 11, 25, 9, 15), "1号窗口", "已办结", "满意", "张三"],
    ["A002", "GS", dt.datetime(2026, 11, 25, 9, 2), dt.datetime(2026, 11, 25, 9, 16),
     dt.datetime(2026, 11, 25, 9, 30), 1, "办结", 5, ""],
    ["A003", "企业登记", dt.datetime(2026, 11, 25, 9, 3), "", "", "", "弃号", "", ""],
    ["B001", "人社局", dt.datetime(2026, 11, 25, 9, 10), dt.datetime(2026, 11, 25, 9, 12),
     dt.datetime(2026, 11, 25, 9, 20), "03", "完成", "", "王五"],
]


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("排队明细")
    when = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    sheet.write(0, 0, "XX区政务服务中心排队叫号明细表")
    for j, name in enumerate(HEADER):
        sheet.write(1, j, name)
    for i, row in enumerate(ROWS, 2):
        for j, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write(i, j, value, when)
            else:
                sheet.write(i, j, value)
    sheet.write(len(ROWS) + 2, 0, "合计")
    sheet.write(len(ROWS) + 2, 1, len(ROWS))
    book.save(str(Path(__file__).with_name("queue.xls")))


if __name__ == "__main__":
    main()
