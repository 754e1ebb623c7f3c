"""Spreadsheet import and export from the tab: the work runs off the UI thread with
a progress bar and a cancel button; a refused sheet is shown as a table of what to
fix (row, column, value, reason), translated."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QCoreApplication, QObject, pyqtSignal
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

from app.io.complaint_rows import Problem
from app.records.complaint_rules import SOURCE_LABELS, STATE_LABELS
from widgets.tasks import run_task

# pylupdate6 finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Transfer(QObject):
    """One import or export under way.

    Signals: progress(int done, int total) from the worker; finished(object result,
    object error) on the UI thread when it is over (error None on success)."""

    progress = pyqtSignal(int, int)
    finished = pyqtSignal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def start(self, work: Work) -> None:
        run_task(lambda: work(self.progress.emit, self._cancel.is_set), self.finished.emit)

    def cancel(self) -> None:
        self._cancel.set()


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
    }
    if problem.kind == "appeal_source":
        args = [SOURCE_LABELS["evaluation"], STATE_LABELS["appealed"]]
    text = templates.get(problem.kind, problem.reason)
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
