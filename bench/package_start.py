"""The packaged program beside the venv's (issue #22): the .deb's size, its installed
size, and the cold start to the first painted main window of each, in one run.

    python -m bench.package_start [--pairs N] [--deb FILE]   → bench/RESULTS-package.md

The start is timed as ``bench.live`` times it (``bench/live_start.py``): the probe's
event filter reports the first painted main window, the login included, in seconds
since the parent launched the process; after one warm-up pair the two are started
alternately. For the packaged side the probe has to be inside the bundle, so
PyInstaller builds the shipped spec (packaging/halldesk.spec) once more around
``bench/live_start.py`` instead of ``main.py`` (build/bench-probe; same Python, same
libraries, same collected modules, plus the probe). Targets: .deb < 150 MB, packaged
start ≤ 1.3 × the venv's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.live import BENCH_PASSWORD, _bench_account
from bench.live_child import child_env, log

REPO = Path(__file__).resolve().parent.parent
PROBE_DIR = REPO / "build" / "bench-probe"
PROBE = PROBE_DIR / "dist" / "halldesk-probe" / "halldesk-probe"
RESULTS = REPO / "bench" / "RESULTS-package.md"
DEB_TARGET_MB = 150
START_TARGET = 1.3


def build_probe() -> Path:
    """The probe bundle (built once; delete build/bench-probe to build it again)."""
    if PROBE.exists():
        return PROBE
    env = dict(os.environ, HALLDESK_BUNDLE_ENTRY="bench/live_start.py",
               HALLDESK_BUNDLE_NAME="halldesk-probe", PYTHONPATH=str(REPO))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(PROBE_DIR / "dist"), "--workpath",
                    str(PROBE_DIR / "work"), "packaging/halldesk.spec"],
                   cwd=REPO, env=env, check=True)
    # stripped as packaging/build-deb.sh strips the package's libraries
    libraries = [p for p in PROBE.parent.rglob("*.so*")
                 if p.is_file() and not any(part.endswith(".libs") for part in p.parts)]
    subprocess.run(["strip", "--strip-unneeded", *map(str, libraries)], check=True)
    return PROBE


def start_once(argv: list[str], db_path: Path, config: Path) -> dict[str, Any]:
    env = child_env(config)
    env["LIVE_BENCH_PASSWORD"] = BENCH_PASSWORD
    env["LIVE_BENCH_LAUNCH"] = repr(time.time())
    proc = subprocess.Popen([*argv, "halldesk", "--db", f"sqlite:///{db_path}"], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    out: dict[str, Any] = {}
    for line in proc.stdout:
        tag, _, rest = line.partition(" ")
        if tag in ("@@painted", "@@timeout"):
            out[tag[2:]] = json.loads(rest)
    proc.wait(timeout=60)
    if "painted" not in out:
        raise RuntimeError(f"{argv[0]}: no first paint reported ({out})")
    return dict(out["painted"])


def deb_sizes(deb: Path) -> tuple[int, int]:
    """(bytes of the .deb, KiB installed as its control file says)."""
    installed = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"],
                               capture_output=True, text=True, check=True).stdout
    return deb.stat().st_size, int(installed)


def _demo_database(folder: Path) -> Path:
    path = folder / "start.db"
    subprocess.run([sys.executable, "main.py", "--db", f"sqlite:///{path}", "demo",
                    "--days", "10"], cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
                   check=True, stdout=subprocess.DEVNULL)
    _bench_account(path)
    return path


def measure(pairs: int, probe: Path) -> dict[str, list[dict[str, Any]]]:
    sides = {"venv": [sys.executable, "-m", "bench.live_start"], "package": [str(probe)]}
    runs: dict[str, list[dict[str, Any]]] = {"venv": [], "package": []}
    with tempfile.TemporaryDirectory(prefix="halldesk-package-start-") as tmp:
        db_path = _demo_database(Path(tmp))
        for i in range(pairs + 1):
            order = ("venv", "package") if i % 2 == 0 else ("package", "venv")
            for side in order:
                config = Path(tmp) / f"config-{side}-{i}"
                result = start_once(sides[side], db_path, config)
                if i > 0:                      # the first pair warms the OS caches
                    runs[side].append(result)
                log(f"  {side:8} {result['window_painted']:.3f} s"
                    f"{'' if i else ' (warm-up)'}")
    return runs


def _times(rows: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r['window_painted']:.3f}" for r in rows)


def report(deb: Path, sizes: tuple[int, int], runs: dict[str, list[dict[str, Any]]],
           seconds: float) -> str:
    deb_bytes, installed_kib = sizes
    med = {side: statistics.median(r["window_painted"] for r in rows)
           for side, rows in runs.items()}
    ratio = med["package"] / med["venv"]
    rss = {side: statistics.median(r["rss_mib"] for r in rows) for side, rows in runs.items()}
    phases = ("interpreter", "main_imported", "gui_imported", "qapplication",
              "login_shown", "window_init_end", "window_painted")

    def ok(good: bool) -> str:
        return "met" if good else "**missed**"

    lines = [
        "# The packaged program: size and cold start (issue #22)",
        "",
        f"`python -m bench.package_start --pairs {len(runs['venv'])}` on "
        f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores shared with other work "
        f"(load average {os.getloadavg()[1]:.1f} at the end); {seconds:.0f} s.",
        "",
        "| what | value | target | |",
        "|---|---|---|---|",
        f"| `{deb.name}` | {deb_bytes / 2**20:.1f} MiB | < {DEB_TARGET_MB} MB | "
        f"{ok(deb_bytes < DEB_TARGET_MB * 10**6)} |",
        f"| installed (Installed-Size) | {installed_kib / 1024:.0f} MiB | | |",
        f"| cold start to the first painted window, venv (median) | {med['venv']:.3f} s"
        " | | |",
        f"| the same, packaged (median) | {med['package']:.3f} s | "
        f"≤ {START_TARGET} × venv | {ok(ratio <= START_TARGET)} ({ratio:.2f} ×) |",
        f"| memory at the first paint, venv / packaged (median RSS) | "
        f"{rss['venv']:.0f} / {rss['package']:.0f} MiB | | |",
        "",
        "Median time of each phase, seconds since launch:",
        "",
        "| phase | venv | packaged |",
        "|---|---|---|",
    ]
    for phase in phases:
        cells = [statistics.median(r[phase] for r in runs[side] if phase in r)
                 if any(phase in r for r in runs[side]) else float("nan")
                 for side in ("venv", "package")]
        lines.append(f"| {phase} | {cells[0]:.3f} | {cells[1]:.3f} |")
    lines += [
        "",
        "Every start, seconds to the first painted window (alternating, after one "
        "warm-up pair):",
        "",
        f"- venv: {_times(runs['venv'])}",
        f"- packaged: {_times(runs['package'])}",
        "",
        "How: both start `halldesk --db` on the same SQLite copy of a 10-day demo hall, "
        "log in as the OS user's director (the probe types the password), and report "
        "the first paint of the main window (`bench/live_start.py`, as `bench.live` "
        "does). The packaged side is the shipped spec built around the probe "
        "(build/bench-probe), run from its folder: the installed program is the same "
        "bundle without the probe. `QT_QPA_PLATFORM=offscreen`; warm OS file cache "
        "(cold = a new process, as in bench/RESULTS-live.md).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.package_start")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--deb", type=Path, help="the .deb (default: the newest in dist/)")
    args = parser.parse_args()
    deb = args.deb or max((REPO / "dist").glob("halldesk_*.deb"),
                          key=lambda p: p.stat().st_mtime)
    began = time.time()
    probe = build_probe()
    log(f"probe bundle: {probe}")
    runs = measure(args.pairs, probe)
    text = report(deb, deb_sizes(deb), runs, time.time() - began)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)
    shutil.rmtree(PROBE_DIR / "work", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
