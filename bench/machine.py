"""What the benchmark ran on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import subprocess
from pathlib import Path

import sqlalchemy


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _git(repo: Path) -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "app", "models"],
                               cwd=repo, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (+ uncommitted changes in app/ or models/)" if dirty else "")


def describe(repo: Path) -> list[tuple[str, str]]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return [
        ("CPU", _cpu_model()),
        ("Cores", str(os.cpu_count())),
        ("RAM", _ram()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Commit", _git(repo)),
        ("Date", dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("Load average at start", " ".join(f"{x:.2f}" for x in load) if load else "n/a"),
    ]
