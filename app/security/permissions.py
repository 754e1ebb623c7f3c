"""Who may do what: one table of actions and the roles allowed to take them.

Every service that changes, exports or prints something calls ``require(session,
actor, role, action)`` before it starts (or opens its transaction with
``app.security.guard.guarded_write``). A refusal raises ``PermissionDenied`` (a
``UserError``: one sentence, exit status 2, a dialog) and asks the session to audit
it once the caller's transaction has ended (``app.db.after_end``), in a transaction
of its own, so the denial is kept even though the refused change is rolled back.
``app.db`` knows nothing of permissions. Adding an action is one line in
``PERMISSIONS``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.orm import Session

from app.db import after_end
from app.errors import UserError
from models.security import ROLES

if TYPE_CHECKING:
    from app.db import Database

DIRECTOR, OFFICE, INSPECTOR, AUDITOR = "director", "office", "inspector", "auditor"
# The role of a command-line run that named no account on a database that has accounts.
NO_ACCOUNT = "none"
# The lobby's public display: reads what it shows, may take no action.
DISPLAY = "display"

_ALL = frozenset({DIRECTOR, OFFICE, INSPECTOR, AUDITOR})
_D = frozenset({DIRECTOR})
_DO = frozenset({DIRECTOR, OFFICE})
_DOI = frozenset({DIRECTOR, OFFICE, INSPECTOR})
_DA = frozenset({DIRECTOR, AUDITOR})

class P(NamedTuple):
    """The roles allowed an action, and the action in words for a refusal."""

    roles: frozenset[str]
    what: str


# action → roles allowed. The director does everything; the office keeps the ledgers
# and registers without approving; the inspector registers what it finds and links it;
# the auditor reads and exports the audit log, nothing else.
PERMISSIONS: Mapping[str, P] = {
    # complaint ledger (docs/spec/records.md)
    "complaint.register": P(_DOI, "register complaints"),
    "complaint.verify": P(_DO, "start verifying complaints"),
    "complaint.substantiate": P(_DO, "find complaints substantiated"),
    "complaint.unsubstantiate": P(_DO, "find complaints unsubstantiated"),
    "complaint.appeal": P(_DO, "record appeals"),
    "complaint.uphold": P(_D, "rule on appeals (uphold)"),
    "complaint.accept_appeal": P(_D, "rule on appeals (accept)"),
    "complaint.rectify": P(_DO, "record rectifications"),
    "complaint.follow_up": P(_DO, "record follow-ups"),
    "complaint.close": P(_DO, "close complaints"),
    "complaint.void": P(_DO, "void complaints"),
    "complaint.void_substantiated": P(_D, "void a substantiated complaint (it costs its "
                                          "window points)"),
    "complaint.correct": P(_DO, "correct complaints"),
    "complaint.assign": P(_DO, "set complaints' category and handler"),
    "complaint.import": P(_DO, "import into the complaint ledger"),
    "complaint.export": P(_DO, "export the complaint ledger"),
    "complaint.unmasked": P(_D, "see or export names and phone numbers unmasked"),
    "complaint.deadlines": P(_DO, "change the complaint deadlines"),
    # integrity risk register
    "risk.add": P(_DO, "add risk points"),
    "risk.change": P(_DO, "change risk points"),
    "risk.approve": P(_D, "approve risk points (审定 is the director's)"),
    "risk.review": P(_DO, "record reviews of risk points"),
    "risk.retire": P(_DO, "retire risk points"),
    "risk.link": P(_DOI, "link complaints or findings to risk points"),
    "risk.unlink": P(_DOI, "unlink complaints or findings"),
    "risk.import": P(_DO, "import into the risk register"),
    "risk.export": P(_DO, "export the risk register"),
    # inspections (docs/spec/records.md): the director, the office on daily duty (值班) and
    # the inspectors walk the hall; voiding a finding (it no longer costs the window)
    # is the director's
    "inspection.record": P(_DOI, "record inspections"),
    "inspection.void": P(_D, "void inspection findings"),
    # key investment projects under parallel approval: the office keeps them, 督办 is
    # the director's
    "project.manage": P(_DO, "enter and update key projects"),
    "project.supervise": P(_D, "record supervision (督办) of key projects"),
    "project.answer": P(_DO, "record the answer to a supervision"),
    "project.import": P(_DO, "import key projects"),
    "project.export": P(_DO, "export key projects"),
    # hall, calendar, feed, alerts
    "hall.load": P(_D, "load the hall configuration"),
    "hall.export": P(_DO, "export the hall configuration"),
    # the settings tab (系统设置): the hall's layout is the director's; the office keeps
    # the staff roster, the windows' service items and the calendar
    "setup.hall": P(_D, "change the hall's name, hours and floors"),
    "setup.windows": P(_D, "change departments and windows"),
    "setup.services": P(_DO, "change the windows' service items"),
    "setup.staff": P(_DO, "change the staff roster"),
    "setup.checklist": P(_D, "change the inspection checklist"),
    "setup.rules": P(_D, "change alert thresholds, deductions and risk grading"),
    "calendar.set": P(_DO, "enter holidays and make-up working days"),
    # attendance (考勤): the office imports the clock's file and enters leave
    "attendance.import": P(_DO, "import the attendance clock's file"),
    "attendance.leave": P(_DO, "enter leave, business trips and rest days"),
    "attendance.read": P(_DO, "read the attendance"),
    "events.ingest": P(_DO, "feed events into the database"),
    "imports.folder": P(_D, "set the drop folder the vendor exports are imported from"),
    "alert.ack": P(_DO, "acknowledge alerts"),
    # the monthly assessment (月度考评): the reports back to the units are the office's,
    # titles (红旗窗口, 示范岗) the director's
    "assessment.export": P(_DO, "write the monthly reports for the units"),
    "assessment.title": P(_D, "award or withdraw titles (红旗窗口, 示范岗)"),
    # quarterly briefing
    "briefing.note": P(_DO, "change the briefing's text"),
    "briefing.print": P(_DO, "print or save briefings"),
    "briefing.settings": P(_D, "change the briefing's masthead and distribution"),
    # audit log
    "audit.read": P(_DA, "read the audit log"),
    "audit.export": P(_DA, "export the audit log"),
    "audit.verify": P(_DA, "verify the audit chain"),
    # the database (restoring is the director's, checked by app/io/backup.py: the
    # target of a restore is empty, with no audit log to record a refusal in)
    "database.backup": P(_DO, "back up the database"),
    # accounts and their settings
    "account.manage": P(_D, "manage accounts"),
    "account.settings": P(_D, "change the login settings"),
    "account.token": P(_D, "make or revoke command-line tokens"),
}

# What each role sees of the tabs (widgets only; the services above are the guard).
VIEWS: Mapping[str, frozenset[str]] = {
    "live": _DOI,
    "complaints": _DOI,
    "risks": _DOI,
    "inspections": _DOI,
    "briefing": _DO,
    "audit": _DA,
    "settings": _DO,
    "projects": _DO,
    "assessment": _DO,
}

@dataclass(frozen=True)
class Denial:
    actor: str
    role: str
    action: str
    at: float


class PermissionDenied(UserError):
    """A role tried an action the table does not give it."""

    def __init__(self, message: str, denial: Denial) -> None:
        super().__init__(message)
        self.denial = denial


def allows(role: str, action: str) -> bool:
    """Whether ``role`` may take ``action`` (an unknown action is a programming error)."""
    return role in PERMISSIONS[action].roles


def sees(role: str, view: str) -> bool:
    return role in VIEWS.get(view, frozenset())


def roles_for(action: str) -> frozenset[str]:
    return PERMISSIONS[action].roles


def _message(actor: str, role: str, action: str) -> str:
    what = PERMISSIONS[action].what
    if role == NO_ACCOUNT:
        return (f"This database has accounts, and a command line that names none cannot "
                f"{what}: give --user NAME (its password is asked for, or read with "
                "--password-stdin) or --token FILE; the attempt is recorded.")
    if role not in ROLES:
        return f"{role!r} is not a HallDesk role; it cannot {what}."
    allowed = " or ".join(r for r in ROLES if r in PERMISSIONS[action].roles)
    return f"The {role} role cannot {what} (only the {allowed}); the attempt is recorded."


def denied(actor: str, role: str, action: str) -> PermissionDenied:
    """The refusal of ``action`` to ``role``, not yet audited."""
    return PermissionDenied(_message(actor, role, action),
                            Denial(actor, role, action, time.time()))


def require(session: Session, actor: str, role: str, action: str) -> None:
    """Refuse (and, once the transaction ends, audit) ``action`` unless ``role`` may."""
    if allows(role, action):
        return
    refusal = denied(actor, role, action)
    after_end(session, lambda db: record_denials(db, [refusal.denial]))
    raise refusal


def check(db: Database, actor: str, role: str, action: str) -> None:
    """``require`` for a service that has no session open yet."""
    with db.read() as session:
        require(session, actor, role, action)


def record_denials(db: Database, denials: list[Denial]) -> None:
    """Write denials in a transaction of their own (run once the refused transaction
    has rolled back)."""
    from app.security import audit

    with db.write() as session:
        for d in denials:
            detail: dict[str, Any] = {"role": d.role, "action": d.action}
            audit.record(session, d.actor, "access.denied", "permission", d.action, detail,
                         ts=d.at)
