"""The clock export's columns and cells (docs/spec/records.md, Attendance): the
headers of both layouts, mapping files, finding the layout in the first rows, and the
date and time cells as the clocks write them. No database here; clock_file.py reads
and stores."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.imports.columns import (
    HEADER_SCAN,
    mapping_names,
    mappings_dir,
    norm,
)
from app.imports.values import MAX_YEAR, MIN_YEAR, Bad, text

KIND = "attendance"
PUNCHES, DAYS, LEAVE = "punches", "days", "leave"
# field → the header names clocks (ZKTeco, 得力, 钉钉 exports) use
HEADERS: dict[str, tuple[str, ...]] = {
    "staff_code": ("工号", "员工编号", "人员编号", "职工编号", "考勤号", "考勤号码", "员工号",
                   "职工号", "用户编号", "登记号码", "人员工号", "编号"),
    "name": ("姓名", "员工姓名", "人员姓名", "职工姓名", "名字"),
    "punched_at": ("打卡时间", "签到时间", "刷卡时间", "考勤时间", "日期时间", "打卡日期时间"),
    "date": ("日期", "考勤日期", "打卡日期", "工作日期", "开始日期", "起始日期", "请假日期"),
    "date_to": ("结束日期", "截止日期", "终止日期"),
    "leave_kind": ("类型", "假别", "请假类型", "休假类型", "考勤类型"),
    "note": ("备注", "说明", "事由"),
    "time": ("时间",),
    "clock_in": ("上班打卡", "上班打卡时间", "上班时间", "上班签到", "签到", "上班"),
    "clock_out": ("下班打卡", "下班打卡时间", "下班时间", "下班签退", "签退", "下班"),
}
NAMES = {name: f for f, names in HEADERS.items() for name in names} | {f: f for f in HEADERS}
# a clock writes these where a punch is missing
NO_PUNCH = frozenset({"-", "--", "—", "——", "缺卡", "未打卡", "未签到", "未签退", "无", "/"})
_HMS = re.compile(r"(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
FUTURE_SLACK = 86400.0          # a clock running a day fast is still believed
# the words of a leave file's 类型 column (anything else ending in 假 is leave)
LEAVE_WORDS = {"请假": "leave", "病假": "leave", "事假": "leave", "婚假": "leave",
               "产假": "leave", "丧假": "leave", "出差": "trip", "公出": "trip", "外出": "trip",
               "公休": "rest", "年假": "rest", "年休假": "rest", "休假": "rest", "调休": "rest",
               "leave": "leave", "trip": "trip", "rest": "rest"}
MAX_LEAVE_DAYS = 366


@dataclass
class ClockMapping:
    """A mapping file for a clock export: field → header (``kind = "attendance"``)."""

    columns: dict[str, str] = field(default_factory=dict)
    name: str = ""


def parse_clock_mapping(data: str, where: str) -> ClockMapping:
    try:
        raw = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"The mapping {where} is not valid TOML: {exc}.") from None
    unknown = set(raw) - {"kind", "columns"}
    if unknown:
        raise UserError(f"The mapping {where} has an unknown key {sorted(unknown)[0]!r}.")
    if raw.get("kind", KIND) != KIND:
        raise UserError(f"The mapping {where} is a mapping of {raw['kind']!r} exports, not "
                        "of the attendance clock's (kind = \"attendance\").")
    columns = raw.get("columns", {})
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise UserError(f"The mapping {where}: [columns] must name a header for each field.")
    for name in columns:
        if name not in HEADERS:
            raise UserError(f"The mapping {where}: {name!r} is not a field of the attendance "
                            f"clock's export ({', '.join(sorted(HEADERS))}).")
    return ClockMapping({k: norm(v) for k, v in columns.items()})


def load_clock_mapping(spec: str) -> ClockMapping:
    """``--mapping NAME`` (saved with the vendor mappings) or ``FILE.toml``."""
    path = Path(spec).expanduser()
    if spec.endswith(".toml") or os.sep in spec or "/" in spec:
        name = path.stem
    else:
        name = spec
        path = mappings_dir() / f"{spec}.toml"
        if not path.is_file():
            have = ", ".join(mapping_names()) or "none saved yet"
            raise UserError(f"There is no saved mapping named {spec!r} ({have}).")
    try:
        data = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read the mapping {path}: "
                        f"{getattr(exc, 'strerror', None) or exc}.") from None
    mapping = parse_clock_mapping(data, str(path))
    mapping.name = name
    return mapping


@dataclass
class ClockLayout:
    layout: str                    # PUNCHES or DAYS
    header_row: int                # 0-based
    columns: dict[str, int]
    headers: list[str]


def detect_clock(rows: Sequence[Sequence[Any]], mapping: ClockMapping | None,
                 source: str) -> ClockLayout:
    """The header row (a title above it is skipped) and the columns of a clock export."""
    wanted = {h: f for f, h in (mapping.columns.items() if mapping else ()) if h}
    best, best_score = -1, 1
    for i, row in enumerate(rows[:HEADER_SCAN]):
        score = sum(1 for c in row if norm(c) in NAMES or norm(c) in wanted)
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        raise UserError(f"{source}: no header row found in the first {HEADER_SCAN} rows (a "
                        "row naming columns like 工号, 姓名, 打卡时间 or 日期, 上班打卡, "
                        "下班打卡); name the columns in a mapping file (--mapping).")
    header = rows[best]
    columns: dict[str, int] = {}
    for j, cell in enumerate(header):
        f = wanted.get(norm(cell))
        if f is not None and f not in columns:
            columns[f] = j
    for j, cell in enumerate(header):
        f = NAMES.get(norm(cell))
        if f is not None and f not in columns and j not in columns.values() \
                and f not in (mapping.columns if mapping else {}):
            columns[f] = j
    headers = [text(c) for c in header]
    if "staff_code" not in columns and "name" not in columns:
        raise UserError(f"{source}: no column names the staff member (工号 or 姓名); name "
                        "it in a mapping file (--mapping).")
    if "punched_at" in columns or ("date" in columns and "time" in columns
                                   and "clock_in" not in columns):
        layout = PUNCHES
    elif "date" in columns and "clock_in" in columns and "clock_out" in columns:
        layout = DAYS
    elif "date" in columns and "leave_kind" in columns:
        layout = LEAVE
    else:
        raise UserError(f"{source}: no punch times found: give 打卡时间 (one row a punch), "
                        "日期, 上班打卡 and 下班打卡 (one row a day) or 日期 and 类型 (leave), "
                        "or name the columns in a mapping file (--mapping).")
    return ClockLayout(layout, best, columns, headers)




def parse_day(value: Any) -> dt.date | None:
    """A date cell: an Excel date, a serial number or text like 2026-10-09, 2026/10/9,
    2026年10月9日 (a time after it is ignored)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise Bad("bad_time", f"{value:g} is not an Excel date")
        day = (dt.datetime(1899, 12, 30) + dt.timedelta(days=int(value))).date()
    else:
        raw = str(value).strip()
        if not raw:
            return None
        m = _DATE.match(raw)
        if m is None:
            raise Bad("bad_time", "not a date: use an Excel date or text like 2026-10-09")
        y, mo, d = (int(g) for g in m.groups())
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            raise Bad("bad_time", f"{y}-{mo:02d}-{d:02d} is not a real date") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise Bad("time_range", f"the year {day.year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return day


def time_of_day(value: Any) -> tuple[int, int, float] | None:
    """A clock time cell (``08:57``, ``8:57:12``, an Excel time) as (hour, minute,
    second); None when empty or marked as no punch (``--``, 缺卡, 未打卡)."""
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.hour, value.minute, value.second + value.microsecond / 1e6
    if isinstance(value, dt.timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not 0 <= value < 1:
            raise Bad("bad_time", f"{value:g} is not a time of day")
        seconds = round(float(value) * 86400)
    else:
        raw = str(value).strip()
        if not raw or raw in NO_PUNCH:
            return None
        m = _HMS.fullmatch(raw)
        if m is None:
            raise Bad("bad_time", "not a time of day: use text like 08:57 or 08:57:12")
        h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if not (h < 24 and mi < 60 and s < 60):
            raise Bad("bad_time", f"{raw} is not a time of day")
        return h, mi, float(s)
    if not 0 <= seconds < 86400:
        raise Bad("bad_time", f"{value} is not a time of day")
    return int(seconds // 3600), int(seconds % 3600 // 60), seconds % 60


