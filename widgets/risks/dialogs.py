"""The point editor (with validation through the register's own checks) and the
small dialogs of the actions: a reason or conclusion, and a link."""

from __future__ import annotations

from typing import Any

from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import RiskGrading
from app.errors import UserError
from app.i18n import message
from app.records import risk_rules as rules
from app.records.risk_register import RegisterRow
from app.records.risks import check_fields
from widgets.forms import ok_cancel


def _combo(items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


class PointDialog(QDialog):
    """Add or change a point. ``values()`` gives the fields for the services; the
    dialog stays open with the problem shown while a field is bad."""

    def __init__(self, parent: QWidget | None, departments: list[tuple[str, str]],
                 grading: RiskGrading, row: RegisterRow | None = None,
                 code: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Risk point") + (f" {row.code}" if row else ""))
        self.grading = grading
        self.departments = {name: code_ for code_, name in departments}
        self.code = QLineEdit(row.code if row else code)
        self.code.setReadOnly(row is not None)
        self.category = _combo([(rules.CATEGORY_LABELS[c], c) for c in rules.CATEGORIES],
                               row.category if row else None)
        self.risk_type = _combo([(rules.RISK_TYPE_LABELS[t], t) for t in rules.RISK_TYPES],
                                row.risk_type if row else None)
        self.post = QLineEdit(row.post if row else "")
        self.procedure = QLineEdit(row.procedure if row else "")
        self.description = QPlainTextEdit(row.description if row else "")
        self.likelihood, self.impact = QSpinBox(), QSpinBox()
        for box, value in ((self.likelihood, row.likelihood if row else 3),
                           (self.impact, row.impact if row else 3)):
            box.setRange(1, 5)
            box.setValue(value)
            box.valueChanged.connect(self._show_grade)
        self.grade = QLabel()
        self.measures = QPlainTextEdit(row.measures if row else "")
        self.responsible = QLineEdit(row.responsible if row else "")
        self.department = _combo([(name, name) for _c, name in departments],
                                 row.department_name if row else None)
        self.phase = _combo([(rules.PHASE_LABELS[p], p) for p in rules.PHASES],
                            row.phase if row else None)
        self.escalated = bool(row and row.escalated)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Category"), self.category),
                              (self.tr("Risk type"), self.risk_type),
                              (self.tr("Post"), self.post),
                              (self.tr("Procedure"), self.procedure),
                              (self.tr("Risk description"), self.description),
                              (self.tr("Likelihood (1–5)"), self.likelihood),
                              (self.tr("Impact (1–5)"), self.impact),
                              (self.tr("Grade"), self.grade),
                              (self.tr("Control measures"), self.measures),
                              (self.tr("Responsible person"), self.responsible),
                              (self.tr("Responsible unit"), self.department),
                              (self.tr("Phase"), self.phase)):
            form.addRow(label, widget)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self._show_grade()

    def _show_grade(self) -> None:
        li, im = self.likelihood.value(), self.impact.value()
        grade = rules.grade_in_force(li, im, self.escalated and rules.score_grade(
            li, im, self.grading) > 1, self.grading)
        self.grade.setText(self.tr("%1 (score %2)").replace("%1", rules.GRADE_LABELS[grade])
                           .replace("%2", str(li * im)))

    def values(self) -> dict[str, Any]:
        return {"category": self.category.currentData(),
                "risk_type": self.risk_type.currentData(), "post": self.post.text(),
                "procedure": self.procedure.text(),
                "description": self.description.toPlainText(),
                "likelihood": self.likelihood.value(), "impact": self.impact.value(),
                "measures": self.measures.toPlainText(), "responsible": self.responsible.text(),
                "department": self.department.currentData(), "phase": self.phase.currentData()}

    def accept(self) -> None:
        try:
            if not self.code.isReadOnly():
                rules.check_code(self.code.text())
            check_fields(None, self.values(), {name: None for name in self.departments})
        except UserError as exc:
            self.problem.setText(message(exc))
            return
        super().accept()


class TextDialog(QDialog):
    """One required text: a reason, a review conclusion, a note."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def accept(self) -> None:
        if self.text.toPlainText().strip():
            super().accept()


class LinkDialog(QDialog):
    """Choose a complaint-ledger entry (substantiated ones first) or type a finding's
    number."""

    def __init__(self, parent: QWidget | None, complaints: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a complaint or a finding"))
        self.kind = _combo([(self.tr("Complaint"), rules.COMPLAINT),
                            (self.tr("Inspection finding"), rules.FINDING)])
        self.complaint = _combo([(f"{code}  {summary}", code) for code, summary in complaints])
        self.complaint.setEditable(True)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Complaint or finding"), self.complaint)
        form.addRow(self.tr("Note"), self.note)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 180)

    def target(self) -> str:
        data = self.complaint.currentData()
        text = self.complaint.currentText().strip()
        if data and text.startswith(str(data)):
            return str(data)
        return text.split()[0] if text else ""
