"""The register as a table: a thin model over ``RegisterRow``s and a proxy that
filters by category, risk type, grade, phase, department, flag and a chosen cell of
the matrix or the heat map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PyQt6.QtGui import QBrush, QColor

from app.records import risk_rules as rules
from app.records.risk_register import RegisterRow

Index = QModelIndex | QPersistentModelIndex
GRADE_COLOURS = {1: QColor("#f4c7c3"), 2: QColor("#fce8b2"), 3: QColor("#d9ead3")}


def columns() -> list[str]:
    return [QCoreApplication.translate("RiskModel", "Code"),
            QCoreApplication.translate("RiskModel", "Category"),
            QCoreApplication.translate("RiskModel", "Risk type"),
            QCoreApplication.translate("RiskModel", "Post"),
            QCoreApplication.translate("RiskModel", "Procedure"),
            QCoreApplication.translate("RiskModel", "Risk description"),
            QCoreApplication.translate("RiskModel", "L"),
            QCoreApplication.translate("RiskModel", "I"),
            QCoreApplication.translate("RiskModel", "Grade"),
            QCoreApplication.translate("RiskModel", "Responsible unit"),
            QCoreApplication.translate("RiskModel", "Responsible"),
            QCoreApplication.translate("RiskModel", "Phase"),
            QCoreApplication.translate("RiskModel", "Approved"),
            QCoreApplication.translate("RiskModel", "Next review"),
            QCoreApplication.translate("RiskModel", "Attention")]


def attention(row: RegisterRow) -> str:
    words = []
    if row.flags.review_overdue:
        words.append(QCoreApplication.translate("RiskModel", "review overdue"))
    if row.flags.complaint:
        words.append(QCoreApplication.translate("RiskModel", "substantiated complaint"))
    if row.flags.unapproved:
        words.append(QCoreApplication.translate("RiskModel", "awaiting approval"))
    return ", ".join(words)


class RegisterModel(QAbstractTableModel):
    """Rows of the register; column 0 carries the row itself in ``Qt.UserRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RegisterRow] = []
        self.headers = columns()

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == 8:
            return QBrush(GRADE_COLOURS[row.grade])
        if role == Qt.ItemDataRole.ToolTipRole and col in (5, 14):
            return row.description if col == 5 else attention(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == 14 and row.flags.flagged:
            return QBrush(QColor("#b3261e"))
        return None

    def _text(self, row: RegisterRow, col: int) -> Any:
        values: list[Any] = [
            row.code, rules.CATEGORY_LABELS[row.category], rules.RISK_TYPE_LABELS[row.risk_type],
            row.post, row.procedure, row.description, row.likelihood, row.impact,
            rules.GRADE_LABELS[row.grade] + ("↑" if row.escalated else ""),
            row.department_name, row.responsible, rules.PHASE_LABELS[row.phase],
            "✓" if row.approved_at is not None else "",
            row.next_review.isoformat() if row.next_review else "", attention(row)]
        return values[col]


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


class RegisterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = Filter()

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RegisterModel):
            return True
        return self.filter.accepts(model.rows[source_row])
