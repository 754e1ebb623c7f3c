"""The event feed contract of docs/spec/events.md: impossible transitions (window, ticket
and case states) are refused, within a batch and across batches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.app.events_helpers import (
    DAY,
    NEXT_DAY,
    assert_rejected,
    at,
    bad_lines,
    ev,
    ingest,
    issued,
    reason,
    stats,
)
from tests.cli_helpers import counts


# -- impossible transitions ----------------------------------------------------------
def _open(eid: str, t: str, window: str = "W01", staff: str = "S001") -> dict[str, Any]:
    return ev(eid, t, "window_opened", window=window, staff=staff)


def _tw(eid: str, t: str, etype: str, window: str = "W01",
        ticket: str = "A001") -> dict[str, Any]:
    return ev(eid, t, etype, ticket=ticket, window=window)


def _accept(eid: str, t: str, case: str = "C1") -> dict[str, Any]:
    return ev(eid, t, "case_accepted", case=case, item="个体户登记", window="W01",
              legal_days=5, promised_days=3)


def _complete(eid: str, t: str, case: str = "C1") -> dict[str, Any]:
    return ev(eid, t, "case_completed", case=case, result="approved")


TRANSITIONS: dict[str, tuple[list[dict[str, Any]], int, str]] = {
    "call when the window was never opened": (
        [issued("t1", "09:00:00"), _tw("t2", "09:05:00", "ticket_called")], 2, "open"),
    "call when the window is closed": (
        [_open("t1", "08:00:00"), ev("t2", "08:30:00", "window_closed", window="W01"),
         issued("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called")], 4, "open"),
    "call a ticket never issued": (
        [_open("t1", "08:00:00"), _tw("t2", "09:05:00", "ticket_called")], 2, "A001"),
    "start a ticket not called": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "service_started")], 3, "called"),
    "start at another window than called": (
        [_open("t1", "08:00:00"), _open("t2", "08:01:00", "W02", "S002"),
         issued("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called"),
         _tw("t5", "09:06:00", "service_started", "W02")], 5, "W01"),
    "start at a paused window": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"),
         ev("t4", "09:05:30", "window_paused", window="W01"),
         _tw("t5", "09:06:00", "service_started")], 5, "paused"),
    "pause while serving": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         ev("t5", "09:10:00", "window_paused", window="W01")], 5, "serving"),
    "pause when closed": (
        [ev("t1", "09:10:00", "window_paused", window="W01")], 1, "open"),
    "close while serving": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         ev("t5", "09:10:00", "window_closed", window="W01")], 5, "serving"),
    "close when not open": (
        [ev("t1", "17:00:00", "window_closed", window="W01")], 1, "open"),
    "open twice": (
        [_open("t1", "08:00:00"), _open("t2", "08:10:00", staff="S002")], 2, "already open"),
    "resume when not paused": (
        [_open("t1", "08:00:00"), ev("t2", "09:00:00", "window_resumed", window="W01")],
        2, "paused"),
    "resume after the pause ended": (
        [_open("t1", "08:00:00"), ev("t2", "09:00:00", "window_paused", window="W01"),
         ev("t3", "09:10:00", "window_resumed", window="W01"),
         ev("t4", "09:20:00", "window_resumed", window="W01")], 4, "paused"),
    "finish a ticket not started": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"),
         _tw("t4", "09:10:00", "service_finished")], 4, "A001"),
    "finish at another window": (
        [_open("t1", "08:00:00"), _open("t2", "08:01:00", "W02", "S002"),
         issued("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called"),
         _tw("t5", "09:06:00", "service_started"),
         _tw("t6", "09:10:00", "service_finished", "W02")], 6, "W01"),
    "finish twice": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         _tw("t5", "09:10:00", "service_finished"),
         _tw("t6", "09:11:00", "service_finished")], 6, "A001"),
    "abandon after start": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         ev("t5", "09:07:00", "ticket_abandoned", ticket="A001")], 5, "A001"),
    "call after abandon": (
        [_open("t1", "08:00:00"), issued("t2", "09:00:00"),
         ev("t3", "09:04:00", "ticket_abandoned", ticket="A001"),
         _tw("t4", "09:05:00", "ticket_called")], 4, "abandoned"),
    "ticket issued twice the same day": (
        [issued("t1", "09:00:00"), issued("t2", "15:00:00")], 2, "A001"),
    "ticket issued twice the same local day (UTC dates differ)": (
        [ev("t1", "2026-11-24T16:30:00Z", "ticket_issued", ticket="A001", service="GS"),
         ev("t2", "2026-11-25T15:59:00Z", "ticket_issued", ticket="A001", service="GS")],
        2, "A001"),
    "case completed twice": (
        [_accept("t1", "09:00:00"), _complete("t2", "10:00:00"),
         _complete("t3", "11:00:00")], 3, "C1"),
    "case never accepted": ([_complete("t1", "10:00:00", "C404")], 1, "C404"),
    "case completed before accepted": (
        [_accept("t1", "10:00:00"), _complete("t2", "09:00:00")], 2, "C1"),
    "case accepted twice": (
        [_accept("t1", "09:00:00"), _accept("t2", "10:00:00")], 2, "C1"),
}


@pytest.mark.parametrize("name", list(TRANSITIONS))
def test_impossible_transition(name: str, db_url: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    batch, line, word = TRANSITIONS[name]
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, list(batch))
    assert_rejected(status, err, before, db_url, line, word, event_id=batch[line - 1]["id"])
    assert set(bad_lines(err)) == {line}, err
    # Without the offending line the batch is fine: it was the only thing wrong.
    status, _, err = ingest(capsys, db_url, tmp_path,
                            [e for i, e in enumerate(batch) if i != line - 1])
    assert status == 0, err


def test_transitions_carry_over_between_batches(db_url: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    first = [_open("b1", "08:00:00"), issued("b2", "09:00:00"), _accept("b3", "10:00:00"),
             issued("b4", "09:30:00", "A002"), _tw("b5", "09:40:00", "ticket_called",
                                                    ticket="A002"),
             _tw("b6", "09:41:00", "service_started", ticket="A002")]
    status, _, err = ingest(capsys, db_url, tmp_path, first, name="one.jsonl")
    assert status == 0, err

    before = counts(db_url)
    for batch, line, word in [
        ([_complete("c1", "09:59:00")], 1, "C1"),                      # before accepted
        ([_open("c1", "10:30:00", staff="S002")], 1, "open"),          # open twice
        ([ev("c1", "10:30:00", "window_closed", window="W01")], 1, "serving"),
        ([issued("c1", "16:00:00")], 1, "A001"),                        # issued twice
        ([_tw("c1", "10:30:00", "service_started")], 1, "called"),
        ([_tw("c1", "10:30:00", "ticket_called", "W02")], 1, "open"),
        ([_accept("c1", "11:00:00")], 1, "C1"),
    ]:
        status, _, err = ingest(capsys, db_url, tmp_path, batch, name="two.jsonl")
        assert_rejected(status, err, before, db_url, line, word, event_id="c1")

    second = [_tw("d1", "10:00:00", "service_finished", ticket="A002"),
              _tw("d2", "10:05:00", "ticket_called"), _tw("d3", "10:06:00", "service_started"),
              _tw("d4", "10:16:00", "service_finished"), _complete("d5", "11:00:00"),
              ev("d6", "17:00:00", "window_closed", window="W01"),
              issued("d7", "09:00:00", day=NEXT_DAY)]
    status, _, err = ingest(capsys, db_url, tmp_path, second, name="three.jsonl")
    assert status == 0, err
    hall = stats(capsys, db_url, DAY, "2026-11-27")["hall"]
    assert hall["tickets_issued"] == 3  # A001 again on the next day is allowed
    assert hall["served"] == 2
    assert hall["cases_completed"] == 1

    status, _, err = ingest(capsys, db_url, tmp_path, [_complete("e1", "12:00:00")],
                            name="four.jsonl")
    assert status == 2
    assert "C1" in reason(err, 1)


def test_same_ticket_number_on_another_day_is_allowed(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = [issued("n1", "09:00:00"), issued("n2", "09:00:00", day=NEXT_DAY),
             # 23:30 local on DAY and 00:30 local on NEXT_DAY: two local days
             ev("n3", at("23:30:00"), "ticket_issued", ticket="B001", service="RS"),
             ev("n4", "2026-11-25T16:30:00Z", "ticket_issued", ticket="B001", service="RS")]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    assert stats(capsys, db_url, DAY, "2026-11-27")["hall"]["tickets_issued"] == 4
    assert stats(capsys, db_url, DAY, NEXT_DAY)["hall"]["tickets_issued"] == 2
