"""The demo hall's complaint ledger: the entries bad evaluations opened during the
demo history are worked through as an office would (verified the next working day,
concluded within the deadline, rectified, followed up, closed; a few appealed and
ruled on; a few left overdue), and a handful of complaints by phone, letter, web and
in person are registered. Everything goes through the ledger's services (so it is
audited) and is reproducible from the seed; running it again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

from sqlalchemy import select

from app.calendar import WorkCalendar
from app.db import Database
from app.hall_time import hall_tz
from app.records import complaints as svc
from app.records.complaint_rules import DIRECTOR
from models import Complaint, Window

SUBSTANTIATED = ("经电话回访核实，窗口人员解释政策不够耐心，属实。",
                 "调取录像核实，群众等候期间窗口人员离岗约十分钟，属实。",
                 "核实：未一次性告知所需材料，群众往返两次，属实。",
                 "经核实，窗口人员答复态度生硬，属实。")
# Complaints by phone, letter, web or in person are about many things, not one service.
SUBSTANTIATED_OTHER = ("经调查核实，反映情况属实。", "经核实，反映问题基本属实。")
UNSUBSTANTIATED = ("电话回访，群众表示误按评价器，不属实。",
                   "调取录像核实，窗口按规定办理，群众对政策规定本身不满，不属实。",
                   "经核实，系统故障导致等候较长，非窗口人员原因，不属实。")
RECTIFICATIONS = ("对当事人批评教育，在科室例会上通报。",
                  "重新学习一次性告知制度，修订办事告知单。",
                  "调整午间轮岗安排，确保窗口不空岗。")
FOLLOW_UPS = ("电话回访，群众对整改结果表示满意。", "回访群众，表示基本满意。")
FOLLOW_UP_SATISFACTION = dict(zip(FOLLOW_UPS, ("satisfied", "basically_satisfied"),
                                  strict=True))
APPEALS = ("窗口申诉：评价人系误按评价器。", "窗口申诉：该群众因不符合办理条件而恶意差评。")
UPHELD = "复核：录像显示服务确有不足，维持评价，继续核实。"
ACCEPTED = "复核：申诉成立，评价系误按，不计入考核。"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
GIVEN = ("建国", "秀英", "志强", "丽华", "小明", "海燕", "文博", "桂兰", "子涵", "春生")
# Complaints that do not come from an evaluation device, by source: the 12345 hotline's
# transfers most, then phone, web, in person and letters (docs/demo.md).
MANUAL_TEXTS = {
    "hotline": ("12345热线转来：反映办理社保转移时窗口要求提供的材料与网上公布的不一致。",
                "12345热线转来：反映不动产登记承诺时限已过仍未办结。",
                "12345热线转来：反映公积金提取窗口午休时间无人值守。",
                "12345热线转来：反映交警窗口工作人员态度恶劣。"),
    "phone": ("来电反映上午在窗口排队一个多小时，窗口只开了一个。",
              "来电反映窗口工作人员答复前后不一致。"),
    "web": ("网上留言：网上预约后到现场仍需重新取号排队。", "网上留言：大厅自助机经常故障。"),
    "in_person": ("现场投诉：窗口人员办理业务时接听私人电话。",
                  "现场投诉：工作人员未佩戴工作牌，无法确认身份。",
                  "现场投诉：办理营业执照被要求重复提交材料。"),
    "letter": ("来信反映不动产登记窗口工作人员办事拖拉，承诺时限已过仍未办结。",
               "来信反映窗口收费未出具票据。", "来信建议大厅增加老年人绿色通道。"),
}
MANUAL_WEIGHTS = (("hotline", 0.35), ("phone", 0.2), ("web", 0.2), ("in_person", 0.15),
                  ("letter", 0.1))
MANUAL_PER_DAY = 0.25           # one such complaint every four working days


@dataclass
class _Plan:
    """The steps the demo office takes, batched by step in workflow order."""

    steps: dict[str, list[svc.StepRequest]] = field(default_factory=dict)

    def add(self, action: str, request: svc.StepRequest) -> None:
        self.steps.setdefault(action, []).append(request)


ORDER = ("verify", "appeal", "uphold", "accept_appeal", "substantiate", "unsubstantiate",
         "rectify", "follow_up", "close")


def _rng(seed: int, key: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}|complaint|{key}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _plan_entry(plan: _Plan, cid: int, registered: dt.date, rng: random.Random,
                calendar: WorkCalendar, end: dt.date, tz: dt.tzinfo,
                window: str | None, appealable: bool) -> None:
    """Plan one entry's steps up to ``end`` (exclusive), each on a working day;
    ``window`` is named on substantiation (for an entry that names none yet); only an
    entry from an evaluation is ``appealable`` and gets findings about a service."""
    findings = SUBSTANTIATED if appealable else SUBSTANTIATED_OTHER
    def at(day: dt.date) -> float:
        hour = 9 + rng.random() * 7.5
        return dt.datetime.combine(day, dt.time(int(hour), int(hour % 1 * 60)), tz).timestamp()

    def later(day: dt.date, low: int, high: int) -> dt.date | None:
        nxt = calendar.add_workdays(day, rng.randint(low, high))
        return nxt if nxt < end else None

    day = later(registered, 1, 1)
    if day is None or rng.random() < 0.03:        # never verified: overdue
        return
    plan.add("verify", svc.StepRequest(cid, at=at(day)))
    if appealable and rng.random() < 0.08:
        day = later(day, 0, 1)
        if day is None:
            return
        plan.add("appeal", svc.StepRequest(cid, note=rng.choice(APPEALS), at=at(day)))
        day = later(day, 1, 2)
        if day is None:
            return
        if rng.random() < 0.5:
            plan.add("accept_appeal", svc.StepRequest(cid, finding=ACCEPTED, at=at(day)))
            substantiated = False
        else:
            plan.add("uphold", svc.StepRequest(cid, note=UPHELD, at=at(day)))
            day = later(day, 0, 1)
            if day is None:
                return
            substantiated = True
            plan.add("substantiate", svc.StepRequest(
                cid, finding=rng.choice(findings), window=window, at=at(day)))
    else:
        day = later(day, 0, 2)
        if day is None:
            return
        substantiated = rng.random() < 0.42
        if substantiated:
            plan.add("substantiate", svc.StepRequest(
                cid, finding=rng.choice(findings), window=window, at=at(day)))
        else:
            plan.add("unsubstantiate", svc.StepRequest(
                cid, finding=rng.choice(UNSUBSTANTIATED), at=at(day)))
    if substantiated:
        day = later(day, 1, 2)
        if day is None:
            return
        plan.add("rectify", svc.StepRequest(cid, rectification=rng.choice(RECTIFICATIONS),
                                            at=at(day)))
        day = later(day, 4, 17) if rng.random() > 0.05 else None   # a few run late
        if day is None:
            return
        said = rng.choice(FOLLOW_UPS)
        plan.add("follow_up", svc.StepRequest(
            cid, follow_up=said, satisfaction=FOLLOW_UP_SATISFACTION[said], at=at(day)))
    day = later(day, 1, 2)
    if day is not None:
        plan.add("close", svc.StepRequest(cid, at=at(day)))


def _register_manual(db: Database, seed: int, actor: str, days: list[dt.date],
                     tz: dt.tzinfo) -> None:
    with db.read() as session:
        if session.scalar(select(Complaint.id).where(Complaint.source != "evaluation")
                          .limit(1)) is not None:
            return
        windows = list(session.scalars(select(Window.code).where(Window.retired.is_(False))
                                       .order_by(Window.code)))
    if not days or not windows:
        return
    count = max(len(MANUAL_WEIGHTS), round(len(days) * MANUAL_PER_DAY))
    sources = [source for source, _w in MANUAL_WEIGHTS]
    weights = [w for _s, w in MANUAL_WEIGHTS]
    with db.write() as session:
        for i in range(count):
            rng = _rng(seed, f"manual-{i}")
            # every source at least once, then as the weights say
            source = sources[i] if i < len(sources) else rng.choices(sources, weights)[0]
            content = rng.choice(MANUAL_TEXTS[source])
            day = days[min(len(days) - 1, int(len(days) * (i + rng.random()) / count))]
            when = dt.datetime.combine(day, dt.time(9 + rng.randint(0, 7), rng.randint(0, 59)),
                                       tz).timestamp()
            svc.register(session, source=source, content=content, registered_at=when,
                         window=rng.choice(windows) if rng.random() < 0.85 else None,
                         citizen_name=rng.choice(SURNAMES) + rng.choice(GIVEN),
                         citizen_phone=f"1{rng.choice('358')}{rng.randint(0, 999999999):09d}",
                         actor=actor, role=DIRECTOR, now=when + 60)


def add_demo_complaints(db: Database, *, seed: int, actor: str, end: dt.date,
                        days: list[dt.date]) -> int:
    """Register the demo's own complaints and work the ledger up to ``end``;
    returns how many steps were taken."""
    with db.read() as session:
        tz = hall_tz(session)
        calendar = WorkCalendar.load(session)
    _register_manual(db, seed, actor, days, tz)
    with db.read() as session:
        waiting = session.execute(select(Complaint.id, Complaint.code, Complaint.registered_on,
                                         Complaint.window_id, Complaint.source)
                                  .where(Complaint.state == "registered")
                                  .order_by(Complaint.id)).all()
        windows = list(session.scalars(select(Window.code).where(Window.retired.is_(False))
                                       .order_by(Window.code)))
    plan = _Plan()
    for cid, code, registered, window_id, source in waiting:
        rng = _rng(seed, code)
        window = rng.choice(windows) if window_id is None and windows else None
        _plan_entry(plan, cid, registered, rng, calendar, end, tz, window,
                    appealable=source == "evaluation")
    taken = 0
    for action in ORDER:
        requests = plan.steps.get(action, [])
        if requests:
            with db.write() as session:
                svc.apply_steps(session, action, requests, actor=actor, role=DIRECTOR,
                                now=max(r.at or 0.0 for r in requests))
            taken += len(requests)
    return taken

