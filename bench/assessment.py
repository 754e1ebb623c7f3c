"""``python -m bench.assessment``: the monthly assessment (月度考评) of a month of the
demo hall with a fingerprint clock's month of punches.

What the office waits for on the first working day of a month: importing the clock's
export (about 40,000 punches: the demo hall's 64 staff punching in, out and at every
break), the month's assessment (the 考评 tab and ``halldesk monthly``: window and staff
figures, attendance, scores, ranking) and every unit's report in both formats
(``halldesk monthly --out``). Targets (issue #19): the assessment under 1 s, all unit
reports (both formats) under 15 s. Beside them, in the same run, the floor the
assessment cannot beat: the month's window figures alone (``app.figures.compute``) and
a bare read of the month's punches. Writes ``bench/RESULTS-assessment.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
import zoneinfo
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from app.assessment import assess
from app.assessment.report_files import write_month
from app.attendance import import_clock_file
from app.briefing import Month, register_fonts
from app.calendar import WorkCalendar
from app.db import Database, migrate
from app.events.simulator import write_demo_history
from app.figures.stats import compute
from bench import machine
from bench.datagen import DATA, REPO, ROOT
from models import AttendancePunch, Staff

END = dt.date(2026, 11, 30)
MONTH = Month(2026, 11)
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 12, 1, 9, tzinfo=TZ).timestamp()
ASSESS_LIMIT_S, REPORTS_LIMIT_S = 1.0, 15.0
PUNCHES_PER_DAY = 29          # in, out and the breaks between: ≈ 40,000 in a month
RESULTS = ROOT / "RESULTS-assessment.md"
ACTOR = "bench:assessment"


def log(message: str) -> None:
    print(message, flush=True)


def clock_file(db: Database, folder: Path) -> tuple[Path, int]:
    """The clock's export of the month: per staff member and working day, punches from
    08:40 to 17:45 (one row per punch, 工号 and 打卡时间)."""
    with db.read() as session:
        codes = [c for c, in session.execute(select(Staff.code).where(~Staff.retired))]
        workdays = WorkCalendar.load(session).workdays_between(dt.date(2026, 11, 1),
                                                               END + dt.timedelta(days=1))
    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("考勤记录")
    sheet.append(["2026年11月考勤记录"])
    sheet.append(["工号", "打卡时间"])
    n = 0
    for day in workdays:
        for code in codes:
            start = dt.datetime.combine(day, dt.time(8, 40)) + dt.timedelta(
                seconds=rng.randrange(0, 1800))
            span = 9 * 3600
            moments = sorted({rng.randrange(0, span) for _ in range(PUNCHES_PER_DAY)})
            for s in moments:
                sheet.append([code, start + dt.timedelta(seconds=s)])
                n += 1
    path = folder / "clock-2026-11.xlsx"
    book.save(path)
    return path, n


def prepare(regenerate: bool) -> tuple[Database, Path, float, int]:
    """The demo hall's history to 30 November and the clock's month imported; the
    import's time (0 when the data were reused)."""
    path = DATA / "assessment.db"
    ready = path.with_suffix(".ready")
    if regenerate or not ready.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        ready.unlink(missing_ok=True)
        log(f"Writing 45 days of demo history into {path} (once) …")
        db = Database(f"sqlite:///{path}")
        write_demo_history(db, days=45, seed=1, actor=ACTOR, end=END, role="director")
        with tempfile.TemporaryDirectory() as tmp:
            export, rows = clock_file(db, Path(tmp))
            log(f"Importing the clock's export ({rows} punches) …")
            started = time.perf_counter()
            result = import_clock_file(db, export, actor=ACTOR, role="director", now=NOW)
            took = time.perf_counter() - started
        ready.write_text(f"{rows} {took:.3f} {result.added}\n")
        return db, path, took, rows
    db = Database(f"sqlite:///{path}")
    migrate(db)
    rows_text, took_text, _added = ready.read_text().split()
    return db, path, float(took_text), int(rows_text)


def timed(func: object, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        func()  # type: ignore[operator]
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.assessment", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="timed runs of each (median)")
    p.add_argument("--regenerate", action="store_true")
    args = p.parse_args(argv)
    env = machine.describe(REPO)
    started = time.perf_counter()
    db, path, import_s, punch_rows = prepare(args.regenerate)
    register_fonts()
    period = MONTH.period(zoneinfo.ZoneInfo("Asia/Shanghai"))

    def punches() -> None:
        with db.read() as session:
            session.execute(select(AttendancePunch.staff_id, AttendancePunch.ts).where(
                AttendancePunch.ts >= period.t0, AttendancePunch.ts < period.t1)).all()

    def figures() -> None:
        with db.read() as session:
            compute(session, period, NOW)

    def assessment() -> None:
        with db.read() as session:
            assess(session, MONTH, NOW)

    with db.read() as session:
        a = assess(session, MONTH, NOW)
        stored = session.query(AttendancePunch).filter(
            AttendancePunch.ts >= period.t0, AttendancePunch.ts < period.t1).count()
    log(f"{len(a.staff)} staff, {len(a.windows)} windows, {stored} punches in {MONTH.key}")
    floor_p = timed(punches, args.runs)
    floor_f = timed(figures, args.runs)
    log(f"floor: punches read {floor_p[0]:.3f} s, window figures {floor_f[0]:.3f} s")
    month = timed(assessment, args.runs)
    log(f"assessment {month[0]:.3f} s (CPU {month[1]:.3f} s)")
    files = 0
    units = 0

    def reports() -> None:
        nonlocal files, units
        with tempfile.TemporaryDirectory() as out:
            written = write_month(db, MONTH, out, NOW, actor=ACTOR, role="director")
            files, units = len(written.files), written.units

    rep = timed(reports, max(1, args.runs // 2))
    log(f"unit reports {rep[0]:.2f} s (CPU {rep[1]:.2f} s), {files} files for {units} units")
    db.dispose()
    write_report(env, args, path, time.perf_counter() - started, import_s, punch_rows,
                 stored, len(a.staff), len(a.windows), floor_p, floor_f, month, rep, files,
                 units)
    return 0


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "**FAIL**"


def write_report(env: list[tuple[str, str]], args: argparse.Namespace, path: Path,
                 total_s: float, import_s: float, punch_rows: int, stored: int,
                 staff: int, windows: int, floor_p: tuple[float, float],
                 floor_f: tuple[float, float], month: tuple[float, float],
                 rep: tuple[float, float], files: int, units: int) -> None:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    env = [*env, ("Load average at end", " ".join(f"{x:.2f}" for x in load) if load else "n/a")]
    rate = f"{punch_rows / import_s:,.0f} rows/s" if import_s else "reused"
    lines = [
        "# Monthly assessment benchmark", "",
        f"Command: `nice .venv/bin/python -m bench.assessment` ({args.runs} runs, median; "
        f"reports {max(1, args.runs // 2)} runs). Whole run: {total_s / 60:.1f} min.", "",
        "| machine | |", "|---|---|", *(f"| {k} | {v} |" for k, v in env), "",
        f"Data: the demo hall (seed 1) with 45 days of history to {END}, {staff} staff and "
        f"{windows} windows assessed, and the clock's export of {MONTH.key} "
        f"({punch_rows:,} punch rows, {stored:,} punches stored in the month) imported "
        f"through `halldesk attendance import` ({import_s:.1f} s, {rate}, when written).",
        "",
        "| what | wall | CPU | target | verdict |", "|---|---|---|---|---|",
        f"| floor: the month's punches read (bare SELECT) | {floor_p[0]:.3f} s | "
        f"{floor_p[1]:.3f} s | | |",
        f"| floor: the month's window figures (`compute`) | {floor_f[0]:.3f} s | "
        f"{floor_f[1]:.3f} s | | |",
        f"| the month's assessment (`assess`: windows, staff, attendance, ranking) | "
        f"{month[0]:.3f} s | {month[1]:.3f} s | < {ASSESS_LIMIT_S:.0f} s | "
        f"{_verdict(month[0] < ASSESS_LIMIT_S)} |",
        f"| every unit's report, .xlsx and .pdf ({files} files, {units} units) | "
        f"{rep[0]:.2f} s | {rep[1]:.2f} s | < {REPORTS_LIMIT_S:.0f} s | "
        f"{_verdict(rep[0] < REPORTS_LIMIT_S)} |",
        "", "How it is measured: one process; the data written once into "
        f"`{path.name}` (SQLite) and reused. The assessment is `app.assessment.assess` as "
        "the tab and `halldesk monthly` call it (one read transaction); the reports are "
        "`write_month` as `halldesk monthly --out` calls it (one assessment, then every "
        "file written beside its target and renamed, one audit entry). Wall-clock and "
        "CPU time (`time.process_time`, SQLite in the process) are both given."]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(f"Wrote {RESULTS}")


if __name__ == "__main__":
    raise SystemExit(main())
