"""``figures.stats.compute`` for a quarter vs one hand-written SQL statement.

The hand query gives the hall figures of ``compute`` (tickets, waits, service times,
evaluations by rating, cases) in one statement over ``ticket``, ``evaluation`` and
``service_case``; its numbers must equal ``compute``'s hall figures.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import statistics
import time
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HAND_SQL = """
WITH t AS (
    SELECT
        sum(issued_at >= :t0 AND issued_at < :t1) AS tickets_issued,
        sum(finished_at >= :t0 AND finished_at < :t1) AS served,
        sum(abandoned_at >= :t0 AND abandoned_at < :t1) AS abandoned,
        avg(CASE WHEN started_at >= :t0 AND started_at < :t1
                 THEN started_at - issued_at END) AS avg_wait_s,
        max(CASE WHEN started_at >= :t0 AND started_at < :t1
                 THEN started_at - issued_at END) AS max_wait_s,
        avg(CASE WHEN finished_at >= :t0 AND finished_at < :t1
                 THEN finished_at - started_at END) AS avg_service_s
    FROM ticket
    -- a ticket's events fall on its own local day: look from a day before t0 on
    WHERE issued_at >= :t0_margin AND issued_at < :t1
), e AS (
    SELECT
        sum(rating = 1) AS r1, sum(rating = 2) AS r2, sum(rating = 3) AS r3,
        sum(rating = 4) AS r4, sum(rating = 5) AS r5
    FROM evaluation
    WHERE ts >= :t0 AND ts < :t1
), c AS (
    SELECT
        sum(accepted_at >= :t0 AND accepted_at < :t1) AS cases_accepted,
        sum(completed_at >= :t0 AND completed_at < :t1) AS cases_completed,
        sum(completed_at >= :t0 AND completed_at < :t1 AND completed_on <= due_date)
            AS cases_on_time,
        sum(due_date >= :d0 AND due_date < :d1 AND due_date < :today
            AND (completed_on IS NULL OR completed_on > due_date)) AS red_cards
    FROM service_case
    WHERE (accepted_at >= :t0 AND accepted_at < :t1)
       OR (completed_at >= :t0 AND completed_at < :t1)
       OR (due_date >= :d0 AND due_date < :d1)
)
SELECT * FROM t, e, c
"""
HAND_KEYS = ("tickets_issued", "served", "abandoned", "avg_wait_s", "max_wait_s",
             "avg_service_s", "r1", "r2", "r3", "r4", "r5", "cases_accepted",
             "cases_completed", "cases_on_time", "red_cards")


@dataclass
class StatsResult:
    compute_times: list[float]
    hand_times: list[float]
    compute_cpu: list[float]
    hand_cpu: list[float]
    compute_hall: dict[str, Any]
    hand_hall: dict[str, Any]
    mismatches: list[str]
    windows: int
    figures: Any = None                     # the Figures object, for the sanity section
    parts: list[tuple[str, float]] = field(default_factory=list)
    parts_error: str | None = None

    @property
    def compute_s(self) -> float:
        return statistics.median(self.compute_times)

    @property
    def hand_s(self) -> float:
        return statistics.median(self.hand_times)


def _hall_of(fig: Any) -> dict[str, Any]:
    h = fig.hall
    return {
        "tickets_issued": h.tickets_issued, "served": h.served, "abandoned": h.abandoned,
        "avg_wait_s": h.avg_wait_s, "max_wait_s": h.max_wait_s,
        "avg_service_s": h.avg_service_s,
        **{f"r{r}": h.satisfaction.by_rating[r] for r in (1, 2, 3, 4, 5)},
        "cases_accepted": h.cases.accepted, "cases_completed": h.cases.completed,
        "cases_on_time": h.cases.completed_on_time, "red_cards": h.cases.red_cards,
    }


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return bool(a == b)


def _timed(fn: Any) -> tuple[Any, float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0, time.process_time() - c0


def _one_pass(session: Any, period: Any, now: float) -> list[tuple[str, float]]:
    """Each query of ``compute`` timed alone (its private helpers, called alike)."""
    from sqlalchemy import select

    from app.config import load_deductions
    from app.figures import stats as fs
    from models import Window

    out: list[tuple[str, float]] = []
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now_t = time.perf_counter()
        out.append((name, now_t - t))
        t = now_t

    windows = {wid: fs.WindowFigures(code) for wid, code in session.execute(
        select(Window.id, Window.code).order_by(Window.code))}
    ids = list(windows)
    hall = fs.HallFigures()
    lap("windows")
    fs._tickets(session, period, now, ids, hall, windows)
    lap("_tickets (hall and per-window ticket figures, one pass)")
    fs._spans(session, period, now, windows)
    lap("_spans (open, paused, evaluator-on per window)")
    fs._evaluations(session, period, ids, hall, windows)
    lap("_evaluations")
    fs._cases(session, period, now, ids, hall, windows)
    lap("_cases")
    fs._deductions(session, period, load_deductions(session), windows)
    lap("_deductions")
    return out


def _parts(db: Any, period: Any, now: float, runs: int) -> list[tuple[str, float]]:
    """Median time of each query of ``compute``."""
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        with db.read() as session:
            for name, seconds in _one_pass(session, period, now):
                times.setdefault(name, []).append(seconds)
    return [(name, statistics.median(ts)) for name, ts in times.items()]


def run(db_path: Path, start: dt.date, end: dt.date, runs: int) -> StatsResult:
    """``runs`` timed runs of each, interleaved (compute, hand SQL, compute, …) so both
    see the same machine load; one untimed warm-up run of each first."""
    from sqlalchemy import select

    from app.db import Database
    from app.figures.period import Period, local_date
    from app.figures.stats import compute
    from models import Hall

    db = Database(f"sqlite:///{db_path}")
    conn = sqlite3.connect(db_path)
    try:
        with db.read() as session:
            tz = zoneinfo.ZoneInfo(session.scalars(select(Hall)).one().timezone)
        period = Period(start, end, tz)
        now = period.t1                    # the quarter seen at its end: reproducible
        params = {"t0": period.t0, "t1": period.t1, "t0_margin": period.t0 - 26 * 3600,
                  "d0": start.isoformat(), "d1": end.isoformat(),
                  "today": local_date(now, tz).isoformat()}

        def ours() -> Any:
            with db.read() as session:
                return compute(session, period, now)

        def hand() -> tuple[Any, ...]:
            return tuple(conn.execute(HAND_SQL, params).fetchone())

        fig, row = ours(), hand()          # warm-up
        ct: list[float] = []
        cc: list[float] = []
        ht: list[float] = []
        hc: list[float] = []
        for _ in range(runs):
            fig, t, c = _timed(ours)
            ct.append(t)
            cc.append(c)
            row, t, c = _timed(hand)
            ht.append(t)
            hc.append(c)
        parts: list[tuple[str, float]] = []
        parts_error = None
        try:
            parts = _parts(db, period, now, min(runs, 3))
        except Exception as exc:  # private helpers changed: report, don't fail
            parts_error = f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
        db.dispose()

    hand_hall = dict(zip(HAND_KEYS, row, strict=True))
    for key in HAND_KEYS:
        if key not in ("avg_wait_s", "max_wait_s", "avg_service_s"):
            hand_hall[key] = int(hand_hall[key] or 0)
    ours_hall = _hall_of(fig)
    mismatches = [f"{k}: compute {ours_hall[k]!r} vs hand SQL {hand_hall[k]!r}"
                  for k in HAND_KEYS if not _same(ours_hall[k], hand_hall[k])]
    return StatsResult(ct, ht, cc, hc, ours_hall, hand_hall, mismatches, len(fig.windows),
                       fig, parts, parts_error)
