"""``python -m bench.live``: the live hall's performance targets, measured in one run.

* the hall snapshot (``app.figures.live.snapshot``) with a year of history, for the
  demo hall (45 windows) and a 200-window hall: < 20 ms (median of warm runs);
* one UI refresh tick of the live page (apply + paint), the whole-hall view shown:
  < 25 ms at 1366×768 for the demo hall and the 200-window hall, and at 1920×1080 for
  the compact view of 120 windows;
* cold start of ``main.py --db …`` to the first painted window: < 1.5 s and at most
  1.8× the floor of its stack (PyQt6 + pyqtgraph + SQLAlchemy and an empty window),
  alternating runs in the same run;
* resident memory of the application while a simulator feeds it at 60×: < 300 MB
  and not growing (last-half slope < 1 MB/min).

Writes ``bench/RESULTS-live.md`` (a run with a shorter soak, fewer runs or a partial
200-window year writes ``bench/data/RESULTS-live.md`` unless ``--results`` says
otherwise). Always exits 0 when the measurements ran; a missed target is printed as
FAIL. The databases are built once and cached under ``bench/data/`` (see
``bench/live_data.py``).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import io
import json
import os
import pstats
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from bench import live_data, machine
from bench.datagen import DATA, REPO, ROOT
from bench.live_child import child_env, log, result_line
from bench.live_report import (
    COMPACT_WINDOWS,
    RUNS,
    SOAK_S,
    SPEED,
    START_PAIRS,
    _local,
    median,
    report,
)
from bench.live_results import SnapshotResult, Statement
from bench.live_soak import measure_series, measure_soak


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.live", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=RUNS,
                   help=f"timed warm runs of the snapshot and of the UI tick (default {RUNS})")
    p.add_argument("--start-pairs", type=int, default=START_PAIRS,
                   help=f"cold starts of each, alternating, after one warm-up pair "
                        f"(default {START_PAIRS})")
    p.add_argument("--soak", type=float, default=SOAK_S, metavar="SECONDS",
                   help=f"wall-clock seconds of the memory soak at {SPEED:.0f}× "
                        f"(default {SOAK_S:.0f} = 10 simulated hours; at least 60)")
    p.add_argument("--h200-days", type=int, default=None, metavar="N",
                   help="only the last N working days for the 200-window hall (default: "
                        "the whole year)")
    p.add_argument("--rebuild", action="store_true",
                   help="build the cached databases again")
    p.add_argument("--results", type=Path, default=None,
                   help="where to write the Markdown report")
    args = p.parse_args(argv)
    if args.runs < 20:
        p.error("--runs must be at least 20")
    if args.start_pairs < 3:
        p.error("--start-pairs must be at least 3")
    if args.soak < 60:
        p.error("--soak must be at least 60 (one simulated hour)")
    return args


# -- 1. the snapshot ---------------------------------------------------------------------
def _caller() -> str:
    for frame in reversed(traceback.extract_stack()):
        if "/app/figures/" in frame.filename:
            return f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
    return "?"


def _capture(db: Any, work: Any) -> list[Statement]:
    """The statements ``work(session)`` sends, with their parameters and callers."""
    from sqlalchemy import event

    found: list[Statement] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _executemany: bool) -> None:
        found.append(Statement(_caller(), statement, parameters))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        with db.read() as session:
            work(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    return found


def _each_alone(conn: sqlite3.Connection, statements: list[Statement]) -> None:
    """Each statement alone (sqlite3, median of 11), with its query plan."""
    conn.execute("BEGIN")
    for st in statements:
        times = []
        for _ in range(11):
            t = time.perf_counter()
            st.rows = len(conn.execute(st.sql, st.params or ()).fetchall())
            times.append(time.perf_counter() - t)
        st.ms = median(times) * 1000
        st.plan = " / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + st.sql,
                                                        st.params or ()))
    conn.execute("ROLLBACK")


def _replay(conn: sqlite3.Connection, statements: list[Statement]) -> int:
    """The snapshot's own SQL, run by sqlite3 straight (fetch every row)."""
    n = 0
    for st in statements:
        n += len(conn.execute(st.sql, st.params or ()).fetchall())
    conn.execute("ROLLBACK")
    return n


def _summary(snap: Any, alerts: list[Any]) -> dict[str, Any]:
    states: dict[str, int] = {}
    for w in snap.windows:
        states[w.state] = states.get(w.state, 0) + 1
    return {"windows": len(snap.windows), "states": states, "waiting": snap.waiting_now,
            "served": snap.served_today, "evaluations": snap.evaluations_today,
            "yellow": snap.yellow_cards, "red": snap.red_cards, "alerts": len(alerts)}


def _comparable(snap: Any) -> dict[str, Any]:
    data = dataclasses.asdict(snap)
    data.pop("last_event_at", None)
    return data


def measure_snapshot(name: str, path: Path, cut: Path, runs: int) -> SnapshotResult:
    import zoneinfo

    from app.calendar import WorkCalendar
    from app.db import Database
    from app.figures.alerts import compute_alerts
    from app.figures.live import snapshot

    now = live_data.NOW
    db = Database(f"sqlite:///{path}")
    with db.read() as session:
        calendar = WorkCalendar.load(session)
    tz = zoneinfo.ZoneInfo(live_data.TZ.key)

    def body_of(statements: list[Statement]) -> list[Statement]:
        return [s for s in statements if not s.sql.lstrip().upper().startswith("BEGIN")]

    body = body_of(_capture(db, lambda session: snapshot(session, now, calendar)))
    alert_sql = body_of(_capture(db, lambda session: compute_alerts(
        session, snapshot(session, now, calendar), calendar, tz)))[len(body):]
    raw = sqlite3.connect(path, isolation_level=None)
    snap_s, cpu_s, raw_s, alerts_s, load_s = [], [], [], [], []
    snap = alerts = None
    for i in range(3 + runs):
        t0 = time.perf_counter()
        with db.read() as session:
            t1, c1 = time.perf_counter(), time.process_time()
            snap = snapshot(session, now, calendar)
            t2, c2 = time.perf_counter(), time.process_time()
            alerts = compute_alerts(session, snap, calendar, tz)
            t3 = time.perf_counter()
        t4 = time.perf_counter()
        r0 = time.perf_counter()
        raw.execute("BEGIN")
        _replay(raw, body)
        r1 = time.perf_counter()
        if i >= 3:
            snap_s.append(t2 - t1)
            cpu_s.append(c2 - c1)
            alerts_s.append(t3 - t2)
            load_s.append(t4 - t0)
            raw_s.append(r1 - r0)
    assert snap is not None and alerts is not None
    _each_alone(raw, body)
    _each_alone(raw, alert_sql)
    raw.close()
    profile = cProfile.Profile()
    with db.read() as session:
        profile.enable()
        for _ in range(20):
            snapshot(session, now, calendar)
        profile.disable()
    result = SnapshotResult(
        name, len(snap.windows), median(snap_s) * 1000, median(cpu_s) * 1000,
        median(raw_s) * 1000, median(alerts_s) * 1000, median(load_s) * 1000,
        _summary(snap, alerts), body, _top(profile, 20), alert_sql)
    result.snapshot_min_ms, result.raw_sql_min_ms = min(snap_s) * 1000, min(raw_s) * 1000
    db.engine.dispose()          # not db.dispose(): it would write planner statistics
    # The live-like database (the last day only up to now): same snapshot, its time.
    cdb = Database(f"sqlite:///{cut}")
    times = []
    cut_snap = None
    for i in range(3 + runs):
        with cdb.read() as session:
            t = time.perf_counter()
            cut_snap = snapshot(session, now, calendar)
            if i >= 3:
                times.append(time.perf_counter() - t)
    cdb.engine.dispose()
    result.cut_ms = median(times) * 1000
    a, b = _comparable(snap), _comparable(cut_snap)
    result.cut_same = "same" if a == b else "differs in " + ", ".join(
        sorted(k for k in a if a[k] != b[k]))
    return result


def _top(profile: cProfile.Profile, n: int) -> list[list[Any]]:
    """(function, calls, own ms, cumulative ms) per call of the profiled loop, by own time."""
    st = pstats.Stats(profile, stream=io.StringIO())
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        where = func if filename == "~" else f"{_short(filename)}:{line} {func}"
        rows.append([where, nc, tt * 1000, ct * 1000])
    rows.sort(key=lambda r: -r[2])
    return rows[:n]


def _short(path: str) -> str:
    for marker in ("site-packages/", str(REPO) + "/", "/lib/python3."):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def measure_tick(path: Path, runs: int, config: Path, size: tuple[int, int] = (1366, 768),
                 limit: int = 0) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.live_gui", "tick", f"sqlite:///{path}",
         repr(live_data.NOW), str(runs), str(size[0]), str(size[1]), str(limit)],
        cwd=REPO, env=child_env(config), capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"tick benchmark failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return result_line(proc.stdout, "result")


BENCH_PASSWORD = "Bench-Start-2026!"


def _bench_account(db_path: Path) -> None:
    """The OS user's director account on the cold-start copy (the app logs in with it)."""
    import getpass

    from app.db import Database, migrate
    from app.security.accounts import create_first_director, has_accounts

    db = Database(f"sqlite:///{db_path}")
    try:
        migrate(db)
        with db.read() as session:
            exists = has_accounts(session)
        if not exists:
            create_first_director(db, getpass.getuser(), BENCH_PASSWORD)
    finally:
        db.engine.dispose()


def _start_once(mode: str, db_path: Path, config: Path) -> dict[str, Any]:
    argv = [sys.executable, "-m", "bench.live_start", mode]
    if mode == "halldesk":
        argv += ["--db", f"sqlite:///{db_path}"]
    env = child_env(config)
    env["LIVE_BENCH_PASSWORD"] = BENCH_PASSWORD
    launch_perf = time.perf_counter()
    env["LIVE_BENCH_LAUNCH"] = repr(time.time())
    proc = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    out: dict[str, Any] = {}
    for line in proc.stdout:
        tag = line.split(" ", 1)[0]
        if tag in ("@@painted", "@@data", "@@timeout"):
            out[tag[2:]] = json.loads(line.split(" ", 1)[1])
            out[f"parent_{tag[2:]}"] = time.perf_counter() - launch_perf
    out["exit"] = proc.wait(timeout=60)
    out["parent_exit"] = time.perf_counter() - launch_perf
    if "painted" not in out:
        raise RuntimeError(f"{mode} start: no first paint reported ({out})")
    return out


def _importtime(code: str) -> list[tuple[int, str, int, int]]:
    """(depth, module, self µs, cumulative µs) from ``python -X importtime -c code``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=REPO,
                          env=child_env(DATA), capture_output=True, text=True, timeout=300)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cum, name = line[len("import time:"):].split("|")
        rows.append(((len(name) - len(name.lstrip()) - 1) // 2, name.strip(), int(own),
                     int(cum)))
    return rows


def import_profile() -> dict[str, Any]:
    """Where the start's import time goes: by top-level package (own time), HallDesk's
    imports (``import main`` then ``widgets.app``) against the floor's, and the biggest
    imports made directly by widgets.app and app.cli. ``-X importtime`` slows imports
    down, so the numbers are larger than in the timed starts; their shares hold."""
    hd = _importtime("import main; import widgets.app")
    fl = _importtime("import pyqtgraph, sqlalchemy; from PyQt6.QtWidgets import QApplication")

    def by_package(rows: list[tuple[int, str, int, int]]) -> dict[str, int]:
        out: dict[str, int] = {}
        for _d, name, own, _c in rows:
            top = name.split(".")[0]
            out[top] = out.get(top, 0) + own
        return out

    # Direct children of widgets.app / app.cli: importtime prints children first, one
    # level deeper than their parent.
    direct: list[tuple[str, str, int]] = []
    for i, (depth, name, _own, _cum) in enumerate(hd):
        if name in ("widgets.app", "app.cli"):
            j = i - 1
            while j >= 0 and hd[j][0] > depth:
                if hd[j][0] == depth + 1:
                    direct.append((name, hd[j][1], hd[j][3]))
                j -= 1
    direct.sort(key=lambda r: -r[2])
    return {"halldesk_s": sum(r[2] for r in hd) / 1e6, "floor_s": sum(r[2] for r in fl) / 1e6,
            "packages": sorted(((k, v, by_package(fl).get(k, 0))
                                for k, v in by_package(hd).items()), key=lambda r: -r[1])[:14],
            "direct": direct[:12]}


def measure_start(db_path: Path, pairs: int, config: Path) -> dict[str, list[dict[str, Any]]]:
    runs: dict[str, list[dict[str, Any]]] = {"halldesk": [], "floor": []}
    for i in range(pairs + 1):
        order = ("halldesk", "floor") if i % 2 == 0 else ("floor", "halldesk")
        for mode in order:
            r = _start_once(mode, db_path, config)
            if i > 0:                       # the first pair warms the OS caches
                runs[mode].append(r)
        if i > 0:
            log(f"  pair {i}: HallDesk {runs['halldesk'][-1]['painted']['window_painted']:.2f} s,"
                f" floor {runs['floor'][-1]['painted']['window_painted']:.2f} s")
    return runs


# -- the run -----------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    command = " ".join([".venv/bin/python -m bench.live", *map(shlex.quote, sys.argv[1:])])
    started = time.perf_counter()
    env = machine.describe(REPO)

    # 1. Data ----------------------------------------------------------------------------
    t = time.perf_counter()
    demo, demo_cut, demo_stamp = live_data.demo_year(log, args.rebuild)
    h200, h200_cut, h200_stamp = live_data.h200_year(log, args.h200_days, args.rebuild)
    today = dt.datetime.now(live_data.TZ).date()
    demo90, demo90_stamp = live_data.demo90(log, today)
    schemas = {p.name: live_data.use(p, log) for p in (demo, demo_cut, h200, h200_cut, demo90)}
    data_s = time.perf_counter() - t
    log(f"Data ready in {data_s:.0f} s.")
    config = Path(tempfile.mkdtemp(prefix="live-config-", dir=DATA))

    try:
        # 2. Snapshot ----------------------------------------------------------------------
        log(f"Snapshot at {_local(live_data.NOW)} (median of {args.runs} warm runs) …")
        snaps = [measure_snapshot("demo hall", demo, demo_cut, args.runs),
                 measure_snapshot(f"{live_data.H200_WINDOWS}-window hall", h200, h200_cut,
                                  args.runs)]
        for s in snaps:
            log(f"  {s.name}: snapshot {s.snapshot_ms:.1f} ms, its SQL alone "
                f"{s.raw_sql_ms:.1f} ms, alerts {s.alerts_ms:.1f} ms")

        # 3. UI tick -----------------------------------------------------------------------
        log("UI tick at 1366×768 (and the compact 120-window view at 1920×1080), "
            "offscreen …")
        ticks = {"demo": measure_tick(demo, args.runs, config),
                 "h200": measure_tick(h200, args.runs, config),
                 "compact120": measure_tick(h200, args.runs, config, (1920, 1080),
                                            COMPACT_WINDOWS)}
        for k, r in ticks.items():
            log(f"  {k}: apply {r['apply_ms']:.1f} ms, apply + paint "
                f"{r['apply_paint_ms']:.1f} ms, repaint alone {r['floor_ms']:.1f} ms")

        # 4. Cold start --------------------------------------------------------------------
        log(f"Cold start, HallDesk vs floor, {args.start_pairs} alternating pairs …")
        start_db = DATA / "live-start.db"
        live_data.copy_db(demo, start_db)
        _bench_account(start_db)
        starts = measure_start(start_db, args.start_pairs, config)
        imports = import_profile()

        # 5. Memory soak -------------------------------------------------------------------
        log(f"Memory soak: {args.soak:.0f} s at {SPEED:.0f}× "
            f"({args.soak * SPEED / 3600:.1f} simulated hours) …")
        soak = measure_soak(demo90, args.soak, config)
        log("Diagnosis: day_series through a whole day at 1× …")
        soak["series_day"] = measure_series(demo)
        log(f"  RSS {soak['start_mb']:.0f} → {soak['end_mb']:.0f} MB, max "
            f"{soak['max_mb']:.0f}, last-half slope {soak['slope']:+.2f} MB/min")
    finally:
        shutil.rmtree(config, ignore_errors=True)
        for name in ("live-start.db", "live-soak.db"):
            for suffix in ("", "-wal", "-shm"):
                Path(str(DATA / name) + suffix).unlink(missing_ok=True)

    total_s = time.perf_counter() - started
    load = os.getloadavg()
    env.append(("Load average at end", " ".join(f"{x:.2f}" for x in load)))
    text = report(args, command, env, total_s, data_s,
                  (demo_stamp, h200_stamp, demo90_stamp), schemas, snaps, ticks, starts, soak,
                  imports)
    full_size = (args.h200_days is None and args.soak >= SOAK_S and args.runs >= RUNS
                 and args.start_pairs >= START_PAIRS)
    results = args.results or (ROOT / "RESULTS-live.md" if full_size
                               else DATA / "RESULTS-live.md")
    results.write_text(text, encoding="utf-8")
    print()
    print(text)
    print(f"Written to {results} (whole run {total_s / 60:.1f} min).")
    print()
    # The figures table once more, last, where a terminal shows it.
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("| figure "))
    last = next(i for i in range(first, len(lines)) if not lines[i].startswith("|"))
    print("\n".join(lines[first:last]))
    fails = [line for line in lines if line.startswith("**FAIL: ")]
    print("\n".join(fails) if fails else "All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
