"""Login, first start, password change and the idle lock as a person meets them; what
each role sees of the tabs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QApplication

from app.db import Database
from app.security.accounts import add_user, login, set_password
from models import Account, AuditEntry
from widgets.audit.page import AuditPage  # noqa: F401  (registers the tab)
from widgets.briefing import page as _briefing  # noqa: F401
from widgets.complaints import page as _complaints  # noqa: F401
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.overview import page as _live  # noqa: F401
from widgets.risks import page as _risks  # noqa: F401
from widgets.risks.page import RiskRegisterPage
from widgets.security.dialogs import ChangePasswordDialog, FirstStartDialog, LoginDialog
from widgets.security.session import open_session

PASSWORD = "Hall-desk 2026"
SQLITE = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def actions(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return [(e.actor, e.action, e.entity_id) for e in session.scalars(
            select(AuditEntry).order_by(AuditEntry.seq))]


def director(db: Database) -> None:
    with db.write() as session:
        add_user(session, "wang", "director", PASSWORD, "test")


def test_first_start_creates_the_directors_account(qtbot: QtBot, db: Database) -> None:
    dialog = FirstStartDialog(db, name="wang")
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.ok.click()
    assert dialog.message.text() == "The password must have at least 8 characters."
    dialog.password.setText("wang-Desk 1")
    dialog.repeat.setText("wang-Desk 1")
    dialog.ok.click()
    assert dialog.message.text() == "The password must not contain the account name."
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    dialog.ok.click()
    assert dialog.message.text() == "The two passwords differ."
    with db.read() as session:
        assert session.scalars(select(Account)).all() == []
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.created, timeout=10000):
        dialog.ok.click()
    assert dialog.result_ is not None
    assert (dialog.result_.name, dialog.result_.role) == ("wang", "director")
    with db.read() as session:
        account = session.scalars(select(Account)).one()
    assert (account.name, account.role) == ("wang", "director")
    assert actions(db)[-2:] == [("wang", "account.add", "wang"), ("wang", "login", "wang")]



def test_first_start_says_why_the_account_was_not_made(qtbot: QtBot, db: Database) -> None:
    """Another workstation made the director meanwhile: the dialog says so, stays open
    with what was typed, and may be quit."""
    director(db)
    dialog = FirstStartDialog(db, name="li")
    qtbot.addWidget(dialog)
    assert dialog.ok.isDefault() and dialog.quit.text() == "Quit"
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.ok.click()
    assert not dialog.ok.isEnabled()                       # while the work runs
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10000)
    assert dialog.message.text() == "This database has accounts already; log in instead."
    assert dialog.password.text() == PASSWORD and dialog.result_ is None
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.quit.click()

def test_login_dialog_says_why_and_logs_in(qtbot: QtBot, db: Database) -> None:
    director(db)
    dialog = LoginDialog(db, name="wang")
    qtbot.addWidget(dialog)
    dialog.ok.click()
    assert dialog.message.text() == "Enter the account name and the password."
    dialog.password.setText("Wrong-pass 1")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.ok.isEnabled()
                    and "wrong" in dialog.message.text(), timeout=10000)
    assert dialog.message.text() == "The account name or the password is wrong."
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.logged_in, timeout=10000):
        dialog.ok.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert [a[1] for a in actions(db)[-2:]] == ["login.failed", "login"]


def test_login_dialog_tells_of_the_lock(qtbot: QtBot, db: Database) -> None:
    director(db)
    dialog = LoginDialog(db, name="wang")
    qtbot.addWidget(dialog)
    for i in range(5):
        dialog.password.setText(f"Wrong-pass {i}")
        dialog.ok.click()
        qtbot.waitUntil(lambda: dialog.ok.isEnabled() and dialog.password.text() == "",
                        timeout=10000)
    assert dialog.message.text() == ("Too many failed logins: this account is locked for 15 "
                                     "minutes.")
    dialog.password.setText(PASSWORD)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "locked until" in dialog.message.text(), timeout=10000)
    assert not dialog.isVisible() or dialog.result() != LoginDialog.DialogCode.Accepted
    assert "account.lock" in [a[1] for a in actions(db)]


def test_change_password_dialog(qtbot: QtBot, db: Database) -> None:
    director(db)
    dialog = ChangePasswordDialog(db, "wang", forced=True)
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSWORD)
    dialog.new.setText("nouppercase1")
    dialog.repeat.setText("nouppercase1")
    dialog.submit()
    assert "three of" in dialog.message.text()
    dialog.new.setText("New-pass 2027")
    dialog.repeat.setText("New-pass 2027")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.submit()
    assert login(db, "wang", "New-pass 2027").role == "director"


def _window(qtbot: QtBot, db: Database, role: str, **kw: object) -> MainWindow:
    window = MainWindow(AppContext(db, "wang" if role == "director" else f"test:{role}",
                                   role=role, **kw), remember=False)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


@SQLITE
def test_idle_session_locks_and_asks_for_the_password(qtbot: QtBot, db: Database) -> None:
    director(db)
    window = _window(qtbot, db, "director", idle_ms=400, logged_in=True)
    window.show()
    assert window.idle is not None
    # input keeps the session open: a key or the mouse restarts the period
    for _ in range(5):
        qtbot.wait(150)
        qtbot.keyClick(window.tabs, Qt.Key.Key_Shift)
    assert window.lock_dialog is None and window.tabs.isVisible()
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=5000)
    assert not window.tabs.isVisible()
    dialog = window.lock_dialog
    assert isinstance(dialog, LoginDialog)
    assert dialog.name.text() == "wang" and dialog.name.isReadOnly()
    qtbot.waitUntil(lambda: "session.lock" in [a[1] for a in actions(db)], timeout=5000)
    dialog.password.setText("Wrong-pass 1")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=10000)
    assert not window.tabs.isVisible()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.ok.click()
    assert window.tabs.isVisible() and window.lock_dialog is None
    assert window.idle.timer.isActive()
    window.close()
    last = actions(db)[-4:]
    assert [a[1] for a in last] == ["session.lock", "login.failed", "login", "logout"]
    with db.read() as session:
        how = json.loads(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "login").order_by(AuditEntry.seq.desc())).first() or "{}")
    assert how["how"] == "unlock"


@SQLITE
@pytest.mark.parametrize(("role", "tabs"), [
    ("director", {"live", "complaints", "risks", "inspections", "briefing", "audit", "projects",
                  "settings", "assessment"}),
    ("office", {"live", "complaints", "risks", "inspections", "briefing", "settings",
                "projects", "assessment"}),
    ("inspector", {"live", "complaints", "risks", "inspections"}),
    ("auditor", {"audit"}),
])
def test_each_role_sees_its_tabs(qtbot: QtBot, db: Database, role: str,
                                 tabs: set[str]) -> None:
    window = _window(qtbot, db, role)
    assert set(window.tab_names()) == tabs
    for name in window.tab_names():
        window.page(name)                      # every tab it sees can be built
    assert {p.NAME for p in window.pages} == tabs
    assert role in window.account_label.text()
    risks = [p for p in window.pages if isinstance(p, RiskRegisterPage)]
    if risks:
        shown = {k for k, b in risks[0].buttons.items() if not b.isHidden()}
        expected = {"director": {"add", "edit", "escalate", "approve", "review", "link",
                                 "retire", "import", "export"},
                    "office": {"add", "edit", "escalate", "review", "link", "retire",
                               "import", "export"},
                    "inspector": {"link"}}[role]
        assert shown == expected
    for page in window.pages:
        if page.NAME == "live":
            assert page.ack_button.isHidden() == (role == "inspector")  # type: ignore[attr-defined]
    window.close()


@SQLITE
def test_the_demo_session_is_marked(qtbot: QtBot, db: Database) -> None:
    window = _window(qtbot, db, "director", demo=True)
    assert window.account_label.text().startswith("DEMO")
    assert not window.menu_actions["change_password"].isVisible()
    window.close()


def _answer(qtbot: QtBot, answers: dict[type, Callable[[Any], None]]) -> QTimer:
    """Answer each modal dialog of the given types once as it appears."""
    done: list[Any] = []    # the dialogs themselves: an id() is reused once one is gone

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            for kind, answer in answers.items():
                if (isinstance(widget, kind) and widget.isVisible()
                        and not any(widget is d for d in done)):
                    done.append(widget)
                    answer(widget)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    return timer


def test_startup_asks_for_the_director_then_logs_in(qtbot: QtBot, db: Database) -> None:
    def create(dialog: FirstStartDialog) -> None:
        dialog.name.setText("wang")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.ok.click()

    timer = _answer(qtbot, {FirstStartDialog: create})
    result = open_session(db, "root")
    timer.stop()
    assert result is not None and (result.name, result.role) == ("wang", "director")

    # the director set li's password: li logs in and must choose a new one first
    with db.write() as session:
        add_user(session, "li", "office", PASSWORD, "wang", by_role="director")
        set_password(session, "li", "Temp-pass 1", actor="wang", role="director")

    def log_in(dialog: LoginDialog) -> None:
        assert dialog.name.text() == "root"
        dialog.name.setText("li")
        dialog.password.setText("Temp-pass 1")
        dialog.ok.click()

    def change(dialog: ChangePasswordDialog) -> None:
        dialog.old.setText("Temp-pass 1")
        dialog.new.setText("Office-desk 2026")
        dialog.repeat.setText("Office-desk 2026")
        dialog.submit()

    timer = _answer(qtbot, {LoginDialog: log_in, ChangePasswordDialog: change})
    result = open_session(db, "root")
    timer.stop()
    assert result is not None and (result.name, result.role) == ("li", "office")
    assert not login(db, "li", "Office-desk 2026").must_change


def test_startup_quit_opens_nothing(qtbot: QtBot, db: Database) -> None:
    director(db)
    timer = _answer(qtbot, {LoginDialog: lambda d: d.quit.click()})
    assert open_session(db, "wang") is None
    timer.stop()
