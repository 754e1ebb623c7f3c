"""Chinese for the accounts, login, roles and audit viewer strings (issue #8, items 1–3)."""

ZH = {
    # menus and status bar
    "Change &password…": "修改密码(&P)…",
    "&Log out": "注销(&L)",
    "Account: %1 (%2)": "账户：%1（%2）",
    "DEMO — %1, logged in automatically": "演示 — %1，已自动登录",
    "Password changed.": "密码已修改。",
    "director": "主任",
    "office": "办公室",
    "inspector": "巡查员",
    "auditor": "审计员",
    # login and the idle lock
    "HallDesk — log in": "政务大厅督查台 — 登录",
    "HallDesk — session locked": "政务大厅督查台 — 会话已锁定",
    "政务大厅督查台 HallDesk": "政务大厅督查台 HallDesk",
    "The session was locked after a time without use. Enter your password to go on.":
        "长时间未操作，会话已锁定。请输入密码继续。",
    "Account": "账户",
    "Password": "密码",
    "Log in": "登录",
    "Unlock": "解锁",
    "Quit": "退出",
    "Enter the account name and the password.": "请输入账户名和密码。",
    "The account name or the password is wrong.": "账户名或密码错误。",
    "This account is locked until %1 after too many failed logins; wait, or ask the "
    "director to unlock it.": "登录失败次数过多，该账户已锁定至 %1；请稍候，或请主任解锁。",
    "Too many failed logins: this account is locked for %1 minutes.":
        "登录失败次数过多：该账户已锁定 %1 分钟。",
    # first start
    "HallDesk — first start": "政务大厅督查台 — 首次启动",
    "This database has no accounts yet. Create the director's account: the director does "
    "everything, approves risk points and creates the other accounts (office, inspector, "
    "auditor).": "该数据库尚无账户。请先创建主任账户：主任拥有全部权限，负责审定廉政风险点，"
                 "并创建其他账户（办公室、巡查员、审计员）。",
    "Director's account": "主任账户",
    "Repeat password": "再次输入密码",
    "Create and log in": "创建并登录",
    "Enter the name of the director's account.": "请输入主任账户名。",
    "The two passwords differ.": "两次输入的密码不一致。",
    # password change and the policy
    "Change password": "修改密码",
    "Your password has expired (or was set by the director); choose a new one to go on.":
        "您的密码已过期（或由主任设置），请设置新密码后继续。",
    "Current password": "当前密码",
    "New password": "新密码",
    "Repeat new password": "再次输入新密码",
    "The two new passwords differ.": "两次输入的新密码不一致。",
    "The new password must differ from the old one.": "新密码不能与旧密码相同。",
    "The current password is wrong.": "当前密码错误。",
    "The password must have at least %1 characters.": "密码至少需要 %1 个字符。",
    "The password is too long.": "密码过长。",
    "The password must mix at least three of: upper-case letters, lower-case letters, "
    "digits, symbols.": "密码须至少包含大写字母、小写字母、数字、符号中的三类。",
    "The password must not contain the account name.": "密码不能包含账户名。",
    "At least %1 characters, mixing three of upper-case, lower-case, digits and symbols, "
    "and not containing the account name.":
        "至少 %1 个字符，包含大写字母、小写字母、数字、符号中的三类，且不含账户名。",
    # the audit log tab
    "Audit log": "审计日志",
    "No.": "序号",
    "Time": "时间",
    "Action": "操作",
    "Record": "对象",
    "Detail": "详情",
    "log in": "登录",
    "failed login": "登录失败",
    "log out": "注销",
    "session locked (idle)": "会话锁定（闲置）",
    "account locked": "账户锁定",
    "account unlocked": "账户解锁",
    "account created": "创建账户",
    "password changed": "修改密码",
    "action refused": "越权操作被拒绝",
    "audit log exported": "导出审计日志",
    "briefing printed": "打印简报",
    "briefing saved": "保存简报",
    "briefing written": "生成简报文件",
    "id or code": "编号",
    "From": "起",
    "To": "止",
    "Filter": "筛选",
    "Clear": "清除",
    "Field": "字段",
    "Before": "原值",
    "After": "新值",
    "Export…": "导出…",
    "Verify chain": "校验哈希链",
    "Loading…": "正在读取…",
    "%1 entries match (%2 loaded).": "共 %1 条（已读取 %2 条）。",
    "Choose an entry to see its fields.": "选择一条记录查看各字段。",
    "Entry %1 · %2 · %3 · %4 · %5\nHash %6": "第 %1 条 · %2 · %3 · %4 · %5\n哈希 %6",
    "Export the audit log": "导出审计日志",
    "Spreadsheets (*.xlsx)": "电子表格 (*.xlsx)",
    "%1 entries exported to %2.": "已导出 %1 条到 %2。",
    "Checking the chain…": "正在校验哈希链…",
    "Chain intact: %1 entries. Head: entry %2, hash %3":
        "哈希链完整：共 %1 条。链头：第 %2 条，哈希 %3",
    "Chain BROKEN at entry %4 (%5). Checked %1 entries; head: entry %2, hash %3":
        "哈希链在第 %4 条断裂（%5）。已校验 %1 条；链头：第 %2 条，哈希 %3",
}
