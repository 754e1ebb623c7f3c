"""The memory soak of ``bench.live``: the application's main window on a database a
simulator feeds at 60×, its resident memory sampled from outside, and the day-series
diagnosis (``bench.live_gui`` runs the children)."""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench import live_data
from bench.datagen import DATA, REPO
from bench.live_child import child_env, log, result_line
from bench.live_report import SAMPLE_S, SPEED


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def slope_mb_per_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB), in MB per minute."""
    if len(samples) < 2:
        return math.nan
    xs = [t for t, _ in samples]
    ys = [m for _, m in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def measure_series(path: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.live_gui", "series", f"sqlite:///{path}",
         str(live_data.END)], cwd=REPO, capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"series diagnosis failed:\n{proc.stderr[-3000:]}")
    return result_line(proc.stdout, "result")


def measure_soak(demo_db: Path, seconds: float, config: Path) -> dict[str, Any]:
    scratch = DATA / "live-soak.db"
    live_data.copy_db(demo_db, scratch)
    url = f"sqlite:///{scratch}"
    feeder = subprocess.Popen([sys.executable, "-m", "bench.live_gui", "feed", url, str(SPEED)],
                              cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    assert feeder.stdout is not None and feeder.stdin is not None
    start: dict[str, Any] = {}
    for line in feeder.stdout:
        if line.startswith("@@start "):
            start = json.loads(line[8:])
            break
    if not start:
        raise RuntimeError(f"the feeder did not start (exit {feeder.wait()})")
    feed_log: list[str] = []

    def drain() -> None:
        assert feeder.stdout is not None
        for line in feeder.stdout:
            feed_log.append(line.rstrip())

    threading.Thread(target=drain, daemon=True).start()
    with tempfile.TemporaryFile("w+") as gui_out, tempfile.TemporaryFile("w+") as gui_err:
        t0 = time.perf_counter()
        gui = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "bench.live_gui", "soak", url,
             repr(start["wall0"]), repr(start["sim0"]), str(SPEED), str(seconds)],
            cwd=REPO, env=child_env(config), stdout=gui_out, stderr=gui_err, text=True)
        samples: list[tuple[float, float]] = []
        feeder_rss: list[float] = []
        next_at = SAMPLE_S
        while gui.poll() is None:
            elapsed = time.perf_counter() - t0
            if elapsed >= next_at:
                rss = _rss_mb(gui.pid)
                if rss is not None and gui.poll() is None:
                    samples.append((elapsed, rss))
                frss = _rss_mb(feeder.pid)
                if frss is not None:
                    feeder_rss.append(frss)
                next_at += SAMPLE_S
                if len(samples) % 6 == 0 and samples:
                    log(f"  {elapsed:4.0f} s: GUI {samples[-1][1]:.1f} MB")
            if elapsed > seconds + 120:
                gui.kill()
                break
            time.sleep(0.1)
        gui.wait()
        feeder.stdin.close()
        try:
            feeder.wait(timeout=30)
        except subprocess.TimeoutExpired:
            feeder.kill()
        gui_out.seek(0)
        text = gui_out.read()
        gui_err.seek(0)
        err = gui_err.read()
    if gui.returncode != 0:
        # A crash is a result too: keep the samples, say how it ended.
        log(f"  the GUI ended with status {gui.returncode}:\n{err[-2000:]}")
        result = {"crash": f"exit status {gui.returncode}", "crash_log": err[-2000:],
                  "seconds": time.perf_counter() - t0, "ticks": 0, "errors": 0,
                  "first_errors": [], "series_loads": 0, "load_median_ms": math.nan,
                  "load_max_ms": math.nan, "apply_median_ms": math.nan,
                  "apply_max_ms": math.nan, "sim_end": math.nan, "last": None}
    else:
        result = result_line(text, "result")
    # Samples taken while the GUI was quitting (after SECONDS) are not the soak.
    samples = [s for s in samples if s[0] <= seconds]
    half = samples[len(samples) // 2:]
    result.update(
        samples=samples, start_mb=samples[0][1] if samples else math.nan,
        end_mb=samples[-1][1] if samples else math.nan,
        max_mb=max((m for _, m in samples), default=math.nan), slope=slope_mb_per_min(half),
        slope_all=slope_mb_per_min(samples), feeder_max_mb=max(feeder_rss, default=math.nan),
        fed_batches=sum(1 for line in feed_log if " events" in line),
        fed_events=sum(int(line.split("+", 1)[1].split()[0]) for line in feed_log
                       if "+" in line and " events" in line),
        feed_today=start["today"], sim0=start["sim0"])
    return result
