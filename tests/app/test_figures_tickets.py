"""Hand-made edge cases of the ticket and evaluation figures: abandoned tickets,
numbers reused the next day, and the null cases of the satisfaction and evaluation rates."""

from __future__ import annotations

from app.db import Database
from tests.app.figures_helpers import (
    D1,
    D2,
    Batch,
    D,
    assert_figures,
    assert_matches_reference,
    d,
    ingest,
    ts,
)


def test_abandoned_tickets_and_numbers_reused_next_day(db: Database) -> None:
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:01", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:02", "ticket_issued", ticket="A002", service="GS", utc=True)
    b(f"{D} 09:03", "ticket_issued", ticket="A003", service="RS")
    b(f"{D} 09:05", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "ticket_abandoned", ticket="A001")       # 过号 after the call
    b(f"{D} 09:20", "ticket_abandoned", ticket="A002")       # left before the call
    b(f"{D} 09:21", "ticket_called", ticket="A003", window="W01")
    b(f"{D} 09:30", "service_started", ticket="A003", window="W01")
    b(f"{D} 09:40", "service_finished", ticket="A003", window="W01")
    # Still waiting at the day's end: abandoned once the next day's events come in
    # (spec/events.md, Day boundary).
    b(f"{D} 09:50", "ticket_issued", ticket="A004", service="GS")
    b(f"{D} 12:00", "window_closed", window="W01")
    b(f"{D1} 09:00", "ticket_issued", ticket="A001", service="GS")
    b(f"{D1} 09:30", "ticket_abandoned", ticket="A001", utc=True)
    ingest(db, b.events)

    now = ts(f"{D1} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {"hall": {"tickets_issued": 4, "served": 1, "abandoned": 3,
                                  "avg_wait_s": 1620.0, "max_wait_s": 1620.0,
                                  "avg_service_s": 600.0}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 1, "served": 0, "abandoned": 1,
                                  "avg_wait_s": None, "max_wait_s": None,
                                  "avg_service_s": None}})
    got = assert_matches_reference(db, b.events, d(D), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 5, "served": 1, "abandoned": 4}})


def _serve(b: Batch, day: str, n: int, window: str = "W01") -> None:
    b(f"{day} 09:00", "window_opened", window=window, staff="S001")
    for i in range(n):
        number = f"A{i + 1:03d}"
        b(f"{day} 09:{10 * i + 1:02d}", "ticket_issued", ticket=number, service="GS")
        b(f"{day} 09:{10 * i + 2:02d}", "ticket_called", ticket=number, window=window)
        b(f"{day} 09:{10 * i + 4:02d}", "service_started", ticket=number, window=window)
        b(f"{day} 09:{10 * i + 9:02d}", "service_finished", ticket=number, window=window)
    b(f"{day} 12:00", "window_closed", window=window)


def test_satisfaction_and_evaluation_rate_null_cases(db: Database) -> None:
    b = Batch()
    # D1: evaluations but nobody served; D2: served but no evaluations; D3: both.
    for rating in (1, 2, 3, 4, 5, 5):
        b(f"{D1} 10:{rating * 5:02d}", "evaluation", window="W03", rating=rating)
    _serve(b, D2, 2)
    _serve(b, "2026-03-12", 4)
    for i, rating in enumerate((5, 2, 4)):
        b(f"2026-03-12 10:{i:02d}", "evaluation", window="W01", rating=rating,
          ticket=f"A00{i + 1}", comment="")
    ingest(db, b.events)
    now = ts("2026-03-13 09:00")

    cases = (
        (D, D1, {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}, None, None),
        (D1, D2, {"1": 1, "2": 1, "3": 1, "4": 1, "5": 2}, 4 / 6, None),
        (D2, "2026-03-12", {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}, None, 0.0),
        ("2026-03-12", "2026-03-13", {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}, 2 / 3, 0.75),
        (D, "2026-03-13", {"1": 1, "2": 2, "3": 1, "4": 2, "5": 3}, 6 / 9, 9 / 6),
    )
    for start, end, evaluations, satisfaction, evaluation_rate in cases:
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"hall": {"evaluations": evaluations,
                                      "satisfaction_rate": satisfaction,
                                      "evaluation_rate": evaluation_rate}})
