"""Cell values of vendor exports as HallDesk's: times, windows, ratings, status words,
days, case results. Each parser raises ``Bad`` with an English reason and a ``kind``
the UI translates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
MIN_YEAR, MAX_YEAR = 1990, 2100
RATING_WORDS = {"非常满意": 5, "满意": 4, "基本满意": 3, "不满意": 2, "非常不满意": 1}
SERVED, ABANDONED, OPEN = "served", "abandoned", "open"
STATUS_TARGETS = (SERVED, ABANDONED, OPEN)
STATUS_WORDS = {
    "已办结": SERVED, "办结": SERVED, "完成": SERVED,
    "弃号": ABANDONED, "过号": ABANDONED, "未办理": ABANDONED, "离开": ABANDONED,
}
RESULT_WORDS = {
    "approved": "approved", "rejected": "rejected",
    "准予": "approved", "准予许可": "approved", "通过": "approved", "同意": "approved",
    "批准": "approved", "办结": "approved", "已办结": "approved", "正常办结": "approved",
    "不予": "rejected", "不予许可": "rejected", "不予受理": "rejected", "驳回": "rejected",
    "不同意": "rejected", "不批准": "rejected", "退回": "rejected", "不通过": "rejected",
}
INSTANT_WORDS = ("即办", "即办件", "当场办结", "立即办结")

_TEXT_TIME = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[T\s]\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})"
    r"(?:\s*[:：分]\s*(\d{1,2})(?:\.(\d{1,6}))?\s*秒?)?)?")
_DAYS = re.compile(r"(\d{1,4})\s*(?:个)?\s*(?:工作日|工作天|天|日)?")
_WINDOW = re.compile(r"(?:第\s*)?(?:窗口|[Ww])?\s*(\d{1,4})\s*(?:号)?\s*(?:窗口|窗)?")


class Bad(Exception):
    """A cell that cannot be read: ``kind`` (for the UI) and an English ``reason``."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def text(value: Any) -> str:
    """A cell as text: numbers that are whole read as integers (``3.0`` → ``3``)."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value).strip()


class Clock:
    """Local wall times of the hall's zone as epoch seconds, cached by the minute."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz
        self._minutes: dict[tuple[int, int, int, int, int], float] = {}
        self._texts: dict[str, float] = {}      # "2026-10-09 09:12" → its minute

    def local(self, y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: float = 0.0) -> float:
        key = (y, mo, d, h, mi)
        base = self._minutes.get(key)
        if base is None:
            if not MIN_YEAR <= y <= MAX_YEAR:
                raise Bad("time_range", f"the year {y} is outside {MIN_YEAR}–{MAX_YEAR}")
            try:
                base = dt.datetime(y, mo, d, h, mi, tzinfo=self.tz).timestamp()
            except ValueError:
                raise Bad("bad_time", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d} is not a "
                          "real date and time") from None
            self._minutes[key] = base
        if not 0 <= s < 60:
            raise Bad("bad_time", f"{s:g} is not a second of a minute")
        return base + s

    def parse(self, value: Any) -> float | None:
        """Epoch seconds of a cell: an Excel date (a datetime or a serial number) or
        text like ``2026-10-09 09:12:33``, ``2026/10/9 9:12``, ``2026年10月9日 09:12``,
        read in the hall's zone; None for an empty cell."""
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                return value.timestamp()
            return self.local(value.year, value.month, value.day, value.hour, value.minute,
                              value.second + value.microsecond / 1e6)
        if isinstance(value, dt.date):
            return self.local(value.year, value.month, value.day)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._serial(float(value))
        raw = str(value).strip()
        if not raw:
            return None
        if len(raw) == 19 and raw[13] == ":" and raw[16] == ":":   # 2026-10-09 09:12:33
            base = self._texts.get(raw[:16])
            sec = raw[17:]
            if base is not None and sec.isdigit() and sec < "60":
                return base + int(sec)
        m = _TEXT_TIME.fullmatch(raw)
        if m is None:
            try:
                return self._serial(float(raw))
            except ValueError:
                pass
            raise Bad("bad_time", "not a time: use an Excel date or text like "
                      "2026-10-09 09:12:33, 2026/10/9 9:12 or 2026年10月9日 09:12")
        y, mo, d, h, mi, s, frac = m.groups()
        seconds = float(s or 0) + (float("0." + frac) if frac else 0.0)
        if h is not None and not (int(h) < 24 and int(mi) < 60):
            raise Bad("bad_time", f"{h}:{mi} is not a time of day")
        ts = self.local(int(y), int(mo), int(d), int(h or 0), int(mi or 0), seconds)
        if len(raw) == 19 and s is not None and frac is None and len(self._texts) < 200_000:
            self._texts[raw[:16]] = ts - seconds
        return ts

    def _serial(self, serial: float) -> float:
        if not 1 <= serial < 2958466:   # 1900-01-01 … 9999-12-31
            raise Bad("bad_time", f"{serial:g} is not an Excel date")
        moment = EXCEL_EPOCH + dt.timedelta(days=serial)
        moment = moment.replace(microsecond=0) + dt.timedelta(
            seconds=round(moment.microsecond / 1e6))
        return self.local(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                          moment.second)


def rating(value: Any) -> int | None:
    """1–5, or one of the five words 非常满意 … 非常不满意; None when empty."""
    raw = text(value)
    if not raw:
        return None
    word = RATING_WORDS.get(raw)
    if word is not None:
        return word
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= 5:
        return int(raw)
    raise Bad("bad_rating", "not a rating: use 1–5 or 非常满意, 满意, 基本满意, 不满意, "
              "非常不满意")


def status(value: Any, extra: Mapping[str, str]) -> str | None:
    """served / abandoned / open from a status word; None when empty."""
    raw = text(value)
    if not raw:
        return None
    found = extra.get(raw) or STATUS_WORDS.get(raw)
    if found is None:
        known = "、".join([*STATUS_WORDS, *extra])
        raise Bad("bad_status", f"not a status word HallDesk knows ({known}); name it "
                  "in the mapping file's [values]")
    return found


def days(value: Any) -> int | None:
    """Whole days: ``5``, ``5.0``, ``5个工作日``, ``5天``; 即办 is 0; None when empty."""
    raw = text(value)
    if not raw:
        return None
    if raw in INSTANT_WORDS:
        return 0
    m = _DAYS.fullmatch(raw)
    if m is None:
        raise Bad("bad_days", "not a number of days: use a whole number or 5个工作日")
    n = int(m.group(1))
    if n > 3650:
        raise Bad("bad_days", f"{n} days is more than ten years")
    return n


def result(value: Any) -> str | None:
    """approved / rejected from a result word; None when empty."""
    raw = text(value)
    if not raw:
        return None
    found = RESULT_WORDS.get(raw)
    if found is None:
        raise Bad("bad_result", "not a result: use 准予/通过/办结 or 不予/驳回/退回")
    return found


def _unique(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key → value where the key names one value only (ambiguous keys dropped)."""
    out: dict[str, str] = {}
    twice: set[str] = set()
    for key, val in pairs:
        if not key:
            continue
        if key in out and out[key] != val:
            twice.add(key)
        out[key] = val
    return {k: v for k, v in out.items() if k not in twice}


class Hall:
    """The hall's codes, and the names vendor files use for them."""

    def __init__(self, windows: Mapping[str, tuple[str, str]],
                 departments: Mapping[str, str], staff: Mapping[str, tuple[str, str]]
                 ) -> None:
        """``windows``: code → (department code, label); ``departments``: code → name;
        ``staff``: code → (name, department code); retired entries left out."""
        self.window_codes = {c.upper(): c for c in windows}
        self.window_numbers = _unique(
            (str(int(m.group(1))), code) for code in windows
            if (m := re.search(r"(\d+)$", code)))
        self.window_department = {c: d for c, (d, _) in windows.items()}
        self.department_codes = {c.upper(): c for c in departments}
        self.department_names = _unique((n.strip(), c) for c, n in departments.items())
        self.window_labels = _unique((label.strip(), d) for d, label in windows.values())
        self.staff_codes = {c.upper(): c for c in staff}
        self.staff_names = _unique((n.strip(), c) for c, (n, _) in staff.items())
        self.department_windows: dict[str, list[str]] = {}
        for code in sorted(windows):
            self.department_windows.setdefault(windows[code][0], []).append(code)
        self.department_staff: dict[str, list[str]] = {}
        for code in sorted(staff):
            self.department_staff.setdefault(staff[code][1], []).append(code)
        self._windows: dict[str, str] = {}

    def window(self, value: Any) -> str | None:
        """A window code from ``W03``, ``3``, ``03``, ``3号窗口``; None when empty."""
        raw = text(value)
        if not raw:
            return None
        found = self._windows.get(raw)
        if found is not None:
            return found
        code = self.window_codes.get(raw.upper())
        if code is None:
            m = _WINDOW.fullmatch(raw)
            if m is not None:
                code = self.window_numbers.get(str(int(m.group(1))))
        if code is None:
            raise Bad("unknown_window", "no window of the hall has this code or number")
        if len(self._windows) < 10_000:
            self._windows[raw] = code
        return code

    def department(self, value: Any) -> str | None:
        """A department code from its code, its name or a window's service item."""
        raw = text(value)
        if not raw:
            return None
        code = (self.department_codes.get(raw.upper()) or self.department_names.get(raw)
                or self.window_labels.get(raw))
        if code is None:
            raise Bad("unknown_service", "no department of the hall has this code or name, "
                      "and no window this service item")
        return code

    def staff(self, value: Any) -> str | None:
        raw = text(value)
        if not raw:
            return None
        code = self.staff_codes.get(raw.upper()) or self.staff_names.get(raw)
        if code is None:
            raise Bad("unknown_staff", "no staff member of the hall has this code or name")
        return code

    def default_staff(self, window: str) -> str | None:
        """Who is taken to have sat at ``window`` when the file names no one."""
        names = self.department_staff.get(self.window_department.get(window, ""), [])
        if names:
            return names[0]
        every = sorted(self.staff_codes.values())
        return every[0] if every else None
