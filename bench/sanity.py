"""Plausibility of the simulated data: the rates a hall director would look at first.

Each line gives a figure, its value and what the simulator's docstring (or common
sense for a district hall) leads one to expect; values outside are marked ``odd``.
The quarter's figures come from ``compute``; the per-department and whole-data
figures from plain SQL over the ingested database.
"""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path
from typing import Any


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _min(x: float | None) -> str:
    return "n/a" if x is None else f"{x / 60:.1f} min"


def _line(name: str, value: str, expected: str, ok: bool | None) -> tuple[str, str, str, str]:
    return name, value, expected, "" if ok is None else ("ok" if ok else "odd")


def check(db_path: Path, fig: Any, workdays_in_quarter: int) -> list[tuple[str, str, str, str]]:
    h = fig.hall
    out = []
    issued = h.tickets_issued
    per_day = issued / workdays_in_quarter if workdays_in_quarter else None
    out.append(_line("tickets per working day (quarter)",
                     "n/a" if per_day is None else f"{per_day:,.0f}",
                     "≈ 1,500 × weekday factor", None))
    ab = h.abandoned / issued if issued else None
    out.append(_line("abandoned ÷ issued (quarter)", _pct(ab), "3–8% (simulator docstring)",
                     None if ab is None else 0.03 <= ab <= 0.08))
    ev = h.evaluation_rate
    out.append(_line("evaluations ÷ served (quarter)", _pct(ev),
                     "≈ 70% where the device is on (≈ 60–70% overall)",
                     None if ev is None else 0.55 <= ev <= 0.75))
    sat = h.satisfaction.satisfaction_rate
    out.append(_line("satisfaction (ratings 3–5) (quarter)", _pct(sat),
                     "≈ 99.8% (bad ratings a fraction of a percent, docs/demo.md)",
                     None if sat is None else 0.99 <= sat <= 0.9995))
    out.append(_line("average wait (quarter)", _min(h.avg_wait_s), "a few to ~20 min",
                     None if h.avg_wait_s is None else h.avg_wait_s <= 30 * 60))
    out.append(_line("longest wait (quarter)", _min(h.max_wait_s), "≤ ~2 h",
                     None if h.max_wait_s is None else h.max_wait_s <= 3 * 3600))
    out.append(_line("average service (quarter)", _min(h.avg_service_s),
                     "5–12 min (profiles)", None if h.avg_service_s is None
                     else 4 * 60 <= h.avg_service_s <= 13 * 60))
    c = h.cases
    share = c.accepted / h.served if h.served else None
    out.append(_line("cases accepted ÷ served (quarter)", _pct(share),
                     "≈ 15% (profiles' case_prob × CASE_SHARE, docs/demo.md)",
                     None if share is None else 0.10 <= share <= 0.20))
    out.append(_line("cases completed on time (quarter)", _pct(c.on_time_rate),
                     "< 100%; the simulator says ≈ 1 in 60 cases runs late", None))
    red = c.red_cards / c.accepted if c.accepted else None
    out.append(_line("red cards ÷ cases accepted (quarter)", _pct(red), "", None))
    occ = [w.occupancy for w in fig.windows.values() if w.occupancy is not None and w.open_s]
    if occ:
        out.append(_line("window occupancy min / median / max (quarter)",
                         f"{_pct(min(occ))} / {_pct(statistics.median(occ))} / "
                         f"{_pct(max(occ))}", "busy but ≤ 100%", max(occ) <= 1.0))
    open_s = sum(w.open_s for w in fig.windows.values())
    if open_s:
        off = sum(w.evaluator_off_s for w in fig.windows.values()) / open_s
        out.append(_line("evaluator off ÷ window open time (quarter)", _pct(off),
                         "≈ 3–4% (2% of window-days off all day, 8% on 0.5–2 h late)",
                         0.01 <= off <= 0.08))
    idle = sorted(code for code, w in fig.windows.items() if not w.open_s)
    out.append(_line("windows never open (quarter)", ", ".join(idle) or "none",
                     "the demo's vacant W31, W33, W44, W45", None))

    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("""
            SELECT d.code, count(*), sum(t.abandoned_at IS NOT NULL),
                   avg(t.started_at - t.issued_at), max(t.started_at - t.issued_at)
            FROM ticket t JOIN department d ON d.id = t.department_id
            GROUP BY d.code ORDER BY d.code""").fetchall()
        worst = sorted(rows, key=lambda r: -(r[2] / r[1]))
        for code, n, n_ab, avg_wait, max_wait in worst[:3]:
            rate = n_ab / n
            out.append(_line(f"department {code}: abandoned, avg / max wait (all data)",
                             f"{_pct(rate)}, {_min(avg_wait)} / {_min(max_wait)}",
                             "≤ ~15% in any department", rate <= 0.15))
        best = worst[-1]
        out.append(_line(f"department {best[0]}: abandoned (lowest, all data)",
                         _pct(best[2] / best[1]), "", None))
        open_cases, overdue = conn.execute(
            "SELECT count(*), sum(due_date < (SELECT max(day) FROM ticket)) "
            "FROM service_case WHERE completed_at IS NULL").fetchone()
        out.append(_line("cases still open at the end (of them past due)",
                         f"{open_cases:,} ({overdue or 0:,})", "", None))
        later, late = conn.execute("""
            SELECT count(*), sum(completed_on IS NULL OR completed_on > due_date)
            FROM service_case
            WHERE promised_days > 0 AND due_date < (SELECT max(day) FROM ticket)""").fetchone()
        share = (late or 0) / later if later else None
        out.append(_line("late ÷ non-instant cases due before the last day (all data)",
                         f"{_pct(share)} ({late or 0:,} of {later:,})",
                         "≈ 1.7% (“about 1 in 60 runs late”, simulator)",
                         None if share is None else 0.01 <= share <= 0.03))
        noshow = conn.execute(
            "SELECT avg(called_at IS NOT NULL AND abandoned_at IS NOT NULL) FROM ticket"
        ).fetchone()[0]
        out.append(_line("called but never came (过号) ÷ issued (all data)", _pct(noshow),
                         "≈ 1.5%", None if noshow is None else noshow <= 0.03))
    finally:
        conn.close()
    return out
