"""The monthly assessment (月度考评): scores, ranking, 红黑榜, titles, and the reports
sent back to each unit. No Qt."""

from app.assessment.monthly import (
    BLACK,
    RED,
    MonthAssessment,
    StaffAssessment,
    WindowAssessment,
    assess,
)
from app.config import AssessmentRules, load_assessment_rules

__all__ = ["BLACK", "RED", "AssessmentRules", "MonthAssessment", "StaffAssessment",
           "WindowAssessment", "assess", "load_assessment_rules"]
