"""The live snapshot and alerts at a moment of the past equal those of a database that
holds only the events up to that moment (what the live tab saw at that time)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.calendar import WorkCalendar
from app.db import Database
from app.events.ingest import ingest_lines
from app.events.simulator import load_hall_info, simulate_day
from app.figures.alerts import compute_alerts
from app.figures.live import snapshot

DAY = dt.date(2026, 9, 14)   # a Monday, a working day
TZ = dt.timezone(dt.timedelta(hours=8))


def _moments() -> list[float]:
    base = dt.datetime.combine(DAY, dt.time(), TZ).timestamp()
    return [base + h * 3600 for h in (8.75, 9.5, 10.25, 12.2, 14.6, 16.9, 18.5)]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_snapshot_in_the_past_equals_the_live_view(db: Database, sqlite_template: Path,
                                                  tmp_path: Path) -> None:
    info = load_hall_info(db)
    with db.read() as session:
        calendar = WorkCalendar.load(session)
    events = simulate_day(info, DAY, seed=7, open_cases=[], calendar=calendar, volume=1.0)
    # A case due the next working day (a yellow card from its acceptance on), whatever
    # the day's volume of cases (about one service in seven registers one).
    events.append({"id": "k-yellow", "ts": dt.datetime.combine(DAY, dt.time(10, 0),
                                                                TZ).isoformat(),
                   "type": "case_accepted", "case": "K-YELLOW", "item": "变更登记",
                   "window": "W01", "legal_days": 2, "promised_days": 1})
    events.sort(key=lambda e: dt.datetime.fromisoformat(e["ts"]).timestamp())
    lines = [json.dumps(e, ensure_ascii=False) for e in events]
    ingest_lines(db, lines, source="full", file_hash="full", actor="test:pytest", role="director")

    seen_alerts: set[str] = set()
    for now in _moments():
        cut_path = tmp_path / f"cut-{int(now)}.db"
        shutil.copy(sqlite_template, cut_path)
        cut = Database(f"sqlite:///{cut_path}")
        try:
            upto = [line for line, e in zip(lines, events, strict=True)
                    if dt.datetime.fromisoformat(e["ts"]).timestamp() <= now]
            ingest_lines(cut, upto, source="cut", file_hash="cut", actor="test:pytest",
                         role="director")
            with db.read() as session:
                snap = snapshot(session, now, calendar)
                past = dataclasses.asdict(snap)
                past_alerts = [dataclasses.asdict(a)
                               for a in compute_alerts(session, snap, calendar, TZ)]
            with cut.read() as session:
                snap = snapshot(session, now, calendar)
                live = dataclasses.asdict(snap)
                live_alerts = [dataclasses.asdict(a)
                               for a in compute_alerts(session, snap, calendar, TZ)]
        finally:
            cut.dispose()
        past.pop("last_event_at")
        live.pop("last_event_at")
        assert past == live, dt.datetime.fromtimestamp(now, TZ).isoformat()
        assert past_alerts == live_alerts, dt.datetime.fromtimestamp(now, TZ).isoformat()
        seen_alerts.update(a["kind"] for a in live_alerts)
        states = {w["state"] for w in live["windows"]}
        if 9.5 * 3600 <= now - dt.datetime.combine(DAY, dt.time(), TZ).timestamp() <= 17 * 3600:
            assert "serving" in states or "idle" in states
    # the day is busy enough for the comparison to cover the alerts that depend on time
    assert {"long_wait", "yellow_card"} <= seen_alerts, seen_alerts
