"""Chinese translations of the 考评 tab's strings (widgets/assessment/)."""

ZH = {
    "Monthly assessment": "考评",
    "Red board": "红榜", "Black board": "黑榜", "Month": "月份",
    "Export unit reports…": "导出各单位…", "Award title…": "评定称号…",
    "Withdraw title…": "撤销称号…", "Rank": "排名", "Unit": "单位", "Served": "服务人次",
    "Deducted": "扣分", "Score": "得分", "Board": "红黑榜", "Titles": "称号",
    "Staff no.": "工号", "Avg service (min)": "平均办理(分钟)", "Late": "迟到",
    "Left early": "早退", "Punch missing": "缺卡", "Absent": "旷工",
    "The assessment cannot be counted: %1": "无法计算考评：%1",
    "%1 staff ranked, %2 windows ranked": "参加排名：人员 %1 名，窗口 %2 个",
    ("No attendance was imported for %1: attendance shows no data (nobody is counted "
     "absent). Import the clock's export first."):
        "%1 未导入考勤记录：考勤显示为无数据（不按旷工计）。请先导入考勤机导出的文件。",
    "Staff scores": "人员得分", "Window scores": "窗口得分",
    "no attendance imported": "未导入考勤", "choose a person to see the attendance":
        "选择一名人员查看其考勤",
    "score %1, rank %2": "得分 %1，排名 %2",
    "score %1, not ranked (no service this month)": "得分 %1，未参加排名（本月无服务记录）",
    ("%1 served, average %2 min, idle %3 min, %4 pauses (%5 min), evaluation rate %6, "
     "%7 bad ratings, evaluation device off %8 min, %9 substantiated complaints, %10 "
     "inspection findings"):
        ("服务 %1 人次，平均办理 %2 分钟，空闲 %3 分钟，暂停 %4 次（%5 分钟），评价率 %6，"
         "差评 %7 个，评价器关闭 %8 分钟，属实投诉 %9 件，巡查问题 %10 个"),
    "substantiated complaints from bad evaluations": "差评引起的属实投诉",
    "other substantiated complaints": "其他属实投诉", "inspection findings": "巡查问题",
    "red-card cases": "红牌办件", "late arrivals": "迟到", "early departures": "早退",
    "missing punches": "缺卡", "days absent": "旷工",
    "Folder for the unit reports": "各单位报告的保存文件夹",
    "Writing the unit reports…": "正在生成各单位报告…",
    "%1 files for %2 units written to %3": "已为 %2 个单位生成 %1 个文件，保存在 %3",
    "Choose a ranked window or person first: titles are awarded from the ranking.":
        "请先选择一个参加排名的窗口或人员：称号从排名中评定。",
    "No titles are held for %1.": "%1 没有已评定的称号。",
    "Withdraw title": "撤销称号", "Title": "称号", "Why is it withdrawn?": "撤销理由：",
    "Mon": "一", "Tue": "二", "Wed": "三", "Thu": "四", "Fri": "五", "Sat": "六",
    "Sun": "日", "(axis from %1)": "（纵轴自 %1 起）", "Nobody ranked this month":
        "本月无人参加排名",
    "Award title": "评定称号", "Holder": "获得者",
    "Month %1": "月度（%1）", "Quarter %1": "季度（%1）",
    "For": "期间", "Note": "说明",
    "Import clock file…": "导入考勤…", "Enter leave…": "登记请假…",
    "Import the clock's export": "导入考勤机导出文件",
    "Clock exports (*.xlsx *.xls *.csv)": "考勤导出文件 (*.xlsx *.xls *.csv)",
    "Importing %1…": "正在导入 %1…", "%1 punches added, %2 already there":
        "新增打卡记录 %1 条，已有 %2 条",
    "Choose a person in the staff table first.": "请先在人员表中选择一人。",
    "Enter leave": "登记请假", "From": "自", "To": "至", "Kind": "类型",
    "on time": "正常", "late": "迟到", "left early": "早退", "punch missing": "缺卡",
    "absent": "旷工", "leave": "请假", "rest day": "休息日", "no record": "无记录",
}
