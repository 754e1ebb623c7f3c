"""Accounts: role, last login, locked or disabled; add (changed at the first login),
change role, unlock, reset password, disable or enable (never delete)."""

from __future__ import annotations

import datetime as dt
import time

from PyQt6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.hall_time import hall_tz, local_text
from app.security import accounts as svc
from app.security.accounts import password_problem
from models.security import ROLES
from widgets.context import AppContext
from widgets.security.dialogs import role_label
from widgets.settings.common import FormDialog, apply, guard, may, selected, table, who
from widgets.table_model import Column


class AccountsPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tz: dt.tzinfo | None = None
        self.model, self.view = table([
            Column(self.tr("Account"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            Column(self.tr("Last login"), lambda r: local_text(r.last_login, self.tz)
                   if r.last_login and self.tz else ""),
            Column(self.tr("State"), self._state)], (160, 90, 140, 200))
        self.note = QLabel()
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self._add),
                           (self.tr("Change role…"), self._role),
                           (self.tr("Unlock"), self._unlock),
                           (self.tr("Reset password…"), self._reset),
                           (self.tr("Disable / enable"), self._disable)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            guard(button, context, "account.manage")
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def _state(self, r: svc.AccountState) -> str:
        if r.disabled:
            return self.tr("disabled")
        if r.locked_until and r.locked_until > time.time():
            return self.tr("locked until %1").replace(
                "%1", local_text(r.locked_until, self.tz or hall_tz_default()))
        if r.must_change:
            return self.tr("active; password to change at next login")
        return self.tr("active")

    def _who(self) -> dict[str, str]:
        return {"actor": self.context.account, "role": self.context.role}

    def reload(self) -> None:
        if not may(self.context, "account.manage"):
            self.note.setText(self.tr("Only the director manages accounts."))
            return
        with self.context.db.read() as session:
            self.tz = hall_tz(session)
            self.model.set_rows(svc.account_states(session, **who(self.context)))

    def _row(self) -> svc.AccountState | None:
        row: svc.AccountState | None = selected(self.model, self.view)
        return row

    def _password_form(self, title: str, name_edit: QLineEdit, extra: list) -> tuple:
        password, repeat = QLineEdit(), QLineEdit()
        for edit in (password, repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        def problem() -> str | None:
            if not name_edit.text().strip():
                return self.tr("Enter the account name.")
            why = password_problem(password.text(), name_edit.text().strip())
            if why:
                return why
            if password.text() != repeat.text():
                return self.tr("The two passwords differ.")
            return None

        dialog = FormDialog(title, [*extra, (self.tr("Password"), password),
                                    (self.tr("Repeat password"), repeat)], problem, self)
        return dialog, password

    def _add(self) -> None:
        name = QLineEdit()
        role = QComboBox()
        for r in ROLES:
            role.addItem(role_label(r), r)
        dialog, password = self._password_form(
            self.tr("New account"), name, [(self.tr("Account"), name), (self.tr("Role"), role)])
        if dialog.exec():
            apply(self, self.context, lambda s: svc.add_account(
                s, name.text().strip(), str(role.currentData()), password.text(),
                **who(self.context)), self.tr("Accounts"))
            self.reload()

    def _role(self) -> None:
        r = self._row()
        if r is None:
            return
        role = QComboBox()
        for x in ROLES:
            role.addItem(role_label(x), x)
        role.setCurrentIndex(ROLES.index(r.role) if r.role in ROLES else 0)
        dialog = FormDialog(self.tr("Role of %1").replace("%1", r.name),
                            [(self.tr("Role"), role)], lambda: None, self)
        if dialog.exec():
            apply(self, self.context, lambda s: svc.change_role(
                s, r.name, str(role.currentData()), **who(self.context)), self.tr("Accounts"))
            self.reload()

    def _unlock(self) -> None:
        r = self._row()
        if r is not None:
            apply(self, self.context, lambda s: svc.unlock(s, r.name, **who(self.context)),
                  self.tr("Accounts"))
            self.reload()

    def _reset(self) -> None:
        r = self._row()
        if r is None:
            return
        name = QLineEdit(r.name)
        name.setEnabled(False)
        dialog, password = self._password_form(
            self.tr("New password for %1").replace("%1", r.name), name, [])
        if dialog.exec():
            apply(self, self.context, lambda s: svc.set_password(
                s, r.name, password.text(), **who(self.context)), self.tr("Accounts"))
            self.reload()

    def _disable(self) -> None:
        r = self._row()
        if r is not None:
            apply(self, self.context, lambda s: svc.set_disabled(
                s, r.name, not r.disabled, **who(self.context)), self.tr("Accounts"))
            self.reload()


def hall_tz_default():  # type: ignore[no-untyped-def]
    from app.hall_time import default_tz

    return default_tz()
