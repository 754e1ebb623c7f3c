"""The integrity risk register's rules (docs/spec/records.md): categories, risk types,
phases and grades with their labels; the grade from likelihood × impact; escalation;
review dates; flags; who may do what; field checks.

Pure functions and constants; the services in ``risks.py`` apply them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.config import RiskGrading
from app.errors import FieldError
from app.records.complaint_rules import (
    AUDITOR,
    DIRECTOR,
    INSPECTOR,
    OFFICE,
    text_issue,
    text_problem,
)
from app.security.permissions import roles_for

__all__ = ["AUDITOR", "DIRECTOR", "INSPECTOR", "OFFICE", "text_issue", "text_problem"]

# The six categories of the fifth report; the code letters are their pinyin initials
# (LZ-SH-003 is the third 审核类 point).
CATEGORIES = ("management", "review", "enforcement", "handling", "livelihood", "public")
CATEGORY_LABELS = {"management": "管理类", "review": "审核类", "enforcement": "执法类",
                   "handling": "承办类", "livelihood": "民生类", "public": "公共类"}
CATEGORY_CODES = {"management": "GL", "review": "SH", "enforcement": "ZF",
                  "handling": "CB", "livelihood": "MS", "public": "GG"}

RISK_TYPES = ("duty", "system", "ethics")
RISK_TYPE_LABELS = {"duty": "岗位职责", "system": "制度机制", "ethics": "思想道德"}

PHASES = ("identify", "prevent", "control", "evaluate")
PHASE_LABELS = {"identify": "查找", "prevent": "预防", "control": "控制",
                "evaluate": "评估验收"}

GRADES = (1, 2, 3)
GRADE_LABELS = {1: "一级", 2: "二级", 3: "三级"}
LEVELS = range(1, 6)           # likelihood and impact

COMPLAINT, FINDING = "complaint", "finding"
LINK_KINDS = (COMPLAINT, FINDING)

EDIT_ROLES = roles_for("risk.change")
APPROVE_ROLES = roles_for("risk.approve")
LINK_ROLES = roles_for("risk.link")

CODE_RE = re.compile(r"^[A-Z0-9]{1,8}(-[A-Z0-9]{1,8}){0,3}$")
MAX_CODE = 32
MAX_SHORT = 100
MAX_PROCEDURE = 200


def _keys(keys: tuple[str, ...], labels: dict[str, str], suffix: str = "") -> dict[str, str]:
    out = {k: k for k in keys}
    for key, label in labels.items():
        out[label] = key
        if suffix:
            out[label + suffix] = key
    return out


_CATEGORY_KEYS = _keys(CATEGORIES, CATEGORY_LABELS)
_RISK_TYPE_KEYS = _keys(RISK_TYPES, RISK_TYPE_LABELS, "风险")
_PHASE_KEYS = {**_keys(PHASES, PHASE_LABELS), "查找风险": "identify", "积极预防": "prevent",
               "有效控制": "control"}
_GRADE_KEYS = {**{label: g for g, label in GRADE_LABELS.items()},
               **{str(g): g for g in GRADES}}


def category_key(value: str) -> str | None:
    """The category named by its key or label (管理类 or management), else None."""
    return _CATEGORY_KEYS.get(value.strip())


def risk_type_key(value: str) -> str | None:
    """岗位职责, 岗位职责风险 or duty → duty; None when unknown."""
    return _RISK_TYPE_KEYS.get(value.strip())


def phase_key(value: str) -> str | None:
    return _PHASE_KEYS.get(value.strip())


def grade_key(value: str) -> int | None:
    """一级 or 1 → 1; None when unknown."""
    return _GRADE_KEYS.get(value.strip())


# -- grade ---------------------------------------------------------------------------
def score_grade(likelihood: int, impact: int, grading: RiskGrading) -> int:
    """The grade of a score: 一级 (1) from ``high_from``, 二级 (2) from ``medium_from``."""
    score = likelihood * impact
    if score >= grading.high_from:
        return 1
    if score >= grading.medium_from:
        return 2
    return 3


def grade_in_force(likelihood: int, impact: int, escalated: bool,
                   grading: RiskGrading) -> int:
    """The score's grade, one higher (toward 一级) when escalated by hand."""
    base = score_grade(likelihood, impact, grading)
    return max(1, base - 1) if escalated else base


def review_days(grade: int, grading: RiskGrading) -> int:
    return {1: grading.review_days_high, 2: grading.review_days_medium,
            3: grading.review_days_low}[grade]


def next_review(day: dt.date, grade: int, grading: RiskGrading) -> dt.date:
    """The next review date after an approval or a review on ``day``."""
    return day + dt.timedelta(days=review_days(grade, grading))


# -- flags ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Flags:
    """Why a point needs attention. ``review_overdue``: its review date has passed;
    ``complaint``: a substantiated complaint was linked (or found substantiated)
    since its last review or approval; ``unapproved``: not approved (审定) as it
    stands; ``due``: its review falls within the notice period (or has passed)."""

    review_overdue: bool
    complaint: bool
    unapproved: bool
    due: bool

    @property
    def flagged(self) -> bool:
        """Flagged in the sense of docs/spec/records.md (overdue, or a complaint since)."""
        return self.review_overdue or self.complaint


def flags(*, next_review_on: dt.date | None, reviewed_at: float | None,
          approved: bool, complaint_times: list[float], today: dt.date,
          grading: RiskGrading) -> Flags:
    """``complaint_times``: for each live link to a substantiated complaint, the later
    of when it was linked and when the complaint was found substantiated."""
    overdue = next_review_on is not None and today > next_review_on
    since = reviewed_at if reviewed_at is not None else float("-inf")
    complaint = any(t > since for t in complaint_times)
    due = (next_review_on is not None
           and next_review_on <= today + dt.timedelta(days=grading.notice_days))
    return Flags(review_overdue=overdue, complaint=complaint, unapproved=not approved,
                 due=due)


# -- roles ---------------------------------------------------------------------------
# -- field checks --------------------------------------------------------------------
def check_code(value: str | None) -> str:
    code = (value or "").strip().upper()
    if not code:
        raise FieldError("The code (编号) is empty; it must be filled in, e.g. LZ-SH-003.",
                         "empty_risk_code")
    if len(code) > MAX_CODE or not CODE_RE.match(code):
        raise FieldError(f"The code {code!r} is not like LZ-SH-003 (letters and digits in "
                         "up to four parts joined by hyphens).", "bad_code")
    return code


def check_level(value: object, what: str) -> int:
    """A likelihood or impact: a whole number 1–5."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise FieldError(f"{what} must be a whole number from 1 to 5.", "bad_level")
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)
    except ValueError:
        raise FieldError(f"{what} {value!r} must be a whole number from 1 to 5.",
                         "bad_level") from None
    if not number.is_integer() or int(number) not in LEVELS:
        raise FieldError(f"{what} {value!r} must be a whole number from 1 to 5.", "bad_level")
    return int(number)


def check_text(value: str | None, what: str, *, required: bool = True,
               limit: int = 2000) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise FieldError(f"{what} is empty; it must be filled in.", "empty")
        return None
    issue = text_issue(text, limit)
    if issue:
        raise FieldError(f"{what} is {issue.phrase()}.", issue.kind, *issue.args)
    return text


def suggested_code(category: str, taken: list[str]) -> str:
    """The next free code of a category: LZ-SH-001, LZ-SH-002, …"""
    prefix = f"LZ-{CATEGORY_CODES[category]}-"
    numbers = [int(c[len(prefix):]) for c in taken
               if c.startswith(prefix) and c[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"
