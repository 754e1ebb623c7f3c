"""The inspection checklist: items, their deduction and order, retired items."""

from __future__ import annotations

from PyQt6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.setup import checklist as svc
from widgets.context import AppContext
from widgets.settings.common import FormDialog, apply, guard, selected, table, who, yes_no
from widgets.table_model import Column


class ChecklistPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model, self.view = table([
            Column(self.tr("Order"), lambda r: r.position + 1),
            Column(self.tr("Key"), lambda r: r.key),
            Column(self.tr("Item"), lambda r: r.label),
            Column(self.tr("Deduction"), lambda r: f"{r.deduction:.2f}"),
            Column(self.tr("Retired"), lambda r: yes_no(r.retired))], (50, 110, 250, 80, 60))
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), lambda: self._edit(None)),
                           (self.tr("Change…"), lambda: self._edit(self._row())),
                           (self.tr("Up"), lambda: self._move(-1)),
                           (self.tr("Down"), lambda: self._move(1)),
                           (self.tr("Retire / reinstate"), self._retire)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            guard(button, context, "setup.checklist")
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def reload(self) -> None:
        with self.context.db.read() as session:
            self.model.set_rows(svc.list_checklist(session))

    def _row(self) -> svc.ChecklistRow | None:
        row: svc.ChecklistRow | None = selected(self.model, self.view)
        return row

    def _who(self) -> dict[str, str]:
        return {"actor": self.context.account, "role": self.context.role}

    def _edit(self, current: svc.ChecklistRow | None) -> None:
        key = QLineEdit(current.key if current else "")
        key.setEnabled(current is None)
        label = QLineEdit(current.label if current else "")
        deduction = QDoubleSpinBox()
        deduction.setRange(-1, 100)
        deduction.setDecimals(2)
        deduction.setSingleStep(0.05)
        deduction.setValue(current.deduction if current else 0.1)
        dialog = FormDialog(self.tr("Checklist item"), [
            (self.tr("Key"), key), (self.tr("Item"), label), (self.tr("Deduction"), deduction)],
            lambda: svc.item_problem(key.text().strip(), label.text(), deduction.value()), self)
        if not dialog.exec():
            return
        if current is None:
            apply(self, self.context, lambda s: svc.add_item(
                s, key.text(), label.text(), deduction.value(), **who(self.context)),
                self.tr("Checklist"))
        else:
            apply(self, self.context, lambda s: svc.update_item(
                s, current.key, label.text(), deduction.value(),
                expected_revision=current.revision, **who(self.context)), self.tr("Checklist"))
        self.reload()

    def _move(self, step: int) -> None:
        r = self._row()
        if r is not None:
            apply(self, self.context, lambda s: svc.move_item(s, r.key, step, **who(self.context)),
                  self.tr("Checklist"))
            self.reload()

    def _retire(self) -> None:
        r = self._row()
        if r is not None:
            apply(self, self.context, lambda s: svc.retire_item(
                s, r.key, not r.retired, expected_revision=r.revision, **who(self.context)),
                self.tr("Checklist"))
            self.reload()
