"""What the settings panes share: a form whose OK button stays disabled while a field
is wrong and says why, a change run in one write transaction with its refusal shown
in a dialog, a table over rows app/ returns, and whether the role may act."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypedDict

from sqlalchemy.orm import Session

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import message
from app.records.conflict import ChangedMeanwhile
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.record_tab import record_table
from widgets.table_model import Column, TableModel, TableProxy

translate = QCoreApplication.translate


def watch(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the field's value changes."""
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _t: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _i: slot())
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(lambda _b: slot())
    elif isinstance(widget, QDateEdit | QTimeEdit):
        widget.dateTimeChanged.connect(lambda _d: slot())
    elif isinstance(widget, QAbstractSpinBox):
        widget.valueChanged.connect(lambda _v: slot())  # type: ignore[attr-defined]


class FormDialog(QDialog):
    """Fields in a form; ``problem()`` is asked after every edit: while it names one,
    OK is disabled, its tooltip and the line under the form say why."""

    def __init__(self, title: str, rows: Sequence[tuple[str, QWidget]],
                 problem: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problem = problem
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
            watch(widget, self.check)
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color:#b71c1c")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.check()

    @property
    def ok(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def check(self) -> None:
        why = self.problem()
        self.ok.setEnabled(why is None)
        self.ok.setToolTip(why or "")
        self.error.setText(why or "")
        self.error.setVisible(why is not None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()


def apply(parent: QWidget, context: AppContext, change: Callable[[Session], Any],
          title: str) -> Any | None:
    """Run ``change`` in one write transaction; a refusal (one sentence, nothing
    changed) is shown in a dialog and gives None."""
    try:
        with context.db.write() as session:
            return change(session)
    except ChangedMeanwhile as error:
        QMessageBox.warning(parent, title, translate(
            "Conflict", "Nothing was saved: someone else changed this record meanwhile.")
            + "\n" + message(error))
    except UserError as error:
        QMessageBox.warning(parent, title, message(error))
    return None


def may(context: AppContext, action: str) -> bool:
    return allows(context.role, action)


def guard(button: QAbstractButton, context: AppContext, action: str) -> None:
    """Disable ``button`` for a role the permission table refuses, saying so."""
    if not may(context, action):
        button.setEnabled(False)
        button.setToolTip(translate("Settings", "Your role may not change this; it is "
                                                "shown read-only."))


def table(columns: Sequence[Column[Any]], widths: Sequence[int]
          ) -> tuple[TableModel[Any], QTableView]:
    model: TableModel[Any] = TableModel(columns)
    proxy = TableProxy()
    proxy.setSourceModel(model)
    view = record_table(proxy, widths, row_height=26, stretch_last=True)
    return model, view


def selected(model: TableModel[Any], view: QTableView) -> Any | None:
    selection = view.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    if not rows:
        return None
    return rows[0].data(256)   # Qt.UserRole: the row itself


def yes_no(value: bool) -> str:
    return translate("Settings", "yes") if value else ""


class Who(TypedDict):
    actor: str
    role: str


def who(context: AppContext) -> Who:
    """The acting account and its role, as the services take them."""
    return {"actor": context.account, "role": context.role}
