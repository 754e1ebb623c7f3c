"""A small calendar file one office sends the others: .csv or .xlsx with the columns
日期, 类型 (休 or 班) and 说明 (docs/spec/records.md, Working days). Imported all or
nothing, every bad cell named; exported from the office's own entries."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from app.calendar import MAX_NOTE, YEARS, CalendarChange, package_covers
from app.db import Database
from app.errors import UserError
from app.files import writable_target, write_atomic
from app.io.xlsx import Problem, SheetReader, SheetRejected, shown, text_cell, write_atomically
from app.records.calendar_days import set_days
from app.security.permissions import check
from models import CalendarDay

HEADERS = ("日期", "类型", "说明")
KINDS = {"休": False, "班": True}
MAX_ROWS = 2000
HEADER_SEARCH = 5          # a title row or two may stand above the header
REASONS = {
    "missing_column": "the column is missing from the header row",
    "bad_date": "not a date: use YYYY-MM-DD or a spreadsheet date",
    "bad_kind": "not a kind: use 休 (holiday) or 班 (make-up working day)",
    "covered": "the official calendar covers {0}; its days cannot be entered by hand",
    "duplicate_date": "the date is listed twice (first in row {0})",
    "too_long": "too long: {0} characters, at most {1}",
    "control": "contains control characters or a line break",
}


def _problem(row: int, column: str, value: Any, kind: str, *args: int | str) -> Problem:
    return Problem(row, column, shown(value), kind, args, REASONS[kind].format(*args))


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(f"The calendar file {path.name} must be a .csv or .xlsx file.")
    return suffix


def _csv_rows(path: Path) -> list[tuple[Any, ...]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read the calendar file {path}: {exc.strerror}.") from None
    if len(data) > 1 << 20:
        raise UserError(f"The calendar file {path.name} is larger than 1 MiB; it is not a "
                        "calendar.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(f"The calendar file {path.name} is neither UTF-8 nor GBK text.")
    return [tuple(r) for r in csv.reader(io.StringIO(text, newline=""))]


def _xlsx_rows(path: Path) -> list[tuple[Any, ...]]:
    reader = SheetReader(path)
    try:
        out = []
        for i, row in enumerate(reader.rows()):
            if i > MAX_ROWS:
                break
            out.append(tuple(row))
        return out
    finally:
        reader.close()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = "" if value is None else str(value).strip().replace("/", "-")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def read_calendar(path: str | Path) -> list[tuple[dt.date, bool, str]]:
    """The entries of a calendar file; ``SheetRejected`` names every bad cell."""
    source = Path(path)
    rows = _csv_rows(source) if _suffix(source) == ".csv" else _xlsx_rows(source)
    if len(rows) > MAX_ROWS:
        raise UserError(f"The calendar file {source.name} has more than {MAX_ROWS} rows.")
    start = next((i for i, r in enumerate(rows[:HEADER_SEARCH])
                  if "日期" in [str(v).strip() for v in r if v is not None]), None)
    if start is None:
        raise SheetRejected(source, [_problem(1, name, "", "missing_column")
                                     for name in HEADERS])
    names = [str(v).strip() if v is not None else "" for v in rows[start]]
    positions = {n: names.index(n) for n in HEADERS if n in names}
    problems = [_problem(start + 1, n, "", "missing_column") for n in HEADERS[:2]
                if n not in positions]
    if problems:
        raise SheetRejected(source, problems, positions)
    entries: list[tuple[dt.date, bool, str]] = []
    first: dict[dt.date, int] = {}
    for number, row in enumerate(rows[start + 1:], start + 2):
        cells = {n: (row[i] if i < len(row) else None) for n, i in positions.items()}
        if not any(v is not None and str(v).strip() for v in cells.values()):
            continue
        day = _date(cells["日期"])
        kind = "" if cells["类型"] is None else str(cells["类型"]).strip()
        note = "" if cells.get("说明") is None else str(cells["说明"]).strip()
        before = len(problems)
        if day is not None and not YEARS[0] <= day.year <= YEARS[1]:
            day = None
        if day is None:
            problems.append(_problem(number, "日期", cells["日期"], "bad_date"))
        elif package_covers(day.year):
            problems.append(_problem(number, "日期", cells["日期"], "covered", day.year))
        elif day in first:
            problems.append(_problem(number, "日期", cells["日期"], "duplicate_date",
                                     first[day]))
        if kind not in KINDS:
            problems.append(_problem(number, "类型", cells["类型"], "bad_kind"))
        if len(note) > MAX_NOTE:
            problems.append(_problem(number, "说明", note, "too_long", len(note), MAX_NOTE))
        elif any(not ch.isprintable() or ch in "\u2028\u2029" for ch in note):
            problems.append(_problem(number, "说明", note, "control"))
        if day is not None and day not in first:
            first[day] = number
        if len(problems) == before and day is not None:
            entries.append((day, KINDS[kind], note))
    if problems:
        raise SheetRejected(source, problems, positions)
    if not entries:
        raise UserError(f"The calendar file {source.name} has a header row but no days.")
    return entries


def import_calendar(db: Database, path: str | Path, *, actor: str, role: str,
                    now: float | None = None) -> CalendarChange:
    """Enter every day of the file in one transaction (all or nothing)."""
    check(db, actor, role, "calendar.set")
    entries = read_calendar(path)
    source = Path(path)
    with db.write() as session:
        return set_days(session, entries, actor, role=role, now=now,
                        source=f"{source.name} sha256 "
                               f"{hashlib.sha256(source.read_bytes()).hexdigest()}")


def export_calendar(db: Database, path: str | Path, *, actor: str, role: str,
                    year: int | None = None) -> int:
    """Write the office's entries (of ``year``, or all) to a calendar file; the number
    of days written. Nobody's permission is needed beyond reading the hall."""
    target = writable_target(path)
    suffix = _suffix(target)
    check(db, actor, role, "calendar.set")
    with db.read() as session:
        query = select(CalendarDay).order_by(CalendarDay.day)
        if year is not None:
            query = query.where(CalendarDay.day >= dt.date(year, 1, 1),
                                CalendarDay.day < dt.date(year + 1, 1, 1))
        days = [(d.day, d.workday, d.note) for d in session.scalars(query)]
    rows = [[d.isoformat(), "班" if w else "休", n] for d, w, n in days]
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows([[d, k, ("'" + n) if n.startswith(("=", "+", "-", "@")) else n]
                          for d, k, n in rows])
        write_atomic(target, buffer.getvalue().encode("utf-8-sig"))
    else:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("工作日历")
        sheet.append(list(HEADERS))
        for d, k, n in rows:
            sheet.append([d, k, text_cell(sheet, n)])
        write_atomically(book, target)
    return len(rows)
