"""The live benchmark's databases, built once and cached under ``bench/data/``.

* ``live-demo.db``: the demo hall (45 windows) with the bench's cached year of day
  files (``bench.datagen``), ingested with ``ingest_lines`` one file per batch.
* ``live-h200.db``: a 200-window hall (``hall200.toml``: 40 departments × 5 windows,
  6 staff each, 4 floors of 50) with a year of ``simulate_day`` events over the same
  working days, arrivals scaled by 200 ÷ 41 (the demo hall has 41 staffed windows).
* ``…-cut.db``: the same, but the last day only up to the benchmark's ``now``: the
  database as the live page sees it at that moment (windows still open, tickets
  still waiting). Built on the way to the full one (copied before the rest of the
  last day is ingested).
* ``live-demo90-<date>.db``: what ``main.py --demo`` builds (``write_demo_history``,
  90 days up to today), for the memory soak, whose simulator feeds today.

Every file is checkpointed and analysed (``app.db.optimize(db, full=True)``) once
built. A ``.json`` stamp next to each names what it was built from; a change of the
data (day files, simulator, hall file, volume, ``now``) rebuilds it. Newer migrations
are applied to a cached file before use (``use()``), as they would be to a hall's own
database, followed by ``ANALYZE``; ``--rebuild`` builds everything again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing as mp
import shutil
import sqlite3
import time
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.datagen import ACTOR, DATA, REPO, simulator_fingerprint

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")
END = dt.date(2026, 9, 30)                  # the last day of the bench's cached year
NOW = dt.datetime(2026, 9, 30, 10, 30, tzinfo=TZ).timestamp()   # morning peak
SEED = 1
H200_DEPARTMENTS, H200_PER_DEPARTMENT, H200_STAFF = 40, 5, 6
H200_WINDOWS = H200_DEPARTMENTS * H200_PER_DEPARTMENT
DEMO_STAFFED = 41                           # 45 windows, 4 stand vacant (DEMO_VACANT)
H200_VOLUME = H200_WINDOWS / DEMO_STAFFED
HALL200 = DATA / "hall200.toml"
CODE_SOURCES = ("app/events/apply.py", "app/events/ingest.py", "app/events/parse.py",
                "app/hall.py", "app/db.py", "models")

Log = Callable[[str], None]


# -- fingerprints ----------------------------------------------------------------------
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for rel in CODE_SOURCES:
        path = REPO / rel
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            if "__pycache__" not in f.parts:
                digest.update(str(f.relative_to(REPO)).encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def _commit() -> str:
    from bench.machine import _git

    return _git(REPO)


def _stamp_path(db_path: Path) -> Path:
    return db_path.with_suffix(".json")


def _cached(db_paths: list[Path], key: dict[str, Any], log: Log) -> dict[str, Any] | None:
    stamp = _stamp_path(db_paths[0])
    if not stamp.exists() or not all(p.exists() for p in db_paths):
        return None
    data: dict[str, Any] = json.loads(stamp.read_text(encoding="utf-8"))
    changed = sorted(k for k in key if data.get("key", {}).get(k) != key[k])
    if changed:
        log(f"{db_paths[0].name}: built from other data ({', '.join(changed)} changed); "
            "building it again.")
        return None
    return data


def schema_heads(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    finally:
        conn.close()


def use(path: Path, log: Log) -> dict[str, Any]:
    """Bring a cached file to the newest migration (then ANALYZE, checkpoint); returns
    the schema heads before and after."""
    from app.db import Database, migrate, optimize

    before = schema_heads(path)
    db = Database(f"sqlite:///{path}")
    try:
        migrate(db)
        after = schema_heads(path)
        if after != before:
            log(f"{path.name}: migrated {'+'.join(before)} → {'+'.join(after)}; ANALYZE …")
            optimize(db, full=True)
    finally:
        db.engine.dispose()
    checkpoint(path)
    return {"before": before, "after": after}


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def copy_db(src: Path, dst: Path) -> None:
    """A consistent copy of a checkpointed SQLite file (no -wal to carry)."""
    checkpoint(src)
    _remove(dst)
    shutil.copyfile(src, dst)


# -- the 200-window hall ---------------------------------------------------------------
def hall200_text() -> str:
    out = ['# A 200-window hall for the live benchmark (bench/live_data.py writes this file).',
           '# 40 departments × 5 windows, 6 staff each; 4 floors of 50 windows (5 × 10).', '',
           '[hall]', 'name = "大型政务服务中心(基准测试)"', 'timezone = "Asia/Shanghai"', '']
    for d in range(1, H200_DEPARTMENTS + 1):
        out += ['[[departments]]', f'code = "D{d:02d}"', f'name = "进驻部门{d:02d}"', '']
    n = 0
    for d in range(1, H200_DEPARTMENTS + 1):
        for _ in range(H200_PER_DEPARTMENT):
            n += 1
            i = (n - 1) % 50
            out += ['[[windows]]', f'code = "W{n:03d}"', f'department = "D{d:02d}"',
                    f'floor = {1 + (n - 1) // 50}', f'position = [{i // 10}, {i % 10}]',
                    f'label = "综合窗口{n:03d}"', '']
    s = 0
    for d in range(1, H200_DEPARTMENTS + 1):
        for _ in range(H200_STAFF):
            s += 1
            out += ['[[staff]]', f'code = "S{s:03d}"', f'name = "工作人员{s:03d}"',
                    f'department = "D{d:02d}"', '']
    return "\n".join(out)


def write_hall200() -> Path:
    DATA.mkdir(exist_ok=True)
    text = hall200_text()
    if not HALL200.exists() or HALL200.read_text(encoding="utf-8") != text:
        HALL200.write_text(text, encoding="utf-8")
    return HALL200


def register_h200_profiles() -> None:
    """Department D01…D40 borrow the demo profiles in turn (service time, cases), each
    with a share of arrivals ∝ 1 / service time, so every department's five windows
    carry the same work (the demo hall sizes its departments that way)."""
    from app.events.profiles import PROFILES, Profile

    names = [k for k in PROFILES if not k.startswith("D") or not k[1:].isdigit()]
    for d in range(1, H200_DEPARTMENTS + 1):
        p = PROFILES[names[(d - 1) % len(names)]]
        PROFILES[f"D{d:02d}"] = Profile(1 / p.service_min, p.service_min, p.case_prob, p.items)


def h200_info() -> Any:
    """The simulator's view of the 200-window hall, straight from its hall file."""
    from app.events.simulator import HallInfo
    from app.hall import read_hall_file

    spec, _ = read_hall_file(str(write_hall200()))
    departments: dict[str, list[str]] = {}
    staff: dict[str, list[str]] = {}
    for w in spec.windows:
        departments.setdefault(w.department, []).append(w.code)
    for s in spec.staff:
        staff.setdefault(s.department, []).append(s.code)
    return HallInfo(zoneinfo.ZoneInfo(spec.timezone), departments, staff)


def _h200_producer(days: list[dt.date], queue: Any) -> None:
    """Generate the 200-window hall's days in order (a separate process), open cases
    carried forward like ``write_demo_history``."""
    from app.calendar import WorkCalendar
    from app.events.simulator import _advance_cases, _events_lines, simulate_day

    register_h200_profiles()
    info = h200_info()
    calendar = WorkCalendar()
    open_cases: list[Any] = []
    for day in days:
        events = simulate_day(info, day, SEED, open_cases, calendar, volume=H200_VOLUME)
        queue.put((day, _events_lines(events)))
        open_cases = _advance_cases(open_cases, events)
    queue.put(None)


def _h200_days(days: list[dt.date]) -> Iterator[tuple[dt.date, list[str]]]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue(maxsize=3)
    proc = ctx.Process(target=_h200_producer, args=(days, queue), daemon=True)
    proc.start()
    try:
        while True:
            item = queue.get()
            if item is None:
                break
            yield item
    finally:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()


# -- building --------------------------------------------------------------------------
def _ts(line: str) -> float:
    return dt.datetime.fromisoformat(json.loads(line)["ts"]).timestamp()


def _build(full: Path, cut: Path, hall_file: str | None,
           days: Iterator[tuple[dt.date, list[str]]], n_days: int, last: dt.date,
           log: Log) -> dict[str, Any]:
    """Ingest every day into a fresh database; on the last day stop at NOW, copy the
    file to ``cut``, then ingest the rest of the day."""
    from app.db import Database, migrate, optimize
    from app.events.ingest import ingest_lines
    from app.hall import load_hall, read_hall_file

    building = full.with_name(full.stem + ".building.db")
    _remove(building)
    db = Database(f"sqlite:///{building}")
    migrate(db)
    spec, file_hash = read_hall_file(hall_file)
    with db.write() as session:
        load_hall(session, spec, file_hash, ACTOR, role="director")

    def ingest(lines: list[str], source: str) -> None:
        if lines:
            ingest_lines(db, lines, source=source, actor=ACTOR, role="director",
                         file_hash=hashlib.sha256("\n".join(lines).encode()).hexdigest())

    t0 = time.perf_counter()
    events = 0
    ingest_s = 0.0
    for n, (day, lines) in enumerate(days, 1):
        events += len(lines)
        t = time.perf_counter()
        if day == last:
            stamps = [_ts(line) for line in lines]
            ingest([x for x, t in zip(lines, stamps, strict=True) if t <= NOW],
                   f"bench {day} until now")
            optimize(db, full=True)
            db.engine.dispose()
            copy_db(building, cut)
            ingest([x for x, t in zip(lines, stamps, strict=True) if t > NOW],
                   f"bench {day} after now")
        else:
            ingest(lines, f"bench {day}")
        ingest_s += time.perf_counter() - t
        if n % 25 == 0 or n == n_days:
            log(f"  {n}/{n_days} days, {events:,} events, {time.perf_counter() - t0:.0f} s "
                f"({events / max(ingest_s, 1e-9):,.0f} events/s in ingest_lines)")
    optimize(db, full=True)
    db.engine.dispose()
    checkpoint(building)
    _remove(full)
    building.rename(full)
    return {"events": events, "days": n_days, "built_s": round(time.perf_counter() - t0, 1)}


def _write_stamp(db_path: Path, key: dict[str, Any], info: dict[str, Any]) -> dict[str, Any]:
    data = {"key": key, **info, "code": _code_fingerprint(), "commit": _commit(),
            "schema": schema_heads(db_path), "built_at": dt.datetime.now(dt.UTC).isoformat(
        timespec="seconds")}
    _stamp_path(db_path).write_text(json.dumps(data, indent=1), encoding="utf-8")
    return data


def demo_year(log: Log, rebuild: bool = False) -> tuple[Path, Path, dict[str, Any]]:
    """The demo hall with the bench's cached year (full and cut at NOW)."""
    from bench import datagen

    ds = datagen.prepare(END, None, SEED, False, log)
    full, cut = DATA / "live-demo.db", DATA / "live-demo-cut.db"
    key = {"data": ds.folder.name, "simulator": json.loads(
        (ds.folder / "manifest.json").read_text(encoding="utf-8")).get("simulator"),
        "now": NOW}
    stamp = None if rebuild else _cached([full, cut], key, log)
    if stamp is None:
        log(f"Building {full.relative_to(REPO)} from {len(ds.files)} day files in "
            f"{ds.folder.relative_to(REPO)} …")
        days = ((f.day, f.path.read_text(encoding="utf-8").splitlines()) for f in ds.files)
        info = _build(full, cut, None, days, len(ds.files), ds.last, log)
        info.update(first=str(ds.first), last=str(ds.last), stale=ds.stale)
        stamp = _write_stamp(full, key, info) | {"built_now": True}
    return full, cut, stamp


def h200_year(log: Log, days: int | None = None,
              rebuild: bool = False) -> tuple[Path, Path, dict[str, Any]]:
    """The 200-window hall with a year (or the last ``days`` working days) of events."""
    from app.calendar import WorkCalendar
    from bench.datagen import working_days

    workdays = working_days(WorkCalendar(), END, days)
    hall = write_hall200()
    full, cut = DATA / "live-h200.db", DATA / "live-h200-cut.db"
    # Not keyed by the simulator's fingerprint: a change elsewhere in simulator.py (the
    # demo history, say) would cost a 20-minute rebuild; the stamp keeps the
    # fingerprint it was built with and the report says when it differs.
    key = {"days": [str(workdays[0]), str(workdays[-1]), len(workdays)],
           "hall": hashlib.sha256(hall.read_bytes()).hexdigest()[:16],
           "volume": round(H200_VOLUME, 6), "profiles": "share∝1/service_min", "now": NOW,
           "seed": SEED}
    stamp = None if rebuild else _cached([full, cut], key, log)
    if stamp is None:
        log(f"Building {full.relative_to(REPO)}: {len(workdays)} working days "
            f"{workdays[0]} … {workdays[-1]} of a {H200_WINDOWS}-window hall, generated by "
            "simulate_day in a second process while this one ingests …")
        info = _build(full, cut, str(hall), _h200_days(workdays), len(workdays),
                      workdays[-1], log)
        info.update(first=str(workdays[0]), last=str(workdays[-1]),
                    simulator=simulator_fingerprint())
        stamp = _write_stamp(full, key, info) | {"built_now": True}
    built_with = stamp.get("simulator") or stamp.get("key", {}).get("simulator")
    stamp["stale"] = built_with != simulator_fingerprint()
    return full, cut, stamp


def demo90(log: Log, today: dt.date) -> tuple[Path, dict[str, Any]]:
    """``write_demo_history`` as ``main.py --demo`` runs it: 90 days up to today."""
    from app.db import Database, optimize
    from app.events.simulator import write_demo_history

    path = DATA / f"live-demo90-{today:%Y%m%d}.db"
    key = {"today": str(today), "simulator": simulator_fingerprint(), "seed": SEED}
    stamp = _cached([path], key, log)
    if stamp is None:
        for old in DATA.glob("live-demo90-*.db"):
            _remove(old)
            _stamp_path(old).unlink(missing_ok=True)
        log(f"Building {path.relative_to(REPO)} (write_demo_history, 90 days to {today}) …")
        t0 = time.perf_counter()
        building = path.with_name(path.stem + ".building.db")
        _remove(building)
        db = Database(f"sqlite:///{building}")
        n_days, n_events = write_demo_history(db, days=90, seed=SEED, actor=ACTOR, end=today,
                                              role="director")
        optimize(db, full=True)
        db.engine.dispose()
        checkpoint(building)
        _remove(path)
        building.rename(path)
        stamp = _write_stamp(path, key, {"days": n_days, "events": n_events,
                                         "built_s": round(time.perf_counter() - t0, 1)})
        stamp["built_now"] = True
    return path, stamp
