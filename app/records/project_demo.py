"""The demo hall's key projects: the six pilot projects of the reports (耀华宜家,
迪诺雅家具, …) entered from the project templates over the demo's history, their items
worked through stage by stage (some on time, some late), and a 督办 on the latest
overdue item. Written through the services, so every step is audited like a real one."""

from __future__ import annotations

import datetime as dt
import json
import random
import time

from sqlalchemy import func, select

from app.calendar import WorkCalendar
from app.db import Database
from app.hall_time import hall_tz
from app.records import project_rules as rules
from app.records import projects as svc
from app.records.project_view import projects
from app.security.permissions import DIRECTOR
from models import Department, Project, ProjectItem

PILOTS = (("XM-2026-01", "耀华宜家家居广场", "耀华宜家(中国)有限公司", 52000.0, "商业项目"),
          ("XM-2026-02", "迪诺雅家具生产基地", "迪诺雅家具有限公司", 18000.0, "工业项目"),
          ("XM-2026-03", "恒通物流园二期", "恒通物流集团", 26000.0, "工业项目"),
          ("XM-2026-04", "新材料产业园标准厂房", "区产业发展投资公司", 31000.0, "工业项目"),
          ("XM-2026-05", "滨河商业综合体", "滨河置业有限公司", 45000.0, "商业项目"),
          ("XM-2026-06", "精密机械零部件项目", "华精机械股份有限公司", 9800.0, "工业项目"))
LEADS = ("王建国", "李红", "张卫东", "刘洋", "陈静", "赵志强")


def add_demo_projects(db: Database, *, seed: int, actor: str, end: dt.date) -> int:
    """The pilot projects, once (a database that has projects is left alone); the
    number added. Template items whose department the hall lacks are left out."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Project)):
            return 0
        calendar = WorkCalendar.load(session)
        codes = set(session.scalars(select(Department.code)
                                    .where(Department.retired.is_(False))))
    templates = rules.load_templates()
    rng = random.Random(seed * 104729 + 20)
    added = 0
    # the steps are entered "now", or at the end of a past demo's last day
    with db.read() as session:
        tz = hall_tz(session)
    now = min(time.time(), dt.datetime.combine(end, dt.time(17), tz).timestamp())
    for n, (code, name, investor, amount, kind) in enumerate(PILOTS):
        start = calendar.add_workdays(end - dt.timedelta(days=110 - 18 * n), 0)
        items = [t for t in templates[kind] if t.department in codes]
        keys = {t.key for t in items}
        if not items:
            continue
        spec = svc.ProjectSpec(code=code, name=name, start_date=start, investor=investor,
                               amount=amount, lead=LEADS[n], kind=kind, items=[
            svc.ItemSpec(key=t.key, name=t.name, department=t.department, stage=t.stage,
                         promised_days=t.promised, legal_days=t.legal,
                         depends_on=[d for d in t.depends_on if d in keys]) for t in items])
        with db.write() as session:
            pid = svc.create_project(session, spec, actor=actor, role=DIRECTOR, now=now).id
        if _work_through(db, pid, start, end, calendar, rng, actor, now):
            with db.write() as session:     # every approval given: construction starts
                svc.set_status(session, pid, rules.STARTED, "", actor=actor, role=DIRECTOR,
                               now=now)
        added += 1
    _supervise_latest(db, end, actor, now)
    return added


def _work_through(db: Database, pid: int, start: dt.date, end: dt.date,
                  calendar: WorkCalendar, rng: random.Random, actor: str, now: float) -> bool:
    """Start each item the working day after what it waits for is done; it takes from
    half of its promised time to a little over it; what would end after ``end`` is
    left under way (and may be late). Whether every item was done."""
    with db.read() as session:
        items = list(session.scalars(select(ProjectItem).where(ProjectItem.project_id == pid)
                                     .order_by(ProjectItem.stage, ProjectItem.key)))
    done: dict[str, dt.date] = {}
    for item in items:
        deps = [d for d in _deps(item) if d in {i.key for i in items}]
        if any(d not in done for d in deps):
            continue
        begin = max([start, *(calendar.add_workdays(done[d], 1) for d in deps)])
        if begin >= end:
            continue
        with db.write() as session:
            svc.start_item(session, item.id, begin, actor=actor, role=DIRECTOR, now=now)
        took = max(0, round(item.promised_days * rng.uniform(0.5, 1.5)))
        finish = calendar.add_workdays(begin, took)
        if finish < end:
            with db.write() as session:
                svc.complete_item(session, item.id, finish, actor=actor, role=DIRECTOR,
                                  now=now)
            done[item.key] = finish
    return len(done) == len(items)


def _deps(item: ProjectItem) -> list[str]:
    return list(json.loads(item.depends_on))


def _supervise_latest(db: Database, end: dt.date, actor: str, now: float) -> None:
    with db.read() as session:
        late = [(p, i) for p in projects(session, end) for i in p.overdue]
    if not late:
        return
    p, item = max(late, key=lambda pi: pi[1].overdue_days)
    with db.write() as session:
        svc.supervise(session, p.id, item.id, f"{item.department}负责人",
                      f"{item.name}已超承诺时限{item.overdue_days}个工作日，请说明原因并于三个"
                      "工作日内办结。", end + dt.timedelta(days=3), actor=actor,
                      role=DIRECTOR, now=now)
