"""A writer process for the crash and concurrency tests (``python -m
tests.app.safety_worker MODE URL ...``): it prints ``ready`` once its database is open,
then writes until it is done or killed.

Modes:
  serve               import everything once, then fork one writer per command line
                      read from stdin (``ingest …``/``edit …`` → its pid; ``wait PID`` →
                      ``killed``, or ``exit N``): a writer starts in milliseconds
  ingest URL FOLDER   apply the batches FOLDER/*.jsonl in name order, one transaction each
  edit URL N          register N complaints and take each through its steps, one
                      transaction per step
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
from pathlib import Path

from app.db import Database
from app.events.ingest import ingest_file
from app.records import complaints as svc

ACTOR = "test:worker"
DAY = "2026-07-06"


def batch_lines(batch: int, size: int) -> list[str]:
    """``size`` tickets issued, all of batch ``batch`` (ids and tickets unique)."""
    lines = []
    start = dt.datetime.fromisoformat(f"{DAY}T09:00:00+08:00")
    for i in range(size):
        ts = (start + dt.timedelta(seconds=batch * size + i)).isoformat()
        lines.append(json.dumps({"id": f"b{batch:04d}-{i:04d}", "ts": ts,
                                 "type": "ticket_issued", "ticket": f"A{batch:04d}{i:04d}",
                                 "service": "GS" if i % 2 else "RS"}))
    return lines


def write_batches(folder: Path, count: int, size: int, first: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for b in range(first, first + count):
        path = folder / f"batch-{b:04d}.jsonl"
        path.write_text("\n".join(batch_lines(b, size)) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def ingest(db: Database, folder: Path) -> None:
    for path in sorted(folder.glob("batch-*.jsonl")):
        ingest_file(db, str(path), actor=ACTOR, role="director")
        print(path.name, flush=True)


STEPS = (("verify", {}), ("substantiate", {"window": "W01", "finding": "属实，态度生硬"}),
         ("rectify", {"rectification": "批评教育"}), ("follow_up", {"follow_up": "满意",
                                                   "satisfaction": "satisfied"}),
         ("close", {}))


def edit(db: Database, n: int) -> None:
    for i in range(n):
        now = time.time()
        with db.write() as session:
            entry = svc.register(session, source="phone", content=f"第{i}件：窗口态度差",
                                 registered_at=now - 60, window="W01", actor=ACTOR,
                                 role="office", now=now)
            cid, revision = entry.id, entry.revision
        for action, fields in STEPS:
            with db.write() as session:
                revision = svc.apply_step(
                    session, action, svc.StepRequest(cid, revision=revision, **fields),
                    actor=ACTOR, role="office", now=time.time()).revision
        print(f"complaint {cid}", flush=True)


def serve() -> None:
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if words[0] == "wait":
            _, status = os.waitpid(int(words[1]), 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            print("killed" if killed else f"exit {os.waitstatus_to_exitcode(status)}",
                  flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            status = 0
            try:
                main(words)
            except BaseException:
                import traceback

                traceback.print_exc()
                status = 1
            finally:
                os._exit(status)
        print(pid, flush=True)


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        serve()
        return
    mode, url = argv[0], argv[1]
    db = Database(url)
    with db.read() as session:
        session.connection()
    print("ready", flush=True)
    if mode == "ingest":
        ingest(db, Path(argv[2]))
    elif mode == "edit":
        edit(db, int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    db.engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
