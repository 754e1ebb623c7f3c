"""One definition per figure: the live snapshot of today and ``stats`` of today
(``compute``) give the same number for every figure both show, at several moments of
a simulated day, on a database that holds what the feed had sent by each moment."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zoneinfo
from pathlib import Path

import pytest

from app.calendar import WorkCalendar
from app.db import Database
from app.events.ingest import ingest_lines
from app.events.simulator import load_hall_info, simulate_day
from app.figures import Period, compute
from app.figures.live import snapshot

DAY = dt.date(2026, 9, 15)   # a Tuesday, a working day
TZ = zoneinfo.ZoneInfo("Asia/Shanghai")
HOURS = (9.0, 10.5, 12.25, 15.0, 17.75, 19.0)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_snapshot_and_stats_of_today_agree(db: Database, sqlite_template: Path,
                                           tmp_path: Path) -> None:
    info = load_hall_info(db)
    with db.read() as session:
        calendar = WorkCalendar.load(session)
    events = simulate_day(info, DAY, seed=11, open_cases=[], calendar=calendar, volume=1.0)
    stamps = [dt.datetime.fromisoformat(e["ts"]).timestamp() for e in events]
    lines = [json.dumps(e, ensure_ascii=False) for e in events]
    base = dt.datetime.combine(DAY, dt.time(), TZ).timestamp()
    compared = 0
    for hour in HOURS:
        now = base + hour * 3600
        path = tmp_path / f"cut-{hour}.db"
        shutil.copy(sqlite_template, path)
        cut = Database(f"sqlite:///{path}")
        try:
            upto = [line for line, ts in zip(lines, stamps, strict=True) if ts <= now]
            ingest_lines(cut, upto, source="cut", file_hash=str(hour), actor="test:pytest",
                         role="director")
            with cut.read() as session:
                snap = snapshot(session, now, calendar)
                figures = compute(session, Period(DAY, DAY + dt.timedelta(days=1), TZ), now)
        finally:
            cut.dispose()
        when = f"{hour}h"
        hall = figures.hall
        assert snap.served_today == hall.served, when
        assert snap.evaluations_today == hall.satisfaction.evaluations, when
        assert snap.good_today == hall.satisfaction.good, when
        assert snap.satisfaction_today == hall.satisfaction.satisfaction_rate, when
        if hall.avg_wait_s is None:
            assert snap.avg_wait_today_s is None, when
        else:
            assert snap.avg_wait_today_s == pytest.approx(hall.avg_wait_s, abs=1e-6), when
        for w in snap.windows:
            assert w.served_today == figures.windows[w.code].served, (when, w.code)
        compared += hall.served
    assert compared > 200    # the day is busy enough to compare real numbers
