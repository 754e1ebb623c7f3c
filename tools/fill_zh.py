"""Fill the Chinese translations HallDesk ships for its English UI strings.

    python tools/fill_zh.py        # then: python tools/i18n.py release

Keeps every translation already in the .ts file; only unfinished entries whose
source text is known here are filled. Unknown ones are listed so nothing is missed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "halldesk_zh_CN.ts"

ZH = {
    # live hall
    "Long wait": "等候超时",
    "Vacant window": "窗口空岗",
    "Evaluation device off": "评价器未开启",
    "Low evaluation rate": "评价率偏低",
    "Yellow card": "黄牌",
    "Red card": "红牌",
    "Alert": "预警",
    "Window": "窗口",
    "Detail": "详情",
    "Acknowledged": "已确认",
    "Ticket %1 waiting %2 min": "%1 号已等候 %2 分钟",
    "Paused for %1 min": "暂停已 %1 分钟",
    "Closed; it was open on %1": "未开窗(%1 曾开窗)",
    "Off for %1 min": "已关闭 %1 分钟",
    "%1% rated of %2 served": "办结 %2 件,评价率 %1%",
    "Case %1 %2, due %3": "办件 %1 %2,承诺期限 %3",
    "Waiting through the day": "全天等候人数",
    "Hour": "时",
    "Previous working day": "上一工作日",
    "Today": "今日",
    "Served per hour": "每小时办结",
    "Acknowledge": "确认",
    "Queues by department": "各单位排队情况",
    "Floor %1": "%1 楼",
    "List": "列表",
    "Alerts: %1 open, %2 acknowledged": "预警:未处理 %1 条,已确认 %2 条",
    "HallDesk": "政务大厅督查台",
    "Department": "进驻单位",
    "Waiting": "等候",
    "Longest wait (min)": "最长等候(分钟)",
    "Served today": "今日办结",
    "Open": "开窗",
    "Paused": "暂停",
    "Serving": "办理中",
    "Very satisfied": "非常满意",
    "Satisfied": "满意",
    "Fairly satisfied": "基本满意",
    "Dissatisfied": "不满意",
    "Very dissatisfied": "非常不满意",
    "Window %1 — %2": "窗口 %1 — %2",
    "%1 · served %2 · %3 evaluations": "%1 · 办结 %2 件 · 评价 %3 次",
    "Time": "时间",
    "Rating": "评价",
    "Ticket": "号码",
    "Comment": "意见",
    "Case": "办件编号",
    "Item": "事项",
    "Accepted": "受理日期",
    "Due": "承诺期限",
    "Card": "预警牌",
    "Evaluations today": "今日评价",
    "Open cases": "在办件",
    "Served today: %1": "今日办结:%1",
    "%1 alert(s)": "%1 条预警",
    "Today %1": "今日 %1",
    "⊘ device off": "⊘ 评价器关",
    # actions
    "&Refresh now": "立即刷新(&R)",
    "&View": "查看(&V)",
    "Main": "主工具栏",
    # briefing
    "Quarterly briefing": "季度工作简报",
    "Generate": "生成",
    "Print…": "打印…",
    "Save as…": "另存为…",
    "Export per department…": "按部门导出…",
    "Quarter": "季度",
    "Problems and next steps: kept with the quarter and printed in section 7.":
        "存在问题和下步打算：随季度保存，印在简报第七部分。",
    "Save text": "保存文字",
    "Problems and next steps": "存在问题和下步打算",
    "Text saved.": "文字已保存。",
    "The text is unchanged.": "文字未改动。",
    "Generating…": "正在生成…",
    "Briefing of %1 generated.": "%1 简报已生成。",
    "The quarter has no data.": "本季度无数据。",
    "Save the briefing": "保存简报",
    "Saved to %1.": "已保存到 %1。",
    "%1 department briefings written to %2.": "已将 %1 份部门简报写入 %2。",
    "Folder for the department briefings": "部门简报的保存文件夹",
    "Briefing": "简报",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.attrib.get("type") != "unfinished":
            continue
        if source in ZH:
            translation.text = ZH[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no translation yet: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
