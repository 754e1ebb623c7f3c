"""``python -m bench.briefing``: the briefing of one-year demo data.

Measures what the director waits for after pressing 生成 / 另存为: the quarterly
briefing (2026Q3) as PDF and as Word (.docx), and the monthly one (2026-09) as PDF,
each split into data assembly (the queries, one read transaction) and layout (the
blocks and the renderer). Targets (docs/spec/briefing.md): quarter < 3 s in each
format, month < 1.5 s. Writes ``bench/RESULTS-briefing.md``.

The data are the demo hall's (``write_demo_history``: a year of working days ending
30 September 2026, seed 1, the demo risk register), written once into
``bench/data/briefing.db`` and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from pathlib import Path
from typing import Any

from app.briefing import Month, Quarter, Timing, build, register_fonts
from app.db import Database, migrate
from app.events.simulator import write_demo_history
from app.records.risk_demo import load_demo_register
from bench import machine
from bench.datagen import DATA, REPO, ROOT

END = dt.date(2026, 9, 30)
QUARTER, MONTH = Quarter(2026, 3), Month(2026, 9)
NOW = dt.datetime(2026, 10, 9, 9, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()
QUARTER_LIMIT_S, MONTH_LIMIT_S = 3.0, 1.5
RESULTS = ROOT / "RESULTS-briefing.md"
ACTOR = "bench:briefing"


def log(message: str) -> None:
    print(message, flush=True)


def _every_25(n: int, total: int) -> None:
    if n % 25 == 0:
        log(f"  {n}/{total}")


def prepare(days: int, regenerate: bool) -> tuple[Database, Path]:
    path = DATA / ("briefing.db" if days == 365 else f"briefing-{days}.db")
    ready = path.with_suffix(".ready")
    if regenerate or not ready.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        ready.unlink(missing_ok=True)
        log(f"Writing {days} days of demo history into {path} (once) …")
        started = time.perf_counter()
        db = Database(f"sqlite:///{path}")
        write_demo_history(db, days=days, seed=1, actor=ACTOR, end=END, role="director",
                           progress=_every_25)
        load_demo_register(db, actor=ACTOR, end=END)
        ready.write_text(f"{time.perf_counter() - started:.0f} s\n")
        return db, path
    db = Database(f"sqlite:///{path}")
    migrate(db)                                   # a database written by an older schema
    return db, path


def measure(db: Database, term: Quarter | Month, fmt: str, runs: int
            ) -> tuple[list[Timing], int, int]:
    timings: list[Timing] = []
    size = pages = 0
    for _ in range(runs):
        _b, data = build(db, term, NOW, fmt=fmt, timing=timings)
        size = len(data)
        if fmt == "pdf":
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    return timings, size, pages


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.briefing", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--days", type=int, default=365, help="calendar days of history")
    p.add_argument("--runs", type=int, default=5, help="timed builds of each (median)")
    p.add_argument("--regenerate", action="store_true")
    args = p.parse_args(argv)
    env = machine.describe(REPO)
    started = time.perf_counter()
    db, path = prepare(args.days, args.regenerate)
    register_fonts()
    build(db, MONTH, NOW)                         # warm: imports, fonts, caches
    rows = []
    for label, term, fmt, limit in (("quarter 2026Q3, PDF", QUARTER, "pdf", QUARTER_LIMIT_S),
                                    ("quarter 2026Q3, Word", QUARTER, "docx", QUARTER_LIMIT_S),
                                    ("month 2026-09, PDF", MONTH, "pdf", MONTH_LIMIT_S),
                                    ("month 2026-09, Word", MONTH, "docx", MONTH_LIMIT_S)):
        log(f"{label} …")
        timings, size, pages = measure(db, term, fmt, args.runs)
        a = statistics.median(t.assemble_s for t in timings)
        lay = statistics.median(t.layout_s for t in timings)
        total = statistics.median(t.assemble_s + t.layout_s for t in timings)
        cpu_a = statistics.median(t.assemble_cpu_s for t in timings)
        cpu_l = statistics.median(t.layout_cpu_s for t in timings)
        cpu = statistics.median(t.assemble_cpu_s + t.layout_cpu_s for t in timings)
        log(f"  {total:.2f} s (assembly {a:.2f} s, layout {lay:.2f} s); CPU {cpu:.2f} s "
            f"({cpu_a:.2f} + {cpu_l:.2f}), {size / 1024:.0f} KiB")
        rows.append((label, total, a, lay, cpu, cpu_a, cpu_l, limit, size, pages))
    db.dispose()
    write_report(env, rows, args, path, time.perf_counter() - started)
    return 0


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "**FAIL**"


def write_report(env: list[tuple[str, str]], rows: list[tuple[Any, ...]],
                 args: argparse.Namespace, path: Path, total_s: float) -> None:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    env = [*env, ("Load average at end", " ".join(f"{x:.2f}" for x in load) if load else "n/a")]
    lines = ["# Briefing benchmark", "",
             f"Command: `nice .venv/bin/python -m bench.briefing` ({args.days} days of demo "
             f"history ending {END}, {args.runs} builds each, median). Whole run: "
             f"{total_s / 60:.1f} min.", "",
             "| machine | |", "|---|---|", *(f"| {k} | {v} |" for k, v in env), "",
             "| briefing | wall: total (assembly + layout) | CPU: total (assembly + layout) "
             "| target | verdict (wall / CPU) | size |",
             "|---|---|---|---|---|---|",
             *(f"| {label} | {total:.2f} s ({a:.2f} + {lay:.2f}) | {cpu:.2f} s "
               f"({cpu_a:.2f} + {cpu_l:.2f}) | < {limit:.1f} s | "
               f"{_verdict(total < limit)} / {_verdict(cpu < limit)} | {size / 1024:.0f} KiB"
               + (f", {pages} pages" if pages else "") + " |"
               for label, total, a, lay, cpu, cpu_a, cpu_l, limit, size, pages in rows),
             "", "How it is measured:", "",
             f"- The data: `write_demo_history` (the demo hall, seed 1) for {args.days} "
             f"calendar days ending {END}, plus the demo risk register, in `{path.name}` "
             "(SQLite, written once and reused).",
             "- Each build is `app.briefing.build` as the tab and `halldesk briefing` call "
             "it: data assembly is `assemble` in one read transaction (every figure of "
             "the period, its previous period and the same period a year before, the "
             "complaint, risk and inspection sections, the hourly load profile); layout "
             "is `compose` plus the PDF (ReportLab) or Word (python-docx, charts "
             "rasterised by rl_renderPM at 200 dpi) renderer, in memory (no file write).",
             "- One warm-up build of the month first (imports, font registration); then "
             f"{args.runs} timed builds of each, the median reported.",
             "- Wall-clock and CPU time (`time.process_time`: SQLite runs in the process, "
             "so its queries count) are both given: on a machine shared with other work "
             "the wall clock includes the waits for a core, the CPU time does not; on a "
             "quiet machine the two agree."]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(f"Wrote {RESULTS}")


if __name__ == "__main__":
    raise SystemExit(main())
