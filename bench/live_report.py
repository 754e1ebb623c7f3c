"""The report of ``python -m bench.live``: the targets, the figures table beside them,
how each figure is measured, and the diagnosis tables, as Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import statistics
from typing import Any

from bench import live_data
from bench.live_results import SnapshotResult

SNAPSHOT_LIMIT_MS = 20.0
TICK_LIMIT_MS = 25.0
START_LIMIT_S = 1.5
START_MAX_RATIO = 1.8
COMPACT_WINDOWS = 120        # the whole-hall view at 1920×1080: the 200-window hall's first
RSS_LIMIT_MB = 300.0
SLOPE_LIMIT = 1.0            # MB per minute, last half of the soak
RUNS = 21
START_PAIRS = 7
SOAK_S = 600.0               # 10 simulated hours at 60×: a whole opening day
STALL_LIMIT_MS = 50.0        # the UI thread never blocks longer
SPEED = 60.0
SAMPLE_S = 5.0


# -- formatting --------------------------------------------------------------------------
def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |",
           "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
            for r in rows]
    return out


def verdict(ok: bool) -> str:
    return "PASS" if ok else "**FAIL**"


def ratio(a: float, b: float) -> str:
    return "n/a" if not b or math.isnan(a) or math.isnan(b) else f"{a / b:.2f}×"


def ms(x: float) -> str:
    return f"{x:.1f}" if x < 100 else f"{x:,.0f}"


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else math.nan


def _local(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, live_data.TZ).strftime("%Y-%m-%d %H:%M")

def _phase_table(starts: dict[str, list[dict[str, Any]]]) -> list[str]:
    names = [("interpreter", "interpreter up, first line of the driver"),
             ("main_imported", "`import main` (app.cli: SQLAlchemy, models, app.db)"),
             ("gui_imported", "GUI modules imported (PyQt6, pyqtgraph, widgets)"),
             ("qapplication", "QApplication created"),
             ("window_init_start", "database opened, translations, font (MainWindow() called)"),
             ("window_init_end", "MainWindow built"),
             ("shown", "show()"),
             ("window_paint_event", "first Paint event"),
             ("window_painted", "first paint cycle over"),
             ("first_snapshot", "live page's first snapshot applied"),
             ("data_painted", "… and painted")]
    rows = []
    for key, label in names:
        # A run's "data" line repeats its "painted" times and adds the later ones.
        hd = [x for r in starts["halldesk"]
              if (x := r.get("data", r["painted"]).get(key)) is not None]
        fl = [x for r in starts["floor"] if (x := r["painted"].get(key)) is not None]
        rows.append([label, f"{median(hd):.3f}" if hd else "—",
                     f"{median(fl):.3f}" if fl else "—"])
    return md_table(["phase (s since launch, median)", "HallDesk", "floor"], rows)


def report(args: argparse.Namespace, command: str, env: list[tuple[str, str]], total_s: float,
           data_s: float, stamps: tuple[dict[str, Any], ...], schemas: dict[str, Any],
           snaps: list[SnapshotResult], ticks: dict[str, dict[str, Any]],
           starts: dict[str, list[dict[str, Any]]], soak: dict[str, Any],
           imports: dict[str, Any]) -> str:
    demo_stamp, h200_stamp, demo90_stamp = stamps
    rows: list[list[str]] = []
    for s in snaps:
        # The live tab asks for the present: the file as it stands at ``now`` (the year,
        # its last day cut at now). At a past moment of the full year the snapshot also
        # looks for spans and cases that ended after it (reported, not the target).
        rows.append([f"snapshot, {s.name} ({s.windows} windows), live file at now, ms",
                     ms(s.cut_ms), "", "", f"< {SNAPSHOT_LIMIT_MS:.0f} ms",
                     verdict(s.cut_ms < SNAPSHOT_LIMIT_MS)])
        rows.append(["  same moment in the full year (past `now`: + what ended after it), ms",
                     ms(s.snapshot_ms), ms(s.raw_sql_ms), ratio(s.snapshot_ms, s.raw_sql_ms),
                     "", f"info ({s.cut_same})"])
        rows.append(["  same, CPU ms", ms(s.snapshot_cpu_ms), "", "", "", "info"])
        rows.append(["  fastest of the runs (wall), ms", ms(s.snapshot_min_ms),
                     ms(s.raw_sql_min_ms), ratio(s.snapshot_min_ms, s.raw_sql_min_ms), "",
                     "info"])
        rows.append([f"  compute_alerts, {s.name}, ms", ms(s.alerts_ms), "", "", "—", "info"])
        rows.append(["  worker-thread tick (session + snapshot + alerts), ms", ms(s.load_ms),
                     "", "", "", "info"])
    d, h, c = ticks["demo"], ticks["h200"], ticks["compact120"]
    sd = soak["series_day"]
    rows += [
        ["UI tick, demo hall: apply + paint (1366×768), ms", ms(d["apply_paint_ms"]),
         ms(d["floor_ms"]), ratio(d["apply_paint_ms"], d["floor_ms"]),
         f"< {TICK_LIMIT_MS:.0f} ms", verdict(d["apply_paint_ms"] < TICK_LIMIT_MS)],
        ["  apply only (`page._loaded`), ms", ms(d["apply_ms"]), "", "", "", "info"],
        ["  apply + processEvents (no forced repaint), ms", ms(d["apply_events_ms"]), "", "",
         "", "info"],
        ["  charts update (once a minute) + paint, ms", ms(d["series_ms"]), "", "", "", "info"],
        [f"UI tick, {live_data.H200_WINDOWS}-window hall: apply + paint (whole hall "
         f"{'scrolls' if h.get('hall_scrolls') else 'fits'}), ms",
         ms(h["apply_paint_ms"]), ms(h["floor_ms"]), ratio(h["apply_paint_ms"], h["floor_ms"]),
         f"< {TICK_LIMIT_MS:.0f} ms", verdict(h["apply_paint_ms"] < TICK_LIMIT_MS)],
        ["  apply only, ms", ms(h["apply_ms"]), "", "", "", "info"],
        [f"UI tick, compact view of {c['windows']} windows at 1920×1080: apply + paint "
         f"(tiles {c.get('hall_tile', ['?', '?'])[0]}×{c.get('hall_tile', ['?', '?'])[1]}, "
         f"{'scrolls' if c.get('hall_scrolls') else 'all on screen'}), ms",
         ms(c["apply_paint_ms"]), ms(c["floor_ms"]), ratio(c["apply_paint_ms"], c["floor_ms"]),
         f"< {TICK_LIMIT_MS:.0f} ms", verdict(c["apply_paint_ms"] < TICK_LIMIT_MS)],
        ["  apply only, ms", ms(c["apply_ms"]), "", "", "", "info"],
        ["  window size during the ticks (demo / 200-window / compact)",
         f"{d['window'][0]}×{d['window'][1]} / {h['window'][0]}×{h['window'][1]} / "
         f"{c['window'][0]}×{c['window'][1]}", "", "",
         "1366×768 / 1366×768 / 1920×1080",
         verdict(d["window"] == h["window"] == [1366, 768] and c["window"] == [1920, 1080])],
    ]
    hd_paint = [r["painted"]["window_painted"] for r in starts["halldesk"]]
    fl_paint = [r["painted"]["window_painted"] for r in starts["floor"]]
    hd_parent = [r["parent_painted"] for r in starts["halldesk"]]
    fl_parent = [r["parent_painted"] for r in starts["floor"]]
    hd_data = [r["data"]["data_painted"] for r in starts["halldesk"] if "data" in r]
    hd_rss = [r["painted"]["rss_mib"] for r in starts["halldesk"]]
    fl_rss = [r["painted"]["rss_mib"] for r in starts["floor"]]
    start_hd, start_fl = median(hd_paint), median(fl_paint)
    rows += [
        ["cold start to first painted window, s", f"{start_hd:.2f}", f"{start_fl:.2f}",
         ratio(start_hd, start_fl), f"< {START_LIMIT_S} s", verdict(start_hd < START_LIMIT_S)],
        ["cold start vs the floor of its stack", f"{start_hd:.2f}", f"{start_fl:.2f}",
         ratio(start_hd, start_fl), f"≤ {START_MAX_RATIO:g}× floor",
         verdict(start_hd <= START_MAX_RATIO * start_fl)],
        ["  same, seen by the parent (line received), s", f"{median(hd_parent):.2f}",
         f"{median(fl_parent):.2f}", ratio(median(hd_parent), median(fl_parent)), "", "info"],
        ["  to the live page's first snapshot painted, s", f"{median(hd_data):.2f}", "", "",
         "", "info"],
        ["  runs that ended with an error status (after their figures)",
         str(sum(1 for r in starts["halldesk"] if r["exit"] != 0)),
         str(sum(1 for r in starts["floor"] if r["exit"] != 0)), "", "0", "info"],
        ["  resident memory at first paint, MB", f"{median(hd_rss):.0f}", f"{median(fl_rss):.0f}",
         ratio(median(hd_rss), median(fl_rss)), "", "info"],
        [f"resident memory, live page + feed at {SPEED:.0f}× (max), MB",
         f"{soak['max_mb']:.0f}", f"{median(fl_rss):.0f}", ratio(soak["max_mb"], median(fl_rss)),
         f"< {RSS_LIMIT_MB:.0f} MB", verdict(soak["max_mb"] < RSS_LIMIT_MB)],
        ["  slope over the last half, MB/min", f"{soak['slope']:+.2f}", "", "",
         f"< {SLOPE_LIMIT:.0f} MB/min", verdict(soak["slope"] < SLOPE_LIMIT)],
        ["  start (first sample, 5 s) → end, MB",
         f"{soak['start_mb']:.0f} → {soak['end_mb']:.0f}", "", "", "", "info"],
        ["  slope over the whole soak, MB/min", f"{soak['slope_all']:+.2f}", "", "", "", "info"],
        ["  the GUI ran to the end of the soak", soak.get("crash", "yes"), "", "", "yes",
         verdict("crash" not in soak)],
    ]
    stalls = soak.get("stalls") or {}
    after, start10 = stalls.get("after", {}), stalls.get("first_10s", {})
    rows += [
        ["UI thread during the soak, after its first 10 s: longest stall, ms",
         ms(after.get("max_ms", math.nan)), "", "", f"< {STALL_LIMIT_MS:.0f} ms",
         verdict(after.get("max_ms", math.inf) < STALL_LIMIT_MS)],
        ["  stalls over 50 ms / over 20 ms (after the first 10 s)",
         f"{after.get('over_50', '—')} / {after.get('over_20', '—')}", "", "", "", "info"],
        ["  first 10 s (first paint, first data): longest stall, ms",
         ms(start10.get("max_ms", math.nan)), "", "", "", "info"],
        ["  first refresh applied (tiles built; columns fitted later), ms",
         ms(soak.get("first_apply_ms") or math.nan), "", "", "", "info"],
        ["  later refreshes applied: median / max, ms",
         f"{ms(soak.get('apply_median_ms') or math.nan)} / "
         f"{ms(soak.get('later_apply_max_ms') or math.nan)}", "", "", "", "info"],
        ["  full garbage collections during the soak, longest, ms",
         ms(max((g[2] for g in stalls.get("gc_over_5ms_or_full", []) if g[1] == 2),
                default=0.0)), "", "", "", "info"],
        ["  day_series through a day at 1× (121 refreshes): RSS growth, MB",
         f"{sd['rss_day_mb'] - sd['rss_start_mb']:+.0f}", "", "", "",
         f"info (second day {sd['rss_second_day_mb'] - sd['rss_day_mb']:+.0f})"],
    ]
    fails = [r[0].strip() for r in rows if r[5] == verdict(False)]

    out = ["# HallDesk live-hall benchmark results", "",
           f"Command: `{command}`. Whole run: {total_s / 60:.1f} min"
           + (f", of which {data_s / 60:.1f} min building the cached databases"
              if data_s > 60 else "") + ".", ""]
    out += md_table(["machine", ""], [[a, b] for a, b in env])
    d_first, d_last = str(demo_stamp.get("first")), str(demo_stamp.get("last"))
    h_days = h200_stamp.get("days")
    out += [
        "", "Data (cached in `bench/data/`, built by `bench/live_data.py`):", "",
        f"- Demo hall (45 windows, 4 of them vacant): the bench's cached day files "
        f"(`bench/data/seed1_{d_first.replace('-', '')}_{d_last.replace('-', '')}`), "
        f"{demo_stamp['days']} working days {d_first} … {d_last}, "
        f"{demo_stamp['events']:,} events, ingested with `ingest_lines` (one batch per "
        "day) after `migrate` + `load_hall(read_hall_file(None))`, then "
        "`optimize(db, full=True)`."
        + (" These files were generated by an earlier version of the simulator (the "
           "bench's manifest says so); the year's shape is the same." if demo_stamp.get(
               "stale") else ""),
        f"- {live_data.H200_WINDOWS}-window hall (`bench/data/hall200.toml`: "
        f"{live_data.H200_DEPARTMENTS} departments × {live_data.H200_PER_DEPARTMENT} windows, "
        f"{live_data.H200_STAFF} staff each, 4 floors of 50): "
        + ("a full year: " if args.h200_days is None else "**not a full year**: ")
        + f"{h_days} working days {h200_stamp.get('first')} … {h200_stamp.get('last')}, "
        f"{h200_stamp['events']:,} events, from `simulate_day(…, volume=200/41)` (the demo "
        "hall's 1,500 tickets a day are for its 41 staffed windows) with a HallInfo built "
        "from the hall file; departments D01…D40 borrow the demo's 20 department profiles "
        "in turn (service time, cases), with arrival shares ∝ 1 ÷ service time so that "
        "every department's 5 windows carry the same load; same ingest and ANALYZE. "
        f"Built in {h200_stamp.get('built_s', 0) / 60:.0f} min (generation in a second "
        "process, ingest in this one)"
        + (", by an earlier version of app/events/simulator.py (it changed since; the "
           "file is not rebuilt for that)." if h200_stamp.get("stale") else "."),
        f"- Memory soak: `write_demo_history(days=90)` up to {demo90_stamp['key']['today']} "
        "(what `main.py --demo` builds), copied to a scratch file that the feed writes "
        "into.",
        "- `now` for the snapshot and the UI tick: " + _local(live_data.NOW)
        + " (Asia/Shanghai), inside the opening hours of the last simulated day (morning "
        "peak). The full files hold the whole last day (events after `now` too); the "
        "“live-like” files hold it only up to `now`, which is what the live page sees "
        "at that moment, and are the target; on the full files `now` is in the past and the "
        "snapshot also looks for sessions, pauses, device spans and cases that ended "
        "after it (its result must be the same: the row says “same” or where it differs; "
        "tests/app/test_live_snapshot.py checks it for every part).",
        "- Schema: each cached file is brought to the newest migration before the run "
        "(" + "; ".join(f"{k}: {'+'.join(v['after'])}" + (
            f", migrated from {'+'.join(v['before'])}" if v["before"] != v["after"] else "")
            for k, v in schemas.items()) + ").",
        "", "Ratio = HallDesk ÷ baseline/floor.", ""]
    out += md_table(["figure", "HallDesk", "baseline/floor", "ratio", "target", "result"], rows)
    out += ["", *(f"**FAIL: {f}**" for f in fails)]
    out += ["", "What the hall looked like at `now` (the snapshot and alerts):", ""]
    srows = []
    for s in snaps:
        m = s.summary
        srows.append([s.name, str(m["windows"]), " ".join(f"{k} {v}" for k, v in
                                                         sorted(m["states"].items())),
                      str(m["waiting"]), str(m["served"]), str(m["evaluations"]),
                      f"{m['yellow']} / {m['red']}", str(m["alerts"])])
    out += md_table(["hall", "windows", "states", "waiting", "served today", "evaluations",
                     "yellow / red", "alerts"], srows)
    out += ["", "How it is measured:", "",
            f"- Snapshot: `snapshot(session, now, calendar)` in a new session per run "
            f"(`db.read()`), the calendar loaded once (as the page keeps it), 3 warm-up runs, "
            f"then the median of {args.runs}. Baseline: the very SQL statements that "
            "snapshot() sends (captured with a `before_cursor_execute` listener, same "
            "parameters) run by `sqlite3` directly on the same file in one read "
            "transaction, fetching every row, runs interleaved with snapshot()'s: the part "
            "of the time that is SQLite's; the rest is SQLAlchemy and Python. "
            "`compute_alerts` is timed in the same session right after each snapshot.",
            f"- UI tick: `python -m bench.live_gui tick` (a separate process, "
            "`QT_QPA_PLATFORM=offscreen`, the app's translations and font): "
            "`MainWindow(AppContext(db, \"bench:director\", clock=lambda: now), "
            "remember=False)` resized to 1366×768 and shown, on the tab it opens on (全馆, "
            "the whole hall; the floor plans are built too and follow each tick); for the "
            f"compact view, 1920×1080 and the 200-window hall's first {COMPACT_WINDOWS} "
            "windows (the snapshot and its alerts cut to them); the live page's timer and "
            "the status-bar clock stopped; `page.load_now()` once (floor plans built, "
            "charts filled); the tick's data computed beforehand with `page._load()` for "
            "`now` and `now + 1 s` (runs alternate, so every apply changes the elapsed "
            "times shown, as each second does; the whole-hall tiles show whole minutes, "
            "so there only what crosses a minute changes); timed: `page._loaded(tick, None)`, then "
            "`QApplication.processEvents()` and `window.repaint()`; 5 warm-up runs, then "
            f"the median of {args.runs}. Floor: `processEvents()` + `window.repaint()` with "
            "no new data, interleaved. Charts: `page._series_loaded(…)` + paint (the page "
            "does it with the first snapshot, then once every 60 ticks or when the charts "
            "lag the tiles).",
            "- Cold start: `python -m bench.live_start halldesk --db sqlite:///…` runs "
            "`main.py`'s own path (`import main`, `app.cli.run`, `widgets.app.run_gui`) on "
            "a copy of the demo year; `python -m bench.live_start floor` imports PyQt6, "
            "pyqtgraph and SQLAlchemy and shows an empty 1366×768 QMainWindow. Both create "
            "the QApplication as `run_gui` does and install the same event filter on it: at "
            "the first Paint event of a widget of the main window a zero-delay timer is "
            "started, which fires once that paint cycle is over; that moment is the "
            "first painted window. The parent passes its `time.time()` taken just before "
            "starting the process (`LIVE_BENCH_LAUNCH`); the child reports its times "
            "relative to it (interpreter start-up included); the parent also notes when the "
            f"report line arrives (its `perf_counter`). One warm-up pair, then "
            f"{args.start_pairs} pairs alternating which goes first; medians. "
            "`QT_QPA_PLATFORM=offscreen`, a fresh `XDG_CONFIG_HOME` (no saved geometry). "
            "“Cold” means a new process: the OS file cache and the .pyc files are warm, as "
            "they are for a director who opens the application a second time.",
            f"- Memory: a feeder process runs `run_live(db, speed={SPEED:.0f})` (what "
            f"`halldesk simulate --speed {SPEED:.0f}` does) on a copy of the 90-day demo "
            "database; the GUI process (`python -m bench.live_gui soak`) shows the main "
            "window on the same file with the live page's own 1-second timer (its queries "
            "on the worker thread, charts every 60 ticks) and a clock that follows the "
            "feeder's simulated clock. The GUI's VmRSS (/proc/PID/status) is sampled every "
            f"{SAMPLE_S:.0f} s by the parent; slope = least squares over the last half of "
            "the samples. Floor column: the floor script's RSS at its first paint.",
            "- UI thread: in the soak's GUI process a precise 10-ms QTimer on the UI thread "
            "notes every firing more than 10 ms late (`StallProbe` in bench/live_gui.py); "
            "one event handler, paint or collection holding the thread (or the GIL, which "
            "it shares with the worker threads) for longer than 50 ms shows as a stall over "
            "50 ms. The first 10 s (the window's first paint, the first data, the tables' "
            "first column fit) are reported apart from the rest. The process is set up as "
            "`run_gui` sets it up (widgets/runtime.py: a 1-ms GIL switch interval, "
            "`gc.freeze()` after the first paint and again after 20 s); full collections "
            "are timed through `gc.callbacks`.",
            "- Machine load: the load-average rows show how busy the machine was (other "
            "programs included); every HallDesk figure and its floor were measured in the "
            "same run, interleaved.", ""]
    out += ["Cold start phase by phase:", ""]
    out += _phase_table(starts)
    n_alerts = median([r["data"].get("alerts", math.nan) for r in starts["halldesk"]
                       if "data" in r])
    out += ["", "The first painted window comes before any data: the live page loads on "
            "its 1-second timer, started when the page is built, so its first snapshot "
            "(snapshot + alerts on the worker thread) lands a second or more later. The "
            "started application runs on the real clock, two months after the data ends: "
            f"every case left open is overdue by then, so that first snapshot lists "
            f"{n_alerts:,.0f} alerts.", "",
            f"Imports at start (`python -X importtime`, which slows imports: HallDesk "
            f"{imports['halldesk_s']:.2f} s, floor {imports['floor_s']:.2f} s under it), "
            "own time by top-level package:", ""]
    out += md_table(["package", "HallDesk ms", "floor ms"],
                    [[k, f"{v / 1000:.0f}", f"{f / 1000:.0f}"]
                     for k, v, f in imports["packages"]])
    out += ["", "Biggest imports made directly by `app.cli` (import main) and `widgets.app` "
            "(cumulative, under -X importtime):", ""]
    out += md_table(["imported by", "module", "ms"],
                    [[p, m, f"{c / 1000:.0f}"] for p, m, c in imports["direct"]])
    sim0 = soak["sim0"]
    sim_end = soak["sim_end"] if not math.isnan(soak["sim_end"]) else sim0 + soak[
        "seconds"] * SPEED
    out += ["", "Memory soak:", ""]
    if "crash" in soak:
        out += [f"- **The GUI process crashed** ({soak['crash']}) after "
                f"{soak['seconds']:.0f} s; its standard error (faulthandler):", "", "```",
                soak["crash_log"].strip(), "```", ""]
    out += [f"- Simulated day {soak['feed_today']}, simulated clock "
            f"{_local(sim0)[11:]} → {_local(sim_end)[11:]}; "
            f"{soak['fed_events']:,} events fed in {soak['fed_batches']} batches.",
            f"- The page applied {soak['ticks']} ticks in {soak['seconds']:.0f} s "
            f"({soak['errors']} with a database error"
            + (f": {soak['first_errors']}" if soak["errors"] else "") + "), loaded the "
            f"charts {soak['series_loads']} times. Worker-thread load (snapshot + alerts; "
            f"+ the charts' series when due) "
            f"median {soak['load_median_ms']:.1f} ms, max {soak['load_max_ms']:.0f} ms; "
            f"UI-thread apply median {soak['apply_median_ms']:.1f} ms, max "
            f"{soak['apply_max_ms']:.0f} ms.",
            "- Last snapshot: " + (json.dumps(soak["last"]) if soak["last"] else "none") + ".",
            f"- Day series through a real day: `day_series` called as the page calls it "
            f"at 1× (`now` every 5 minutes, 08:00 → 18:00, 121 refreshes, in a fresh "
            f"process): RSS {sd['rss_start_mb']:.0f} → {sd['rss_day_mb']:.0f} MB, "
            f"{sd['cache_entries']} entries in SQLAlchemy's compiled cache; the same day "
            f"again → {sd['rss_second_day_mb']:.0f} MB. One call takes "
            f"{sd['ms_at_0800']:.0f} ms at 08:00 and {sd['ms_at_1800']:.0f} ms at 18:00 "
            f"({sd['ms_at_1800_cached']:.0f} ms the second day). A statement whose SQL "
            "changes with the time of day adds a cache entry per refresh and shows here "
            "(the literal grid before commit 3852a4d: 123 entries, +48 MB over a day); "
            f"at {SPEED:.0f}× the soak meets only {soak['series_loads']} of the day's "
            "chart reloads.",
            f"- Feeder process peak RSS {soak['feeder_max_mb']:.0f} MB (not counted).",
            "- RSS samples (s, MB): " + ", ".join(f"{t:.0f}: {m:.1f}"
                                                   for t, m in soak["samples"]) + "."]
    for s in snaps:
        out += ["", f"Snapshot query by query, {s.name} (sqlite3 alone, median of 11; "
                "caller in app/figures):", ""]
        out += md_table(["caller", "rows", "ms", "plan"],
                        [[st.caller, str(st.rows), f"{st.ms:.2f}", st.plan[:160]]
                         for st in s.statements])
        out += ["", f"compute_alerts query by query, {s.name} (same method):", ""]
        out += md_table(["caller", "rows", "ms", "plan"],
                        [[st.caller, str(st.rows), f"{st.ms:.2f}", st.plan[:160]]
                         for st in s.alert_statements])
    for s in snaps:
        if s.cut_ms >= SNAPSHOT_LIMIT_MS:
            out += ["", f"cProfile of 20 snapshots, {s.name} (by own time, ms in total):", ""]
            out += md_table(["function", "calls", "own ms", "cum ms"],
                            [[f, f"{n:,}", f"{a:.1f}", f"{c:.1f}"] for f, n, a, c in s.profile])
    for key, name in (("demo", "demo hall"), ("h200", f"{live_data.H200_WINDOWS}-window hall"),
                      ("compact120", f"compact view of {COMPACT_WINDOWS} windows")):
        r = ticks[key]
        if r["apply_paint_ms"] >= TICK_LIMIT_MS:
            out += ["", f"cProfile of 20 UI ticks (apply + processEvents + repaint), {name}, "
                    f"window {r['window'][0]}×{r['window'][1]}, {r['tiles']} tiles on "
                    f"{r['floors']} floors, {r['alerts']} alerts (by own time, ms in total):",
                    ""]
            out += md_table(["function", "calls", "own ms", "cum ms"],
                            [[f, f"{n:,}", f"{a:.1f}", f"{c:.1f}"]
                             for f, n, a, c in r["profile_20_ticks"]])
    return "\n".join(out).rstrip() + "\n"
