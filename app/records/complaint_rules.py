"""The complaint ledger's rules (docs/spec/records.md): sources, states, the steps allowed
between them and by whom, overdue flags, masking of personal data, field checks.

Pure functions and constants; the services in ``complaints.py`` apply them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from app import masking
from app.errors import UserError
from app.security.permissions import AUDITOR, DIRECTOR, INSPECTOR, OFFICE, allows, roles_for

__all__ = ["AUDITOR", "DIRECTOR", "INSPECTOR", "OFFICE"]

SOURCES = ("evaluation", "hotline", "phone", "letter", "web", "in_person", "inspection")
# Sources a person registers by hand; evaluation entries open themselves on ingest.
MANUAL_SOURCES = ("hotline", "phone", "letter", "web", "in_person", "inspection")
SOURCE_LABELS = {"evaluation": "评价器", "hotline": "12345热线", "phone": "电话",
                 "letter": "来信", "web": "网上", "in_person": "现场", "inspection": "巡查"}

REGISTERED, VERIFYING, APPEALED = "registered", "verifying", "appealed"
SUBSTANTIATED, UNSUBSTANTIATED = "substantiated", "unsubstantiated"
RECTIFYING, FOLLOWED_UP, CLOSED, VOIDED = "rectifying", "followed_up", "closed", "voided"
STATES = (REGISTERED, VERIFYING, APPEALED, SUBSTANTIATED, UNSUBSTANTIATED, RECTIFYING,
          FOLLOWED_UP, CLOSED, VOIDED)
STATE_LABELS = {REGISTERED: "已登记", VERIFYING: "核实中", APPEALED: "申诉中",
                SUBSTANTIATED: "属实", UNSUBSTANTIATED: "不属实", RECTIFYING: "整改中",
                FOLLOWED_UP: "已回访", CLOSED: "已办结", VOIDED: "已作废"}

# Verification is due until a conclusion is reached; rectification until the follow-up.
VERIFY_PENDING = frozenset({REGISTERED, VERIFYING, APPEALED})
RECTIFY_PENDING = frozenset({SUBSTANTIATED, RECTIFYING})

# The fields a step may ask for.
NOTE, FINDING, RECTIFICATION, FOLLOW_UP, WINDOW, SATISFACTION = (
    "note", "finding", "rectification", "follow_up", "window", "satisfaction")

# The citizen's satisfaction with the handling, asked at the follow-up call (回访).
# Dissatisfied reopens the rectification instead of letting the entry close.
SATISFIED, BASICALLY_SATISFIED, DISSATISFIED = "satisfied", "basically_satisfied", "dissatisfied"
SATISFACTIONS = (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED)
SATISFACTION_LABELS = {SATISFIED: "满意", BASICALLY_SATISFIED: "基本满意",
                       DISSATISFIED: "不满意"}
# The history's name for a follow-up that found the citizen dissatisfied.
REOPEN = "reopen"


def check_satisfaction(value: str | None) -> str:
    """A satisfaction key (the Chinese label is accepted too)."""
    text = (value or "").strip()
    for key, label in SATISFACTION_LABELS.items():
        if text in (key, label):
            return key
    raise UserError("The citizen's satisfaction at the follow-up must be one of "
                    f"{', '.join(SATISFACTION_LABELS.values())}.")

RATING_WORDS = {1: "非常不满意", 2: "不满意"}


@dataclass(frozen=True)
class Action:
    """One step of the state machine: from which states, to which, what it needs."""

    key: str
    from_states: frozenset[str]
    to_state: str
    needs: tuple[str, ...]
    roles: frozenset[str]
    evaluation_only: bool = False


def _step(key: str, from_states: frozenset[str], to_state: str, needs: tuple[str, ...],
          evaluation_only: bool = False) -> Action:
    """A step whose roles are those of ``complaint.<key>`` in the permission table."""
    return Action(key, from_states, to_state, needs, roles_for(f"complaint.{key}"),
                  evaluation_only)


ACTIONS: dict[str, Action] = {a.key: a for a in (
    _step("verify", frozenset({REGISTERED}), VERIFYING, ()),
    _step("substantiate", frozenset({VERIFYING}), SUBSTANTIATED, (WINDOW, FINDING)),
    _step("unsubstantiate", frozenset({VERIFYING}), UNSUBSTANTIATED, (FINDING,)),
    # A window appeals (申诉) a bad evaluation; the office records it on its behalf.
    _step("appeal", frozenset({REGISTERED, VERIFYING}), APPEALED, (NOTE,),
          evaluation_only=True),
    # The director's ruling (复核): the evaluation stands, or the appeal is accepted.
    _step("uphold", frozenset({APPEALED}), VERIFYING, (NOTE,)),
    _step("accept_appeal", frozenset({APPEALED}), UNSUBSTANTIATED, (FINDING,)),
    _step("rectify", frozenset({SUBSTANTIATED}), RECTIFYING, (RECTIFICATION,)),
    # A dissatisfied citizen sends the entry back to rectifying (apply_steps).
    _step("follow_up", frozenset({RECTIFYING}), FOLLOWED_UP, (FOLLOW_UP, SATISFACTION)),
    _step("close", frozenset({FOLLOWED_UP, UNSUBSTANTIATED}), CLOSED, ()),
    _step("void", frozenset(set(STATES) - {VOIDED}), VOIDED, (NOTE,)),
)}
REGISTER_ROLES = roles_for("complaint.register")
CORRECT_ROLES = roles_for("complaint.correct")
IMPORT_ROLES = roles_for("complaint.import")


def allowed_actions(state: str, source: str, role: str, substantiated: bool) -> list[str]:
    """The steps ``role`` may take on an entry in ``state``, in workflow order."""
    return [a.key for a in ACTIONS.values()
            if state in a.from_states and role in a.roles
            and (not a.evaluation_only or source == "evaluation")
            and not (a.key == "void" and substantiated
                     and not allows(role, "complaint.void_substantiated"))]


def is_overdue(state: str, verify_due: dt.date, rectify_due: dt.date | None,
               today: dt.date) -> bool:
    """Past the verification or rectification deadline and not yet past that stage."""
    if state in VERIFY_PENDING:
        return today > verify_due
    if state in RECTIFY_PENDING and rectify_due is not None:
        return today > rectify_due
    return False


def on_substantiated_path(state: str, rectification: str | None) -> bool:
    """Whether an entry was found substantiated (a closed one had a rectification)."""
    if state in (SUBSTANTIATED, RECTIFYING, FOLLOWED_UP):
        return True
    return state == CLOSED and bool(rectification)


# -- personal data -----------------------------------------------------------------
# The masks are app/masking's (one place for every output); re-exported here for the
# ledger's callers.
mask_name = masking.mask_name
mask_phone = masking.mask_phone


def shown_text(text: str | None, name: str | None, phone: str | None, role: str) -> str:
    """Free text of an entry as ``role`` may see it: the citizen's name and phone and
    every phone or ID number masked, unless the role sees personal data."""
    if sees_personal_data(role):
        return text or ""
    return masking.mask_text(text, (name,), (phone,), public=False, collapse=False)


def sees_personal_data(role: str) -> bool:
    return allows(role, "complaint.unmasked")


def shown_name(name: str | None, role: str) -> str:
    return (name or "") if sees_personal_data(role) else mask_name(name)


def shown_phone(phone: str | None, role: str) -> str:
    return (phone or "") if sees_personal_data(role) else mask_phone(phone)


# -- field checks (one sentence naming the field) ------------------------------------
MAX_TEXT = 2000
MAX_NAME = 50
PHONE_RE = re.compile(r"^[0-9+\-() ]{5,20}$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Issue:
    """Why a value cannot be stored: a kind (the UI translates it) and its details."""

    kind: str
    args: tuple[int | str, ...] = ()

    PHRASES: ClassVar[dict[str, str]] = {
        "too_long": "too long ({0} characters; at most {1})",
        "control": "not plain text (it contains control characters)",
        "masked": "masked (it contains *)",
        "bad_phone": "not a phone number (5–20 digits, spaces, +, - or brackets)",
    }

    def phrase(self) -> str:
        """The issue as a phrase that follows "is"."""
        return self.PHRASES[self.kind].format(*self.args)


def text_issue(text: str, limit: int = MAX_TEXT) -> Issue | None:
    """Why a (stripped, non-empty) text cannot be stored."""
    if len(text) > limit:
        return Issue("too_long", (len(text), limit))
    if CONTROL_RE.search(text):
        return Issue("control")
    return None


def text_problem(text: str, limit: int = MAX_TEXT) -> str | None:
    """``text_issue`` as a phrase that follows "is" (None when the text is fine)."""
    issue = text_issue(text, limit)
    return issue.phrase() if issue else None


def name_issue(name: str) -> Issue | None:
    return Issue("masked") if "*" in name else text_issue(name, MAX_NAME)


def phone_issue(phone: str) -> Issue | None:
    if "*" in phone:
        return Issue("masked")
    if not PHONE_RE.match(phone) or sum(ch.isdigit() for ch in phone) < 5:
        return Issue("bad_phone")
    return None


def check_text(value: str | None, what: str, *, required: bool,
               limit: int = MAX_TEXT) -> str | None:
    """A free-text field, stripped; None when empty and not required."""
    text = (value or "").strip()
    if not text:
        if required:
            raise UserError(f"{what} is empty; it must be filled in.")
        return None
    issue = text_issue(text, limit)
    if issue:
        raise UserError(f"{what} is {issue.phrase()}.")
    return text


def check_name(value: str | None) -> str | None:
    name = (value or "").strip()
    issue = name_issue(name) if name else None
    if issue:
        raise UserError(f"The citizen's name {name!r} is {issue.phrase()}.")
    return name or None


def check_phone(value: str | None) -> str | None:
    phone = (value or "").strip()
    issue = phone_issue(phone) if phone else None
    if issue:
        raise UserError(f"The phone number {phone!r} is {issue.phrase()}.")
    return phone or None
