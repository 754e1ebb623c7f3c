"""Key project services: enter a project with its approval items, start, complete and
return items, link a window's case, change the project's status, record 督办 and
their answers.

Every function works inside the caller's write transaction (``with db.write()``),
never commits, checks the permission table, and writes a history step and an audit
entry with the change. Nothing is deleted. A change given the revision a screen
showed is refused when someone else changed the project since.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.records import project_rules as rules
from app.records.conflict import check_revision
from app.records.risks import department_lookup
from app.security import audit
from app.security.permissions import require
from models import Project, ProjectItem, ProjectStep, Supervision

MAX_TEXT = 200
MAX_NOTE = 2000
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


@dataclass
class ItemSpec:
    key: str
    name: str
    department: str
    stage: int | str
    promised_days: int | str
    legal_days: int | str
    depends_on: Sequence[str] = ()
    case_no: str = ""
    state: str = rules.PENDING
    started_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass
class ProjectSpec:
    code: str
    name: str
    start_date: dt.date
    investor: str = ""
    amount: float | None = None
    lead: str = ""
    status: str = rules.ACTIVE
    kind: str = ""
    items: list[ItemSpec] = field(default_factory=list)


def _text(value: object, what: str, *, required: bool, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if any(ord(c) < 32 and c not in "\t\n" for c in text) or "\x7f" in text:
        raise UserError(f"{what} contains control characters.")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise UserError(f"{what} contains a broken character (a lone surrogate).")
    if required and not text:
        raise UserError(f"{what} is empty.")
    if len(text) > limit:
        raise UserError(f"{what} is longer than {limit} characters.")
    return text


def check_day(day: object, what: str) -> dt.date:
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise UserError(f"{what} {day!r} is not a date.")
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UserError(f"{what} {day.isoformat()} is outside 2000–2100.")
    return day


@dataclass(frozen=True)
class _Item:
    key: str
    name: str
    department_id: int
    stage: int
    depends_on: tuple[str, ...]
    promised: int
    legal: int
    case_no: str | None
    state: str
    started_on: dt.date | None
    done_on: dt.date | None


def check_project(session: Session, spec: ProjectSpec) -> tuple[dict[str, Any], list[_Item]]:
    """The project and its items checked and converted; the first problem raises a
    one-sentence ``UserError`` naming the project and item."""
    code = _text(spec.code, "The project code", required=True, limit=64)
    start = check_day(spec.start_date, f"The start date of project {code}")
    values: dict[str, Any] = {
        "code": code,
        "name": _text(spec.name, f"The name of project {code}", required=True),
        "investor": _text(spec.investor, f"The investor of project {code}", required=False),
        "lead": _text(spec.lead, f"The lead officer of project {code}", required=False,
                      limit=100),
        "start_date": start,
        "kind": _text(spec.kind, f"The type of project {code}", required=False, limit=64),
    }
    status = rules.label_key(rules.STATUS_LABELS, spec.status)
    if status is None:
        raise UserError(f"The status {spec.status!r} of project {code} is not one of "
                        f"{'、'.join(rules.STATUS_LABELS.values())}.")
    values["status"] = status
    if spec.amount is not None and not (0 <= float(spec.amount) < 1e9):
        raise UserError(f"The amount {spec.amount!r} of project {code} is not a sum of "
                        "万元 from 0.")
    values["amount"] = None if spec.amount is None else float(spec.amount)
    if not spec.items:
        raise UserError(f"Project {code} has no approval items.")
    departments = department_lookup(session)
    items: list[_Item] = []
    seen: set[str] = set()
    for it in spec.items:
        key = _text(it.key, f"An item key of project {code}", required=True, limit=32)
        where = f"item {key} of project {code}"
        if key in seen:
            raise UserError(f"The item key {key} is used twice in project {code}.")
        seen.add(key)
        dept = departments.get(_text(it.department, f"The department of {where}",
                                     required=True))
        if dept is None:
            raise UserError(f"The department {it.department!r} of {where} is not a "
                            "department of the hall.")
        stage = rules.stage_key(it.stage)
        if stage is None:
            raise UserError(f"The stage {it.stage!r} of {where} is not one of "
                            f"{'、'.join(rules.STAGES.values())}.")
        state = rules.label_key(rules.STATE_LABELS, it.state)
        if state is None:
            raise UserError(f"The state {it.state!r} of {where} is not one of "
                            f"{'、'.join(rules.STATE_LABELS.values())}.")
        started = None if it.started_on is None else check_day(
            it.started_on, f"The start of {where}")
        done = None if it.done_on is None else check_day(it.done_on, f"The completion of "
                                                                     f"{where}")
        if started is not None and started < start:
            raise UserError(f"The start {started.isoformat()} of {where} is before the "
                            f"project's start {start.isoformat()}.")
        if done is not None and (started is None or done < started):
            raise UserError(f"The completion {done.isoformat()} of {where} is before its "
                            "start (or it has none).")
        if state in (rules.RUNNING, rules.RETURNED, rules.DONE) and started is None:
            raise UserError(f"The {where} is {rules.STATE_LABELS[state]} but has no start "
                            "date.")
        if state == rules.DONE and done is None:
            raise UserError(f"The {where} is 已办结 but has no completion date.")
        deps = tuple(d.strip() for d in it.depends_on if d and d.strip())
        items.append(_Item(
            key=key, name=_text(it.name, f"The name of {where}", required=True),
            department_id=dept, stage=stage, depends_on=deps,
            promised=rules.check_days(it.promised_days, f"The promised time limit of {where}"),
            legal=rules.check_days(it.legal_days, f"The legal time limit of {where}"),
            case_no=_text(it.case_no, f"The case number of {where}", required=False,
                          limit=64) or None,
            state=state, started_on=started, done_on=done))
    rules.check_dependencies(
        [rules.ItemPlan(i.key, i.stage, i.depends_on) for i in items], code)
    for i in items:
        if i.promised > i.legal:
            raise UserError(f"The promised time limit of item {i.key} of project {code} "
                            f"({i.promised} working days) is above its legal one ({i.legal}).")
    return values, items


def _step(session: Session, project: Project, actor: str, action: str, now: float, *,
          item: ProjectItem | None = None, note: str = "",
          changes: Mapping[str, Any] | None = None) -> None:
    project.revision += 1
    project.updated_at = now
    session.add(ProjectStep(project_id=project.id, item_id=None if item is None else item.id,
                            at=now, actor=actor, action=action, note=note,
                            changes=None if changes is None else json.dumps(
                                changes, ensure_ascii=False, default=str)))
    detail: dict[str, Any] = {"project": project.code, **(changes or {})}
    if item is not None:
        detail["item"] = item.key
    if note:
        detail["note"] = note
    audit.record(session, actor, f"project.{action}", "project", project.code, detail,
                 ts=now)


def create_project(session: Session, spec: ProjectSpec, *, actor: str, role: str,
                   now: float) -> Project:
    require(session, actor, role, "project.manage")
    values, items = check_project(session, spec)
    if session.scalar(select(Project.id).where(Project.code == values["code"])) is not None:
        raise UserError(f"A project with the code {values['code']} exists already.")
    project = Project(**values, revision=0, created_at=now, updated_at=now)
    session.add(project)
    session.flush()
    for i in items:
        session.add(ProjectItem(
            project_id=project.id, key=i.key, name=i.name, department_id=i.department_id,
            stage=i.stage, depends_on=json.dumps(list(i.depends_on), ensure_ascii=False),
            promised_days=i.promised, legal_days=i.legal, case_no=i.case_no, state=i.state,
            started_on=i.started_on, done_on=i.done_on, missing=""))
    session.flush()
    _step(session, project, actor, "create", now, changes={
        "name": project.name, "items": [i.key for i in items]})
    return project


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise UserError(f"There is no project {project_id}.")
    return project


def _item(session: Session, item_id: int) -> tuple[Project, ProjectItem]:
    item = session.get(ProjectItem, item_id)
    if item is None:
        raise UserError(f"There is no approval item {item_id}.")
    return _project(session, item.project_id), item


def _checked(session: Session, project: Project, revision: int | None) -> None:
    check_revision(session, "The project", project, revision, ProjectStep,
                   ProjectStep.project_id)
    if project.status == rules.ENDED:
        raise UserError(f"Project {project.code} is 终止; it cannot be changed.")


def item_states(session: Session, project_id: int) -> dict[str, str]:
    """Each item's key → where it stands, linked cases counted."""
    from app.records.project_view import case_states

    rows = session.scalars(select(ProjectItem).where(ProjectItem.project_id == project_id))
    items = list(rows)
    cases = case_states(session, [i.case_no for i in items if i.case_no])
    return {i.key: rules.effective(i.state, i.started_on, i.done_on,
                                   cases.get(i.case_no or ""))[0] for i in items}


def start_item(session: Session, item_id: int, on: dt.date, *, actor: str, role: str,
               now: float, revision: int | None = None) -> ProjectItem:
    """未启动 or 退回补正 → 办理中, once every item it depends on is done."""
    require(session, actor, role, "project.manage")
    project, item = _item(session, item_id)
    _checked(session, project, revision)
    on = check_day(on, f"The start of item {item.key}")
    states = item_states(session, project.id)
    if states[item.key] not in (rules.PENDING, rules.RETURNED):
        raise UserError(f"Item {item.key} of project {project.code} is "
                        f"{rules.STATE_LABELS[states[item.key]]}; only an item not started "
                        "or returned for corrections can start.")
    waiting = rules.can_start(json.loads(item.depends_on), states)
    if waiting:
        raise UserError(f"Item {item.key} of project {project.code} waits for "
                        f"{', '.join(waiting)}, not yet done.")
    if on < project.start_date:
        raise UserError(f"The start {on.isoformat()} of item {item.key} is before the "
                        f"project's start {project.start_date.isoformat()}.")
    before = item.state
    item.state, item.started_on, item.done_on = rules.RUNNING, on, None
    _step(session, project, actor, "start" if before == rules.PENDING else "restart", now,
          item=item, changes={"started_on": on.isoformat()})
    return item


def complete_item(session: Session, item_id: int, on: dt.date, *, actor: str, role: str,
                  now: float, revision: int | None = None) -> ProjectItem:
    require(session, actor, role, "project.manage")
    project, item = _item(session, item_id)
    _checked(session, project, revision)
    on = check_day(on, f"The completion of item {item.key}")
    if item.state != rules.RUNNING or item.started_on is None:
        raise UserError(f"Item {item.key} of project {project.code} is "
                        f"{rules.STATE_LABELS[item.state]}; only an item under way can be "
                        "completed.")
    if on < item.started_on:
        raise UserError(f"The completion {on.isoformat()} of item {item.key} is before its "
                        f"start {item.started_on.isoformat()}.")
    item.state, item.done_on = rules.DONE, on
    _step(session, project, actor, "complete", now, item=item,
          changes={"done_on": on.isoformat()})
    return item


def return_item(session: Session, item_id: int, missing: str, *, actor: str, role: str,
                now: float, revision: int | None = None) -> ProjectItem:
    """办理中 → 退回补正, naming the missing materials; a new start follows."""
    require(session, actor, role, "project.manage")
    project, item = _item(session, item_id)
    _checked(session, project, revision)
    text = _text(missing, "The missing materials", required=True, limit=MAX_NOTE)
    if item.state != rules.RUNNING:
        raise UserError(f"Item {item.key} of project {project.code} is "
                        f"{rules.STATE_LABELS[item.state]}; only an item under way can be "
                        "returned for corrections.")
    item.state, item.missing = rules.RETURNED, text
    _step(session, project, actor, "return", now, item=item, note=text)
    return item


def link_case(session: Session, item_id: int, case_no: str, *, actor: str, role: str,
              now: float, revision: int | None = None) -> ProjectItem:
    """The window's case number of an item: from then on the feed moves the item."""
    require(session, actor, role, "project.manage")
    project, item = _item(session, item_id)
    _checked(session, project, revision)
    number = _text(case_no, "The case number", required=True, limit=64)
    other = session.scalar(select(ProjectItem.id).where(ProjectItem.case_no == number,
                                                        ProjectItem.id != item.id))
    if other is not None:
        raise UserError(f"The case {number} is linked to another approval item already.")
    before = item.case_no
    item.case_no = number
    _step(session, project, actor, "link_case", now, item=item,
          changes={"case_no": number, "before": before})
    return item


def set_status(session: Session, project_id: int, status: str, note: str, *, actor: str,
               role: str, now: float, revision: int | None = None) -> Project:
    require(session, actor, role, "project.manage")
    project = _project(session, project_id)
    check_revision(session, "The project", project, revision, ProjectStep,
                   ProjectStep.project_id)
    key = rules.label_key(rules.STATUS_LABELS, status)
    if key is None:
        raise UserError(f"The status {status!r} is not one of "
                        f"{'、'.join(rules.STATUS_LABELS.values())}.")
    text = _text(note, "The reason", required=key in (rules.PAUSED, rules.ENDED),
                 limit=MAX_NOTE)
    before, project.status = project.status, key
    _step(session, project, actor, "status", now, note=text,
          changes={"status": key, "before": before})
    return project


def supervise(session: Session, project_id: int, item_id: int | None, to_whom: str,
              what: str, by_date: dt.date, *, actor: str, role: str,
              now: float) -> Supervision:
    """A 督办: to whom, what, by when (the director's)."""
    require(session, actor, role, "project.supervise")
    project = _project(session, project_id)
    if item_id is not None:
        owner, item = _item(session, item_id)
        if owner.id != project.id:
            raise UserError(f"Item {item.key} is not an item of project {project.code}.")
    sup = Supervision(project_id=project.id, item_id=item_id, at=now, actor=actor,
                      to_whom=_text(to_whom, "To whom", required=True),
                      what=_text(what, "What is asked", required=True, limit=MAX_NOTE),
                      by_date=check_day(by_date, "The date asked for"))
    session.add(sup)
    session.flush()
    item_obj = None if item_id is None else session.get(ProjectItem, item_id)
    _step(session, project, actor, "supervise", now, item=item_obj, note=sup.what,
          changes={"to": sup.to_whom, "by": sup.by_date.isoformat(), "id": sup.id})
    return sup


def answer(session: Session, supervision_id: int, text: str, *, actor: str, role: str,
           now: float) -> Supervision:
    require(session, actor, role, "project.answer")
    sup = session.get(Supervision, supervision_id)
    if sup is None:
        raise UserError(f"There is no supervision {supervision_id}.")
    if sup.answer is not None:
        raise UserError(f"The supervision {supervision_id} has its answer already.")
    sup.answer = _text(text, "The answer", required=True, limit=MAX_NOTE)
    sup.answered_at, sup.answered_by = now, actor
    _step(session, _project(session, sup.project_id), actor, "answer", now, note=sup.answer,
          changes={"id": sup.id})
    return sup


TEMPLATES_KEY = "project_templates"


def templates_text(session: Session) -> str:
    """The office's own project templates (TOML), or the shipped ones."""
    from importlib import resources

    from models import Setting

    raw = session.scalar(select(Setting.value).where(Setting.key == TEMPLATES_KEY))
    if raw is not None:
        return str(json.loads(raw)["toml"])
    return (resources.files("resources") / "project_templates.toml").read_text(
        encoding="utf-8")


def templates(session: Session) -> dict[str, list[rules.TemplateItem]]:
    return rules.load_templates(templates_text(session))


def store_templates(session: Session, text: str, *, actor: str, role: str,
                    now: float) -> dict[str, list[rules.TemplateItem]]:
    """The office's own templates, checked (every department a department of the hall)
    and kept in the settings; audited with the types they define."""
    from app.config import store_setting

    require(session, actor, role, "project.manage")
    found = rules.load_templates(text)
    departments = department_lookup(session)
    for kind, items in found.items():
        for i in items:
            if departments.get(i.department) is None:
                raise UserError(f"The department {i.department!r} of item {i.key} of project "
                                f"type {kind} is not a department of the hall.")
    store_setting(session, TEMPLATES_KEY, {"toml": text})
    audit.record(session, actor, "project.templates", "setting", TEMPLATES_KEY,
                 {"types": {k: [i.key for i in v] for k, v in found.items()}}, ts=now)
    return found
