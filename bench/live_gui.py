"""Child processes of ``bench.live`` that need Qt or run the simulator.

``python -m bench.live_gui tick URL NOW RUNS [WIDTH HEIGHT [LIMIT]]``
    The UI thread's share of one refresh of the live page at 1366×768 (or WIDTH ×
    HEIGHT; with LIMIT, the hall's first LIMIT windows only) (offscreen), the page
    showing what it opens on (the whole hall, 全馆):
    ``page._loaded(tick, None)`` (apply) then ``QApplication.processEvents()`` and
    ``window.repaint()`` (paint). The tick's data is computed beforehand by
    ``page._load()`` (what the worker thread does), for ``NOW`` and ``NOW + 1 s``;
    the runs alternate between the two so that every apply changes what is shown
    (elapsed service times), as each second does. Floor: ``processEvents()`` and
    ``window.repaint()`` alone (painting the same window with no new data), runs
    interleaved with the tick's. Prints ``@@result {json}``.

``python -m bench.live_gui feed URL SPEED``
    ``app.events.simulator.run_live`` on the database (what ``halldesk simulate`` does);
    prints ``@@start {wall0, sim0}`` first (the simulated clock, computed as
    run_live computes it), stops when its standard input closes.

``python -m bench.live_gui series URL DAY``
    Diagnosis of the soak's growth: ``day_series`` through a whole day at 1× (see
    ``series_day``); no Qt.

``python -m bench.live_gui soak URL WALL0 SIM0 SPEED SECONDS``
    The application's main window on the database with the live page's own 1-second
    timer, its clock following the feeder's simulated clock; quits after SECONDS and
    prints ``@@result {json}`` (ticks applied, load and apply times, last snapshot).
"""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import json
import os
import pstats
import statistics
import sys
import threading
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACCOUNT = "bench:director"
WIDTH, HEIGHT = 1366, 768


def _app() -> Any:
    """The QApplication as ``run_gui`` sets it up (interpreter settings, translations,
    CJK font)."""
    from PyQt6.QtWidgets import QApplication

    from widgets import runtime
    from widgets.app import choose_font, install_translations

    runtime.tune_for_ui()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    runtime.UiThreadCollector(app).start()
    app.setOrganizationName("HallDesk")
    app.setApplicationName("HallDesk")
    install_translations(app)
    choose_font(app)
    return app


def _median_ms(xs: list[float]) -> float:
    return statistics.median(xs) * 1000


def _top(profile: cProfile.Profile, n: int = 18) -> list[list[Any]]:
    """(function, calls, own ms, cumulative ms) by own time."""
    st = pstats.Stats(profile, stream=io.StringIO())
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        where = func if filename == "~" else f"{_short(filename)}:{line} {func}"
        rows.append([where, nc, tt * 1000, ct * 1000])
    rows.sort(key=lambda r: -r[2])
    return rows[:n]


def _short(path: str) -> str:
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/"
    for marker in ("site-packages/", repo, "/lib/python3."):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def tick(url: str, now: float, runs: int, size: tuple[int, int] = (WIDTH, HEIGHT),
         limit: int = 0) -> dict[str, Any]:
    from PyQt6.QtWidgets import QApplication

    from app.db import Database
    from widgets.context import AppContext
    from widgets.main_window import MainWindow
    from widgets.overview import page as _page  # noqa: F401  (registers the tab)

    app = _app()
    clock = [now]
    db = Database(url)
    window = MainWindow(AppContext(db, ACCOUNT, role="office", clock=lambda: clock[0]),
                        remember=False)
    window.resize(*size)
    window.show()
    page: Any = window.pages[0]
    page.timer.stop()
    if limit:                    # a smaller hall: the snapshot's first ``limit`` windows
        load = page._load

        def limited(series: bool = False) -> Any:
            t = load(series)
            t.snap.windows = t.snap.windows[:limit]
            keep = {w.code for w in t.snap.windows}
            t.alerts = [a for a in t.alerts if a.window is None or a.window in keep]
            return t

        page._load = limited
    window.clock.stop()          # the status-bar clock: not part of the page's tick
    for _ in range(5):
        app.processEvents()
    page.load_now()              # first data, floor plans built, charts filled
    app.processEvents()
    ticks = []
    for k in range(2):
        clock[0] = now + k
        ticks.append(page._load())
    series = page._load_series()

    def run_tick(i: int) -> tuple[float, float, float]:
        t0 = time.perf_counter()
        page._loaded(ticks[i % 2], None)
        t1 = time.perf_counter()
        QApplication.processEvents()
        t2 = time.perf_counter()
        window.repaint()
        t3 = time.perf_counter()
        return t1 - t0, t2 - t0, t3 - t0

    def run_floor() -> float:
        t0 = time.perf_counter()
        QApplication.processEvents()
        window.repaint()
        return time.perf_counter() - t0

    def run_series() -> float:
        t0 = time.perf_counter()
        page._series_loaded(series, None)
        QApplication.processEvents()
        window.repaint()
        return time.perf_counter() - t0

    for i in range(5):           # warm-up
        run_tick(i)
        run_floor()
    apply, natural, painted, floor, series_s = [], [], [], [], []
    for i in range(runs):
        a, n, p = run_tick(i)
        apply.append(a)
        natural.append(n)
        painted.append(p)
        floor.append(run_floor())
        if i % 2 == 0:
            series_s.append(run_series())
    profile = cProfile.Profile()
    profile.enable()
    for i in range(20):
        run_tick(i)
    profile.disable()
    snap = ticks[0].snap
    tiles = sum(len(f.tiles) for f in page.floors.values())
    result = {
        "runs": runs,
        "apply_ms": _median_ms(apply), "apply_events_ms": _median_ms(natural),
        "apply_paint_ms": _median_ms(painted), "floor_ms": _median_ms(floor),
        "series_ms": _median_ms(series_s),
        "apply_max_ms": max(apply) * 1000, "apply_paint_max_ms": max(painted) * 1000,
        "window": [window.width(), window.height()], "tiles": tiles,
        "floors": len(page.floors), "windows": len(snap.windows),
        "view": page.views.tabText(page.views.currentIndex()),
        "hall_tile": [page.hall_map.tile_size.width(), page.hall_map.tile_size.height()],
        "hall_scrolls": page.hall_scroll.verticalScrollBar().maximum() > 0,
        "alerts": len(ticks[0].alerts), "profile_20_ticks": _top(profile),
    }
    window.close()
    db.engine.dispose()          # not db.dispose(): no PRAGMA optimize on the bench file
    return result


# -- the memory soak -------------------------------------------------------------------
class StallProbe:
    """How long the UI thread was kept from its event loop: a precise 10-ms timer on
    the UI thread; each firing later than due counts the lateness as a stall. One
    event handler (or anything else holding the thread, the GIL included) running
    longer than 50 ms shows as a stall over 50 ms."""

    INTERVAL_S = 0.010

    def __init__(self) -> None:
        from PyQt6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(int(self.INTERVAL_S * 1000))
        self.timer.timeout.connect(self._fired)
        self.last = 0.0
        self.t0 = 0.0
        self.stalls: list[tuple[float, float]] = []   # (seconds since start, late by s)
        self.fired = 0
        self.gc: list[tuple[float, int, float]] = []     # (since start, generation, s)
        self._gc_began = 0.0

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_began = now
        elif info["generation"] == 2 or now - self._gc_began > 0.005:
            self.gc.append((now - self.t0, info["generation"], now - self._gc_began))

    def start(self) -> None:
        import gc

        self.t0 = self.last = time.perf_counter()
        gc.callbacks.append(self._gc)
        self.timer.start()

    def stop(self) -> None:
        import gc

        self.timer.stop()
        gc.callbacks.remove(self._gc)

    def _fired(self) -> None:
        now = time.perf_counter()
        late = now - self.last - self.INTERVAL_S
        self.last = now
        self.fired += 1
        if late > 0.010:
            self.stalls.append((now - self.t0, late))

    def summary(self) -> dict[str, Any]:
        def part(stalls: list[tuple[float, float]]) -> dict[str, Any]:
            worst = sorted(stalls, key=lambda s: -s[1])[:5]
            return {"max_ms": max((s[1] for s in stalls), default=0.0) * 1000,
                    "over_50": sum(1 for s in stalls if s[1] > 0.050),
                    "over_20": sum(1 for s in stalls if s[1] > 0.020),
                    "worst": [[round(t, 1), round(late * 1000, 1)] for t, late in worst]}

        start = [s for s in self.stalls if s[0] < 10]
        after = [s for s in self.stalls if s[0] >= 10]
        return {"fired": self.fired, "first_10s": part(start), "after": part(after),
                "gc_over_5ms_or_full": [[round(t, 1), g, round(d * 1000, 1)]
                                        for t, g, d in self.gc][:20]}


def feed(url: str, speed: float) -> int:
    from app.db import Database
    from app.events.simulator import _at, load_hall_info, run_live

    db = Database(url)
    stop = threading.Event()

    def watch_stdin() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    info = load_hall_info(db)
    wall0 = time.time()
    today = dt.datetime.fromtimestamp(wall0, info.tz).date()
    day_start, day_end = _at(today, 8.5, info.tz), _at(today, 18.5, info.tz)
    sim0 = wall0 if day_start <= wall0 <= day_end else day_start
    print("@@start " + json.dumps({"wall0": wall0, "sim0": sim0, "today": str(today)}),
          flush=True)
    fed = run_live(db, speed=speed, until=None, seed=1, actor="bench:feed",
                   log=lambda m: print(m, flush=True), stop=stop.is_set, role="director")
    print(f"@@fed {fed}", flush=True)
    db.engine.dispose()
    return 0


def soak(url: str, wall0: float, sim0: float, speed: float, seconds: float) -> dict[str, Any]:
    from PyQt6.QtCore import QTimer

    from app.db import open_database
    from widgets import runtime
    from widgets.context import AppContext
    from widgets.main_window import MainWindow
    from widgets.overview import page as _page  # noqa: F401  (registers the tab)

    app = _app()

    def clock() -> float:
        return sim0 + (time.time() - wall0) * speed

    db = open_database(url)
    window = MainWindow(AppContext(db, ACCOUNT, role="office", clock=clock), remember=False)
    page: Any = window.pages[0]
    loads: list[float] = []
    applies: list[float] = []
    errors: list[str] = []
    state: dict[str, Any] = {"series": 0}
    load, loaded, load_series = page._load, page._loaded, page._load_series

    # Thin wrappers, for timing only: refresh() looks these up on the instance.
    def timed_load(series: bool = False) -> Any:
        # with ``series`` the charts' series come in the same read (the first tick,
        # then once a minute or when they lag the tiles): counted as a charts load
        t = time.perf_counter()
        if series:
            state["series"] += 1
        try:
            return load(series)
        finally:
            loads.append(time.perf_counter() - t)

    def timed_loaded(tick: Any, error: BaseException | None) -> None:
        t = time.perf_counter()
        loaded(tick, error)
        applies.append(time.perf_counter() - t)
        if error is not None:
            errors.append(str(error).splitlines()[0][:200])

    def counted_series() -> Any:
        state["series"] += 1
        return load_series()

    page._load, page._loaded, page._load_series = timed_load, timed_loaded, counted_series
    probe = StallProbe()
    window.show()
    probe.start()
    # as run_gui does
    window.after_first_paint(runtime.settle)
    QTimer.singleShot(runtime.SETTLE_AGAIN_MS, runtime.settle)
    trace: dict[str, Any] = {}
    if os.environ.get("LIVE_BENCH_TRACEMALLOC"):
        # Diagnosis only (slows the process): Python allocations that grew between a
        # third of the run and its end, by line.
        import tracemalloc

        def first() -> None:
            tracemalloc.start(8)
            trace["first"] = tracemalloc.take_snapshot()

        def last() -> None:
            snap = tracemalloc.take_snapshot()
            stats = snap.compare_to(trace["first"], "traceback")
            trace["total_kib"] = sum(st.size_diff for st in stats) / 1024
            trace["top"] = [[st.size_diff / 1024, st.count_diff,
                             " <- ".join(f"{_short(f.filename)}:{f.lineno}"
                                         for f in st.traceback[:4])] for st in stats[:15]]
            tracemalloc.stop()

        QTimer.singleShot(int(seconds * 1000 / 3), first)
        QTimer.singleShot(int(seconds * 1000) - 500, last)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    started = time.time()
    app.exec()
    probe.stop()
    snap = page.last_snapshot
    result = {
        "stalls": probe.summary(),
        "first_apply_ms": applies[0] * 1000 if applies else None,
        "later_apply_max_ms": max(applies[1:]) * 1000 if len(applies) > 1 else None,
        "seconds": time.time() - started, "ticks": len(applies), "errors": len(errors),
        "first_errors": errors[:3], "series_loads": state["series"],
        "load_median_ms": _median_ms(loads) if loads else None,
        "load_max_ms": max(loads) * 1000 if loads else None,
        "apply_median_ms": _median_ms(applies) if applies else None,
        "apply_max_ms": max(applies) * 1000 if applies else None,
        "sim_start": sim0, "sim_end": clock(),
        "tracemalloc": {k: v for k, v in trace.items() if k != "first"},
        "last": None if snap is None else {
            "at": snap.at, "open": snap.open_windows, "waiting": snap.waiting_now,
            "served": snap.served_today, "last_event_at": snap.last_event_at},
    }
    window.close()
    from PyQt6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(3000)  # type: ignore[union-attr]
    db.engine.dispose()
    return result


def series_day(url: str, day: str) -> dict[str, Any]:
    """``day_series`` for ``day`` as the page calls it through a whole day at 1×: ``now``
    every 5 minutes from 08:00 to 18:00 (121 grid lengths), then the same again;
    resident memory and SQLAlchemy's compiled cache along the way."""
    import zoneinfo

    from app.db import Database
    from app.figures.period import local_midnight
    from app.figures.series import day_series

    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    d = dt.date.fromisoformat(day)
    t8 = local_midnight(d, tz) + 8 * 3600
    db = Database(url)

    def once(now: float) -> float:
        with db.read() as session:
            t = time.perf_counter()
            day_series(session, d, tz, now)
            return time.perf_counter() - t

    once(t8 + 3600)
    rss0 = _rss()
    first = [once(t8 + i * 300) for i in range(121)]
    rss1 = _rss()
    again = [once(t8 + i * 300) for i in range(121)]
    rss2 = _rss()
    cache = getattr(db.engine, "_compiled_cache", None)
    db.engine.dispose()
    return {"rss_start_mb": rss0, "rss_day_mb": rss1, "rss_second_day_mb": rss2,
            "cache_entries": None if cache is None else len(cache),
            "ms_at_0800": first[0] * 1000, "ms_at_1800": first[-1] * 1000,
            "ms_at_1800_cached": again[-1] * 1000}


def _rss() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "series":
        out = series_day(argv[1], argv[2])
    elif mode == "tick":
        size = (int(argv[4]), int(argv[5])) if len(argv) > 5 else (WIDTH, HEIGHT)
        out = tick(argv[1], float(argv[2]), int(argv[3]), size,
                   int(argv[6]) if len(argv) > 6 else 0)
    elif mode == "feed":
        return feed(argv[1], float(argv[2]))
    elif mode == "soak":
        out = soak(argv[1], float(argv[2]), float(argv[3]), float(argv[4]), float(argv[5]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print("@@result " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
