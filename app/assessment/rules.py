"""The monthly assessment's own rules (docs/spec/figures.md, Monthly assessment):
points off a staff member's month for each attendance fault, and the length of the
红榜 and 黑榜. Kept as one settings row like the other rule groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.config import load_setting

ASSESSMENT_RULES_KEY = "assessment_rules"


@dataclass(frozen=True)
class AssessmentRules:
    late: float = 0.1          # each day late (迟到)
    early: float = 0.1         # each day left early (早退)
    missing: float = 0.1       # each day with a punch missing (缺卡)
    absent: float = 0.5        # each day absent (旷工)
    red_list: int = 3          # 红榜: the best N ranked
    black_list: int = 3        # 黑榜: the worst N ranked who lost points


def load_assessment_rules(session: Session) -> AssessmentRules:
    raw = load_setting(session, ASSESSMENT_RULES_KEY, AssessmentRules, float)
    return AssessmentRules(raw.late, raw.early, raw.missing, raw.absent,
                           int(raw.red_list), int(raw.black_list))
