"""The briefing's integrity-risk section (廉政风险点).

The register's services (issue 6) are not in the code base yet, so ``risk_section``
returns None and the briefing says the register has no points yet; once the register
lands, this one function reads it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.figures.period import Period

CATEGORIES = ("管理类", "审核类", "执法类", "承办类", "民生类", "公共类")
GRADES = ("一级", "二级", "三级")


@dataclass
class RiskSection:
    by_category_grade: dict[tuple[str, str], int] = field(default_factory=dict)
    heat: dict[tuple[int, int], int] = field(default_factory=dict)   # (likelihood, impact)
    due_for_review: list[tuple[str, str, dt.date]] = field(default_factory=list)
    escalated: list[tuple[str, str]] = field(default_factory=list)
    linked_complaints: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_category_grade.values())


def risk_section(session: Session, period: Period, now: float,
                 department: str | None) -> RiskSection | None:
    """The register's points for the briefing, or None while there is no register."""
    return None
