"""The periods a briefing covers: a quarter (季报) or a month (月报), each with the
period it is compared with (环比: the one before; 同比: the same one a year before)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from typing import Protocol

from app.errors import UserError
from app.figures import Period, parse_quarter

MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_DIGITS = "一二三四"


class Term(Protocol):
    """What a briefing needs of its period, whether a quarter or a month."""

    @property
    def key(self) -> str: ...          # 2026Q3 / 2026-11: the note's and the audit's key
    @property
    def title(self) -> str: ...        # 2026年第三季度 / 2026年11月
    @property
    def word(self) -> str: ...         # 季度 / 月
    @property
    def kind(self) -> str: ...         # 季报 / 月报
    @property
    def year(self) -> int: ...
    def previous(self) -> Term: ...
    def last_year(self) -> Term: ...
    def period(self, tz: zoneinfo.ZoneInfo) -> Period: ...


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    word = "季度"
    kind = "季报"

    @property
    def key(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def title(self) -> str:
        return f"{self.year}年第{_DIGITS[self.q - 1]}季度"

    def shifted(self, quarters: int) -> Quarter:
        n = self.year * 4 + self.q - 1 + quarters
        return Quarter(n // 4, n % 4 + 1)

    def previous(self) -> Quarter:
        return self.shifted(-1)

    def last_year(self) -> Quarter:
        return self.shifted(-4)

    def period(self, tz: zoneinfo.ZoneInfo) -> Period:
        return parse_quarter(self.key, tz)


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    word = "月"
    kind = "月报"

    @property
    def key(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月"

    def shifted(self, months: int) -> Month:
        n = self.year * 12 + self.month - 1 + months
        return Month(n // 12, n % 12 + 1)

    def previous(self) -> Month:
        return self.shifted(-1)

    def last_year(self) -> Month:
        return self.shifted(-12)

    def period(self, tz: zoneinfo.ZoneInfo) -> Period:
        nxt = self.shifted(1)
        return Period(dt.date(self.year, self.month, 1), dt.date(nxt.year, nxt.month, 1), tz)


def parse(value: str) -> Quarter:
    """``2026Q3`` → Quarter; a bad string is the one-sentence error of parse_quarter."""
    m = re.match(r"^\s*(\d{4})", value)
    if m and not 1900 <= int(m.group(1)) <= 9998:
        raise UserError(f"The quarter {value!r} is out of range (years 1900–9998).")
    p = parse_quarter(value, zoneinfo.ZoneInfo("UTC"))
    return Quarter(p.start.year, (p.start.month - 1) // 3 + 1)


def parse_month(value: str) -> Month:
    """``2026-11`` → Month; anything else is one sentence naming the value."""
    m = MONTH_RE.match(value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 9998:
        raise UserError(f"The month {value!r} is not like 2026-11 (year, month 1–12).")
    return Month(int(m.group(1)), int(m.group(2)))


def last_finished(today: dt.date) -> Quarter:
    """The last quarter that has ended by ``today``."""
    return Quarter(today.year, (today.month - 1) // 3 + 1).shifted(-1)


def last_finished_month(today: dt.date) -> Month:
    return Month(today.year, today.month).shifted(-1)


def last_finished_at(now: float, tz: dt.tzinfo) -> Quarter:
    """The last quarter ended at ``now`` by the hall's calendar (its time zone ``tz``,
    not the machine's): just after midnight on 1 January in Shanghai the old year's
    last quarter has ended, though it is still 31 December in UTC."""
    return last_finished(dt.datetime.fromtimestamp(now, tz).date())


def last_finished_month_at(now: float, tz: dt.tzinfo) -> Month:
    return last_finished_month(dt.datetime.fromtimestamp(now, tz).date())
