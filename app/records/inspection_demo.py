"""The demo hall's inspection rounds: a dozen past floor patrols over the last weeks of
the history (the director's and the duty inspector's), mostly clean, with the
findings a hall sees (badge not worn, device off, chatting, a cluttered desk …), two
windows failing the same item round after round (repeat offenders), one finding
registered in the complaint ledger and one linked to the 服务态度 risk point.

Everything goes through the inspection services (so it is audited), reproducible
from the seed; nothing is added when the database has rounds already.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select

from app.db import Database
from app.hall_time import hall_tz
from app.records import complaints
from app.records import inspection_view as view
from app.records import inspections as svc
from models import InspectionRound, RiskPoint

INSPECTOR = "demo:inspector"
ROUNDS = 12
SPACING_DAYS = 4              # working days between rounds
LINKED_POINT = "LZ-GG-002"    # 服务态度
# How often an item fails at a window on a round, and what the inspector writes.
FAILS = {
    "present": (0.010, ("窗口无人，离岗约十分钟，群众等候。", "午间窗口空岗，未安排替岗。")),
    "badge": (0.025, ("未佩戴工作牌，工作牌放在抽屉内。", "工作牌挂在椅背上，未佩戴。")),
    "evaluator": (0.020, ("评价器未开启，当场提醒后开启。", "评价器屏幕朝内，群众无法评价。")),
    "attitude": (0.006, ("对咨询群众答复不耐烦，语气生硬。",)),
    "entertainment": (0.008, ("工作时间用手机看视频。", "电脑上开着购物网站。")),
    "chatting": (0.015, ("两名工作人员在窗口内聊天，群众在旁等候。",)),
    "snacks": (0.010, ("窗口内吃零食。",)),
    "quarrel": (0.002, ("与群众因材料问题发生争执，声音较大。",)),
    "tidy": (0.030, ("台面堆放私人物品和杂物。", "资料摆放凌乱，告知单缺失。")),
}
# (window position in walking order, item): failed on most rounds this quarter.
REPEATERS = ((4, "badge"), (17, "evaluator"))
# Findings worth a risk-register link (the first) and a ledger entry (the next).
SERIOUS = ("attitude", "quarrel", "present", "entertainment")


def add_demo_rounds(db: Database, *, seed: int, actor: str, days: list[dt.date]) -> int:
    """Walk the demo hall on every ``SPACING_DAYS``-th of the last working ``days``;
    the number of rounds added."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(InspectionRound)):
            return 0
        tz = hall_tz(session)
        stops = view.stops(session)
        checklist = {i.key for i in view.checklist(session)}
        has_point = session.scalar(select(RiskPoint.id).where(
            RiskPoint.code == LINKED_POINT)) is not None
    if not stops or not days:
        return 0
    rng = random.Random(seed * 7919 + 6)
    chosen = days[::-1][1:ROUNDS * SPACING_DAYS:SPACING_DAYS][::-1]
    floors = sorted({s.floor for s in stops})
    complaint: int | None = None
    linked = opened = False
    for n, day in enumerate(chosen):
        who, role = (actor, "director") if n % 3 == 0 else (INSPECTOR, "inspector")
        # Every third round walks the whole hall, the others one floor each.
        floor = None if n % 3 == 0 else floors[n % len(floors)]
        walk = [(i, s) for i, s in enumerate(stops) if floor is None or s.floor == floor]
        start = dt.datetime.combine(day, dt.time(9 + n % 6, 10 + rng.randint(0, 30)), tz)
        t = start.timestamp()
        with db.write() as session:
            rid = svc.start_round(session, actor=who, role=role, now=t).id
            for position, stop in walk:
                t += rng.uniform(50, 110)
                for key, (chance, notes) in FAILS.items():
                    repeat = (position, key) in REPEATERS and rng.random() < 0.8
                    if key in checklist and (repeat or rng.random() < chance):
                        found = svc.record(session, rid, stop.code, key, outcome="fail",
                                           note=rng.choice(notes), actor=who, role=role,
                                           now=t, seen=(None, None))
                        if found is not None and key in SERIOUS and not linked:
                            if has_point:
                                svc.link_risk(session, found.id, LINKED_POINT,
                                              "巡查发现服务态度问题，纳入风险点跟踪。",
                                              actor=who, role=role, now=t + 30)
                            linked = True
                        elif found is not None and key in SERIOUS and complaint is None:
                            complaint = found.id
                svc.pass_rest(session, rid, stop.code, actor=who, role=role, now=t + 20)
            svc.finish(session, rid, actor=who, role=role, now=t + 120)
            if complaint is not None and not opened:
                entry = svc.open_complaint(session, complaint, actor=actor, role="director",
                                           now=t + 300)
                # The office starts verifying at once (the demo ledger, worked before the
                # rounds, does not take up entries registered after it).
                complaints.apply_step(session, "verify", complaints.StepRequest(
                    entry.id, note="巡查发现，转办公室核实。"), actor=actor, role="director",
                    now=t + 400)
                opened = True
    return len(chosen)
