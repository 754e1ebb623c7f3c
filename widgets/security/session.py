"""Opening a desktop session: the first start's director account on a database without
accounts, else the login; an expired password is changed before the window opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PyQt6.QtWidgets import QDialog

from app.db import Database
from app.security.accounts import LoginResult, has_accounts
from widgets.security.dialogs import ChangePasswordDialog, FirstStartDialog, LoginDialog


def needs_first_start(db: Database) -> bool:
    with db.read() as session:
        return not has_accounts(session)


def open_session(db: Database, user: str, clock: Any = None,
                 while_checking: Callable[[], None] | None = None) -> LoginResult | None:
    """The logged-in account, or None when the person quit. ``while_checking`` runs
    once on the UI thread while the first password is checked on a worker."""
    dialog: FirstStartDialog | LoginDialog
    if needs_first_start(db):
        dialog = FirstStartDialog(db, name=user, clock=clock)
    else:
        dialog = LoginDialog(db, name=user, clock=clock)
    dialog.while_checking = while_checking
    dialog.setObjectName("first_start_dialog" if isinstance(dialog, FirstStartDialog)
                         else "login_dialog")
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return None
    result = dialog.result_
    if result.must_change:
        change = ChangePasswordDialog(db, result.name, forced=True, clock=clock)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return result
