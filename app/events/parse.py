"""Parse and validate event lines against the contract of docs/spec/events.md.

This stage needs no database: it checks JSON, types, fields and timestamps. Codes
(windows, staff, departments) and transitions are checked when the batch is applied.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# field kinds: code (non-empty, ≤ 64 chars), ticket (non-empty, ≤ 32), name (non-empty,
# ≤ 200), text (≤ 200), comment (≤ 2000), bool, rating, days, result
FIELDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "window_opened": (("window", "code", True), ("staff", "code", True),
                      ("estimated", "bool", False)),
    "window_paused": (("window", "code", True), ("reason", "text", False)),
    "window_resumed": (("window", "code", True),),
    "window_closed": (("window", "code", True),),
    "evaluator": (("window", "code", True), ("on", "bool", True)),
    "ticket_issued": (("ticket", "ticket", True), ("service", "code", True)),
    "ticket_called": (("ticket", "ticket", True), ("window", "code", True)),
    "service_started": (("ticket", "ticket", True), ("window", "code", True)),
    "service_finished": (("ticket", "ticket", True), ("window", "code", True)),
    "ticket_abandoned": (("ticket", "ticket", True),),
    "evaluation": (("window", "code", True), ("rating", "rating", True),
                   ("ticket", "ticket", False), ("comment", "comment", False)),
    "case_accepted": (("case", "code", True), ("item", "name", True), ("window", "code", True),
                      ("legal_days", "days", True), ("promised_days", "days", True),
                      ("applicant", "text", False)),
    "case_completed": (("case", "code", True), ("result", "result", True)),
}
EVENT_TYPES = tuple(FIELDS)
RESULTS = ("approved", "rejected")
MAX_CODE = 64
MAX_TICKET = 64  # as long as the ticket columns
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


_MINUTES: dict[str, float] = {}


def parse_ts(value: Any) -> float:
    """Epoch seconds of an ISO-8601 timestamp with a UTC offset.

    The common vendor shape ``YYYY-MM-DDTHH:MM:SS±HH:MM`` (or ``…Z``) takes a fast
    path: the minute and offset are parsed once and cached, the seconds added.
    """
    if type(value) is str and (len(value) == 25 or (len(value) == 20 and value[19] == "Z")):
        seconds = value[17:19]
        if value[16] == ":" and seconds.isascii() and seconds.isdigit() and seconds < "60":
            key = value[:16] + value[19:]
            base = _MINUTES.get(key)
            if base is None:
                try:
                    base = _parse_ts(value[:17] + "00" + value[19:])
                except _Bad:
                    return _parse_ts(value)  # the reason names the value as given
                _MINUTES[key] = base
                if len(_MINUTES) > 100_000:
                    _MINUTES.clear()
            return base + int(seconds)
    return _parse_ts(value)


def _parse_ts(value: Any) -> float:
    if not isinstance(value, str):
        raise _Bad("`ts` must be an ISO-8601 string")
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(f"`ts` {value!r} is not an ISO-8601 timestamp") from None
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise _Bad(f"`ts` {value!r} has no UTC offset (naive timestamps are refused)")
    return stamp.timestamp()


def _kinds() -> dict[str, tuple[Callable[[Any], bool], str]]:
    """Per field kind: a predicate and the reason given when it fails ({} = field)."""
    return {
        "code": (lambda v: type(v) is str and 0 < len(v) <= MAX_CODE,
                 f"`{{}}` must be a non-empty string of at most {MAX_CODE} characters"),
        "ticket": (lambda v: type(v) is str and 0 < len(v) <= MAX_TICKET,
                   f"`{{}}` must be a non-empty string of at most {MAX_TICKET} characters"),
        "name": (lambda v: type(v) is str and len(v) <= MAX_NAME and bool(v.strip()),
                 f"`{{}}` must be a non-empty string of at most {MAX_NAME} characters"),
        "text": (lambda v: type(v) is str and len(v) <= MAX_NAME,
                 f"`{{}}` must be a string of at most {MAX_NAME} characters"),
        "comment": (lambda v: type(v) is str and len(v) <= MAX_COMMENT,
                    f"`{{}}` must be a string of at most {MAX_COMMENT} characters"),
        "bool": (lambda v: type(v) is bool, "`{}` must be true or false"),
        "rating": (lambda v: type(v) is int and 1 <= v <= 5,
                   "`{}` must be a whole number from 1 to 5"),
        "days": (lambda v: type(v) is int and 0 <= v <= 3650,
                 "`{}` must be a whole number of days ≥ 0"),
        "result": (lambda v: v in RESULTS, '`{}` must be "approved" or "rejected"'),
    }


_KINDS = _kinds()
# type -> ((field, predicate, reason, required), ...)
_CHECKS = {
    etype: tuple((name, *_KINDS[kind], required) for name, kind, required in spec)
    for etype, spec in FIELDS.items()
}


_decode = json.JSONDecoder().decode  # json.loads without its per-call argument checks


def parse_line(lineno: int, text: str) -> Event:
    try:
        obj = _decode(text)
    except (ValueError, RecursionError):
        raise _Bad("not valid JSON") from None
    if not isinstance(obj, dict):
        raise _Bad("not a JSON object")
    event_id = obj.get("id")
    if not isinstance(event_id, str) or not 1 <= len(event_id) <= 64:
        raise _Bad("`id` must be a string of 1–64 characters")
    etype = obj.get("type")
    checks = _CHECKS.get(etype) if isinstance(etype, str) else None
    if checks is None:
        if "type" not in obj:
            raise _Bad("the field `type` is missing")
        raise _Bad(f"unknown event type {etype!r}")
    if "ts" not in obj:
        raise _Bad("the field `ts` is missing")
    ts = parse_ts(obj["ts"])
    for name, ok, reason, required in checks:
        value = obj.get(name)
        if value is None:
            if required:
                raise _Bad(f"the field `{name}` is missing for a {etype} event")
            continue
        if not ok(value):
            raise _Bad(reason.format(name))
    return Event(lineno, event_id, ts, etype, obj, text)  # type: ignore[arg-type]


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
        raw = line.rstrip("\r\n")  # kept as read: a rejected line goes back unchanged
        if not raw or raw.isspace():
            continue
        try:
            events.append(parse_line(lineno, raw))
        except _Bad as bad:
            errors.append(LineError(lineno, _readable_id(raw), str(bad), raw))
    return events, errors
