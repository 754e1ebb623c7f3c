"""Ingest workers, each in its own subprocess so its peak memory is its own.

``python -m bench.ingest serve MODE DB`` prepares a fresh database, prints
``@@ready``, then reads day-file paths from standard input, one a line, ingests each
as one batch and answers ``@@done EVENTS WALL_S CPU_S``; on the line ``END`` it
checkpoints and answers ``@@end {json}`` (database bytes, ``ru_maxrss``). The
coordinator (``bench.__main__``) feeds the HallDesk and the baseline worker the same
file in turn, so both see the same machine load, file by file.

``python -m bench.ingest profile DB OUT FILE...`` ingests the files the HallDesk way
under cProfile and writes the pstats file to OUT.

Modes:

* ``halldesk``: a fresh migrated SQLite file with the demo hall, then ``ingest_lines``
  per file (what ``halldesk ingest`` and the demo history do).
* ``baseline``: the least any ingest must do: ``json.loads`` of each line and one
  ``executemany`` of (id, ts, type, body) into a bare table with a unique id column,
  one transaction per file, with the pragmas HallDesk uses (WAL, ``synchronous=FULL``).

Each file is read and decoded before its timer starts, in every mode.
"""

from __future__ import annotations

import cProfile
import hashlib
import json
import resource
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

BASELINE_SCHEMA = """
CREATE TABLE raw_event (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    ts TEXT NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL
)
"""


def maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _read(path: Path) -> tuple[list[str], str]:
    data = path.read_bytes()
    return data.decode("utf-8").splitlines(), hashlib.sha256(data).hexdigest()


def _remove(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def _size(db_path: Path) -> int:
    return sum(Path(str(db_path) + s).stat().st_size for s in ("", "-wal")
               if Path(str(db_path) + s).exists())


class HallDeskIngest:
    def __init__(self, db_path: Path, profiler: cProfile.Profile | None = None) -> None:
        from bench.datagen import new_hall_db

        _remove(db_path)
        self.path = db_path
        self.db = new_hall_db(db_path)
        self.profiler = profiler
        self.rss_start = maxrss_kib()

    def ingest(self, path: Path) -> tuple[int, float, float]:
        from app.events.ingest import ingest_lines
        from bench.datagen import ACTOR

        lines, file_hash = _read(path)
        c0, t0 = time.process_time(), time.perf_counter()
        if self.profiler is not None:
            self.profiler.enable()
        result = ingest_lines(self.db, lines, source=str(path.name), file_hash=file_hash,
                              actor=ACTOR, role="director")
        if self.profiler is not None:
            self.profiler.disable()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if result.applied != len(lines) or result.errors:
            raise SystemExit(f"{path.name}: applied {result.applied} of {len(lines)} "
                             f"events, {len(result.errors)} refused")
        return len(lines), wall, cpu

    def finish(self) -> dict[str, Any]:
        rss_end = maxrss_kib()
        with self.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.dispose()
        return {"bytes": _size(self.path), "rss_start_kib": self.rss_start,
                "rss_peak_kib": rss_end}


class BaselineIngest:
    INSERT = "INSERT INTO raw_event (event_id, ts, type, body) VALUES (?, ?, ?, ?)"

    def __init__(self, db_path: Path) -> None:
        _remove(db_path)
        self.path = db_path
        self.conn = sqlite3.connect(db_path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(BASELINE_SCHEMA)
        self.rss_start = maxrss_kib()

    def ingest(self, path: Path) -> tuple[int, float, float]:
        lines, _ = _read(path)
        loads = json.loads
        c0, t0 = time.process_time(), time.perf_counter()
        rows = []
        for line in lines:
            obj = loads(line)
            rows.append((obj["id"], obj["ts"], obj["type"], line))
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(self.INSERT, rows)
        self.conn.execute("COMMIT")
        return len(lines), time.perf_counter() - t0, time.process_time() - c0

    def finish(self) -> dict[str, Any]:
        rss_end = maxrss_kib()
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        return {"bytes": _size(self.path), "rss_start_kib": self.rss_start,
                "rss_peak_kib": rss_end}


def serve(mode: str, db_path: Path) -> int:
    worker: HallDeskIngest | BaselineIngest
    if mode == "halldesk":
        worker = HallDeskIngest(db_path)
    elif mode == "baseline":
        worker = BaselineIngest(db_path)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print("@@ready", flush=True)
    for raw in sys.stdin:
        line = raw.strip()
        if line == "END":
            break
        n, wall, cpu = worker.ingest(Path(line))
        print(f"@@done {n} {wall!r} {cpu!r}", flush=True)
    print("@@end " + json.dumps(worker.finish()), flush=True)
    return 0


def profile(db_path: Path, out: Path, files: list[Path]) -> int:
    profiler = cProfile.Profile()
    worker = HallDeskIngest(db_path, profiler)
    per_file = [worker.ingest(f) for f in files]
    worker.finish()
    profiler.dump_stats(out)
    print("@@end " + json.dumps({"per_file": per_file}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[0] == "serve":
        return serve(argv[1], Path(argv[2]))
    if argv[0] == "profile":
        return profile(Path(argv[1]), Path(argv[2]), [Path(a) for a in argv[3:]])
    raise SystemExit(f"usage: python -m bench.ingest serve MODE DB | profile DB OUT FILE...; "
                     f"not {argv!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
