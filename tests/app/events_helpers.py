"""Shared pieces of the event feed tests (docs/spec/events.md, driven through ``halldesk
ingest``): batches written as files, the report read back, a full day at one window
using every event type with all its fields, and the required fields by type."""

from __future__ import annotations

import json
import re
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


def issued(eid: str, t: str, ticket: str = "A001", day: str = DAY) -> dict[str, Any]:
    """A ticket issued for the GS service at ``t`` (HH:MM:SS) on ``day``."""
    return ev(eid, at(t, day), "ticket_issued", ticket=ticket, service="GS")


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

# Required fields by type, as docs/spec/events.md lists them (not as the code does).
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
        if value is DROP:
            event.pop(key, None)
        else:
            event[key] = value
    batch[index] = event
    return batch


DROP = object()
