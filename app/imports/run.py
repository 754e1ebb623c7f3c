"""Import one vendor file: read, check every row, apply its events through the ingest
path day by day inside one transaction (all or nothing), audit it as one batch."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import time
import zoneinfo
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.events.apply import BatchApplier
from app.events.notify import notify_batch
from app.hall_time import LocalDays
from app.imports.columns import (
    KEY_FIELD,
    Layout,
    Mapping_,
    detect,
    is_header_again,
    is_summary,
    load_mapping,
)
from app.imports.read import Source, open_source, write_rejects
from app.imports.rows import Batch, EventMaker, Record, RowBad, RowReader
from app.imports.values import Clock, Hall, text
from app.io.xlsx import MAX_REPORTED, Cancelled, Problem
from app.records.complaints import open_from_evaluations
from app.security import audit
from app.security.guard import check
from app.security.permissions import require
from models import Department, Staff, Window
from models import Hall as HallRow

Progress = Callable[[str, int, int], None]     # (stage "read"/"apply", done, total)
PREVIEW_ROWS = 20
SQLITE_CACHE_KIB = 64 * 1024
MAX_RETRIES = 8


@dataclass
class ImportReport:
    """What an import did (or would do: ``dry_run``, or when it was refused)."""

    source: str
    kind: str
    encoding: str
    mapping: str = ""
    rows: int = 0              # data rows read
    events: int = 0            # events made from them
    applied: int = 0
    known: int = 0             # events already in the database (or twice in the file)
    summary: int = 0           # 合计 lines, repeated headers, footers skipped
    not_evaluated: int = 0     # evaluation rows with no rating
    sessions: int = 0          # window sessions estimated
    problems: list[Problem] = field(default_factory=list)
    bad_rows: int = 0
    rejects: Path | None = None
    dry_run: bool = False
    seconds: float = 0.0
    by_type: dict[str, int] = field(default_factory=dict)
    complaints: int = 0
    timings: dict[str, float] = field(default_factory=dict)   # read, events, apply (s)

    def line(self) -> str:
        parts = [f"{self.rows} rows read", f"{self.events} events made",
                 f"{self.known} already known",
                 f"{self.summary} rows skipped as summary lines"]
        if self.bad_rows and self.rejects is not None:
            parts.append(f"{self.bad_rows} bad rows written to {self.rejects}")
        verb = "would be imported (dry run)" if self.dry_run else "imported"
        return f"{self.source} ({self.kind}) {verb}: " + ", ".join(parts) + "."


class ImportRejected(UserError):
    """Bad rows: nothing was written; ``report.problems`` names every one."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{report.source} was refused and nothing was imported: "
                         f"{report.bad_rows} bad row{'s' if report.bad_rows != 1 else ''}.")
        self.report = report

    def detail_lines(self) -> list[str]:
        problems = self.report.problems
        lines = [p.describe() for p in problems[:MAX_REPORTED]]
        if len(problems) > MAX_REPORTED:
            lines.append(f"… and {len(problems) - MAX_REPORTED} more.")
        return lines


class _Rollback(Exception):
    pass


def load_hall(session: Session) -> tuple[Hall, zoneinfo.ZoneInfo]:
    hall_row = session.scalars(select(HallRow)).first()
    if hall_row is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    depts = dict(session.execute(select(Department.id, Department.code)).all())
    windows = {code: (depts[dept], label or "") for code, dept, label in session.execute(
        select(Window.code, Window.department_id, Window.label).where(
            Window.retired.is_(False))).all()}
    departments = dict(session.execute(select(Department.code, Department.name).where(
        Department.retired.is_(False))).all())
    staff = {code: (name, depts[dept]) for code, name, dept in session.execute(
        select(Staff.code, Staff.name, Staff.department_id).where(
            Staff.retired.is_(False))).all()}
    return Hall(windows, departments, staff), zoneinfo.ZoneInfo(hall_row.timezone)


@dataclass
class Plan:
    """A file opened and understood: where its header is and which kind it is."""

    source: Source
    layout: Layout
    mapping: Mapping_ | None
    head: list[list[Any]]          # the rows read to find the header

    @property
    def headers(self) -> list[str]:
        return self.layout.headers

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(spreadsheet row number, cells) of every row after the header block."""
        n = 0
        for n, cells in enumerate(self.head, 1):
            if n > self.layout.data_start:
                yield n, cells
        for cells in self.source.rows:
            n += 1
            yield n, cells


def plan(path: str | Path, *, kind: str | None = None, mapping: str | Mapping_ | None = None,
         encoding: str | None = None) -> Plan:
    """Open ``path`` and find its header block, kind and columns."""
    chosen = load_mapping(mapping) if isinstance(mapping, str) else mapping
    source = open_source(path, encoding)
    head: list[list[Any]] = []
    for cells in source.rows:
        head.append(cells)
        if len(head) >= 15:
            break
    try:
        layout = detect(head, kind, chosen, str(source.path))
    except BaseException:
        source.close()
        raise
    return Plan(source, layout, chosen, head)


def _letter(j: int, first: int = 0) -> str:
    from openpyxl.utils import get_column_letter  # openpyxl is not needed to start

    return str(get_column_letter(j + 1 + first))


class _Importer:
    def __init__(self, db: Database, p: Plan, actor: str, now: float | None,
                 progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.db, self.p, self.actor = db, p, actor
        self.progress, self.cancelled = progress, cancelled
        with db.read() as session:
            self.hall, tz = load_hall(session)
        if p.mapping is not None and p.mapping.timezone:
            tz = zoneinfo.ZoneInfo(p.mapping.timezone)
        self.tz = tz
        layout = p.layout
        self.reader = RowReader(layout.kind, layout.columns, self.hall, Clock(tz),
                                p.mapping.values if p.mapping else {}, now)
        self.maker = EventMaker(layout.kind, self.hall, tz)
        self.report = ImportReport(str(p.source.path), layout.kind, p.source.encoding,
                                   p.mapping.name if p.mapping else "")
        self.bad: dict[int, str] = {}        # row → why (first reason), for the rejects
        self.calendar: Any = None
        self.field_header = {f: layout.headers[j] if j < len(layout.headers) else f
                             for f, j in layout.columns.items()}

    def _tick(self, stage: str, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(stage, done, total)

    def read(self) -> list[Record]:
        layout, report = self.p.layout, self.report
        key_col = layout.columns[KEY_FIELD[layout.kind]]
        records: list[Record] = []
        seen_summary = False
        total = self.p.source.total
        for n, cells in self.p.rows():
            if n % 5000 == 0:
                self._tick("read", n, total)
            if not any(c not in (None, "") and text(c) for c in cells):
                continue
            key = text(cells[key_col]) if key_col < len(cells) else ""
            if is_summary(cells) or is_header_again(cells, layout.headers) or (
                    seen_summary and not key):
                seen_summary = seen_summary or is_summary(cells)
                report.summary += 1
                continue
            report.rows += 1
            try:
                record = self.reader.read(n, cells)
            except RowBad as bad:
                for cp in bad.problems:
                    j = layout.columns.get(cp.field)
                    self._problem(n, cp.field, cp.value, cp.kind, cp.reason,
                                  _letter(j, self.p.source.first_column)
                                  if j is not None else "")
                continue
            if layout.kind == "evaluations" and not getattr(record, "rating", 1):
                report.not_evaluated += 1
                continue
            records.append(record)
        return records

    def _problem(self, row: int, fieldname: str, value: Any, kind: str, reason: str,
                 letter: str = "") -> None:
        self.report.problems.append(Problem(
            row, self.field_header.get(fieldname, fieldname), text(value), kind,
            reason=reason, letter=letter))
        self.bad.setdefault(row, reason)

    def days(self, records: list[Record]) -> list[list[Record]]:
        groups: dict[dt.date, list[Record]] = {}
        days = LocalDays(self.tz)        # by quarter hour: right in Asia/Kolkata too
        for r in records:
            groups.setdefault(days.day(r.ts), []).append(r)
        return [groups[d] for d in sorted(groups)]

    def apply(self, session: Session, chunks: list[list[Record]], skip_bad: bool
              ) -> list[dict[str, Any]]:
        report = self.report
        evaluations: list[dict[str, Any]] = []
        by_type: dict[str, int] = {}
        applier: BatchApplier | None = None
        for i, chunk in enumerate(chunks):
            self._tick("apply", i, len(chunks))
            rows = chunk
            for attempt in range(MAX_RETRIES + 1):
                t0 = time.perf_counter()
                batch = self.maker.batch(rows)
                t1 = time.perf_counter()
                applier = BatchApplier(session)
                result, _ = applier.run(batch.events, skip_bad=False)
                times = report.timings
                times["events"] = times.get("events", 0.0) + t1 - t0
                times["apply"] = times.get("apply", 0.0) + time.perf_counter() - t1
                if not result.errors:
                    break
                failed = self._applier_errors(batch, result.errors, final=not skip_bad)
                if not skip_bad:
                    break
                if attempt == MAX_RETRIES:
                    failed = {r.row for r in rows}
                    for r in rows:
                        self.bad.setdefault(r.row, "could not be applied with the rows "
                                            "around it")
                rows = [r for r in rows if r.row not in failed]
                if not rows:
                    break
            if result.errors:
                continue
            report.events += len(batch.events)
            report.known += result.duplicates
            report.applied += result.applied
            report.sessions += batch.sessions
            for etype, count in result.by_type.items():
                by_type[etype] = by_type.get(etype, 0) + count
            assert applier is not None
            evaluations += [e for e in applier.evaluations if e["rating"] <= 2]
            _release(applier)
        report.by_type = dict(sorted(by_type.items()))
        self._tick("apply", len(chunks), len(chunks))
        if applier is not None:
            self.calendar = applier.calendar
        return evaluations

    def _applier_errors(self, batch: Batch, errors: Sequence[Any], final: bool) -> set[int]:
        """Name each refused event at its row; every row it came from is bad (a
        window's estimated session comes from all its rows of the day)."""
        failed: set[int] = set()
        for error in errors:
            rows = batch.rows_of.get(error.id or "", (error.line,))
            failed.update(rows)
            key = KEY_FIELD[self.p.layout.kind]
            j = self.p.layout.columns.get(key)
            self._problem(error.line, key, "", "rejected_event", error.reason,
                          _letter(j, self.p.source.first_column) if j is not None else "")
            if not final:
                for row in rows:
                    self.bad.setdefault(row, error.reason)
        return failed


def _release(applier: BatchApplier) -> None:
    """Drop a finished day's state: the applier refers to itself (its handlers), so
    with the cyclic collector off it would otherwise live, with the day's rows, until
    the import ends."""
    for rows in (applier.new_rows, applier.changed_rows, applier.tickets, applier.cases,
                 applier.state, applier.next_id):
        rows.clear()
    applier.evaluations = []


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def import_plan(db: Database, p: Plan, *, actor: str, role: str, dry_run: bool = False,
                skip_bad: bool = False, now: float | None = None,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import an opened file; raise ``ImportRejected`` when it has bad rows (unless
    ``skip_bad``) and ``Cancelled`` when ``cancelled()`` turns true; nothing is
    written in either case."""
    # Millions of small objects and no cycles among them: the cyclic collector would
    # scan the growing heap again and again (the application runs without it anyway).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import_plan(db, p, actor=actor, role=role, dry_run=dry_run,
                            skip_bad=skip_bad, now=now, progress=progress, cancelled=cancelled)
    finally:
        if collecting:
            gc.enable()


def _import_plan(db: Database, p: Plan, *, actor: str, role: str, dry_run: bool,
                 skip_bad: bool, now: float | None, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> ImportReport:
    started = time.perf_counter()
    check(db, actor, role, "events.ingest")
    imp = _Importer(db, p, actor, now, progress, cancelled)
    report = imp.report
    report.dry_run = dry_run
    try:
        records = imp.read()
    finally:
        p.source.close()
    report.timings["read"] = time.perf_counter() - started
    chunks = imp.days(records)
    del records
    digest = file_hash(p.source.path)
    try:
        with db.write() as session:
            require(session, actor, role, "events.ingest")
            conn = session.connection()
            if conn.dialect.name == "sqlite":
                # a bigger page cache for this bulk transaction (2 MB by default); the
                # connection gets its default back when it is over
                conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            try:
                evaluations = imp.apply(session, chunks, skip_bad)
            finally:
                if conn.dialect.name == "sqlite":
                    conn.exec_driver_sql("PRAGMA cache_size=-2000")
            report.problems.sort(key=lambda q: (q.row, q.letter))
            report.bad_rows = len(imp.bad)
            if imp.bad and not skip_bad:
                raise _Rollback()
            if imp.bad and not dry_run:
                report.rejects = _rejects(p, imp.bad)
            if dry_run:
                raise _Rollback()
            if report.applied:
                notify_batch(session, report.applied)
                report.complaints = open_from_evaluations(
                    session, evaluations, actor, tz=imp.tz, calendar=imp.calendar)
            audit.record(session, actor, "events.import", "file", digest, {
                "source": report.source, "kind": report.kind, "encoding": report.encoding,
                "mapping": report.mapping, "rows": report.rows, "events": report.events,
                "applied": report.applied, "duplicates": report.known,
                "summary_rows": report.summary, "rejected_rows": report.bad_rows,
                "rejects": str(report.rejects) if report.rejects else None,
                "estimated_sessions": report.sessions, "by_type": report.by_type,
                "complaints_opened": report.complaints})
    except _Rollback:
        pass
    report.seconds = time.perf_counter() - started
    if imp.bad and not skip_bad:
        raise ImportRejected(report)
    return report


def _rejects(p: Plan, bad: dict[int, str]) -> Path:
    """Re-read the file for the refused rows as they were (they are few)."""
    again = plan(p.source.path, kind=p.layout.kind, mapping=p.mapping,
                 encoding=None if p.source.encoding in ("xlsx", "xls", "xlsm")
                 else p.source.encoding)
    try:
        rows = [(cells, bad[n]) for n, cells in again.rows() if n in bad]
    finally:
        again.source.close()
    return write_rejects(p.source.path, p.layout.headers, rows)


def import_file(db: Database, path: str | Path, *, actor: str, role: str,
                kind: str | None = None,
                mapping: str | Mapping_ | None = None, encoding: str | None = None,
                dry_run: bool = False, skip_bad: bool = False, now: float | None = None,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """``halldesk import FILE``: see docs/spec/imports.md."""
    check(db, actor, role, "events.ingest")   # before the file is read
    return import_plan(db, plan(path, kind=kind, mapping=mapping, encoding=encoding),
                       actor=actor, role=role, dry_run=dry_run, skip_bad=skip_bad, now=now,
                       progress=progress, cancelled=cancelled)


@dataclass
class Preview:
    """What the wizard shows before importing: the detected layout and the first rows
    as HallDesk reads them, with the problems found in them."""

    kind: str
    encoding: str
    mapping: str
    headers: list[str]
    columns: dict[str, int]
    candidates: tuple[str, ...]
    rows: list[tuple[int, list[str]]]
    problems: list[Problem]


def preview(db: Database, path: str | Path, *, kind: str | None = None,
            mapping: str | Mapping_ | None = None, encoding: str | None = None,
            limit: int = PREVIEW_ROWS) -> Preview:
    p = plan(path, kind=kind, mapping=mapping, encoding=encoding)
    try:
        imp = _Importer(db, p, "", None, None, None)
        shown: list[tuple[int, list[str]]] = []
        for n, cells in p.rows():
            if len(shown) >= limit:
                break
            if not any(text(c) for c in cells) or is_summary(cells):
                continue
            shown.append((n, [text(c) for c in cells]))
            try:
                imp.reader.read(n, cells)
            except RowBad as bad:
                for cp in bad.problems:
                    j = p.layout.columns.get(cp.field)
                    imp._problem(n, cp.field, cp.value, cp.kind, cp.reason,
                                 _letter(j, p.source.first_column) if j is not None else "")
    finally:
        p.source.close()
    return Preview(p.layout.kind, p.source.encoding, p.mapping.name if p.mapping else "",
                   p.headers, dict(p.layout.columns), p.layout.candidates, shown,
                   imp.report.problems)
