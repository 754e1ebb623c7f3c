"""Parse and validate event lines against the contract of docs/spec/events.md.

This stage needs no database: it checks JSON, types, fields and timestamps. Codes
(windows, staff, departments) and transitions are checked when the batch is applied.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.config import FeedBounds

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


EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC).timestamp()


@dataclass(frozen=True, slots=True)
class Bounds:
    """The times an event may carry: from 2000-01-01 (UTC) to ``latest``, which is the
    machine's clock plus the configured margin (``app.config.FeedBounds``)."""

    latest: float
    earliest: float = EARLIEST

    def check(self, ts: float, value: Any) -> None:
        if ts < self.earliest:
            raise _Bad(f"`ts` {value!r} is before 2000-01-01")
        if ts > self.latest:
            raise _Bad(f"`ts` {value!r} lies in the future (more than the allowed margin "
                       "ahead of this machine's clock)")


def bounds(now: float | None = None) -> Bounds:
    """The accepted ``ts`` range: 2000-01-01 to the clock (``now``, else this machine's)
    plus the configured margin."""
    clock = time.time() if now is None else now
    return Bounds(latest=clock + FeedBounds.load().ahead_minutes * 60)


def bad_text(obj: Any, name: str = "") -> str | None:
    """Why a string in ``obj`` (a decoded line, keys included) is not storable text:
    a lone surrogate or U+0000 (both only reach a string through a ``\\u`` escape)."""
    if isinstance(obj, str):
        if "\x00" in obj:
            return f"`{name or 'a field'}` contains the character U+0000, which text may not hold"
        try:
            obj.encode("utf-8")
        except UnicodeEncodeError:
            return (f"`{name or 'a field'}` contains a lone surrogate (an unpaired \\ud800–"
                    "\\udfff escape), which is not text")
        return None
    if isinstance(obj, dict):
        for key, value in obj.items():
            why = bad_text(key, "a field name") or bad_text(value, name or key)
            if why:
                return why
    elif isinstance(obj, list):
        for value in obj:
            why = bad_text(value, name)
            if why:
                return why
    return None


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


def parse_line(lineno: int, text: str, bounds: Bounds | None = None) -> Event:
    try:
        obj = _decode(text)
    except (ValueError, RecursionError):
        raise _Bad("not valid JSON") from None
    if not isinstance(obj, dict):
        raise _Bad("not a JSON object")
    if "\\u" in text:  # only an escape brings a surrogate or U+0000 into a string
        try:
            why = bad_text(obj)
        except RecursionError:
            why = "nested too deeply"
        if why:
            raise _Bad(why)
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
    if bounds is not None:
        bounds.check(ts, obj["ts"])
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
        event_id = str(obj["id"])[:64]
        # Named in a one-line report: an id that is not printable text is shown escaped.
        if bad_text(event_id) or not event_id.isprintable():
            return ascii(event_id)
        return event_id
    return None


def parse_lines(lines: Iterable[str], limits: Bounds | None = None
                ) -> tuple[list[Event], list[LineError]]:
    """Parse a batch; blank lines are ignored, line numbers count from 1.

    A line is what lies between two ``\\n`` (``read_batch`` splits so); one trailing
    ``\\r`` is dropped before parsing, while a rejected line keeps it, so that the
    rejects file holds the line as read. U+2028, U+2029 and U+0085 are ordinary
    characters inside a line. A byte order mark opening the first line is ignored.
    Times are bounded by ``limits`` (default: this machine's clock, see ``bounds``).
    """
    limits = bounds() if limits is None else limits
    events: list[Event] = []
    errors: list[LineError] = []
    for lineno, line in enumerate(lines, 1):
        original = line[:-1] if line.endswith("\n") else line
        text = original[:-1] if original.endswith("\r") else original
        if lineno == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if not text or text.isspace():
            continue
        try:
            events.append(parse_line(lineno, text, limits))
        except _Bad as bad:
            errors.append(LineError(lineno, _readable_id(text), str(bad), original))
    return events, errors
