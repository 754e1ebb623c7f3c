"""The rules page: every hall-wide rule that only ``halldesk … settings`` commands
changed before — alert thresholds, deductions, complaint deadlines, risk grading and
review, the login policy — declared once with its default, range and what it affects.
A change applies from the moment it is saved (the audit entry keeps the values
before); what a rule does to figures already shown is said in ``affects``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from app.config import (
    ALERT_THRESHOLDS_KEY,
    ASSESSMENT_RULES_KEY,
    ATTENDANCE_RULES_KEY,
    COMPLAINT_DEADLINES_KEY,
    DEDUCTIONS_KEY,
    RISK_GRADING_KEY,
    AlertThresholds,
    AssessmentRules,
    AttendanceRules,
    ComplaintDeadlines,
    Deductions,
    RiskGrading,
    load_alert_thresholds,
    load_assessment_rules,
    load_attendance_rules,
    load_complaint_deadlines,
    load_deductions,
    load_risk_grading,
    store_setting,
)
from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from app.security.settings import SECURITY_KEY, SecuritySettings, load_security, store_security
from app.setup.common import changes, check_seen


@dataclass(frozen=True)
class Rule:
    """One rule: its group (a setting row), its key, the range of the stored value,
    whether it is whole, the unit it is shown in (``scale`` stored units per shown
    unit) and, in English, what it affects."""

    group: str
    key: str
    low: float
    high: float
    whole: bool
    unit: str
    affects: str
    scale: float = 1.0


@dataclass(frozen=True)
class Group:
    key: str                       # the setting row, and the audit entry's entity id
    action: str                    # the permission it needs
    cls: type
    load: Callable[[Session], Any]


GROUPS: dict[str, Group] = {g.key: g for g in (
    Group(ALERT_THRESHOLDS_KEY, "setup.rules", AlertThresholds, load_alert_thresholds),
    Group(DEDUCTIONS_KEY, "setup.rules", Deductions, load_deductions),
    Group(COMPLAINT_DEADLINES_KEY, "complaint.deadlines", ComplaintDeadlines,
          load_complaint_deadlines),
    Group(RISK_GRADING_KEY, "setup.rules", RiskGrading, load_risk_grading),
    Group(ATTENDANCE_RULES_KEY, "setup.rules", AttendanceRules, load_attendance_rules),
    Group(ASSESSMENT_RULES_KEY, "setup.rules", AssessmentRules, load_assessment_rules),
    Group(SECURITY_KEY, "account.settings", SecuritySettings, load_security),
)}

_LIVE = "the live tab's alerts from the next refresh; past alerts are not rewritten"
_ASSESS = ("the assessment of every period shown or printed from now on (figures are "
           "counted when shown, past quarters included)")
RULES: tuple[Rule, ...] = (
    Rule(ALERT_THRESHOLDS_KEY, "long_wait_s", 60, 4 * 3600, True, "min", _LIVE, 60),
    Rule(ALERT_THRESHOLDS_KEY, "paused_vacant_s", 60, 4 * 3600, True, "min", _LIVE, 60),
    Rule(ALERT_THRESHOLDS_KEY, "evaluator_off_s", 60, 2 * 3600, True, "min", _LIVE, 60),
    Rule(ALERT_THRESHOLDS_KEY, "low_evaluation_rate", 0, 1, False, "%", _LIVE, 0.01),
    Rule(ALERT_THRESHOLDS_KEY, "low_evaluation_min_served", 1, 1000, True, "cases", _LIVE),
    Rule(DEDUCTIONS_KEY, "bad_evaluation_substantiated", 0, 10, False, "points", _ASSESS),
    Rule(DEDUCTIONS_KEY, "other_substantiated", 0, 10, False, "points", _ASSESS),
    Rule(DEDUCTIONS_KEY, "inspection_finding", 0, 10, False, "points",
         "the deduction of checklist items added later without their own"),
    Rule(DEDUCTIONS_KEY, "red_card", 0, 10, False, "points", _ASSESS),
    Rule(COMPLAINT_DEADLINES_KEY, "verify_workdays", *ComplaintDeadlines.VERIFY_RANGE, True,
         "working days", "complaints registered from now on; open deadlines keep theirs"),
    Rule(COMPLAINT_DEADLINES_KEY, "rectify_workdays", *ComplaintDeadlines.RECTIFY_RANGE, True,
         "working days", "complaints found substantiated from now on"),
    Rule(RISK_GRADING_KEY, "high_from", 2, 25, True, "score",
         "the grade of risk points scored or rescored from now on"),
    Rule(RISK_GRADING_KEY, "medium_from", 1, 24, True, "score",
         "the grade of risk points scored or rescored from now on"),
    Rule(RISK_GRADING_KEY, "review_days_high", 1, 3650, True, "days",
         "the next review of 一级 points, counted from their last review"),
    Rule(RISK_GRADING_KEY, "review_days_medium", 1, 3650, True, "days",
         "the next review of 二级 points, counted from their last review"),
    Rule(RISK_GRADING_KEY, "review_days_low", 1, 3650, True, "days",
         "the next review of 三级 points, counted from their last review"),
    Rule(RISK_GRADING_KEY, "notice_days", 0, 365, True, "days",
         "when a point shows as due for review"),
    Rule(ATTENDANCE_RULES_KEY, "late_grace_minutes", *AttendanceRules.RANGE, True, "min",
         "the attendance of every month shown from now on (late: the first punch after "
         "opening plus these minutes)"),
    Rule(ATTENDANCE_RULES_KEY, "early_grace_minutes", *AttendanceRules.RANGE, True, "min",
         "the attendance of every month shown from now on (early: the last punch before "
         "closing less these minutes)"),
    *(Rule(ASSESSMENT_RULES_KEY, k, 0, 10, False, "points",
           "the monthly assessment of every month shown or written from now on")
      for k in ("late", "early", "missing", "absent")),
    *(Rule(ASSESSMENT_RULES_KEY, k, 0, 50, True, "places",
           "the 红榜 and 黑榜 of every month shown or written from now on")
      for k in ("red_list", "black_list")),
    *(Rule(SECURITY_KEY, k, low, high, True, unit, what) for k, (low, high), unit, what in (
        ("max_failures", SecuritySettings.RANGES["max_failures"], "logins",
         "the next failed logins"),
        ("lock_minutes", SecuritySettings.RANGES["lock_minutes"], "min",
         "accounts locked from now on"),
        ("idle_minutes", SecuritySettings.RANGES["idle_minutes"], "min",
         "sessions opened from now on"),
        ("password_days", SecuritySettings.RANGES["password_days"], "days",
         "the next login of every account (0: passwords never expire)"))),
)


@dataclass(frozen=True)
class RuleValue:
    rule: Rule
    value: float
    default: float


def rule(group: str, key: str) -> Rule:
    return next(r for r in RULES if r.group == group and r.key == key)


def current(session: Session) -> list[RuleValue]:
    """Every rule with the value in force and its default."""
    values = {g.key: asdict(g.load(session)) for g in GROUPS.values()}
    defaults = {g.key: asdict(g.cls()) for g in GROUPS.values()}
    return [RuleValue(r, float(values[r.group][r.key]), float(defaults[r.group][r.key]))
            for r in RULES]


def value_problem(r: Rule, value: float) -> str | None:
    if r.whole and value != int(value):
        return f"The rule {r.key} must be a whole number."
    if not r.low <= value <= r.high:
        low, high = r.low / r.scale, r.high / r.scale
        return f"The rule {r.key} = {value / r.scale:g} must be from {low:g} to {high:g} " \
               f"{r.unit}."
    return None


def group_problem(group: str, values: dict[str, float]) -> str | None:
    for key, value in values.items():
        problem = value_problem(rule(group, key), value)
        if problem:
            return problem
    if group == RISK_GRADING_KEY and values["medium_from"] >= values["high_from"]:
        return (f"一级 must start above 二级: medium_from {values['medium_from']:g} is not "
                f"below high_from {values['high_from']:g}.")
    return None


def save_group(session: Session, group: str, wanted: dict[str, float], *, actor: str,
               role: str, seen: dict[str, float] | None = None, now: float | None = None
               ) -> dict[str, float]:
    """Keep a group's values (every key of the group given, in stored units). Refused
    with one sentence when a value is out of range or someone else changed the group
    since the screen read it (``seen``); audited with the values before and after."""
    g = GROUPS[group]
    require(session, actor, role, g.action)
    before = {k: float(v) for k, v in asdict(g.load(session)).items()}
    check_seen(session, "The rules", "setting", group, before, seen)
    if set(wanted) != set(before):
        raise UserError(f"The rules of {group} need every value: {', '.join(sorted(before))}.")
    problem = group_problem(group, wanted)
    if problem:
        raise UserError(problem)
    types = {f.name: f.type for f in fields(g.cls)}
    typed = {k: int(v) if types[k] in (int, "int") else float(v) for k, v in wanted.items()}
    diff = changes(before, {k: float(v) for k, v in typed.items()})
    if not diff:
        return before
    if group == COMPLAINT_DEADLINES_KEY:
        from app.records.complaints import set_deadlines

        set_deadlines(session, verify=int(typed["verify_workdays"]),
                      rectify=int(typed["rectify_workdays"]), actor=actor, role=role)
    elif group == SECURITY_KEY:
        store_security(session, {k: int(v) for k, v in typed.items()}, actor=actor, role=role)
    else:
        store_setting(session, group, typed)
        audit.record(session, actor, "setup.rules", "setting", group, {"changes": diff},
                     ts=now)
    return {k: float(v) for k, v in asdict(g.load(session)).items()}
