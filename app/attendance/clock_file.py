"""The fingerprint clock's export (.xlsx, .xls, .csv in UTF-8 or GBK) into
``attendance_punch``: one row a punch (工号/姓名, 打卡时间) or one row a day (工号/姓名,
日期, 上班打卡, 下班打卡), its columns found by their headers or named in a mapping
file (docs/spec/records.md, Attendance). Read through the vendor imports' readers
(title rows above the header and 合计 lines skipped as there); all or nothing, every
bad row named; idempotent: a punch already stored is not stored again."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import unicodedata
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.attendance.clock_columns import (
    _DATE,
    _HMS,
    FUTURE_SLACK,
    LEAVE,
    LEAVE_WORDS,
    MAX_LEAVE_DAYS,
    PUNCHES,
    ClockLayout,
    ClockMapping,
    detect_clock,
    load_clock_mapping,
    parse_day,
    time_of_day,
)
from app.db import Database
from app.errors import UserError
from app.imports.columns import (
    HEADER_SCAN,
    is_header_again,
    is_summary,
)
from app.imports.read import open_source
from app.imports.values import Bad, Clock, text
from app.io.xlsx import MAX_REPORTED, Problem
from app.security import audit
from app.security.guard import check
from app.security.permissions import require
from app.setup.common import text_problem
from models import AttendanceLeave, AttendancePunch, Hall, Staff


@dataclass
class ClockImport:
    """What importing a clock file did (or, refused, would have done)."""

    source: str
    layout: str
    encoding: str
    mapping: str = ""
    rows: int = 0              # data rows read
    punches: int = 0           # distinct punches in the file
    added: int = 0             # stored now
    known: int = 0             # stored before
    repeated: int = 0          # rows the file holds twice, identical
    summary: int = 0           # 合计 lines, repeated headers, footers skipped
    staff: int = 0             # staff members with a punch in the file
    first: dt.date | None = None
    last: dt.date | None = None
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        if self.layout == LEAVE:
            if not self.added:
                return (f"{self.source}: nothing new, all {self.known} leave days were "
                        "entered so before; nothing was changed.")
            return (f"{self.source} imported: {self.rows} rows read, {self.added} leave days "
                    f"of {self.staff} staff entered, {self.known} entered so already.")
        if self.punches and not self.added:
            return (f"{self.source}: nothing new, all {self.known} punches were imported "
                    "before; nothing was changed.")
        span = (f" from {self.first.isoformat()} to {self.last.isoformat()}"
                if self.first and self.last else "")
        return (f"{self.source} imported: {self.rows} rows read, {self.added} punches of "
                f"{self.staff} staff added{span}, {self.known} already known, "
                f"{self.summary} rows skipped as summary lines.")


class ClockFileRejected(UserError):
    """Bad rows: nothing was written; ``report.problems`` names every one."""

    def __init__(self, report: ClockImport) -> None:
        n = len({p.row for p in report.problems})
        super().__init__(f"{report.source} was refused and nothing was imported: "
                         f"{n} bad row{'s' if n != 1 else ''}.")
        self.report = report

    def detail_lines(self) -> list[str]:
        problems = self.report.problems
        lines = [p.describe() for p in problems[:MAX_REPORTED]]
        if len(problems) > MAX_REPORTED:
            lines.append(f"… and {len(problems) - MAX_REPORTED} more.")
        return lines


class _Staff:
    """Staff members by code and by name (a name only when it is unique)."""

    def __init__(self, session: Session) -> None:
        self.codes: dict[str, int] = {}
        self.names: dict[str, list[int]] = {}
        # a numeric code as a spreadsheet keeps it: 0012 becomes 12
        self.numbers: dict[str, list[int]] = {}
        for sid, code, name in session.execute(select(Staff.id, Staff.code, Staff.name)):
            self.codes[code] = sid
            self.names.setdefault(_name(name), []).append(sid)
            if code.isdigit():
                self.numbers.setdefault(code.lstrip("0") or "0", []).append(sid)

    def find(self, code: str, name: str) -> int:
        if code:
            sid = self.codes.get(code)
            if sid is None and code.isdigit():
                found = self.numbers.get(code.lstrip("0") or "0", [])
                sid = found[0] if len(found) == 1 else None
            if sid is None:
                raise Bad("unknown_staff", f"no staff member has the code {code}")
            return sid
        if not name:
            raise Bad("no_staff", "neither a staff code (工号) nor a name is given")
        found = self.names.get(_name(name), [])
        if not found:
            raise Bad("unknown_staff", "no staff member has this name")
        if len(found) > 1:
            raise Bad("ambiguous_staff", f"{len(found)} staff members have this name; give "
                      "their 工号")
        return found[0]


def _name(value: str) -> str:
    return unicodedata.normalize("NFKC", value).replace(" ", "").replace("\u3000", "")


class _Reader:
    def __init__(self, layout: ClockLayout, staff: _Staff, tz: zoneinfo.ZoneInfo,
                 now: float, first_column: int) -> None:
        self.layout, self.staff, self.tz, self.now = layout, staff, tz, now
        self.clock = Clock(tz)
        self.first_column = first_column
        self.problems: list[Problem] = []
        # key → (row, content): a punch (staff, ts) or a day (staff, date)
        self.seen: dict[tuple[int, Any], tuple[int, tuple[str, ...]]] = {}
        self.punches: dict[tuple[int, float], int] = {}      # (staff, ts) → row
        self.leave: dict[tuple[int, dt.date], tuple[str, str]] = {}   # → (kind, note)
        self.repeated = 0

    def cell(self, cells: Sequence[Any], f: str) -> Any:
        j = self.layout.columns.get(f)
        return cells[j] if j is not None and j < len(cells) else None

    def problem(self, row: int, f: str, value: Any, bad: Bad) -> None:
        j = self.layout.columns.get(f)
        header = (self.layout.headers[j] if j is not None and j < len(self.layout.headers)
                  and self.layout.headers[j] else f)
        letter = str(get_column_letter(j + 1 + self.first_column)) if j is not None else ""
        self.problems.append(Problem(row, header, text(value), bad.kind, reason=bad.reason,
                                     letter=letter))

    def _moment(self, day: dt.date, hms: tuple[int, int, float]) -> float:
        return self.clock.local(day.year, day.month, day.day, hms[0], hms[1], hms[2])

    def _punch_time(self, cells: Sequence[Any]) -> float | None:
        value = self.cell(cells, "punched_at")
        if value is None and "punched_at" not in self.layout.columns:
            value = self.cell(cells, "time")
        day_value = self.cell(cells, "date")
        if isinstance(value, dt.time | dt.timedelta) or (
                isinstance(value, str) and _HMS.fullmatch(value.strip())
                and not _DATE.match(value.strip())):
            day = parse_day(day_value)
            hms = time_of_day(value)
            if day is None or hms is None:
                raise Bad("bad_time", "a time of day without its date (日期)")
            return self._moment(day, hms)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1 \
                and day_value is not None:
            day = parse_day(day_value)
            hms = time_of_day(value)
            if day is not None and hms is not None:
                return self._moment(day, hms)
        return self.clock.parse(value)

    def _check_time(self, ts: float) -> None:
        if ts > self.now + FUTURE_SLACK:
            stamp = dt.datetime.fromtimestamp(ts, self.tz).strftime("%Y-%m-%d %H:%M")
            raise Bad("future", f"{stamp} lies in the future")

    def read(self, row: int, cells: Sequence[Any]) -> None:
        code = text(self.cell(cells, "staff_code"))
        name = text(self.cell(cells, "name"))
        try:
            sid = self.staff.find(code, name)
        except Bad as bad:
            self.problem(row, "staff_code" if code or "name" not in self.layout.columns
                         else "name", code or name, bad)
            return
        if self.layout.layout == LEAVE:
            self._leave(row, sid, cells)
            return
        if self.layout.layout == PUNCHES:
            f = "punched_at" if "punched_at" in self.layout.columns else "time"
            try:
                ts = self._punch_time(cells)
                if ts is None:
                    raise Bad("empty", "the punch time is empty")
                self._check_time(ts)
            except Bad as bad:
                self.problem(row, f, self.cell(cells, f), bad)
                return
            self._keep(row, sid, ts, (code, name), [ts])
            return
        try:
            day = parse_day(self.cell(cells, "date"))
            if day is None:
                raise Bad("empty", "the date is empty")
        except Bad as bad:
            self.problem(row, "date", self.cell(cells, "date"), bad)
            return
        moments: list[float] = []
        ok = True
        for f in ("clock_in", "clock_out"):
            value = self.cell(cells, f)
            try:
                if isinstance(value, dt.datetime):
                    ts = self.clock.parse(value)
                else:
                    hms = time_of_day(value)
                    ts = None if hms is None else self._moment(day, hms)
                if ts is not None:
                    self._check_time(ts)
                    moments.append(ts)
            except Bad as bad:
                self.problem(row, f, value, bad)
                ok = False
        if ok and len(moments) == 2 and moments[1] < moments[0]:
            # a 下班 before the 上班 of the same day row (a night shift, or a typing
            # error) would make the late arrival an on-time clock-in: refused
            self.problem(row, "clock_out", self.cell(cells, "clock_out"),
                         Bad("out_before_in", "the clock-out is before the clock-in"))
            ok = False
        if ok:
            self._keep(row, sid, day, (code, name, *(repr(m) for m in moments)), moments)

    def _leave(self, row: int, sid: int, cells: Sequence[Any]) -> None:
        days: list[dt.date] = []
        for f in ("date", "date_to"):
            try:
                day = parse_day(self.cell(cells, f))
                if day is None and f == "date":
                    raise Bad("empty", "the date is empty")
            except Bad as bad:
                self.problem(row, f, self.cell(cells, f), bad)
                return
            if day is not None:
                days.append(day)
        first, last = days[0], days[-1]
        if last < first or (last - first).days >= MAX_LEAVE_DAYS:
            self.problem(row, "date_to", self.cell(cells, "date_to"), Bad(
                "bad_range", f"the range must end on or after {first.isoformat()}, within "
                f"{MAX_LEAVE_DAYS} days"))
            return
        word = text(self.cell(cells, "leave_kind")).replace(" ", "")
        kind = LEAVE_WORDS.get(word) or ("leave" if word.endswith("假") else None)
        if kind is None:
            self.problem(row, "leave_kind", word, Bad(
                "bad_kind", "not a kind of leave: 请假 (病假, 事假 …), 出差 or 公休 "
                "(年休假, 调休)"))
            return
        note = text(self.cell(cells, "note"))
        if not note and word not in ("请假", "出差", "公休", "leave", "trip", "rest"):
            note = word
        problem = text_problem(note, "The note", max_len=200, required=False)
        if problem:
            self.problem(row, "note", note, Bad("bad_note", problem.rstrip(".")))
            return
        for i in range((last - first).days + 1):
            day = first + dt.timedelta(days=i)
            self._keep(row, sid, day, (kind, note), [])
            self.leave.setdefault((sid, day), (kind, note))

    def _keep(self, row: int, sid: int, key: Any, content: tuple[str, ...],
              moments: list[float]) -> None:
        before = self.seen.get((sid, key))
        if before is not None:
            if before[1] != content:
                f = "punched_at" if self.layout.layout == PUNCHES else "date"
                if any(p.row == row and p.kind == "duplicate" for p in self.problems):
                    return
                j = self.layout.columns.get(f, 0)
                self.problems.append(Problem(
                    row, self.layout.headers[j] if j < len(self.layout.headers) else f,
                    "", "duplicate",
                    reason=(f"the same staff member and time as row {before[0]}, with "
                            "different content" if f == "punched_at" else
                            f"the same staff member and day as row {before[0]}, with "
                            "different content"),
                    letter=str(get_column_letter(j + 1 + self.first_column))))
            else:
                self.repeated += 1
            return
        self.seen[(sid, key)] = (row, content)
        for ts in moments:
            self.punches.setdefault((sid, ts), row)


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def import_clock_file(db: Database, path: str | Path, *, actor: str, role: str,
                      mapping: str | ClockMapping | None = None, encoding: str | None = None,
                      now: float | None = None) -> ClockImport:
    """``halldesk attendance import FILE``: every row checked first; one bad row and
    nothing is written (``ClockFileRejected`` names them all). Punches already stored
    are counted, not stored again; the import is audited in its own transaction."""
    started = time.perf_counter()
    check(db, actor, role, "attendance.import")          # before the file is read
    chosen = load_clock_mapping(mapping) if isinstance(mapping, str) else mapping
    now = time.time() if now is None else now
    with db.read() as session:
        tz_name = session.scalar(select(Hall.timezone).limit(1))
        if tz_name is None:
            raise UserError("The database has no hall yet; run `halldesk init --hall FILE` "
                            "first.")
        staff = _Staff(session)
    tz = zoneinfo.ZoneInfo(tz_name)
    source = open_source(path, encoding)
    try:
        head: list[list[Any]] = []
        for cells in source.rows:
            head.append(list(cells))
            if len(head) >= HEADER_SCAN:
                break
        layout = detect_clock(head, chosen, str(source.path))
        report = ClockImport(str(source.path), layout.layout, source.encoding,
                             chosen.name if chosen else "")
        reader = _Reader(layout, staff, tz, now, source.first_column)
        seen_summary = False
        key_cols = [layout.columns[f] for f in ("staff_code", "name") if f in layout.columns]

        def rows() -> Any:
            n = 0
            for n, cells in enumerate(head, 1):
                if n > layout.header_row + 1:
                    yield n, cells
            for cells in source.rows:
                n += 1
                yield n, cells

        for n, cells in rows():
            if not any(text(c) for c in cells):
                continue
            keyed = any(j < len(cells) and text(cells[j]) for j in key_cols)
            if is_summary(cells) or is_header_again(cells, layout.headers) or (
                    seen_summary and not keyed):
                seen_summary = seen_summary or is_summary(cells)
                report.summary += 1
                continue
            report.rows += 1
            reader.read(n, cells)
    finally:
        source.close()
    report.problems = sorted(reader.problems, key=lambda p: (p.row, p.letter))
    report.repeated = reader.repeated
    if report.problems:
        raise ClockFileRejected(report)
    if layout.layout == LEAVE:
        return _store_leave(db, report, reader.leave, source.path, actor=actor, role=role,
                            now=now, started=started)
    punches = reader.punches
    report.punches = len(punches)
    if not punches:
        raise UserError(f"{report.source} holds no punch; nothing was imported.")
    digest = file_hash(source.path)
    low = min(ts for _, ts in punches)
    high = max(ts for _, ts in punches)
    with db.write() as session:
        require(session, actor, role, "attendance.import")
        stored = {(int(sid), float(ts)) for sid, ts in session.execute(
            select(AttendancePunch.staff_id, AttendancePunch.ts).where(
                AttendancePunch.ts >= low, AttendancePunch.ts <= high))}
        new = [(sid, ts) for sid, ts in punches if (sid, ts) not in stored]
        report.known = len(punches) - len(new)
        report.added = len(new)
        days = sorted({dt.datetime.fromtimestamp(ts, tz).date() for _, ts in punches})
        report.first, report.last = days[0], days[-1]
        report.staff = len({sid for sid, _ in new}) if new else 0
        if new:
            day_of: dict[float, dt.date] = {}
            values = []
            for sid, ts in sorted(new):
                day = day_of.get(ts)
                if day is None:
                    day = day_of[ts] = dt.datetime.fromtimestamp(ts, tz).date()
                values.append({"staff_id": sid, "ts": ts, "day": day, "batch": digest})
            try:    # the write lock serialises imports; a writer outside it is refused
                session.execute(insert(AttendancePunch), values)
            except IntegrityError:
                raise UserError(f"Another import stored some of the punches of "
                                f"{report.source} meanwhile; nothing was imported, run it "
                                "again.") from None
            audit.record(session, actor, "attendance.import", "file", digest, {
                "source": report.source, "kind": report.layout, "encoding": report.encoding,
                "mapping": report.mapping, "rows": report.rows, "added": report.added,
                "duplicates": report.known, "summary_rows": report.summary,
                "staff": report.staff, "from": report.first.isoformat(),
                "to": report.last.isoformat()}, ts=now)
    report.seconds = time.perf_counter() - started
    return report


def _store_leave(db: Database, report: ClockImport,
                 leave: dict[tuple[int, dt.date], tuple[str, str]], path: Path, *,
                 actor: str, role: str, now: float, started: float) -> ClockImport:
    """A leave file's days: a day entered so already is counted, one entered otherwise
    takes the file's kind and note (the audit entry counts them)."""
    if not leave:
        raise UserError(f"{report.source} holds no leave day; nothing was imported.")
    report.punches = len(leave)
    days = sorted({day for _, day in leave})
    report.first, report.last = days[0], days[-1]
    digest = file_hash(path)
    with db.write() as session:
        require(session, actor, role, "attendance.leave")
        rows = {(r.staff_id, r.day): r for r in session.scalars(select(AttendanceLeave).where(
            AttendanceLeave.day >= days[0], AttendanceLeave.day <= days[-1]))}
        changed: set[int] = set()
        updated = 0
        for (sid, day), (kind, note) in sorted(leave.items()):
            row = rows.get((sid, day))
            if row is None:
                session.add(AttendanceLeave(staff_id=sid, day=day, kind=kind, note=note,
                                            entered_by=actor, entered_at=now))
            elif (row.kind, row.note) != (kind, note):
                row.kind, row.note, row.entered_by, row.entered_at = kind, note, actor, now
                updated += 1
            else:
                report.known += 1
                continue
            report.added += 1
            changed.add(sid)
        report.staff = len(changed)
        if report.added:
            session.flush()
            audit.record(session, actor, "attendance.leave", "file", digest, {
                "source": report.source, "kind": LEAVE, "encoding": report.encoding,
                "mapping": report.mapping, "rows": report.rows, "added": report.added,
                "updated": updated, "duplicates": report.known, "staff": report.staff,
                "from": report.first.isoformat(), "to": report.last.isoformat()}, ts=now)
    report.seconds = time.perf_counter() - started
    return report
