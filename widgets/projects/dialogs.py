"""The 重点项目 tab's dialogs: a new project from a template of the usual items, and the
small forms of an item's steps and of a 督办. They collect values; the services check
them (a refused value comes back as one sentence)."""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate
from PyQt6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.records import project_rules as rules
from app.records.projects import ItemSpec, ProjectSpec
from widgets.forms import ok_cancel


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class NewProjectDialog(QDialog):
    """A project's facts and its type: the type's usual items come with it."""

    def __init__(self, today: dt.date, templates: dict[str, list[rules.TemplateItem]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New key project"))
        self.templates = templates
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.investor = QLineEdit()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 1e8)
        self.amount.setDecimals(1)
        self.amount.setSuffix(self.tr(" (10,000 yuan)"))
        self.lead = QLineEdit()
        self.start = _date_edit(today)
        self.kind = QComboBox()
        self.kind.addItems(list(templates))
        form = QFormLayout()
        for label, widget in ((self.tr("Project code"), self.code),
                              (self.tr("Project name"), self.name),
                              (self.tr("Investor"), self.investor),
                              (self.tr("Investment"), self.amount),
                              (self.tr("Lead officer"), self.lead),
                              (self.tr("Start date"), self.start),
                              (self.tr("Project type (usual items)"), self.kind)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = ok_cancel(self)
        layout.addWidget(self.buttons)
        ok = self.buttons.buttons()[0]
        for edit in (self.code, self.name):
            edit.textChanged.connect(lambda *_: self._check())
        self._check()
        assert ok is not None

    def _check(self) -> None:
        ok = self.buttons.buttons()[0]
        missing = not self.code.text().strip() or not self.name.text().strip()
        ok.setEnabled(not missing)
        ok.setToolTip(self.tr("Enter the project's code and name.") if missing else "")

    def spec(self) -> ProjectSpec:
        kind = self.kind.currentText()
        return ProjectSpec(
            code=self.code.text(), name=self.name.text(), start_date=_day(self.start),
            investor=self.investor.text(), amount=self.amount.value() or None,
            lead=self.lead.text(), kind=kind,
            items=[ItemSpec(key=t.key, name=t.name, department=t.department, stage=t.stage,
                            promised_days=t.promised, legal_days=t.legal,
                            depends_on=list(t.depends_on))
                   for t in self.templates.get(kind, [])])


class DateDialog(QDialog):
    """One date (an item's start or completion)."""

    def __init__(self, title: str, label: str, day: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = _date_edit(day)
        form = QFormLayout(self)
        form.addRow(label, self.edit)
        form.addRow(ok_cancel(self))

    def day(self) -> dt.date:
        return _day(self.edit)


class SuperviseDialog(QDialog):
    """A 督办: to whom, what, by when."""

    def __init__(self, item: str, by: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervise: %1").replace("%1", item))
        self.to_whom = QLineEdit()
        self.what = QPlainTextEdit()
        self.what.setFixedHeight(80)
        self.by = _date_edit(by)
        form = QFormLayout(self)
        form.addRow(self.tr("To whom"), self.to_whom)
        form.addRow(self.tr("What is asked"), self.what)
        form.addRow(self.tr("By"), self.by)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        for signal in (self.to_whom.textChanged, self.what.textChanged):
            signal.connect(lambda *_: self._check())
        self._check()

    def _check(self) -> None:
        ok = self.buttons.buttons()[0]
        missing = not self.to_whom.text().strip() or not self.what.toPlainText().strip()
        ok.setEnabled(not missing)
        ok.setToolTip(self.tr("Say to whom and what is asked.") if missing else "")

    def values(self) -> tuple[str, str, dt.date]:
        return self.to_whom.text(), self.what.toPlainText(), _day(self.by)
