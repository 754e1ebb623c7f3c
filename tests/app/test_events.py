"""The event feed contract of spec/events.md, driven through ``halldesk ingest``.

Every outcome is checked the way a user sees it: the exit status and report of
``ingest``, the rows of the derived tables and the figures of ``stats --json``.
"""

from __future__ import annotations

import io
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import cli, counts

DAY = "2026-11-25"  # a Wednesday, a working day
NEXT_DAY = "2026-11-26"


# -- helpers -------------------------------------------------------------------------
def at(hms: str, day: str = DAY, offset: str = "+08:00") -> str:
    return f"{day}T{hms}{offset}"


def ev(eid: str, when: str, etype: str, **fields: Any) -> dict[str, Any]:
    """An event; ``when`` is HH:MM:SS on DAY (+08:00) or a full timestamp."""
    return {"id": eid, "ts": at(when) if len(when) == 8 else when, "type": etype, **fields}


def dumps(event: dict[str, Any] | str) -> str:
    return event if isinstance(event, str) else json.dumps(event, ensure_ascii=False)


def write_batch(path: Path, events: list[dict[str, Any] | str]) -> Path:
    path.write_text("".join(dumps(e) + "\n" for e in events), encoding="utf-8")
    return path


def ingest(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path,
           events: list[dict[str, Any] | str], *extra: str,
           name: str = "batch.jsonl") -> tuple[int, str, str]:
    path = write_batch(tmp_path / name, events)
    return cli(capsys, "--db", url, "ingest", str(path), *extra)


def stats(capsys: pytest.CaptureFixture[str], url: str, start: str = DAY,
          end: str = NEXT_DAY) -> dict[str, Any]:
    status, out, err = cli(capsys, "--db", url, "stats", "--from", start, "--to", end,
                           "--json")
    assert status == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def bad_lines(err: str) -> dict[int, str]:
    """The report's bad lines: line number → the rest of its report line."""
    found: dict[int, str] = {}
    for text in err.splitlines():
        m = re.match(r"\s*line (\d+)\b(.*)$", text)
        if m:
            found[int(m.group(1))] = m.group(2)
    return found


def reason(err: str, line: int) -> str:
    lines = bad_lines(err)
    assert line in lines, f"line {line} is not named in the report:\n{err}"
    return lines[line]


def assert_rejected(status: int, err: str, before: dict[str, int], url: str,
                    line: int, *words: str, event_id: str | None = None) -> str:
    """A rejected batch: exit 2, nothing written, the line named with id and reason."""
    assert status == 2, err
    assert counts(url) == before
    assert "nothing was written" in err
    why = reason(err, line)
    if event_id is not None:
        assert event_id in why
    for word in words:
        assert word.lower() in why.lower(), f"{word!r} not in report of line {line}: {why}"
    return why


# -- a full day at one window, using every event type with all its fields ------------
FULL_DAY: list[dict[str, Any]] = [
    ev("e01", "08:30:00", "window_opened", window="W01", staff="S001"),
    ev("e02", "08:31:00", "evaluator", window="W01", on=True),
    ev("e03", "09:00:00", "ticket_issued", ticket="A001", service="GS"),
    ev("e04", "09:05:00", "ticket_called", ticket="A001", window="W01"),
    ev("e05", "09:06:00", "service_started", ticket="A001", window="W01"),
    ev("e06", "09:16:00", "service_finished", ticket="A001", window="W01"),
    ev("e07", "09:17:00", "evaluation", window="W01", rating=5, ticket="A001",
       comment="服务很好"),
    ev("e08", "09:20:00", "case_accepted", case="C-0001", item="企业设立登记", window="W01",
       legal_days=20, promised_days=5, applicant="某某科技有限公司"),
    ev("e09", "09:30:00", "case_completed", case="C-0001", result="approved"),
    ev("e10", "10:00:00", "ticket_issued", ticket="A002", service="GS"),
    ev("e11", "10:01:00", "ticket_called", ticket="A002", window="W01"),
    ev("e12", "10:03:00", "ticket_abandoned", ticket="A002"),
    ev("e13", "12:00:00", "window_paused", window="W01", reason="午休"),
    ev("e14", "13:00:00", "window_resumed", window="W01"),
    ev("e15", "17:00:00", "evaluator", window="W01", on=False),
    ev("e16", "17:30:00", "window_closed", window="W01"),
]

FULL_DAY_HALL = {
    "tickets_issued": 2, "served": 1, "abandoned": 1, "avg_wait_s": 360.0,
    "max_wait_s": 360.0, "avg_service_s": 600.0,
    "evaluations": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 1},
    "satisfaction_rate": 1.0, "evaluation_rate": 1.0, "cases_accepted": 1,
    "cases_completed": 1, "completion_rate": 1.0, "on_time_rate": 1.0, "red_cards": 0,
}
FULL_DAY_W01 = {
    "served": 1, "avg_service_s": 600.0, "open_s": 9 * 3600.0, "paused_s": 3600.0,
    "busy_s": 600.0, "occupancy": pytest.approx(600 / (8 * 3600)),
    "evaluator_off_s": 60.0 + 1800.0, "red_cards": 0, "score": 100.0,
}

# Required fields by type, as spec/events.md lists them (not as the code does).
REQUIRED = {
    "window_opened": ("window", "staff"),
    "window_paused": ("window",),
    "window_resumed": ("window",),
    "window_closed": ("window",),
    "evaluator": ("window", "on"),
    "ticket_issued": ("ticket", "service"),
    "ticket_called": ("ticket", "window"),
    "service_started": ("ticket", "window"),
    "service_finished": ("ticket", "window"),
    "ticket_abandoned": ("ticket",),
    "evaluation": ("window", "rating"),
    "case_accepted": ("case", "item", "window", "legal_days", "promised_days"),
    "case_completed": ("case", "result"),
}


def first_of(etype: str) -> int:
    return next(i for i, e in enumerate(FULL_DAY) if e["type"] == etype)


def with_change(index: int, **changes: Any) -> list[dict[str, Any] | str]:
    batch: list[dict[str, Any] | str] = [dict(e) for e in FULL_DAY]
    event = dict(FULL_DAY[index])
    for key, value in changes.items():
        if value is _DROP:
            event.pop(key, None)
        else:
            event[key] = value
    batch[index] = event
    return batch


_DROP = object()


# -- valid input ---------------------------------------------------------------------
def test_every_event_type_with_all_fields(db_url: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert {e["type"] for e in FULL_DAY} == set(REQUIRED)
    status, out, err = ingest(capsys, db_url, tmp_path, FULL_DAY)
    assert status == 0, err
    assert "16 events applied" in out
    assert err == ""
    data = stats(capsys, db_url)
    assert data["hall"] == FULL_DAY_HALL
    assert data["windows"]["W01"] == FULL_DAY_W01
    assert data["windows"]["W02"]["open_s"] == 0.0
    rows = counts(db_url)
    assert rows["raw_event"] == 16
    assert rows["ticket"] == 2
    assert rows["window_session"] == 1
    assert rows["window_pause"] == 1
    assert rows["evaluator_span"] == 1
    assert rows["evaluation"] == 1
    assert rows["service_case"] == 1


def test_optional_fields_may_be_left_out(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    batch = [
        ev("o1", "08:00:00", "window_opened", window="W03", staff="S003"),
        ev("o2", "09:00:00", "window_paused", window="W03"),
        ev("o3", "09:10:00", "window_resumed", window="W03"),
        ev("o4", "09:20:00", "evaluation", window="W03", rating=1),
        ev("o5", "09:30:00", "case_accepted", case="RS-1", item="社保登记", window="W03",
           legal_days=0, promised_days=0),
        ev("o6", "09:31:00", "case_completed", case="RS-1", result="rejected"),
        ev("o7", "10:00:00", "window_closed", window="W03"),
    ]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    hall = stats(capsys, db_url)["hall"]
    assert hall["evaluations"] == {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0}
    assert hall["satisfaction_rate"] == 0.0
    assert hall["cases_completed"] == 1
    assert hall["on_time_rate"] == 1.0  # a 0-day case is due the same day
    assert stats(capsys, db_url)["windows"]["W03"]["paused_s"] == 600.0


def test_id_of_64_characters_is_accepted(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    event = ev("x" * 64, "09:00:00", "ticket_issued", ticket="A001", service="GS")
    status, _, err = ingest(capsys, db_url, tmp_path, [event])
    assert status == 0, err
    assert stats(capsys, db_url)["hall"]["tickets_issued"] == 1


def test_longest_ticket_number_is_stored(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    number = "T" * 64
    batch = [ev("l1", "08:00:00", "window_opened", window="W01", staff="S001"),
             ev("l2", "09:00:00", "ticket_issued", ticket=number, service="GS"),
             ev("l3", "09:01:00", "ticket_called", ticket=number, window="W01"),
             ev("l4", "09:02:00", "service_started", ticket=number, window="W01"),
             ev("l5", "09:03:00", "service_finished", ticket=number, window="W01"),
             ev("l6", "09:04:00", "evaluation", window="W01", rating=4, ticket=number)]
    status, _, err = ingest(capsys, db_url, tmp_path, list(batch))
    assert status == 0, err
    assert stats(capsys, db_url)["hall"]["served"] == 1


def test_z_and_offset_timestamps_are_the_same_instant(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = [
        ev("z1", at("01:00:00", offset="Z"), "window_opened", window="W01", staff="S001"),
        ev("z2", at("01:00:00", offset="Z"), "ticket_issued", ticket="A001", service="GS"),
        ev("z3", at("09:00:00", offset="+08:00"), "ticket_called", ticket="A001",
           window="W01"),
        ev("z4", at("01:00:00", offset="+00:00"), "service_started", ticket="A001",
           window="W01"),
        ev("z5", at("09:05:00"), "service_finished", ticket="A001", window="W01"),
        ev("z6", at("01:30:00", offset="Z"), "window_closed", window="W01"),
    ]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    data = stats(capsys, db_url)
    assert data["hall"]["avg_wait_s"] == 0.0  # issued 01:00Z, started 09:00+08:00
    assert data["hall"]["avg_service_s"] == 300.0
    assert data["windows"]["W01"]["open_s"] == 1800.0


def test_blank_lines_are_ignored_but_counted(db_url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = ["", FULL_DAY[0], "   ", "\t", FULL_DAY[2], "",
                                         "{broken"]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 7, "JSON")
    assert set(bad_lines(err)) == {7}
    status, out, err = ingest(capsys, db_url, tmp_path, batch[:-1])
    assert status == 0, err
    assert "2 events applied" in out


def test_crlf_and_bom_are_read(db_url: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(dumps(e) + "\r\n" for e in FULL_DAY)
                     .encode("utf-8"))
    status, _out, err = cli(capsys, "--db", db_url, "ingest", str(path))
    assert status == 0, err
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_standard_input(db_url: str, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = "".join(dumps(e) + "\n" for e in FULL_DAY).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, err = cli(capsys, "--db", db_url, "ingest", "-")
    assert status == 0, err
    assert "16 events applied" in out
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


# -- missing and ill-typed fields ----------------------------------------------------
MISSING = [(t, f) for t, fields in REQUIRED.items() for f in fields]
MISSING += [("ticket_issued", "id"), ("ticket_issued", "ts"), ("ticket_issued", "type"),
            ("window_opened", "ts"), ("case_completed", "id")]


@pytest.mark.parametrize(("etype", "field"), MISSING)
def test_each_required_field_missing(etype: str, field: str, db_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    index = first_of(etype)
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **{field: _DROP}))
    why = assert_rejected(status, err, before, db_url, index + 1)
    assert re.search(rf"\b{field}\b", why.split(":", 1)[-1]), why


@pytest.mark.parametrize(("etype", "field", "value"), [
    ("evaluation", "rating", 0),
    ("evaluation", "rating", 6),
    ("evaluation", "rating", "5"),
    ("evaluation", "rating", True),
    ("evaluation", "rating", 4.5),
    ("evaluation", "ticket", 17),
    ("evaluation", "comment", ["很好"]),
    ("evaluator", "on", "yes"),
    ("evaluator", "on", 1),
    ("case_accepted", "legal_days", -1),
    ("case_accepted", "promised_days", -1),
    ("case_accepted", "legal_days", "20"),
    ("case_accepted", "legal_days", 2.5),
    ("case_accepted", "promised_days", True),
    ("case_accepted", "item", ""),
    ("case_accepted", "applicant", 7),
    ("case_completed", "result", "ok"),
    ("case_completed", "result", "APPROVED"),
    ("window_opened", "window", 7),
    ("window_opened", "staff", ""),
    ("window_paused", "reason", 3),
    ("ticket_issued", "ticket", ""),
    ("ticket_issued", "ticket", "T" * 65),   # the ticket columns hold 64 characters
    ("evaluation", "ticket", "T" * 65),
    ("ticket_issued", "service", ["GS"]),
    ("ticket_issued", "ts", 1764032400),
    ("ticket_issued", "ts", "yesterday morning"),
    ("ticket_issued", "ts", "2026-11-25T25:00:00+08:00"),
    ("ticket_issued", "ts", "2026-11-25T09:00:0²+08:00"),   # a digit, but not ASCII
    ("ticket_issued", "ts", "2026-11-25T09:00:0٣+08:00"),   # Arabic-Indic three
    ("ticket_issued", "ts", "2026-11-25T09:00:60+08:00"),
    ("ticket_issued", "ts", "2026-11-25T09:00:00+25:00"),
    ("ticket_issued", "type", 5),
])
def test_ill_typed_field(etype: str, field: str, value: Any, db_url: str, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    index = first_of(etype)
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **{field: value}))
    why = assert_rejected(status, err, before, db_url, index + 1)
    if field != "type":
        assert re.search(rf"\b{field}\b", why.split(":", 1)[-1]), why


@pytest.mark.parametrize("stamp", ["2026-11-25T09:00:00", "2026-11-25 09:00:00",
                                   "2026-11-25"])
def test_naive_timestamp_is_refused(stamp: str, db_url: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = with_change(first_of("ticket_issued"), ts=stamp)
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    why = assert_rejected(status, err, before, db_url, 3, event_id="e03")
    assert "naive" in why or "offset" in why


# -- not JSON, not an object, unknown type, bad id -----------------------------------
@pytest.mark.parametrize(("line", "words", "event_id"), [
    ('{"id": "e03", "ts": "2026-11-25T09:00:00+08:00", "type": ', ("JSON",), None),
    ("ticket_issued A001 GS", ("JSON",), None),
    ('[{"id": "e03"}]', ("object",), None),
    ('"e03"', ("object",), None),
    ("42", ("object",), None),
    ("null", ("object",), None),
    ('{"id": "e03", "ts": "2026-11-25T09:00:00+08:00", "type": "window_exploded", '
     '"window": "W01"}', ("unknown", "window_exploded"), "e03"),
    ('{"id": "", "ts": "2026-11-25T09:00:00+08:00", "type": "ticket_issued", '
     '"ticket": "A001", "service": "GS"}', ("id",), None),
    ('{"id": "' + "y" * 65 + '", "ts": "2026-11-25T09:00:00+08:00", '
     '"type": "ticket_issued", "ticket": "A001", "service": "GS"}', ("id",), None),
    ('{"id": 3, "ts": "2026-11-25T09:00:00+08:00", "type": "ticket_issued", '
     '"ticket": "A001", "service": "GS"}', ("id",), None),
])
def test_unreadable_lines(line: str, words: tuple[str, ...], event_id: str | None,
                          db_url: str, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = [*FULL_DAY[:2], line, *FULL_DAY[3:]]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 3, *words, event_id=event_id)


# -- codes that the hall does not have -----------------------------------------------
@pytest.mark.parametrize(("index", "changes", "code"), [
    (0, {"window": "W99"}, "W99"),
    (0, {"staff": "S999"}, "S999"),
    (2, {"service": "XX"}, "XX"),
    (1, {"window": "W99"}, "W99"),
    (6, {"window": "W99"}, "W99"),
    (7, {"window": "W99"}, "W99"),
    (3, {"window": "W99"}, "W99"),
])
def test_unknown_window_staff_department(index: int, changes: dict[str, str], code: str,
                                         db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **changes))
    assert_rejected(status, err, before, db_url, index + 1, code,
                    event_id=FULL_DAY[index]["id"])


# -- impossible transitions ----------------------------------------------------------
def _open(eid: str, t: str, window: str = "W01", staff: str = "S001") -> dict[str, Any]:
    return ev(eid, t, "window_opened", window=window, staff=staff)


def _issue(eid: str, t: str, ticket: str = "A001", day: str = DAY) -> dict[str, Any]:
    return ev(eid, at(t, day), "ticket_issued", ticket=ticket, service="GS")


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
        [_issue("t1", "09:00:00"), _tw("t2", "09:05:00", "ticket_called")], 2, "open"),
    "call when the window is closed": (
        [_open("t1", "08:00:00"), ev("t2", "08:30:00", "window_closed", window="W01"),
         _issue("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called")], 4, "open"),
    "call a ticket never issued": (
        [_open("t1", "08:00:00"), _tw("t2", "09:05:00", "ticket_called")], 2, "A001"),
    "start a ticket not called": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "service_started")], 3, "called"),
    "start at another window than called": (
        [_open("t1", "08:00:00"), _open("t2", "08:01:00", "W02", "S002"),
         _issue("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called"),
         _tw("t5", "09:06:00", "service_started", "W02")], 5, "W01"),
    "start at a paused window": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"),
         ev("t4", "09:05:30", "window_paused", window="W01"),
         _tw("t5", "09:06:00", "service_started")], 5, "paused"),
    "pause while serving": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         ev("t5", "09:10:00", "window_paused", window="W01")], 5, "serving"),
    "pause when closed": (
        [ev("t1", "09:10:00", "window_paused", window="W01")], 1, "open"),
    "close while serving": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
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
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"),
         _tw("t4", "09:10:00", "service_finished")], 4, "A001"),
    "finish at another window": (
        [_open("t1", "08:00:00"), _open("t2", "08:01:00", "W02", "S002"),
         _issue("t3", "09:00:00"), _tw("t4", "09:05:00", "ticket_called"),
         _tw("t5", "09:06:00", "service_started"),
         _tw("t6", "09:10:00", "service_finished", "W02")], 6, "W01"),
    "finish twice": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         _tw("t5", "09:10:00", "service_finished"),
         _tw("t6", "09:11:00", "service_finished")], 6, "A001"),
    "abandon after start": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         _tw("t3", "09:05:00", "ticket_called"), _tw("t4", "09:06:00", "service_started"),
         ev("t5", "09:07:00", "ticket_abandoned", ticket="A001")], 5, "A001"),
    "call after abandon": (
        [_open("t1", "08:00:00"), _issue("t2", "09:00:00"),
         ev("t3", "09:04:00", "ticket_abandoned", ticket="A001"),
         _tw("t4", "09:05:00", "ticket_called")], 4, "abandoned"),
    "ticket issued twice the same day": (
        [_issue("t1", "09:00:00"), _issue("t2", "15:00:00")], 2, "A001"),
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
    first = [_open("b1", "08:00:00"), _issue("b2", "09:00:00"), _accept("b3", "10:00:00"),
             _issue("b4", "09:30:00", "A002"), _tw("b5", "09:40:00", "ticket_called",
                                                    ticket="A002"),
             _tw("b6", "09:41:00", "service_started", ticket="A002")]
    status, _, err = ingest(capsys, db_url, tmp_path, first, name="one.jsonl")
    assert status == 0, err

    before = counts(db_url)
    for batch, line, word in [
        ([_complete("c1", "09:59:00")], 1, "C1"),                      # before accepted
        ([_open("c1", "10:30:00", staff="S002")], 1, "open"),          # open twice
        ([ev("c1", "10:30:00", "window_closed", window="W01")], 1, "serving"),
        ([_issue("c1", "16:00:00")], 1, "A001"),                        # issued twice
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
              _issue("d7", "09:00:00", day=NEXT_DAY)]
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
    batch = [_issue("n1", "09:00:00"), _issue("n2", "09:00:00", day=NEXT_DAY),
             # 23:30 local on DAY and 00:30 local on NEXT_DAY: two local days
             ev("n3", at("23:30:00"), "ticket_issued", ticket="B001", service="RS"),
             ev("n4", "2026-11-25T16:30:00Z", "ticket_issued", ticket="B001", service="RS")]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    assert stats(capsys, db_url, DAY, "2026-11-27")["hall"]["tickets_issued"] == 4
    assert stats(capsys, db_url, DAY, NEXT_DAY)["hall"]["tickets_issued"] == 2


# -- order and idempotency -----------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffled_batch_gives_the_same_result(seed: int, db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    shuffled = list(FULL_DAY)
    random.Random(seed).shuffle(shuffled)
    assert shuffled != FULL_DAY
    status, out, err = ingest(capsys, db_url, tmp_path, list(shuffled))
    assert status == 0, err
    assert "16 events applied" in out
    data = stats(capsys, db_url)
    assert data["hall"] == FULL_DAY_HALL
    assert data["windows"]["W01"] == FULL_DAY_W01


def test_reingesting_a_batch_changes_nothing(db_url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    before = counts(db_url)
    figures = stats(capsys, db_url)
    status, out, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    assert "0 events applied, 16 already known" in out
    assert counts(db_url) == before
    # Same content written differently (key order, spacing) is the same event.
    rewritten = [json.dumps(dict(reversed(list(e.items()))), indent=None,
                            separators=(" , ", " : ")) for e in FULL_DAY]
    status, out, err = ingest(capsys, db_url, tmp_path, list(rewritten), name="again.jsonl")
    assert status == 0, err
    assert "16 already known" in out
    assert counts(db_url) == before
    assert stats(capsys, db_url) == figures


def test_repeated_line_in_one_batch_is_applied_once(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch: list[dict[str, Any] | str] = [*FULL_DAY[:3], FULL_DAY[2], *FULL_DAY[3:]]
    status, out, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    assert "16 events applied, 1 already known" in out
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_same_id_with_different_content_in_a_later_batch(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    before = counts(db_url)
    changed = ev("e03", "09:00:00", "ticket_issued", ticket="A001", service="RS")
    fresh = _issue("f1", "11:00:00", "A900")
    status, _, err = ingest(capsys, db_url, tmp_path, [fresh, changed], name="b2.jsonl")
    assert_rejected(status, err, before, db_url, 2, "different", event_id="e03")


def test_same_id_with_different_content_in_one_batch(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = [_issue("s1", "09:00:00"), _issue("s1", "09:00:00", "A002")]
    status, _, err = ingest(capsys, db_url, tmp_path, list(batch))
    assert_rejected(status, err, before, db_url, 2, "different", event_id="s1")


# -- bad input: all or nothing, or --skip-bad ----------------------------------------
def test_one_bad_line_rejects_the_whole_batch(db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = with_change(6, rating=9)
    status, out, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 7, "rating", event_id="e07")
    assert set(bad_lines(err)) == {7}
    assert out == ""
    assert stats(capsys, db_url)["hall"]["tickets_issued"] == 0


def test_report_names_every_bad_line(db_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = list(FULL_DAY)
    batch[1] = "not json at all"
    batch[4] = {**FULL_DAY[4], "window": "W02"}   # W02 is not open, A001 called to W01
    batch[9] = {**FULL_DAY[9], "ts": "2026-11-25T10:00:00"}
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 2
    assert counts(db_url) == before
    lines = bad_lines(err)
    assert {2, 5, 10} <= set(lines)
    assert "e05" in lines[5]
    assert "e10" in lines[10]
    assert "4 bad lines" in err or "bad lines" in err


BAD_FOR_SKIP = [
    "this is not JSON",
    '  {"id": "k2", "ts": "2026-11-25T09:02:00+08:00", "type": "ticket_called", '
    '"ticket": "Z999", "window": "W01"}\t',
    '{"id":"k3","ts":"2026-11-25T09:03:00","type":"ticket_issued","ticket":"Q1",'
    '"service":"GS"}',
    '{"id": "k4", "ts": "2026-11-25T09:04:00+08:00", "type": "evaluation", '
    '"window": "W01", "rating": 0, "comment": "差评"}',
]


def _with_bad_lines() -> list[dict[str, Any] | str]:
    batch: list[dict[str, Any] | str] = list(FULL_DAY)
    for i, bad in enumerate(BAD_FOR_SKIP):
        batch.insert(3 * i + 1, bad)
    return batch


def test_skip_bad_applies_good_lines_and_keeps_bad_ones(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = _with_bad_lines()
    status, out, err = ingest(capsys, db_url, tmp_path, batch, "--skip-bad",
                              name="day.jsonl")
    assert status == 0, err
    assert "16 events applied" in out
    assert "4 rejected" in out
    rejects = [p for p in tmp_path.iterdir() if p.name.endswith(".rejects.jsonl")]
    assert len(rejects) == 1
    assert rejects[0].name == "day.jsonl.rejects.jsonl"  # FILE.rejects.jsonl
    assert str(rejects[0]) in err
    assert rejects[0].read_text(encoding="utf-8").splitlines() == BAD_FOR_SKIP
    assert set(bad_lines(err)) == {i + 1 for i, e in enumerate(batch) if isinstance(e, str)}
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_skip_bad_applies_nothing_when_the_rejects_cannot_be_written(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "day.rejects.jsonl").mkdir()
    (tmp_path / "day.jsonl.rejects.jsonl").mkdir()
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, _with_bad_lines(), "--skip-bad",
                            name="day.jsonl")
    assert status == 2
    assert "rejects" in err
    assert counts(db_url) == before


def test_skip_bad_without_bad_lines_writes_no_rejects_file(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY), "--skip-bad")
    assert status == 0, err
    assert not list(tmp_path.glob("*.rejects.jsonl"))
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_skip_bad_from_standard_input_writes_rejects_in_the_current_folder(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    data = "".join(dumps(e) + "\n" for e in _with_bad_lines()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, _out, err = cli(capsys, "--db", db_url, "ingest", "-", "--skip-bad")
    assert status == 0, err
    rejects = list(work.glob("*.rejects.jsonl"))
    assert len(rejects) == 1
    assert rejects[0].name in err
    assert rejects[0].read_text(encoding="utf-8").splitlines() == BAD_FOR_SKIP
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_rejected_batch_from_standard_input(db_url: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = counts(db_url)
    data = "".join(dumps(e) + "\n" for e in _with_bad_lines()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, _, err = cli(capsys, "--db", db_url, "ingest", "-")
    assert_rejected(status, err, before, db_url, 2, "JSON")
    assert not list(tmp_path.glob("*.rejects.jsonl"))
