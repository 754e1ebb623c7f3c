"""Hand-made edge cases of the window figures: sessions, pauses, evaluator devices and
services, across midnight and up to ``now``."""

from __future__ import annotations

from app.db import Database
from tests.app.figures_helpers import (
    D1,
    D2,
    IDLE_WINDOW,
    Batch,
    D,
    assert_figures,
    assert_matches_reference,
    d,
    figures,
    ingest,
    ts,
)


def test_pause_occupancy_and_device_never_on(db: Database) -> None:
    b = Batch()
    b(f"{D} 09:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 09:05", "ticket_issued", ticket="A001", service="GS")
    b(f"{D} 09:08", "ticket_called", ticket="A001", window="W01")
    b(f"{D} 09:10", "service_started", ticket="A001", window="W01")
    b(f"{D} 09:40", "service_finished", ticket="A001", window="W01", utc=True)
    b(f"{D} 10:00", "window_paused", window="W01", reason="午休")
    b(f"{D} 10:30", "window_resumed", window="W01")
    b(f"{D} 11:00", "ticket_issued", ticket="A002", service="GS")
    b(f"{D} 11:02", "ticket_called", ticket="A002", window="W01")
    b(f"{D} 11:12", "service_started", ticket="A002", window="W01")
    b(f"{D} 11:20", "service_finished", ticket="A002", window="W01")
    b(f"{D} 12:00", "window_closed", window="W01", utc=True)

    # Seen at 10:15: the pause is still running and counts up to now.
    ingest(db, b.upto(f"{D} 10:15"))
    got = assert_matches_reference(db, b.upto(f"{D} 10:15"), d(D), d(D1), ts(f"{D} 10:15"))
    assert_figures(got, {"windows": {"W01": {
        "open_s": 4500.0, "paused_s": 900.0, "busy_s": 1800.0, "occupancy": 0.5,
        "evaluator_off_s": 4500.0, "served": 1, "avg_service_s": 1800.0}}})

    ingest(db, b.after(f"{D} 10:15"))
    now = ts(f"{D} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {
        "hall": {"tickets_issued": 2, "served": 2, "abandoned": 0, "avg_wait_s": 510.0,
                 "max_wait_s": 720.0, "avg_service_s": 1140.0, "evaluation_rate": 0.0,
                 "satisfaction_rate": None},
        "windows": {
            # occupancy = busy / (open − paused); a device never switched on is off
            # for the whole open time.
            "W01": {"served": 2, "avg_service_s": 1140.0, "open_s": 10800.0,
                    "paused_s": 1800.0, "busy_s": 2280.0, "occupancy": 2280.0 / 9000.0,
                    "evaluator_off_s": 10800.0, "red_cards": 0, "score": 100.0},
            "W02": IDLE_WINDOW, "W03": IDLE_WINDOW}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"hall": {"tickets_issued": 0, "served": 0, "avg_wait_s": None,
                                  "evaluation_rate": None},
                         "windows": {"W01": IDLE_WINDOW}})


def test_device_on_mid_session_and_off_after_close(db: Database) -> None:
    b = Batch()
    # W02: on at 10:00 in the first session, off at 13:00 after it closed; the device
    # is still off when the second session opens.
    b(f"{D} 09:00", "window_opened", window="W02", staff="S002")
    b(f"{D} 10:00", "evaluator", window="W02", on=True)
    b(f"{D} 12:00", "window_closed", window="W02")
    b(f"{D} 13:00", "evaluator", window="W02", on=False, utc=True)
    b(f"{D} 14:00", "window_opened", window="W02", staff="S001")
    b(f"{D} 15:00", "window_closed", window="W02")
    # W03: switched on before opening; off for 30 minutes; a second "on" changes nothing;
    # still on after the close and through the next day's session.
    b(f"{D} 08:00", "evaluator", window="W03", on=True)
    b(f"{D} 09:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 10:00", "evaluator", window="W03", on=False)
    b(f"{D} 10:30", "evaluator", window="W03", on=True)
    b(f"{D} 10:40", "evaluator", window="W03", on=True)
    b(f"{D} 11:00", "window_closed", window="W03")
    b(f"{D1} 09:00", "window_opened", window="W03", staff="S003")
    b(f"{D1} 10:00", "window_closed", window="W03")

    ingest(db, b.upto(f"{D} 11:00"))
    got = assert_matches_reference(db, b.upto(f"{D} 11:00"), d(D), d(D1), ts(f"{D} 11:00"))
    assert_figures(got, {"windows": {"W02": {"open_s": 7200.0, "evaluator_off_s": 3600.0},
                                     "W03": {"open_s": 7200.0, "evaluator_off_s": 1800.0}}})

    ingest(db, b.after(f"{D} 11:00"))
    now = ts(f"{D1} 18:00")
    got = assert_matches_reference(db, b.events, d(D), d(D1), now)
    assert_figures(got, {"windows": {
        "W01": IDLE_WINDOW,
        "W02": {"open_s": 14400.0, "paused_s": 0.0, "evaluator_off_s": 7200.0,
                "busy_s": 0.0, "occupancy": 0.0},
        "W03": {"open_s": 7200.0, "evaluator_off_s": 1800.0}}})
    got = assert_matches_reference(db, b.events, d(D1), d(D2), now)
    assert_figures(got, {"windows": {"W02": IDLE_WINDOW,
                                     "W03": {"open_s": 3600.0, "evaluator_off_s": 0.0}}})


def test_session_and_pause_across_midnight(db: Database) -> None:
    b = Batch()
    b(f"{D} 20:00", "window_opened", window="W01", staff="S001")
    b(f"{D} 22:00", "evaluator", window="W01", on=True, utc=True)
    b(f"{D} 23:30", "window_paused", window="W01", reason="夜间")
    b(f"{D1} 00:30", "window_resumed", window="W01", utc=True)
    b(f"{D1} 01:00", "evaluator", window="W01", on=False)
    b(f"{D1} 02:00", "window_closed", window="W01")

    # At 00:15 the window is open but paused for all of the day so far: occupancy null.
    ingest(db, b.upto(f"{D1} 00:15"))
    now = ts(f"{D1} 00:15")
    got = assert_matches_reference(db, b.upto(f"{D1} 00:15"), d(D1), d(D2), now)
    assert_figures(got, {"windows": {"W01": {"open_s": 900.0, "paused_s": 900.0,
                                             "occupancy": None, "evaluator_off_s": 0.0}}})
    got = assert_matches_reference(db, b.upto(f"{D1} 00:15"), d(D), d(D1), now)
    assert_figures(got, {"windows": {"W01": {"open_s": 14400.0, "paused_s": 1800.0,
                                             "occupancy": 0.0, "evaluator_off_s": 7200.0}}})

    ingest(db, b.after(f"{D1} 00:15"))
    now = ts(f"{D2} 09:00")
    for start, end, want in (
            (D, D1, {"open_s": 14400.0, "paused_s": 1800.0, "evaluator_off_s": 7200.0}),
            (D1, D2, {"open_s": 7200.0, "paused_s": 1800.0, "evaluator_off_s": 3600.0}),
            (D, D2, {"open_s": 21600.0, "paused_s": 3600.0, "evaluator_off_s": 10800.0})):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W01": {**want, "busy_s": 0.0, "occupancy": 0.0}}})


def test_service_in_progress_counts_up_to_now(db: Database) -> None:
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03", utc=True)
    ingest(db, b.events)

    # The period's end is cut by now: the service is busy time up to now, not served.
    got = assert_matches_reference(db, b.events, d(D), d(D1), ts(f"{D} 16:20"))
    assert_figures(got, {
        "hall": {"served": 0, "avg_service_s": None, "avg_wait_s": 600.0,
                 "max_wait_s": 600.0},
        "windows": {"W03": {"served": 0, "avg_service_s": None, "open_s": 4800.0,
                            "busy_s": 1200.0, "occupancy": 0.25}}})


def test_service_never_finished_crosses_the_period_boundary(db: Database) -> None:
    # A ticket's events all fall on its issue day (the applier looks tickets up by the
    # day of each event), so a service can only run past midnight when it is never
    # finished: the window then stays open and serving, and the service counts as busy
    # up to now, split over the periods it crosses.
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03")
    ingest(db, b.events)

    now = ts(f"{D1} 10:00")
    for start, end, want in ((D, D1, {"open_s": 32400.0, "busy_s": 28800.0}),
                             (D1, D2, {"open_s": 36000.0, "busy_s": 36000.0}),
                             (D, D2, {"open_s": 68400.0, "busy_s": 64800.0})):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W03": {**want, "served": 0}}})


def test_service_never_finished_counts_days_later(db: Database) -> None:
    b = Batch()
    b(f"{D} 15:00", "window_opened", window="W03", staff="S003")
    b(f"{D} 15:50", "ticket_issued", ticket="A001", service="RS")
    b(f"{D} 15:55", "ticket_called", ticket="A001", window="W03")
    b(f"{D} 16:00", "service_started", ticket="A001", window="W03")
    ingest(db, b.events)

    # Two days later the window is still open and serving the same ticket.
    now = ts("2026-03-12 12:00")
    for start, end, busy in ((D2, "2026-03-12", 86400.0), ("2026-03-12", "2026-03-13", 43200.0),
                             (D, "2026-04-01", 244800.0)):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"windows": {"W03": {"busy_s": busy, "served": 0}}})
    got = figures(db, d("2026-03-12"), d("2026-03-13"), now)
    assert_figures(got, {"windows": {"W03": {"open_s": 43200.0, "occupancy": 1.0}}})
