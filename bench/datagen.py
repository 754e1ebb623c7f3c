"""The benchmark's data: simulated day files (JSON Lines), generated once and cached.

Days are generated exactly like ``write_demo_history`` does: ``simulate_day`` per
working day, open cases carried forward with ``_advance_cases``. A day's events
depend on every earlier day (open cases), so the cache folder is named by seed and
by first and last day; a ``manifest.json`` written last marks a complete set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.calendar import WorkCalendar
from app.db import Database, migrate
from app.events.simulator import (
    OpenCase,
    _advance_cases,
    _events_lines,
    load_hall_info,
    simulate_day,
)
from app.hall import load_hall, read_hall_file

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
REPO = ROOT.parent
SIMULATOR_SOURCES = ("app/events/simulator.py", "app/events/profiles.py",
                     "resources/demo_hall.toml")
ACTOR = "bench:halldesk"


@dataclass
class DayFile:
    day: dt.date
    path: Path
    events: int
    bytes: int


@dataclass
class Dataset:
    folder: Path
    seed: int
    files: list[DayFile]
    generated_s: float | None      # None: taken from the cache
    stale: bool                    # the simulator changed since the files were written

    @property
    def events(self) -> int:
        return sum(f.events for f in self.files)

    @property
    def first(self) -> dt.date:
        return self.files[0].day

    @property
    def last(self) -> dt.date:
        return self.files[-1].day


def simulator_fingerprint() -> str:
    digest = hashlib.sha256()
    for rel in SIMULATOR_SOURCES:
        path = REPO / rel
        if path.exists():
            digest.update(rel.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def new_hall_db(path: Path) -> Database:
    """A fresh migrated SQLite file with the demo hall loaded."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    migrate(db)
    spec, file_hash = read_hall_file(None)
    with db.write() as session:
        load_hall(session, spec, file_hash, ACTOR, role="director")
    return db


def working_days(calendar: WorkCalendar, end: dt.date, days: int | None) -> list[dt.date]:
    """The working days of the year ending at ``end`` (inclusive), or the last ``days``
    working days up to ``end``."""
    if days is None:
        start = dt.date(end.year - 1, end.month, end.day) + dt.timedelta(days=1)
        return calendar.workdays_between(start, end + dt.timedelta(days=1))
    out: list[dt.date] = []
    day = end
    while len(out) < days:
        if calendar.is_workday(day):
            out.append(day)
        day -= dt.timedelta(days=1)
    return out[::-1]


def prepare(end: dt.date, days: int | None, seed: int, regenerate: bool,
            log: Callable[[str], None] = print) -> Dataset:
    """The day files for the run, from the cache or freshly generated."""
    DATA.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=DATA, prefix="gen-") as tmp:
        db = new_hall_db(Path(tmp) / "hall.db")
        try:
            info = load_hall_info(db)
            with db.read() as session:
                calendar = WorkCalendar.load(session)
        finally:
            db.dispose()
    workdays = working_days(calendar, end, days)
    if not workdays:
        raise SystemExit("No working days in the requested range.")
    folder = DATA / f"seed{seed}_{workdays[0]:%Y%m%d}_{workdays[-1]:%Y%m%d}"
    fingerprint = simulator_fingerprint()
    manifest_path = folder / "manifest.json"
    if not regenerate and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        cached = [DayFile(dt.date.fromisoformat(d["day"]), folder / d["file"], d["events"],
                          d["bytes"]) for d in manifest["days"]]
        if all(f.path.exists() and f.path.stat().st_size == f.bytes for f in cached):
            stale = manifest.get("simulator") != fingerprint
            return Dataset(folder, seed, cached, None, stale)
        log(f"The cached data in {folder} is incomplete; generating it again.")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"Generating {len(workdays)} working days ({workdays[0]} … {workdays[-1]}, "
        f"seed {seed}) into {folder.relative_to(REPO)} …")
    t0 = time.perf_counter()
    open_cases: list[OpenCase] = []
    files: list[DayFile] = []
    for n, day in enumerate(workdays, 1):
        events = simulate_day(info, day, seed, open_cases, calendar)
        lines = _events_lines(events)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path = folder / f"{day.isoformat()}.jsonl"
        tmp_path = path.with_name(path.name + ".tmp")
        tmp_path.write_bytes(data)
        os.replace(tmp_path, path)
        files.append(DayFile(day, path, len(lines), len(data)))
        open_cases = _advance_cases(open_cases, events)
        if n % 25 == 0 or n == len(workdays):
            log(f"  {n}/{len(workdays)} days, {sum(f.events for f in files):,} events, "
                f"{len(open_cases):,} cases open")
    elapsed = time.perf_counter() - t0
    manifest_path.write_text(json.dumps({
        "seed": seed, "first": workdays[0].isoformat(), "last": workdays[-1].isoformat(),
        "simulator": fingerprint, "generated_s": round(elapsed, 1),
        "days": [{"day": f.day.isoformat(), "file": f.path.name, "events": f.events,
                  "bytes": f.bytes} for f in files],
    }, indent=1), encoding="utf-8")
    return Dataset(folder, seed, files, elapsed, False)
