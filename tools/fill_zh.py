"""Fill the Chinese translations HallDesk ships for its English UI strings.

    python tools/fill_zh.py        # then: python tools/i18n.py release

Keeps every translation already in the .ts file; only unfinished entries whose
source text is known here (or in a ``tools/zh_*.py`` next to this file) are filled.
Unknown ones are listed so nothing is missed.
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
    # risk register
    "Risk register": "廉政风险点",
    "Code": "编号",
    "Category": "类别",
    "Risk type": "风险类型",
    "Post": "岗位",
    "Procedure": "程序环节",
    "Risk description": "风险描述",
    "L": "概率",
    "I": "影响",
    "Grade": "等级",
    "Responsible": "责任人",
    "Phase": "阶段",
    "Approved": "审定",
    "Next review": "下次评估",
    "Attention": "提示",
    "review overdue": "逾期未评估",
    "substantiated complaint": "关联属实投诉",
    "awaiting approval": "待审定",
    "All": "全部",
    "All categories": "全部类别",
    "All risk types": "全部风险类型",
    "All grades": "全部等级",
    "All phases": "全部阶段",
    "All departments": "全部责任单位",
    "Needs attention": "需关注",
    "Review overdue": "逾期未评估",
    "Substantiated complaint": "关联属实投诉",
    "Awaiting approval": "待审定",
    "Due for review": "待评估",
    "Clear filters": "清除筛选",
    "New point": "新增风险点",
    "Responsible unit": "责任单位",
    "Edit": "修改",
    "Escalate": "升级",
    "Approve": "审定",
    "Record review": "登记评估",
    "Link complaint/finding": "关联投诉/巡查问题",
    "Retire": "撤销",
    "Import…": "导入…",
    "Export…": "导出…",
    "Category × grade": "类别 × 等级",
    "Likelihood × impact": "发生概率 × 影响程度",
    "The register cannot be read: %1": "无法读取风险点登记表:%1",
    "%1 of %2 points shown, %3 need attention": "显示 %1 / %2 条风险点,%3 条需关注",
    "Likelihood %1 × impact %2": "发生概率 %1 × 影响程度 %2",
    "Nothing was changed: %1": "未作任何修改:%1",
    "Choose a point in the table first.": "请先在表格中选择一条风险点。",
    "Escalate %1": "升级 %1",
    "Why is this point one grade higher than its score?": "升级理由(比分值对应等级高一级的原因):",
    "Review %1": "评估 %1",
    "Conclusion of the review (评估):": "评估结论:",
    "Retire %1": "撤销 %1",
    "Why does this point leave the register?": "撤销理由:",
    "Import the risk register": "导入廉政风险点登记表",
    "Spreadsheets (*.xlsx)": "电子表格 (*.xlsx)",
    "%1 points imported, %2 already in the register": "导入 %1 条风险点,%2 条已在登记表中",
    "Export the risk register": "导出廉政风险点登记表",
    "Exported to %1": "已导出到 %1",
    "Points by category and grade; click a cell to list them":
        "按类别和等级统计;点击单元格查看对应风险点",
    "Likelihood (rows) × impact (columns); click a cell to list its points":
        "发生概率(行)× 影响程度(列);点击单元格查看对应风险点",
    "Risk point": "风险点",
    "Likelihood (1–5)": "发生概率(1–5)",
    "Impact (1–5)": "影响程度(1–5)",
    "Control measures": "防控措施",
    "Responsible person": "责任人",
    "%1 (score %2)": "%1(分值 %2)",
    "Link a complaint or a finding": "关联投诉或巡查问题",
    "Complaint": "投诉",
    "Inspection finding": "巡查问题",
    "Kind": "类型",
    "Complaint or finding": "投诉或巡查问题",
    "Note": "备注",
    "(escalated: %1)": "(已升级:%1)",
    "Approved by %1 on %2": "%1 于 %2 审定",
    "Awaiting approval (审定)": "待审定",
    "Score %1 × %2 = %3, grade %4": "分值 %1 × %2 = %3,%4",
    "Links": "关联",
    "History": "记录",
}


def _all_translations() -> dict[str, str]:
    """ZH above plus ``ZH`` of every ``tools/zh_*.py`` (one file per feature, so
    branches adding tabs do not all edit this one dictionary)."""
    merged = dict(ZH)
    for path in sorted(Path(__file__).resolve().parent.glob("zh_*.py")):
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
        extra = namespace.get("ZH")
        if isinstance(extra, dict):
            merged.update(extra)
    return merged


def main() -> int:
    known = _all_translations()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.attrib.get("type") != "unfinished":
            continue
        if source in known:
            translation.text = known[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no translation yet: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
