"""A refused spreadsheet (complaint ledger or risk register) as a table of what to
fix: row, column, value and why, the why translated from the problem's ``kind``
(``app.io.xlsx.Problem``; app/ holds no Qt, so the sentences are said here)."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import message
from app.io.risk_sheet import REASON
from app.io.xlsx import Problem
from app.records.complaint_rules import SOURCE_LABELS, STATE_LABELS

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def problem_text(problem: Problem) -> str:
    """Why a cell is refused, as one translated sentence."""
    args = [str(a) for a in problem.args]
    templates = {
        "missing_column": translate("ImportReport", "The column is missing from the header row."),
        "empty_code": translate("ImportReport", "The number is empty; every entry needs one."),
        "long_code": translate("ImportReport", "Longer than %1 characters."),
        "bad_time": translate("ImportReport", "Not a date: use a spreadsheet date or "
                      "YYYY-MM-DD HH:MM."),
        "future_time": translate("ImportReport", "The time is in the future."),
        "old_time": translate("ImportReport", "Before 2000-01-01, earlier than any ledger "
                      "HallDesk keeps."),
        "bad_source": translate("ImportReport", "Not a source; use one of %1."),
        "bad_state": translate("ImportReport", "Not a state; use one of %1."),
        "unknown_window": translate("ImportReport", "No window of the hall has this code or name."),
        "ambiguous_window": translate("ImportReport", "Two windows have this name; give the "
                              "window's code."),
        "empty_content": translate("ImportReport", "The complaint is empty."),
        "appeal_source": translate("ImportReport", "Only an entry from the evaluation device (%1) "
                           "can be %2."),
        "required": translate("ImportReport", "An entry that is %1 must fill this column."),
        "not_yet": translate("ImportReport", "An entry that is %1 cannot have this yet."),
        "duplicate": translate("ImportReport", "The number is used twice (first in row %1)."),
        "masked_new": translate("ImportReport", "Masked (contains *) and the entry is new: import "
                        "the director's unmasked export, or leave the cell empty."),
        "differs": translate("ImportReport", "Number %1 is in the ledger already with %2 here; "
                     "change the entry in the application, not by importing it again."),
        "too_long": translate("ImportReport", "Too long: %1 characters, at most %2."),
        "control": translate("ImportReport", "Contains control characters."),
        "masked": translate("ImportReport", "Masked (contains *)."),
        "bad_phone": translate("ImportReport", "Not a phone number: use 5–20 digits, spaces, +, - "
                       "or brackets."),
        # the risk register's
        "empty": translate("ImportReport", "The cell is empty; it must be filled in."),
        "empty_risk_code": translate("ImportReport", "The code is empty; fill it in, e.g. "
                             "LZ-SH-003."),
        "bad_code": translate("ImportReport", "Not a code like LZ-SH-003 (letters and digits "
                      "in up to four parts joined by hyphens)."),
        "bad_category": translate("ImportReport", "Not a category; use one of %1."),
        "bad_risk_type": translate("ImportReport", "Not a risk type; use one of %1."),
        "bad_phase": translate("ImportReport", "Not a phase; use one of %1."),
        "bad_level": translate("ImportReport", "Not a whole number from 1 to 5."),
        "unknown_department": translate("ImportReport", "Not a department of the hall; give "
                                "its code or name, or %1."),
        "bad_date": translate("ImportReport", "Not a date: use a spreadsheet date or "
                      "YYYY-MM-DD."),
        "bad_grade": translate("ImportReport", "Not a grade; use 一级, 二级 or 三级."),
        "reason_not_needed": translate("ImportReport", "An escalation reason is given, but %1 "
                               "is the grade of the score %2."),
        "needs_reason": translate("ImportReport", "The score %1 gives %2; %3 needs its reason "
                          "in the %4 column."),
        "too_high": translate("ImportReport", "The score %1 gives %2; a grade can be escalated "
                      "by one at most."),
        "duplicate_code": translate("ImportReport", "The code is used twice (first in row %1)."),
        "retired": translate("ImportReport", "The point was retired from the register."),
        "point_differs": translate("ImportReport", "The point is in the register already with "
                           "other values (%1); change it in the application."),
    }
    if problem.kind == "appeal_source":
        args = [SOURCE_LABELS["evaluation"], STATE_LABELS["appealed"]]
    elif problem.kind == "needs_reason":
        args = [*args, REASON]
    text = templates.get(problem.kind) or message(problem.reason)
    for i, arg in enumerate(args, 1):
        text = text.replace(f"%{i}", arg)
    return text


class ImportReport(QDialog):
    """What to fix in a refused spreadsheet, one line per bad cell."""

    def __init__(self, file_name: str, problems: list[Problem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spreadsheet refused"))
        summary = QLabel(self.tr("%1 was refused and nothing was imported. Fix these %2 "
                                 "cells and import it again:")
                         .replace("%1", file_name).replace("%2", str(len(problems))))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(problems), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                              self.tr("Value"), self.tr("What to fix")])
        for i, p in enumerate(problems):
            column = f"{p.letter} {p.column}".strip()
            for j, text in enumerate((str(p.row), column, p.value, problem_text(p))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        assert header is not None
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        vertical = self.table.verticalHeader()
        assert vertical is not None
        vertical.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
