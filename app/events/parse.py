"""Parse and validate event lines against the contract of spec/events.md.

This stage needs no database: it checks JSON, types, fields and timestamps. Codes
(windows, staff, departments) and transitions are checked when the batch is applied.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# field kinds: code (non-empty, ≤ 64 chars), name (non-empty, ≤ 200), text (≤ 200),
# comment (≤ 2000), bool, rating, days, result
FIELDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "window_opened": (("window", "code", True), ("staff", "code", True)),
    "window_paused": (("window", "code", True), ("reason", "text", False)),
    "window_resumed": (("window", "code", True),),
    "window_closed": (("window", "code", True),),
    "evaluator": (("window", "code", True), ("on", "bool", True)),
    "ticket_issued": (("ticket", "code", True), ("service", "code", True)),
    "ticket_called": (("ticket", "code", True), ("window", "code", True)),
    "service_started": (("ticket", "code", True), ("window", "code", True)),
    "service_finished": (("ticket", "code", True), ("window", "code", True)),
    "ticket_abandoned": (("ticket", "code", True),),
    "evaluation": (("window", "code", True), ("rating", "rating", True),
                   ("ticket", "code", False), ("comment", "comment", False)),
    "case_accepted": (("case", "code", True), ("item", "name", True), ("window", "code", True),
                      ("legal_days", "days", True), ("promised_days", "days", True),
                      ("applicant", "text", False)),
    "case_completed": (("case", "code", True), ("result", "result", True)),
}
EVENT_TYPES = tuple(FIELDS)
RESULTS = ("approved", "rejected")
MAX_CODE = 64
MAX_NAME = 200
MAX_COMMENT = 2000


@dataclass(slots=True)
class Event:
    line: int
    id: str
    ts: float
    type: str
    data: dict[str, Any]
    raw: str


@dataclass(slots=True, frozen=True)
class LineError:
    line: int
    id: str | None
    reason: str
    raw: str

    def describe(self) -> str:
        where = f"line {self.line}" + (f" (id {self.id})" if self.id else "")
        return f"{where}: {self.reason}"


class _Bad(Exception):
    pass


def parse_ts(value: Any) -> float:
    if not isinstance(value, str):
        raise _Bad("`ts` must be an ISO-8601 string")
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(f"`ts` {value!r} is not an ISO-8601 timestamp") from None
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise _Bad(f"`ts` {value!r} has no UTC offset (naive timestamps are refused)")
    return stamp.timestamp()


def _check_field(obj: dict[str, Any], name: str, kind: str) -> None:
    value = obj[name]
    if kind == "code":
        if not isinstance(value, str) or not value or len(value) > MAX_CODE:
            raise _Bad(f"`{name}` must be a non-empty string of at most {MAX_CODE} characters")
    elif kind == "name":
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
            raise _Bad(f"`{name}` must be a non-empty string of at most {MAX_NAME} characters")
    elif kind in ("text", "comment"):
        limit = MAX_COMMENT if kind == "comment" else MAX_NAME
        if not isinstance(value, str) or len(value) > limit:
            raise _Bad(f"`{name}` must be a string of at most {limit} characters")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise _Bad(f"`{name}` must be true or false")
    elif kind == "rating":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise _Bad(f"`{name}` must be a whole number from 1 to 5")
    elif kind == "days":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
            raise _Bad(f"`{name}` must be a whole number of days ≥ 0")
    elif kind == "result" and value not in RESULTS:
        raise _Bad(f"`{name}` must be \"approved\" or \"rejected\"")


def parse_line(lineno: int, text: str) -> Event:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        raise _Bad("not valid JSON") from None
    if not isinstance(obj, dict):
        raise _Bad("not a JSON object")
    event_id = obj.get("id")
    if not isinstance(event_id, str) or not 1 <= len(event_id) <= 64:
        raise _Bad("`id` must be a string of 1–64 characters")
    etype = obj.get("type")
    spec = FIELDS.get(etype) if isinstance(etype, str) else None
    if spec is None:
        if "type" not in obj:
            raise _Bad("the field `type` is missing")
        raise _Bad(f"unknown event type {etype!r}")
    if "ts" not in obj:
        raise _Bad("the field `ts` is missing")
    ts = parse_ts(obj["ts"])
    for name, kind, required in spec:
        if name not in obj or obj[name] is None:
            if required:
                raise _Bad(f"the field `{name}` is missing for a {etype} event")
            continue
        _check_field(obj, name, kind)
    return Event(lineno, event_id, ts, etype, obj, text)


def _readable_id(text: str) -> str | None:
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict) and isinstance(obj.get("id"), str):
        return str(obj["id"])[:64]
    return None


def parse_lines(lines: Iterable[str]) -> tuple[list[Event], list[LineError]]:
    """Parse a batch; blank lines are ignored, line numbers count from 1."""
    events: list[Event] = []
    errors: list[LineError] = []
    for lineno, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        try:
            events.append(parse_line(lineno, text))
        except _Bad as bad:
            errors.append(LineError(lineno, _readable_id(text), str(bad), text))
    return events, errors
