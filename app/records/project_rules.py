"""The rules of parallel approval (docs/spec/records.md, Key projects): stages, states,
dependencies, due dates on working days, and where an item stands once a window's
case is linked to it. Pure functions; the services in ``projects.py`` apply them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.calendar import WorkCalendar
from app.errors import UserError

STAGES = {1: "立项", 2: "用地", 3: "规划", 4: "施工许可"}
# Project status: 在办 (under approval), 已开工 (construction started), 暂停, 终止.
ACTIVE, STARTED, PAUSED, ENDED = "active", "started", "paused", "ended"
STATUS_LABELS = {ACTIVE: "在办", STARTED: "已开工", PAUSED: "暂停", ENDED: "终止"}
# Item states: 未启动 → 办理中 → 已办结, or 退回补正 (missing materials) and a new start.
PENDING, RUNNING, RETURNED, DONE = "pending", "active", "returned", "done"
STATE_LABELS = {PENDING: "未启动", RUNNING: "办理中", RETURNED: "退回补正", DONE: "已办结"}
DUE_SOON_WORKDAYS = 2          # an item due within this many working days is flagged
MAX_DAYS = 365                 # a time limit above a year of working days is a typo


def stage_key(value: object) -> int | None:
    """1–4 or the stage's name (立项, 用地, 规划, 施工许可) → the stage number."""
    text = str(value).strip() if value is not None else ""
    for number, name in STAGES.items():
        if text in (str(number), name):
            return number
    return None


def label_key(labels: Mapping[str, str], value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    for key, label in labels.items():
        if text in (key, label):
            return key
    return None


def check_days(value: object, what: str) -> int:
    """Working days as a whole number (``5`` or ``5个工作日``), 0–365."""
    text = str(value).strip() if value is not None else ""
    for suffix in ("个工作日", "工作日", "天", "日"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
    try:
        days = int(float(text)) if text and float(text) == int(float(text)) else -1
    except (ValueError, OverflowError):
        days = -1
    if not 0 <= days <= MAX_DAYS:
        raise UserError(f"{what} {value!r} is not a number of working days from 0 to "
                        f"{MAX_DAYS}.")
    return days


@dataclass(frozen=True)
class ItemPlan:
    """What a dependency check needs of an item."""

    key: str
    stage: int
    depends_on: tuple[str, ...]


def check_dependencies(items: Iterable[ItemPlan], project: str) -> None:
    """Each dependency names an item of the same project, never itself, never an item
    of a later stage, and the dependencies form no loop."""
    plans = {p.key: p for p in items}
    for p in plans.values():
        for dep in p.depends_on:
            if dep == p.key:
                raise UserError(f"The item {p.key} of project {project} depends on itself.")
            if dep not in plans:
                raise UserError(f"The item {p.key} of project {project} depends on {dep}, "
                                f"which is not an item of this project.")
            if plans[dep].stage > p.stage:
                raise UserError(f"The item {p.key} ({STAGES[p.stage]}) of project {project} "
                                f"depends on {dep} of a later stage "
                                f"({STAGES[plans[dep].stage]}).")
    state: dict[str, int] = {}            # 1 visiting, 2 done

    def visit(key: str, path: list[str]) -> None:
        if state.get(key) == 2:
            return
        if state.get(key) == 1:
            loop = " → ".join([*path[path.index(key):], key])
            raise UserError(f"The items of project {project} depend on each other in a "
                            f"loop: {loop}.")
        state[key] = 1
        for dep in plans[key].depends_on:
            visit(dep, [*path, key])
        state[key] = 2

    for key in plans:
        visit(key, [])


def due_date(calendar: WorkCalendar, started_on: dt.date | None, days: int) -> dt.date | None:
    """The item's due date: ``days`` working days after it started."""
    return None if started_on is None else calendar.add_workdays(started_on, days)


@dataclass(frozen=True)
class CaseState:
    """A linked case of the feed, as far as it went."""

    accepted_on: dt.date
    completed_on: dt.date | None


def effective(state: str, started_on: dt.date | None, done_on: dt.date | None,
              case: CaseState | None) -> tuple[str, dt.date | None, dt.date | None]:
    """Where an item stands: a linked case that the window accepted moves it to 办理中
    (from the case's acceptance) and one it completed to 已办结, without anyone typing
    it; an item returned for corrections after its case was accepted stays returned
    until the case completes."""
    if case is None:
        return state, started_on, done_on
    if case.completed_on is not None:
        return DONE, started_on or case.accepted_on, case.completed_on
    if state in (PENDING,):
        return RUNNING, case.accepted_on, None
    return state, started_on or case.accepted_on, done_on


def flag(state: str, due: dt.date | None, today: dt.date, calendar: WorkCalendar) -> str:
    """``overdue`` (past its due date), ``due_soon`` (within 2 working days) or ``""``
    for an item under way; done and waiting items are never flagged."""
    if state not in (RUNNING, RETURNED) or due is None:
        return ""
    if today > due:
        return "overdue"
    if due <= calendar.add_workdays(today, DUE_SOON_WORKDAYS):
        return "due_soon"
    return ""


def can_start(depends_on: Iterable[str], states: Mapping[str, str]) -> list[str]:
    """The dependencies not yet done (empty: the item may start)."""
    return [d for d in depends_on if states.get(d) != DONE]


@dataclass(frozen=True)
class TemplateItem:
    key: str
    name: str
    department: str
    stage: int
    depends_on: tuple[str, ...]
    promised: int
    legal: int


def load_templates(text: str | None = None) -> dict[str, list[TemplateItem]]:
    """The project types and their usual items: ``text`` (the office's own, kept in the
    settings) or resources/project_templates.toml. A malformed one is refused in one
    sentence naming the type and item."""
    import tomllib
    from importlib import resources

    raw = text if text is not None else (
        resources.files("resources") / "project_templates.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"The project templates cannot be read: {exc}.") from None
    out: dict[str, list[TemplateItem]] = {}
    for n, kind in enumerate(data.get("types", []), 1):
        try:
            name = str(kind["name"]).strip()
            items = []
            for m, i in enumerate(kind.get("items", []), 1):
                where = f"item {m} of project type {name}"
                stage = stage_key(i["stage"])
                if stage is None:
                    raise UserError(f"The stage {i['stage']!r} of {where} is not 1–4.")
                items.append(TemplateItem(
                    str(i["key"]), str(i["name"]), str(i["department"]), stage,
                    tuple(str(d) for d in i.get("depends_on", [])),
                    check_days(i["promised"], f"The promised limit of {where}"),
                    check_days(i["legal"], f"The legal limit of {where}")))
        except KeyError as exc:
            raise UserError(f"Project type {n} of the templates lacks the key {exc}.") from None
        except (TypeError, AttributeError):
            raise UserError(f"Project type {n} of the templates is not written as a "
                            "[[types]] table with [[types.items]].") from None
        if not name or name in out:
            raise UserError(f"Project type {n} of the templates has an empty or repeated "
                            "name.")
        check_dependencies([ItemPlan(i.key, i.stage, i.depends_on) for i in items],
                           f"type {name}")
        out[name] = items
    if not out:
        raise UserError("The project templates define no project type.")
    return out
