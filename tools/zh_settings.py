"""Chinese for the settings tab (系统设置, issue #15)."""

ZH = {
    # the tab and its panes
    "Settings": "系统设置",
    "Hall": "大厅",
    "Departments and windows": "单位与窗口",
    "Staff roster": "人员名册",
    "Inspection checklist": "巡查项目",
    "Rules": "规则参数",
    "Accounts": "账户",
    "Working-day calendar": "工作日历",
    "Save": "保存",
    "yes": "是",
    "Your role may not change this; it is shown read-only.": "您的角色无权修改此项，仅供查看。",
    "The %1 working-day calendar is not entered yet: due dates count Monday–Friday. "
    "Enter it in Settings → Working-day calendar.":
        "%1 年工作日历尚未录入：期限暂按周一至周五计算。请在“系统设置 → 工作日历”中录入。",
    # hall
    "Hall name": "大厅名称",
    "Issuing unit": "发文单位",
    "e.g. 区政务服务管理办公室 (printed on the briefing)": "如：区政务服务管理办公室（印在简报上）",
    "Time zone": "时区",
    "Monday": "周一", "Tuesday": "周二", "Wednesday": "周三", "Thursday": "周四",
    "Friday": "周五", "Saturday": "周六", "Sunday": "周日",
    "opens": "开门", "closes": "关门", "Lunch break": "午休", "from": "自", "to": "至",
    "Opening hours": "办公时间",
    "Floor": "楼层", "Name": "名称", "Add floor": "添加楼层", "Remove floor": "删除楼层",
    "Floors": "楼层",
    # departments and windows
    "Code": "代码", "Department": "进驻单位", "Windows": "窗口", "Staff": "人员",
    "Retired": "已停用", "Label": "名称", "Place": "位置", "Service items": "办理事项",
    "Add department…": "添加单位…", "Rename…": "改名…", "Retire / reinstate": "停用 / 恢复",
    "Add window…": "添加窗口…", "Change / move…": "修改 / 调整…", "Service items…": "办理事项…",
    "Departments": "进驻单位", "Floor plan of floor": "楼层平面图：",
    "New department": "新增单位", "Rename %1": "%1 改名",
    "One service item a line, e.g. 企业设立登记": "每行一个事项，如：企业设立登记",
    "Service items of %1": "%1 的办理事项", "Items": "事项",
    "on the floor plan": "放在平面图上", "New window": "新增窗口", "Window %1": "窗口 %1",
    "Row": "行", "Column": "列", "Add a department first.": "请先添加进驻单位。",
    # staff
    "Staff number": "工号", "On duty": "上岗日期", "Off duty": "离岗日期",
    "Add…": "添加…", "Change…": "修改…", "Import spreadsheet…": "导入表格…",
    "Export spreadsheet…": "导出表格…", "window codes, e.g. W01、W02": "窗口代码，如 W01、W02",
    "Staff member": "工作人员", "%1 staff added, %2 changed.": "新增 %1 人，修改 %2 人。",
    "Import staff": "导入人员", "Export staff": "导出人员",
    # checklist
    "Order": "顺序", "Key": "键", "Deduction": "扣分", "Up": "上移", "Down": "下移",
    "Checklist item": "巡查项目", "Checklist": "巡查项目",
    # rules
    "Live alert thresholds": "实时预警阈值", "Assessment deductions": "考核扣分",
    "Complaint deadlines": "投诉办理时限", "Risk grading and review": "风险等级与复核",
    "Login and session security": "登录与会话安全",
    "Long wait after": "等候超时", "Paused window vacant after": "暂停空岗超过",
    "Evaluation device off after": "评价器关闭超过", "Low evaluation rate below": "评价率低于",
    "… once a window has served": "……窗口办结达到", "Substantiated bad evaluation": "差评属实",
    "Other substantiated complaint": "其他投诉属实",
    "Inspection finding (default)": "巡查发现问题（默认）", "Red card": "红牌",
    "Verification within": "核实时限", "Rectification within": "整改时限",
    "一级 from score": "一级起始分值", "二级 from score": "二级起始分值",
    "Review 一级 every": "一级复核周期", "Review 二级 every": "二级复核周期",
    "Review 三级 every": "三级复核周期", "Due notice ahead": "到期提前提示",
    "Monthly assessment": "月度考评", "Each day late": "迟到每次扣分",
    "Each day left early": "早退每次扣分", "Each punch missing": "缺卡每次扣分",
    "Each day absent": "旷工每天扣分", "Red board places": "红榜名额",
    "Black board places": "黑榜名额", "places": "名",
    "The monthly assessment of every month shown or written from now on.":
        "此后显示或导出的每个月的月度考评。",
    "The red and black boards of every month shown or written from now on.":
        "此后显示或导出的每个月的红榜和黑榜。",
    "Attendance": "考勤", "Late after opening plus": "上班后迟到宽限",
    "Early before closing less": "下班前早退宽限",
    "The attendance of every month shown from now on.": "此后显示的每个月的考勤。",
    "Failed logins that lock": "连续登录失败锁定次数", "Lock for": "锁定时长",
    "Idle lock after": "闲置锁定", "Password expires after": "密码有效期",
    "min": "分钟", "cases": "件", "points": "分", "working days": "个工作日", "score": "分",
    "days": "天", "logins": "次",
    "Live alerts from the next refresh; past alerts stay.":
        "下次刷新起作用于实时预警；已有预警不变。",
    "The assessment of every period shown or printed from now on (counted when shown, past "
    "quarters included).": "此后显示或打印的各期考核（显示时计算，含以往季度）。",
    "default %1": "默认 %1", "Saved; applies from now on.": "已保存，即时生效。",
    # accounts
    "Account": "账户", "Role": "角色", "Last login": "最近登录", "State": "状态",
    "Change role…": "更改角色…", "Reset password…": "重置密码…",
    "Disable / enable": "停用 / 启用", "disabled": "已停用", "locked until %1": "锁定至 %1",
    "active; password to change at next login": "正常；下次登录须改密码", "active": "正常",
    "Only the director manages accounts.": "账户仅由主任管理。",
    "Enter the account name.": "请输入账户名。", "New account": "新增账户",
    "Role of %1": "%1 的角色", "New password for %1": "%1 的新密码",
    "Password": "密码",
    "Repeat password": "再次输入密码",
    "The two passwords differ.": "两次输入的密码不一致。",
    # calendar
    "Year": "年份", "休 holiday": "休（节假日）", "班 make-up working day": "班（调休上班）",
    "e.g. 春节": "如：春节",
    "Preview": "预览",
    "Enter the days": "录入",
    "Import file…": "导入文件…",
    "Export file…": "导出文件…", "Enter a range": "按日期范围录入", "From": "自", "To": "至",
    "Kind": "类型", "Note": "说明",
    "Red: holiday · 班: make-up working day · blue text: entered by the office · others from "
    "the official calendar":
        "红色：节假日 · 班：调休上班 · 蓝字：本单位录入 · 其余取自国家公布的日历",
    "%1: the official calendar covers this year.": "%1 年：已含国家公布的节假日安排。",
    "%1: not in the official calendar; %2 days entered by the office.":
        "%1 年：国家日历未含该年；本单位已录入 %2 天。",
    "%1: not in the official calendar and nothing entered yet — Monday to Friday is assumed. "
    "Enter the State Council's holidays here.":
        "%1 年：国家日历未含该年，且尚未录入——暂按周一至周五计算。"
        "请在此录入国务院公布的节假日安排。",
    "%1 month": "%1 月",
    "Entered %1 days: %2 case due dates and %3 complaint deadlines were counted again.":
        "已录入 %1 天：重新计算了 %2 个办件承诺期限和 %3 个投诉时限。",
    "Entering %1 days would count again %2 case due dates and %3 complaint deadlines.":
        "录入这 %1 天将重新计算 %2 个办件承诺期限和 %3 个投诉时限。",
    "Calendar": "工作日历", "Import calendar": "导入工作日历", "Export calendar": "导出工作日历",
    "Service windows": "服务窗口",
    "The next review date of points of this grade, counted from their last review.":
        "该等级风险点的下次复核日期，自上次复核起算。",
    "The grade of risk points scored or rescored from now on.":
        "此后评分或重新评分的风险点的等级。",
    "The deduction of checklist items added later without their own.":
        "此后新增且未设扣分的巡查项目的扣分。",
    "Complaints registered from now on; open deadlines keep theirs.":
        "此后登记的投诉；已有时限不变。",
    "Complaints found substantiated from now on.": "此后认定属实的投诉。",
    "When a point shows as due for review.": "风险点提示待复核的时间。",
    "The next failed logins.": "此后的登录失败。",
    "Accounts locked from now on.": "此后锁定的账户。",
    "Sessions opened from now on.": "此后开启的会话。",
    "The next login of every account (0: passwords never expire).":
        "各账户的下次登录（0：密码永不过期）。",
    "Full name": "姓名",
    "Served windows": "所在窗口",
    "Choose a window in the list, then double-click a free cell to place it there.":
        "先在列表中选中窗口，再双击平面图上的空格把它放到那里。",
    "entered by the office": "本单位录入",
    "official calendar": "国务院公布",
}
