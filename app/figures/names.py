"""One word per figure: the name of every figure HallDesk shows, keyed by the figure ids
of docs/spec/figures.md, used by the live tab's tiles, the lobby display and the
briefing, so that a number is called the same wherever a person reads it.

``zh`` is the hall's word (the briefing prints it; the UI's Chinese translation is
made from it, tools/zh_live.py); ``en`` is the UI's source string, translated by Qt
(widgets/figure_names.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureName:
    zh: str
    en: str


NAMES: dict[str, FigureName] = {
    "tickets_issued": FigureName("取号人次", "Tickets issued"),
    "served": FigureName("服务人次", "Citizens served"),
    "abandoned": FigureName("弃号人次", "Tickets abandoned"),
    "waiting_now": FigureName("当前等候", "Waiting now"),
    "avg_wait_s": FigureName("平均等候时长", "Average wait"),
    "max_wait_s": FigureName("最长等候时长", "Longest wait"),
    "avg_service_s": FigureName("平均办理时长", "Average service time"),
    "open_windows": FigureName("开放窗口", "Open windows"),
    "occupancy": FigureName("忙碌率", "Occupancy"),
    "evaluations": FigureName("评价数", "Evaluations"),
    "satisfaction_rate": FigureName("满意率", "Satisfaction"),
    "evaluation_rate": FigureName("评价率", "Evaluation rate"),
    "cases_accepted": FigureName("受理件", "Cases accepted"),
    "cases_completed": FigureName("办结件", "Cases completed"),
    "completion_rate": FigureName("办结率", "Completion rate"),
    "on_time_rate": FigureName("按时办结率", "On-time completion rate"),
    "yellow_cards": FigureName("黄牌", "Yellow cards"),
    "red_cards": FigureName("红牌", "Red cards"),
    "substantiated_complaints": FigureName("属实投诉", "Substantiated complaints"),
    # staff figures (figures.md, Staff); their services and complaints are called
    # 服务人次 and 属实投诉 like the hall's
    "service_s": FigureName("办理总时长", "Total service time"),
    "open_s": FigureName("在岗时长", "Time on duty"),
    "busy_s": FigureName("服务时长", "Time serving"),
    "paused_s": FigureName("暂停时长", "Time paused"),
    "pauses": FigureName("暂停次数", "Pauses"),
    "idle_s": FigureName("空闲时长", "Idle time"),
    "bad": FigureName("差评数", "Bad ratings"),
    "evaluator_off_s": FigureName("评价器关闭时长", "Evaluation device off"),
    "findings": FigureName("巡查问题", "Inspection findings"),
}


def zh(figure: str) -> str:
    """The hall's word for a figure (raises KeyError for an unknown id: a new figure
    gets its name here first)."""
    return NAMES[figure].zh
