"""The register as a table: a thin model over ``RegisterRow``s and a proxy that
filters by category, risk type, grade, phase, department, flag and a chosen cell of
the matrix or the heat map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QCoreApplication, QObject, Qt
from PyQt6.QtGui import QBrush, QColor

from app.records import risk_rules as rules
from app.records.risk_register import RegisterRow
from widgets.table_model import Column, TableModel, TableProxy

GRADE_COLOURS = {1: QColor("#f4c7c3"), 2: QColor("#fce8b2"), 3: QColor("#d9ead3")}


def columns() -> list[Column[RegisterRow]]:
    """The register's columns; each cell's value is the text shown (so the table sorts
    by what it shows), L and I as numbers, aligned right like every number."""
    return [
        Column(QCoreApplication.translate("RiskModel", "Code"), lambda r: r.code),
        Column(QCoreApplication.translate("RiskModel", "Category"),
               lambda r: rules.CATEGORY_LABELS[r.category]),
        Column(QCoreApplication.translate("RiskModel", "Risk type"),
               lambda r: rules.RISK_TYPE_LABELS[r.risk_type]),
        Column(QCoreApplication.translate("RiskModel", "Post"), lambda r: r.post),
        Column(QCoreApplication.translate("RiskModel", "Procedure"), lambda r: r.procedure),
        Column(QCoreApplication.translate("RiskModel", "Risk description"),
               lambda r: r.description),
        Column(QCoreApplication.translate("RiskModel", "L"), lambda r: r.likelihood,
               right=True),
        Column(QCoreApplication.translate("RiskModel", "I"), lambda r: r.impact, right=True),
        Column(QCoreApplication.translate("RiskModel", "Grade"),
               lambda r: rules.GRADE_LABELS[r.grade] + ("↑" if r.escalated else "")),
        Column(QCoreApplication.translate("RiskModel", "Responsible unit"),
               lambda r: r.department_name),
        Column(QCoreApplication.translate("RiskModel", "Responsible"), lambda r: r.responsible),
        Column(QCoreApplication.translate("RiskModel", "Phase"),
               lambda r: rules.PHASE_LABELS[r.phase]),
        Column(QCoreApplication.translate("RiskModel", "Approved"),
               lambda r: "✓" if r.approved_at is not None else ""),
        Column(QCoreApplication.translate("RiskModel", "Next review"),
               lambda r: r.next_review.isoformat() if r.next_review else ""),
        Column(QCoreApplication.translate("RiskModel", "Attention"), attention)]


def attention(row: RegisterRow) -> str:
    words = []
    if row.flags.review_overdue:
        words.append(QCoreApplication.translate("RiskModel", "review overdue"))
    if row.flags.complaint:
        words.append(QCoreApplication.translate("RiskModel", "substantiated complaint"))
    if row.flags.unapproved:
        words.append(QCoreApplication.translate("RiskModel", "awaiting approval"))
    return ", ".join(words)


class RegisterModel(TableModel[RegisterRow]):
    """Rows of the register; every column carries the row itself in ``Qt.UserRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(columns(), parent)

    def cell_data(self, row: RegisterRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and col == 8:
            return QBrush(GRADE_COLOURS[row.grade])
        if role == Qt.ItemDataRole.ToolTipRole and col in (5, 14):
            return row.description if col == 5 else attention(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == 14 and row.flags.flagged:
            return QBrush(QColor("#b3261e"))
        return None


@dataclass
class Filter:
    """What the table shows; None means any."""

    category: str | None = None
    risk_type: str | None = None
    grade: int | None = None
    phase: str | None = None
    department: str | None = None
    flag: str | None = None           # overdue, complaint, unapproved, due, flagged
    cell: tuple[int, int] | None = None   # (likelihood, impact) from the heat map

    def accepts(self, r: RegisterRow) -> bool:
        return ((self.category is None or r.category == self.category)
                and (self.risk_type is None or r.risk_type == self.risk_type)
                and (self.grade is None or r.grade == self.grade)
                and (self.phase is None or r.phase == self.phase)
                and (self.department is None or r.department_name == self.department)
                and (self.cell is None or (r.likelihood, r.impact) == self.cell)
                and (self.flag is None or _flag(r, self.flag)))


def _flag(r: RegisterRow, flag: str) -> bool:
    return {"overdue": r.flags.review_overdue, "complaint": r.flags.complaint,
            "unapproved": r.flags.unapproved, "due": r.flags.due,
            "flagged": r.flags.flagged}.get(flag, True)


class RegisterProxy(TableProxy):
    """The register as the table shows it: sorted, and narrowed by a ``Filter``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = Filter()

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        self.set_keep(new.accepts)
