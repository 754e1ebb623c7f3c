"""The rules: each with its value, default, unit and what it affects; a group is
saved at once and applies from that moment."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import ALERT_THRESHOLDS_KEY
from app.setup import rules as svc
from widgets.context import AppContext
from widgets.settings.common import apply, guard, may

translate = QCoreApplication.translate


def group_title(key: str) -> str:
    return {
        "alert_thresholds": translate("Rules", "Live alert thresholds"),
        "deductions": translate("Rules", "Assessment deductions"),
        "complaint_deadlines": translate("Rules", "Complaint deadlines"),
        "risk_grading": translate("Rules", "Risk grading and review"),
        "attendance_rules": translate("Rules", "Attendance"),
        "assessment_rules": translate("Rules", "Monthly assessment"),
        "security": translate("Rules", "Login and session security"),
    }[key]


def rule_label(key: str) -> str:
    return {
        "long_wait_s": translate("Rules", "Long wait after"),
        "paused_vacant_s": translate("Rules", "Paused window vacant after"),
        "evaluator_off_s": translate("Rules", "Evaluation device off after"),
        "low_evaluation_rate": translate("Rules", "Low evaluation rate below"),
        "low_evaluation_min_served": translate("Rules", "… once a window has served"),
        "bad_evaluation_substantiated": translate("Rules", "Substantiated bad evaluation"),
        "other_substantiated": translate("Rules", "Other substantiated complaint"),
        "inspection_finding": translate("Rules", "Inspection finding (default)"),
        "red_card": translate("Rules", "Red card"),
        "verify_workdays": translate("Rules", "Verification within"),
        "rectify_workdays": translate("Rules", "Rectification within"),
        "high_from": translate("Rules", "一级 from score"),
        "medium_from": translate("Rules", "二级 from score"),
        "review_days_high": translate("Rules", "Review 一级 every"),
        "review_days_medium": translate("Rules", "Review 二级 every"),
        "review_days_low": translate("Rules", "Review 三级 every"),
        "notice_days": translate("Rules", "Due notice ahead"),
        "late_grace_minutes": translate("Rules", "Late after opening plus"),
        "early_grace_minutes": translate("Rules", "Early before closing less"),
        "late": translate("Rules", "Each day late"),
        "early": translate("Rules", "Each day left early"),
        "missing": translate("Rules", "Each punch missing"),
        "absent": translate("Rules", "Each day absent"),
        "red_list": translate("Rules", "Red board places"),
        "black_list": translate("Rules", "Black board places"),
        "max_failures": translate("Rules", "Failed logins that lock"),
        "lock_minutes": translate("Rules", "Lock for"),
        "idle_minutes": translate("Rules", "Idle lock after"),
        "password_days": translate("Rules", "Password expires after"),
    }[key]


def unit_label(unit: str) -> str:
    return {"min": translate("Rules", "min"), "%": "%",
            "cases": translate("Rules", "cases"), "points": translate("Rules", "points"),
            "working days": translate("Rules", "working days"),
            "score": translate("Rules", "score"), "days": translate("Rules", "days"),
            "logins": translate("Rules", "logins"),
            "places": translate("Rules", "places")}.get(unit, unit)


def affects_label(rule: svc.Rule) -> str:
    """What a rule affects, said per rule (app/setup/rules.py has it in English)."""
    live = translate("Rules", "Live alerts from the next refresh; past alerts stay.")
    assess = translate("Rules", "The assessment of every period shown or printed from now on "
                       "(counted when shown, past quarters included).")
    review = translate("Rules", "The next review date of points of this grade, counted from "
                       "their last review.")
    grade = translate("Rules", "The grade of risk points scored or rescored from now on.")
    month = translate("Rules", "The monthly assessment of every month shown or written from "
                      "now on.")
    boards = translate("Rules", "The red and black boards of every month shown or written "
                       "from now on.")
    return {
        ALERT_THRESHOLDS_KEY: live,
        "bad_evaluation_substantiated": assess, "other_substantiated": assess,
        "red_card": assess,
        "inspection_finding": translate("Rules", "The deduction of checklist items added "
                                        "later without their own."),
        "verify_workdays": translate("Rules", "Complaints registered from now on; open "
                                     "deadlines keep theirs."),
        "rectify_workdays": translate("Rules", "Complaints found substantiated from now on."),
        "high_from": grade, "medium_from": grade,
        "review_days_high": review, "review_days_medium": review, "review_days_low": review,
        "notice_days": translate("Rules", "When a point shows as due for review."),
        "late_grace_minutes": translate("Rules", "The attendance of every month shown from "
                                        "now on."),
        "early_grace_minutes": translate("Rules", "The attendance of every month shown from "
                                         "now on."),
        "late": month, "early": month, "missing": month, "absent": month,
        "red_list": boards, "black_list": boards,
        "max_failures": translate("Rules", "The next failed logins."),
        "lock_minutes": translate("Rules", "Accounts locked from now on."),
        "idle_minutes": translate("Rules", "Sessions opened from now on."),
        "password_days": translate("Rules", "The next login of every account (0: passwords "
                                   "never expire)."),
    }.get(rule.key) or (live if rule.group == ALERT_THRESHOLDS_KEY else rule.affects)


class RulesPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        self.seen: dict[str, dict[str, float]] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for key, group in svc.GROUPS.items():
            box = QGroupBox(group_title(key))
            grid = QGridLayout(box)
            for i, rule in enumerate(r for r in svc.RULES if r.group == key):
                spin = QDoubleSpinBox()
                spin.setDecimals(0 if rule.whole and rule.scale >= 1 else 2)
                spin.setRange(-1e6, 1e6)
                spin.setSuffix(" " + unit_label(rule.unit))
                spin.setObjectName(f"rule_{rule.key}")
                self.spins[(key, rule.key)] = spin
                default = QLabel()
                default.setObjectName(f"default_{rule.key}")
                affects = QLabel(affects_label(rule))
                affects.setStyleSheet("color:#555")
                affects.setWordWrap(True)
                grid.addWidget(QLabel(rule_label(rule.key)), i, 0)
                grid.addWidget(spin, i, 1)
                grid.addWidget(default, i, 2)
                grid.addWidget(affects, i, 3)
                grid.setColumnStretch(3, 1)
                spin.valueChanged.connect(lambda _v, k=key: self.check(k))
            save = QPushButton(self.tr("Save"))
            save.setObjectName(f"save_{key}")
            error = QLabel()
            error.setStyleSheet("color:#b71c1c")
            setattr(self, f"_save_{key}", save)
            setattr(self, f"_error_{key}", error)
            row = QHBoxLayout()
            row.addWidget(error, 1)
            row.addWidget(save)
            grid.addLayout(row, grid.rowCount(), 0, 1, 4)
            guard(save, context, group.action)
            save.clicked.connect(lambda _c=False, k=key: self._save(k))
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)

    def reload(self) -> None:
        with self.context.db.read() as session:
            values = svc.current(session)
        self.seen = {}
        for v in values:
            spin = self.spins[(v.rule.group, v.rule.key)]
            spin.blockSignals(True)
            spin.setValue(v.value / v.rule.scale)
            spin.blockSignals(False)
            label = self.findChild(QLabel, f"default_{v.rule.key}")
            if label is not None:
                label.setText(self.tr("default %1").replace("%1", f"{v.default / v.rule.scale:g}"))
            self.seen.setdefault(v.rule.group, {})[v.rule.key] = v.value
        for key in svc.GROUPS:
            self.check(key)

    def wanted(self, key: str) -> dict[str, float]:
        return {r.key: round(self.spins[(key, r.key)].value() * r.scale, 6)
                for r in svc.RULES if r.group == key}

    def check(self, key: str) -> None:
        why = svc.group_problem(key, self.wanted(key))
        error: QLabel = getattr(self, f"_error_{key}")
        save: QPushButton = getattr(self, f"_save_{key}")
        error.setText(why or "")
        if may(self.context, svc.GROUPS[key].action):
            save.setEnabled(why is None)
            save.setToolTip(why or "")

    def _save(self, key: str) -> None:
        wanted = self.wanted(key)
        done = apply(self, self.context, lambda s: svc.save_group(
            s, key, wanted, actor=self.context.account, role=self.context.role,
            seen=self.seen.get(key)), group_title(key))
        if done is not None:
            error: QLabel = getattr(self, f"_error_{key}")
            self.reload()
            error.setText(self.tr("Saved; applies from now on."))
