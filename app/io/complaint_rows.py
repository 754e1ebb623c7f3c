"""One spreadsheet row of the complaint ledger: its columns, how a cell is read and
checked (each problem named by row, column, value and reason), how an entry is
written, and how a row is compared with the entry already in the ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.io.xlsx import Problem, cell_text, shown
from app.records import complaint_rules as rules
from models import Complaint, Window

__all__ = ["COLUMNS", "HEADERS", "REASONS", "Parsed", "cell_time", "compare", "parse_row",
           "problem", "sheet_values"]

HEADERS = ("编号", "登记时间", "来源", "窗口", "投诉人", "联系电话", "投诉内容", "状态",
           "核实结论", "整改措施", "回访结果")
# What is compared with an entry already in the ledger, in header order.
COLUMNS = (Complaint.code, Complaint.registered_at, Complaint.source, Complaint.window_id,
           Complaint.citizen_name, Complaint.citizen_phone, Complaint.content,
           Complaint.state, Complaint.finding, Complaint.rectification, Complaint.follow_up,
           Window.code.label("window_code"))
MAX_CODE = 32
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")
_PRE_CONCLUSION = ("核实结论", "整改措施", "回访结果")
# Per state: the columns an entry must fill, and those it cannot have yet.
REQUIRED = {
    rules.SUBSTANTIATED: ("窗口", "核实结论"),
    rules.RECTIFYING: ("窗口", "核实结论", "整改措施"),
    rules.FOLLOWED_UP: ("窗口", "核实结论", "整改措施", "回访结果"),
    rules.UNSUBSTANTIATED: ("核实结论",),
    rules.CLOSED: ("核实结论",),
}
EMPTY = {
    rules.REGISTERED: _PRE_CONCLUSION, rules.VERIFYING: _PRE_CONCLUSION,
    rules.APPEALED: _PRE_CONCLUSION, rules.SUBSTANTIATED: ("整改措施", "回访结果"),
    rules.RECTIFYING: ("回访结果",), rules.UNSUBSTANTIATED: ("整改措施", "回访结果"),
}
_SOURCE_KEYS = {**{k: k for k in rules.SOURCES},
                **{v: k for k, v in rules.SOURCE_LABELS.items()}}
_STATE_KEYS = {**{k: k for k in rules.STATES}, **{v: k for k, v in rules.STATE_LABELS.items()}}


REASONS = {
    "missing_column": "the column is missing from the header row",
    "empty_code": "the number is empty; every entry needs one",
    "long_code": "longer than {0} characters",
    "bad_time": "not a date (a spreadsheet date or YYYY-MM-DD HH:MM)",
    "future_time": "in the future",
    "old_time": "before 2000-01-01, earlier than any ledger HallDesk keeps",
    "bad_source": "not a source ({0})",
    "bad_state": "not a state ({0})",
    "unknown_window": "no window of the hall has this code",
    "ambiguous_window": "two windows have this name; give the code",
    "empty_content": "the complaint is empty",
    "appeal_source": "only an entry from the evaluation device (评价器) can be 申诉中",
    "required": "an entry that is {0} must fill this column",
    "not_yet": "an entry that is {0} cannot have this yet",
    "duplicate": "the number is used twice (first in row {0})",
    "masked_new": "masked (it contains *) and this entry is new; import the director's "
                  "unmasked export, or leave the cell empty",
    "differs": "编号 {0} is in the ledger already with {1} here; an entry is changed in "
               "the application, not by importing it again",
    **rules.Issue.PHRASES,
}


def problem(row: int, column: str, value: str, kind: str, *args: int | str) -> Problem:
    """A bad cell whose reason is the ``kind`` of ``REASONS`` with its details."""
    return Problem(row, column, value, kind, args, REASONS[kind].format(*args))


def cell_time(value: Any, tz: dt.tzinfo) -> float | None:
    """A spreadsheet date/time or ``YYYY-MM-DD[ HH:MM[:SS]]`` in the hall's time zone,
    as whole seconds (spreadsheet times carry float noise, so they are rounded)."""
    try:
        return _cell_time(value, tz)
    except (OverflowError, ValueError, OSError):   # 0001-01-01, 9999-12-31 23:59:59.8
        return None


def _cell_time(value: Any, tz: dt.tzinfo) -> float | None:
    if isinstance(value, dt.datetime):
        moment = (value + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        for fmt in TIME_FORMATS:
            try:
                moment = dt.datetime.strptime(value.strip(), fmt)
                break
            except ValueError:
                continue
        else:
            return None
    else:
        return None
    return float(int(moment.replace(tzinfo=tz).timestamp()))


@dataclass
class Parsed:
    row: int
    code: str
    registered_at: float
    source: str
    window_id: int | None
    window_text: str | None
    citizen_name: str | None
    citizen_phone: str | None
    content: str
    state: str
    finding: str | None
    rectification: str | None
    follow_up: str | None

    def check_new(self, problems: list[Problem]) -> list[Parsed]:
        """A new entry cannot bring masked personal data (the real values are lost)."""
        bad = False
        for column, value in (("投诉人", self.citizen_name), ("联系电话", self.citizen_phone)):
            if value and "*" in value:
                problems.append(problem(self.row, column, value, "masked_new"))
                bad = True
        return [] if bad else [self]


def parse_row(number: int, cells: dict[str, Any], tz: dt.tzinfo,
              windows: dict[str, int | None], now: float,
              problems: list[Problem]) -> Parsed | None:
    """Check one row; append its problems and return None when it has any."""
    before = len(problems)

    def bad(column: str, kind: str, *args: int | str) -> None:
        problems.append(problem(number, column, shown(cells.get(column)), kind, *args))

    text = {name: cell_text(cells.get(name)) for name in HEADERS if name != "登记时间"}
    code = text["编号"] or ""
    if not code:
        bad("编号", "empty_code")
    elif len(code) > MAX_CODE:
        bad("编号", "long_code", MAX_CODE)
    registered = cell_time(cells.get("登记时间"), tz)
    if registered is None:
        bad("登记时间", "bad_time")
    elif registered > now + 60:
        bad("登记时间", "future_time")
    elif registered < dt.datetime(2000, 1, 1, tzinfo=tz).timestamp():
        bad("登记时间", "old_time")
    source = _SOURCE_KEYS.get(text["来源"] or "")
    if source is None:
        bad("来源", "bad_source", "、".join(rules.SOURCE_LABELS.values()))
    state = _STATE_KEYS.get(text["状态"] or "")
    if state is None:
        bad("状态", "bad_state", "、".join(rules.STATE_LABELS.values()))
    window_id = None
    if text["窗口"]:
        window_id = windows.get(text["窗口"])
        if window_id is None:
            bad("窗口", "unknown_window" if text["窗口"] not in windows else "ambiguous_window")
    if not text["投诉内容"]:
        bad("投诉内容", "empty_content")
    for column in ("投诉内容", "核实结论", "整改措施", "回访结果"):
        value = text[column]
        issue = rules.text_issue(value) if value else None
        if issue:
            bad(column, issue.kind, *issue.args)
    # Masked values are judged against the ledger's entry (``Parsed.check_new``).
    for column, check in (("投诉人", rules.name_issue), ("联系电话", rules.phone_issue)):
        value = text[column]
        issue = check(value) if value and "*" not in value else None
        if issue:
            bad(column, issue.kind, *issue.args)
    if state is not None:
        _check_state(state, source, text, bad)
    if len(problems) > before:
        return None
    assert registered is not None and source is not None and state is not None
    return Parsed(number, code, registered, source, window_id, text["窗口"], text["投诉人"],
                  text["联系电话"], text["投诉内容"] or "", state, text["核实结论"],
                  text["整改措施"], text["回访结果"])


def _check_state(state: str, source: str | None, text: dict[str, str | None],
                 bad: Any) -> None:
    label = rules.STATE_LABELS[state]
    if state == rules.APPEALED and source not in (None, "evaluation"):
        bad("状态", "appeal_source")
    required = list(REQUIRED.get(state, ()))
    empty = list(EMPTY.get(state, ()))
    if state == rules.CLOSED:
        # A closed entry with rectification measures went the substantiated way.
        if text["整改措施"]:
            required += ["窗口", "回访结果"]
        else:
            empty.append("回访结果")
    for column in required:
        if not text[column]:
            bad(column, "required", label)
    for column in empty:
        if text[column]:
            bad(column, "not_yet", label)


def sheet_values(row: Any, tz: dt.tzinfo, role: str) -> list[Any]:
    """An entry as a spreadsheet row, personal data as ``role`` may see it."""
    (code, registered_at, source, window, name, phone, content, state, finding,
     rectification, follow_up) = row
    def text(value: str | None) -> str:
        return rules.shown_text(value, name, phone, role)

    return [code, dt.datetime.fromtimestamp(int(registered_at), tz).replace(tzinfo=None),
            rules.SOURCE_LABELS.get(source, source), window or "",
            rules.shown_name(name, role), rules.shown_phone(phone, role), text(content),
            rules.STATE_LABELS.get(state, state), text(finding), text(rectification),
            text(follow_up)]


def compare(entry: Parsed, known: Any, tz: dt.tzinfo) -> Problem | None:
    """The first column in which a row differs from the ledger's entry, if any."""
    def personal(sheet: str | None, ledger: str | None, mask: Any) -> bool:
        # Masked on both sides, whatever the sheet holds: whether a guessed full name
        # or phone is the ledger's is never told (skipped and "differs" alike).
        return bool(mask(sheet) == mask(ledger))

    def free_text(sheet: str | None, ledger: str | None) -> bool:
        """The same text, or the masked export's form of it (app/masking)."""
        def masked(value: str | None) -> str:
            return rules.shown_text(value, known.citizen_name, known.citizen_phone, rules.OFFICE)
        return personal(sheet, ledger, masked)

    checks = (
        ("登记时间", entry.registered_at == int(known.registered_at),
         dt.datetime.fromtimestamp(int(known.registered_at), tz).strftime("%Y-%m-%d %H:%M:%S"),
         dt.datetime.fromtimestamp(entry.registered_at, tz).strftime("%Y-%m-%d %H:%M:%S")),
        ("来源", entry.source == known.source, rules.SOURCE_LABELS.get(known.source, ""),
         rules.SOURCE_LABELS[entry.source]),
        ("窗口", entry.window_id == known.window_id, known.window_code or "",
         entry.window_text or ""),
        ("投诉人", personal(entry.citizen_name, known.citizen_name, rules.mask_name),
         rules.mask_name(known.citizen_name), entry.citizen_name or ""),
        ("联系电话", personal(entry.citizen_phone, known.citizen_phone, rules.mask_phone),
         rules.mask_phone(known.citizen_phone), entry.citizen_phone or ""),
        ("投诉内容", free_text(entry.content, known.content), known.content, entry.content),
        ("状态", entry.state == known.state, rules.STATE_LABELS.get(known.state, ""),
         rules.STATE_LABELS[entry.state]),
        ("核实结论", free_text(entry.finding, known.finding), known.finding or "",
         entry.finding or ""),
        ("整改措施", free_text(entry.rectification, known.rectification),
         known.rectification or "", entry.rectification or ""),
        ("回访结果", free_text(entry.follow_up, known.follow_up), known.follow_up or "",
         entry.follow_up or ""),
    )
    for column, same, ledger_value, sheet_value in checks:
        if not same:
            return problem(entry.row, column, shown(sheet_value), "differs", entry.code,
                           shown(ledger_value) or "nothing")
    return None
