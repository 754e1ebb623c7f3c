"""The hall's briefing settings (masthead title, 签发, the distribution block 报/送/发
and 共印N份; the issuing unit is the hall page's 发文单位) and the issue numbers (第N期,
numbered per year), both kept in the database's ``setting`` table, so every machine of
the hall prints the same."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy.orm import Session

from app.briefing.terms import Term
from app.config import load_setting, store_setting
from app.errors import UserError
from app.security import audit
from app.security.permissions import require

SETTINGS_KEY = "briefing"
ISSUES_KEY = "briefing_issues"
MAX_TEXT = 200
MAX_COPIES = 9999


@dataclass(frozen=True)
class BriefingSettings:
    """What the masthead and the distribution block print; an empty 报/送/发 line is
    left out, and 共印N份 when ``copies`` is 0."""

    title: str = "政务服务工作简报"
    signer: str = ""
    report_to: str = ""        # 报：
    send_to: str = ""          # 送：
    issue_to: str = ""         # 发：
    copies: int = 0

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def _convert(value: Any) -> Any:
    return value


def load_settings(session: Session) -> BriefingSettings:
    s = load_setting(session, SETTINGS_KEY, BriefingSettings, _convert)
    try:
        copies = int(s.copies)
    except (TypeError, ValueError):
        copies = 0
    return BriefingSettings(**{**asdict(s), "copies": max(0, min(copies, MAX_COPIES)),
                               **{k: str(getattr(s, k) or "") for k in BriefingSettings.names()
                                  if k != "copies"}})


def clean(settings: BriefingSettings) -> BriefingSettings:
    """The settings as they are kept: text stripped and on one line, or one sentence
    naming the field that does not fit."""
    values: dict[str, Any] = {}
    for name in BriefingSettings.names():
        value = getattr(settings, name)
        if name == "copies":
            if not isinstance(value, int) or not 0 <= value <= MAX_COPIES:
                raise UserError(f"The number of copies must be a whole number from 0 to "
                                f"{MAX_COPIES}.")
            values[name] = value
            continue
        text = " ".join(str(value).split())
        if len(text) > MAX_TEXT:
            raise UserError(f"The briefing setting {name} has {len(text)} characters; at "
                            f"most {MAX_TEXT} fit on the page.")
        values[name] = text
    if not values["title"]:
        values["title"] = BriefingSettings.title
    return BriefingSettings(**values)


def save_settings(session: Session, settings: BriefingSettings, *, actor: str,
                  role: str) -> bool:
    """Keep the hall's briefing settings (audited); False when nothing changed."""
    require(session, actor, role, "briefing.settings")
    new = clean(settings)
    old = load_settings(session)
    if new == old:
        return False
    store_setting(session, SETTINGS_KEY, asdict(new))
    changed = {k: getattr(new, k) for k in BriefingSettings.names()
               if getattr(new, k) != getattr(old, k)}
    audit.record(session, actor, "briefing_settings_saved", "setting", SETTINGS_KEY, changed)
    return True


@dataclass(frozen=True)
class IssueNumbers:
    """term key → [year, number]: the issue each briefing was given when it first left
    the application (saved, written or printed)."""

    assigned: dict[str, list[int]] = field(default_factory=dict)


def _issues(session: Session) -> dict[str, list[int]]:
    got = load_setting(session, ISSUES_KEY, IssueNumbers, _convert).assigned
    return {str(k): [int(v[0]), int(v[1])] for k, v in dict(got or {}).items()
            if isinstance(v, list) and len(v) == 2}


def issue_number(session: Session, term: Term, year: int) -> tuple[int, int, bool]:
    """(year, N, kept) of the term's 第N期: the one it was given, or the next free one of
    ``year`` (the hall's year now) if it has none yet (``kept`` False)."""
    issues = _issues(session)
    if term.key in issues:
        y, n = issues[term.key]
        return y, n, True
    return year, 1 + max((n for y, n in issues.values() if y == year), default=0), False


def assign_issue(session: Session, term: Term, year: int, *, actor: str) -> int:
    """Give ``term`` its issue number if it has none (audited), and return it."""
    y, n, kept = issue_number(session, term, year)
    if not kept:
        issues = _issues(session)
        issues[term.key] = [y, n]
        store_setting(session, ISSUES_KEY, {"assigned": issues})
        audit.record(session, actor, "briefing_issue_assigned", "briefing", term.key,
                     {"year": y, "issue": n})
    return n
