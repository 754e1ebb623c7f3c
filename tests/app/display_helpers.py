"""Completed cases with personal data in every field an event can carry, for the
public display's tests: the names and phone numbers that must never come out."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.db import Database
from app.events.ingest import ingest_lines

TZ = dt.timezone(dt.timedelta(hours=8))
FRIDAY = dt.date(2026, 9, 11)
MONDAY = dt.date(2026, 9, 14)   # Friday 11 September is the working day before

PHONES = ("13812345678", "0571-88776655", "+86 139 0000 1111")
ID_NUMBER = "33010219900101123X"
# (applicant as the case system sends it, what the public may see of it)
APPLICANTS = (
    ("张三", "张*"),
    ("李小四", "李*四"),
    ("王大小五", "王**五"),
    ("欧阳小明", "欧阳*明"),
    ("赵", "*"),
    ("John Smith", "J** S**"),
    ("杭州明远科技有限公司", "杭***有限公司"),
    ("孙七 13812345678", "孙**"),
)
SECRETS = ("张三", "钱多多", "李小四", "小四", "王大小五", "大小", "欧阳小明", "小明", "John",
           "Smith", "明远", "孙七", *PHONES, "12345678", "88776655", "0000 1111", ID_NUMBER)


def at(day: dt.date, hour: int, minute: int = 0) -> str:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).isoformat()


def ts(day: dt.date, hour: int, minute: int = 0) -> float:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ).timestamp()


def feed(db: Database, events: list[dict[str, Any]]) -> None:
    ingest_lines(db, [json.dumps(e, ensure_ascii=False) for e in events], source="test",
                 file_hash="x", actor="test:pytest", role="director")


def case_events(case: str, day: dt.date, hour: int, applicant: str | None,
                item: str = "企业变更登记", window: str = "W01", result: str = "approved",
                done: tuple[dt.date, int, int] | None = None) -> list[dict[str, Any]]:
    """A case accepted at ``hour`` on ``day`` and completed ``done`` (day, hour,
    minute; default: 30 minutes later)."""
    accepted: dict[str, Any] = {"id": f"{case}-a", "ts": at(day, hour), "type": "case_accepted",
                                "case": case, "item": item, "window": window,
                                "legal_days": 0, "promised_days": 0}
    if applicant is not None:
        accepted["applicant"] = applicant
    d, h, m = done or (day, hour, 30)
    return [accepted, {"id": f"{case}-c", "ts": at(d, h, m), "type": "case_completed",
                       "case": case, "result": result}]


def personal_cases(day: dt.date) -> list[dict[str, Any]]:
    """One completed case per applicant form; the items carry phone and ID numbers
    and the applicant's own name."""
    events: list[dict[str, Any]] = []
    for i, (name, _masked) in enumerate(APPLICANTS):
        item = ("企业变更登记" if i % 2 else
                f"{name}的营业执照 联系电话{PHONES[i % 3]} 身份证{ID_NUMBER}")
        events += case_events(f"K{i:02d}", day, 9 + i % 8, name, item=item,
                              window=("W01", "W02", "W03")[i % 3])
    return events
