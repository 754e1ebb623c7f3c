"""Chinese translations of the live tab's strings (widgets/overview/, widgets/figure_names.py)
and of the inspection tab's start panel. The figures' names come from their one table,
app/figures/names.py, so the UI says what the briefing and the display say."""

import sys
from pathlib import Path

# fill_zh.py runs this file with exec (no __file__): the code's own file name says where
sys.path.insert(0, str(Path(sys._getframe().f_code.co_filename).resolve().parent.parent))
from app.figures.names import NAMES

ZH = {name.en: name.zh for name in NAMES.values()}
ZH.update({
    "%1 today": "今日%1",
    "%1 yesterday": "昨日%1",
    "%1: %2": "%1 %2",
    "%1: %2 min": "%1 %2 分钟",
    "%1-%2 %3": "%1月%2日%3",
    # the live tab
    "%1 (min)": "%1(分钟)",
    "Whole hall": "全馆",
    "Acknowledge the selected alerts (a group row: all of its alerts)":
        "确认所选预警(选中一组即确认该组全部预警)",
    "Show acknowledged": "显示已确认",
    "%1 min": "%1 分钟",
    "%1 h %2 min": "%1 小时 %2 分钟",
    "%1 working days overdue": "逾期 %1 个工作日",
    "Lasted": "持续",
    "%1 of them": "其中 %1 条",
    "R": "红",
    "Y": "黄",
    "W": "等",
    "E": "评",
    "red card": "红牌",
    "yellow card": "黄牌",
    "long wait": "等候超时",
    "device off": "评价器未开",
    "other alert": "其他预警",
    "F%1": "%1楼",
    "%1′": "%1分",
    "Red cards: %1": "红牌 %1 件",
    "Yellow cards: %1": "黄牌 %1 件",
    "Red card %1": "红牌 %1",
    "Yellow card %1": "黄牌 %1",
    "Long wait in its queue": "本部门排队等候超时",
    "Open alerts: %1": "未处理预警 %1 条",
    "Citizens served per hour": "每小时服务人次",
    # the inspection tab's start panel
    "At a glance": "概况",
    "No inspection round yet.": "尚无巡查记录。",
    "Last round %1 by %2, %3: %4 windows visited, %5 findings":
        "最近一轮 %1:%2,%3,巡查窗口 %4 个,发现问题 %5 项",
    "Every window was inspected this quarter.": "本季度所有窗口均已巡查。",
    "Not inspected this quarter (%1): %2": "本季度未巡查的窗口(%1 个):%2",
    # complaint sources
    "12345 hotline": "12345热线",
})
