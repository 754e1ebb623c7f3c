"""Chinese for the risk register's import report and the ledger's recounted
deadlines (tools/fill_zh.py)."""

ZH = {
    "The cell is empty; it must be filled in.": "此项为空，必须填写。",
    "The code is empty; fill it in, e.g. LZ-SH-003.": "编号为空，请填写，如 LZ-SH-003。",
    "Not a code like LZ-SH-003 (letters and digits in up to four parts joined by hyphens).":
        "编号格式不符，应如 LZ-SH-003（字母和数字，至多四段，以连字符连接）。",
    "Not a category; use one of %1.": "不是有效的类别，请填写 %1 之一。",
    "Not a risk type; use one of %1.": "不是有效的风险类型，请填写 %1 之一。",
    "Not a phase; use one of %1.": "不是有效的阶段，请填写 %1 之一。",
    "Not a whole number from 1 to 5.": "应为 1 至 5 的整数。",
    "Not a department of the hall; give its code or name, or %1.":
        "不是本中心的进驻单位，请填写单位编码或名称，或填写 %1。",
    "Not a date: use a spreadsheet date or YYYY-MM-DD.":
        "不是日期，请使用表格日期或 YYYY-MM-DD 格式。",
    "Not a grade; use 一级, 二级 or 三级.": "不是有效的风险等级，请填写一级、二级或三级。",
    "An escalation reason is given, but %1 is the grade of the score %2.":
        "填写了升级理由，但 %1 就是分值 %2 对应的等级。",
    "The score %1 gives %2; %3 needs its reason in the %4 column.":
        "分值 %1 对应%2；定为%3须在“%4”列填写理由。",
    "The score %1 gives %2; a grade can be escalated by one at most.":
        "分值 %1 对应%2；等级至多上调一级。",
    "The code is used twice (first in row %1).": "编号重复（首次出现在第 %1 行）。",
    "The point was retired from the register.": "该风险点已从台账中撤销。",
    "The point is in the register already with other values (%1); change it in the "
    "application.":
        "该风险点已在台账中，但内容不同（%1）；请在程序中修改。",
    "Deadline recounted (calendar)": "期限重算（工作日调整）",
    "Verification due": "核实期限",
    "Rectification due": "整改期限",
    "%1 was refused; nothing was imported.": "%1 被拒绝，未导入任何内容。",
}
