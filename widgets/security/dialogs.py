"""The login dialog (also the idle lock's), the first start's director account and the
password change. Passwords are checked off the UI thread (argon2 takes a moment).

Signals: ``LoginDialog.logged_in(object LoginResult)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt, pyqtBoundSignal, pyqtSignal
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.hall_time import local_text
from app.i18n import message
from app.security.accounts import (
    MIN_PASSWORD,
    LoginFailed,
    LoginResult,
    change_password,
    create_first_director,
    login,
    password_issue,
)
from widgets.forms import ok_cancel
from widgets.tasks import run_task


def role_label(role: str) -> str:
    labels = {"director": QCoreApplication.translate("Roles", "director"),
              "office": QCoreApplication.translate("Roles", "office"),
              "inspector": QCoreApplication.translate("Roles", "inspector"),
              "auditor": QCoreApplication.translate("Roles", "auditor")}
    return labels.get(role, role)


def issue_text(issue: str) -> str:
    texts = {
        "short": QCoreApplication.translate(
            "Password", "The password must have at least %1 characters."),
        "long": QCoreApplication.translate("Password", "The password is too long."),
        "kinds": QCoreApplication.translate(
            "Password", "The password must mix at least three of: upper-case letters, "
            "lower-case letters, digits, symbols."),
        "name": QCoreApplication.translate(
            "Password", "The password must not contain the account name."),
    }
    return texts[issue].replace("%1", str(MIN_PASSWORD))


def policy_text() -> str:
    return QCoreApplication.translate(
        "Password", "At least %1 characters, mixing three of upper-case, lower-case, "
        "digits and symbols, and not containing the account name.").replace(
        "%1", str(MIN_PASSWORD))


def failure_text(error: BaseException) -> str:
    if isinstance(error, LoginFailed):
        if error.kind == "locked" and error.until is not None:
            return QCoreApplication.translate(
                "Login", "This account is locked until %1 after too many failed logins; "
                "wait, or ask the director to unlock it.").replace(
                "%1", local_text(error.until, error.tz, "%H:%M"))
        if error.kind == "now_locked":
            return QCoreApplication.translate(
                "Login", "Too many failed logins: this account is locked for %1 "
                "minutes.").replace("%1", str(error.minutes))
        return QCoreApplication.translate("Login", "The account name or the password is "
                                                   "wrong.")
    return message(error)


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


def _name_edit(name: str) -> QLineEdit:
    edit = QLineEdit(name)
    edit.setMaxLength(64)
    return edit


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color:#c62828")
    label.setObjectName("message")
    return label


def _policy_label() -> QLabel:
    label = QLabel(policy_text())
    label.setWordWrap(True)
    label.setStyleSheet("color:#555")
    return label


def _form(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    return form


class _AccountDialog(QDialog):
    """What the login and the first start share: a text on top, the form, the message
    line where what is wrong shows in red, and the go-on and quit buttons; the account
    work runs off the UI thread with the go-on button disabled meanwhile.

    The button texts come from the subclass (its own ``tr`` context)."""

    result_: LoginResult | None
    # Called once, on the UI thread, right after the account work has started on its
    # worker: the start imports the main window's modules while argon2 runs.
    while_checking: Callable[[], None] | None = None

    def _lay_out(self, top: QLabel, rows: Sequence[tuple[str, QWidget]], ok_text: str,
                 quit_text: str) -> None:
        self.message = _message_label()
        self.buttons = QDialogButtonBox()
        self.ok = QPushButton(ok_text)
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit = QPushButton(quit_text)
        self.buttons.addButton(self.quit, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(_form(rows))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.ok.clicked.connect(self.submit)
        self.quit.clicked.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[], LoginResult], failure: Callable[[BaseException], str],
             finished: pyqtBoundSignal, clear: QLineEdit | None = None) -> None:
        """Run ``work``; on success keep its LoginResult in ``result_``, emit it through
        ``finished`` and close; on an error say ``failure(error)``. ``clear`` is emptied
        either way."""
        self.ok.setEnabled(False)

        def done(result: Any, error: BaseException | None) -> None:
            self.ok.setEnabled(True)
            if clear is not None:
                clear.clear()
            if error is not None:
                self.message.setText(failure(error))
                return
            self.result_ = result
            finished.emit(result)
            self.accept()

        run_task(work, done)
        meanwhile, self.while_checking = self.while_checking, None
        if meanwhile is not None:
            meanwhile()


class LoginDialog(_AccountDialog):
    """Account name and password. With ``locked_name`` it is the idle lock: the name
    is fixed and only that account's password unlocks the session.

    Signals: logged_in(object) with the LoginResult.
    """

    logged_in = pyqtSignal(object)

    def __init__(self, db: Database, name: str = "", *, locked_name: str | None = None,
                 clock: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.clock = db, clock
        self.locked_name = locked_name
        self.result_: LoginResult | None = None
        self.setWindowTitle(self.tr("HallDesk — log in") if locked_name is None
                            else self.tr("HallDesk — session locked"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("政务大厅督查台 HallDesk") if locked_name is None else
                         self.tr("The session was locked after a time without use. Enter "
                                 "your password to go on."))
        heading.setWordWrap(True)
        if locked_name is None:
            heading.setStyleSheet("font-size:16pt;font-weight:bold;padding:8px 0")
        self.name = _name_edit(locked_name or name)
        self.name.setReadOnly(locked_name is not None)
        self.password = _password_edit()
        self._lay_out(heading, [(self.tr("Account"), self.name),
                                (self.tr("Password"), self.password)],
                      self.tr("Log in") if locked_name is None else self.tr("Unlock"),
                      self.tr("Quit"))
        (self.password if self.name.text() else self.name).setFocus()

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            self.message.setText(self.tr("Enter the account name and the password."))
            return
        db, now = self.db, (self.clock() if self.clock else None)
        how = "desktop" if self.locked_name is None else "unlock"
        self._run(lambda: login(db, name, password, now=now, how=how), failure_text,
                  self.logged_in, clear=self.password)


class FirstStartDialog(_AccountDialog):
    """The first start on a database without accounts: the director's account. There
    is no default password; the one given must meet the policy.

    Signals: created(object) with the LoginResult of the new director.
    """

    created = pyqtSignal(object)

    def __init__(self, db: Database, name: str = "", clock: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.clock = db, clock
        self.result_: LoginResult | None = None
        self.setWindowTitle(self.tr("HallDesk — first start"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "This database has no accounts yet. Create the director's account: the "
            "director does everything, approves risk points and creates the other "
            "accounts (office, inspector, auditor)."))
        intro.setWordWrap(True)
        self.name = _name_edit(name)
        self.password = _password_edit()
        self.repeat = _password_edit()
        self._lay_out(intro, [(self.tr("Director's account"), self.name),
                              (self.tr("Password"), self.password),
                              (self.tr("Repeat password"), self.repeat),
                              ("", _policy_label())],
                      self.tr("Create and log in"), self.tr("Quit"))

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            self.message.setText(self.tr("Enter the name of the director's account."))
            return
        issue = password_issue(password, name)
        if issue is not None:
            self.message.setText(issue_text(issue))
            return
        if password != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        db, now = self.db, (self.clock() if self.clock else None)

        def work() -> LoginResult:
            create_first_director(db, name, password, now=now)
            return login(db, name, password, now=now, how="first start")

        self._run(work, str, self.created)


class ChangePasswordDialog(QDialog):
    """An account changes its own password; ``forced`` when it expired (the only way
    on is to change it)."""

    def __init__(self, db: Database, name: str, *, forced: bool = False, clock: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.name, self.clock = db, name, clock
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password has expired (or was set by the director); "
                                  "choose a new one to go on."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old = _password_edit()
        self.new = _password_edit()
        self.repeat = _password_edit()
        self.message = _message_label()
        form = _form([(self.tr("Account"), QLabel(name)),
                      (self.tr("Current password"), self.old),
                      (self.tr("New password"), self.new),
                      (self.tr("Repeat new password"), self.repeat),
                      ("", _policy_label())])
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = ok_cancel(self, self.submit)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        issue = password_issue(new, self.name)
        if issue is not None:
            self.message.setText(issue_text(issue))
            return
        if new != self.repeat.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        if new == old:
            self.message.setText(self.tr("The new password must differ from the old one."))
            return
        db, name, now = self.db, self.name, (self.clock() if self.clock else None)

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.message.setText(self.tr("The current password is wrong.")
                                     if "current password" in str(error) else message(error))
                return
            self.accept()

        run_task(lambda: change_password(db, name, old, new, now=now), done)
