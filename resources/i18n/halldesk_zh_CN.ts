<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>AccountsPane</name>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="107" />
        <location filename="../../widgets/settings/accounts.py" line="35" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="123" />
        <location filename="../../widgets/settings/accounts.py" line="107" />
        <location filename="../../widgets/settings/accounts.py" line="36" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="37" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="39" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="42" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="43" />
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="44" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="45" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="46" />
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="59" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="61" />
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="64" />
        <source>active; password to change at next login</source>
        <translation>正常；下次登录须改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="65" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="72" />
        <source>Only the director manages accounts.</source>
        <translation>账户仅由主任管理。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="89" />
        <source>Enter the account name.</source>
        <translation>请输入账户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="94" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="97" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="98" />
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="107" />
        <source>New account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="153" />
        <location filename="../../widgets/settings/accounts.py" line="146" />
        <location filename="../../widgets/settings/accounts.py" line="133" />
        <location filename="../../widgets/settings/accounts.py" line="126" />
        <location filename="../../widgets/settings/accounts.py" line="111" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="122" />
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/accounts.py" line="143" />
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
</context><context>
    <name>Actions</name>
    <message>
        <location filename="../../widgets/actions.py" line="59" />
        <source>About HallDesk</source>
        <translation>关于政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="60" />
        <source>HallDesk — supervision desk for the director of a government service hall.</source>
        <translation>政务大厅督查台——政务服务中心主任的督查工作台。</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="69" />
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="77" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="84" />
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="91" />
        <source>&amp;Inspection mode</source>
        <translation>现场巡查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="99" />
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="106" />
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="113" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="120" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="127" />
        <source>&amp;About HallDesk</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="135" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="136" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="137" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="146" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context><context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../widgets/overview/tables.py" line="30" />
        <source>Long wait</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="31" />
        <source>Vacant window</source>
        <translation>窗口空岗</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="32" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="34" />
        <source>Low evaluation rate</source>
        <translation>评价率偏低</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="35" />
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="36" />
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="37" />
        <source>Key project</source>
        <translation>重点项目事项</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="141" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="143" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="150" />
        <source>%1 working days overdue</source>
        <translation>逾期 %1 个工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="177" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="178" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="179" />
        <source>Lasted</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="180" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="181" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="200" />
        <source>%1 of them</source>
        <translation>其中 %1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="220" />
        <source>Ticket %1 waiting %2 min</source>
        <translation>%1 号已等候 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="225" />
        <source>Paused for %1 min</source>
        <translation>暂停已 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="229" />
        <source>Closed; it was open on %1</source>
        <translation>未开窗(%1 曾开窗)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="233" />
        <source>Off for %1 min</source>
        <translation>已关闭 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="238" />
        <source>%1% rated of %2 served</source>
        <translation>办结 %2 件,评价率 %1%</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="243" />
        <source>%1 %2 (%3), due %4</source>
        <translation>%1 %2（%3）已超期，到期日 %4</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="245" />
        <source>%1 %2 (%3), due %4: within 2 working days</source>
        <translation>%1 %2（%3）将于 %4 到期（2个工作日内）</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="251" />
        <source>Case %1 %2, due %3</source>
        <translation>办件 %1 %2,承诺期限 %3</translation>
    </message>
</context><context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../widgets/assessment/page.py" line="186" />
        <location filename="../../widgets/pages.py" line="64" />
        <source>Monthly assessment</source>
        <translation>月度考评</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="87" />
        <source>Red board</source>
        <translation>红榜</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="88" />
        <source>Black board</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="213" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="216" />
        <source>Import clock file…</source>
        <translation>导入考勤…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="217" />
        <source>Enter leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="218" />
        <source>Export unit reports…</source>
        <translation>导出各单位…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="219" />
        <source>Award title…</source>
        <translation>评定称号…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="220" />
        <source>Withdraw title…</source>
        <translation>撤销称号…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="248" />
        <location filename="../../widgets/assessment/page.py" line="235" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="237" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="252" />
        <location filename="../../widgets/assessment/page.py" line="238" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="254" />
        <location filename="../../widgets/assessment/page.py" line="239" />
        <source>Served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="240" />
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="265" />
        <location filename="../../widgets/assessment/page.py" line="241" />
        <source>Deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="267" />
        <location filename="../../widgets/assessment/page.py" line="243" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="268" />
        <location filename="../../widgets/assessment/page.py" line="244" />
        <source>Board</source>
        <translation>红黑榜</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="269" />
        <location filename="../../widgets/assessment/page.py" line="245" />
        <source>Titles</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="250" />
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="251" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="278" />
        <location filename="../../widgets/assessment/page.py" line="253" />
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="255" />
        <source>Avg service (min)</source>
        <translation>平均办理(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="258" />
        <source>Evaluation rate</source>
        <translation>评价率</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="261" />
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="262" />
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="263" />
        <source>Punch missing</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="264" />
        <source>Absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="277" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="351" />
        <source>The assessment cannot be counted: %1</source>
        <translation>无法计算考评：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="363" />
        <source>%1 staff ranked, %2 windows ranked</source>
        <translation>参加排名：人员 %1 名，窗口 %2 个</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="367" />
        <source>No attendance was imported for %1: attendance shows no data (nobody is counted absent). Import the clock's export first.</source>
        <translation>%1 未导入考勤记录：考勤显示为无数据（不按旷工计）。请先导入考勤机导出的文件。</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="403" />
        <source>Staff scores</source>
        <translation>人员得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="403" />
        <source>Window scores</source>
        <translation>窗口得分</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="406" />
        <source>no attendance imported</source>
        <translation>未导入考勤</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="412" />
        <source>choose a person to see the attendance</source>
        <translation>选择一名人员查看其考勤</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="418" />
        <source>score %1, rank %2</source>
        <translation>得分 %1，排名 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="420" />
        <source>score %1, not ranked (no service this month)</source>
        <translation>得分 %1，未参加排名（本月无服务记录）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="427" />
        <source>%1 served, average %2 min, idle %3 min, %4 pauses (%5 min), evaluation rate %6, %7 bad ratings, evaluation device off %8 min, %9 substantiated complaints, %10 inspection findings</source>
        <translation>服务 %1 人次，平均办理 %2 分钟，空闲 %3 分钟，暂停 %4 次（%5 分钟），评价率 %6，差评 %7 个，评价器关闭 %8 分钟，属实投诉 %9 件，巡查问题 %10 个</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="448" />
        <source>substantiated complaints from bad evaluations</source>
        <translation>差评引起的属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="450" />
        <source>other substantiated complaints</source>
        <translation>其他属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="451" />
        <source>inspection findings</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="452" />
        <source>red-card cases</source>
        <translation>红牌办件</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="452" />
        <source>late arrivals</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="453" />
        <source>early departures</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="453" />
        <source>missing punches</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="454" />
        <source>days absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="459" />
        <source>Import the clock's export</source>
        <translation>导入考勤机导出文件</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="460" />
        <source>Clock exports (*.xlsx *.xls *.csv)</source>
        <translation>考勤导出文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="466" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="485" />
        <source>%1 punches added, %2 already there</source>
        <translation>新增打卡记录 %1 条，已有 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="495" />
        <source>Choose a person in the staff table first.</source>
        <translation>请先在人员表中选择一人。</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="511" />
        <source>Folder for the unit reports</source>
        <translation>各单位报告的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="520" />
        <source>Writing the unit reports…</source>
        <translation>正在生成各单位报告…</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="534" />
        <source>%1 files for %2 units written to %3</source>
        <translation>已为 %2 个单位生成 %1 个文件，保存在 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="560" />
        <source>Choose a ranked window or person first: titles are awarded from the ranking.</source>
        <translation>请先选择一个参加排名的窗口或人员：称号从排名中评定。</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="585" />
        <source>No titles are held for %1.</source>
        <translation>%1 没有已评定的称号。</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="592" />
        <location filename="../../widgets/assessment/page.py" line="588" />
        <source>Withdraw title</source>
        <translation>撤销称号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="589" />
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="593" />
        <source>Why is it withdrawn?</source>
        <translation>撤销理由：</translation>
    </message>
    <message>
        <source>not ranked (no service this month)</source>
        <translation type="vanished">未参加排名（本月无服务记录）</translation>
    </message>
    <message>
        <source>score</source>
        <translation type="vanished">分</translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="vanished">排名</translation>
    </message>
</context><context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="264" />
        <source>Category and handler — %1</source>
        <translation>投诉类别和承办人 — %1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="275" />
        <source>Nothing is changed; choose another category or handler, or cancel.</source>
        <translation>没有变更；请选择其他类别或承办人，或取消。</translation>
    </message>
</context><context>
    <name>AttendanceCalendar</name>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="23" />
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="24" />
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="25" />
        <source>left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="26" />
        <source>punch missing</source>
        <translation>缺卡</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="27" />
        <source>absent</source>
        <translation>旷工</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="28" />
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="29" />
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="30" />
        <source>no record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="64" />
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="64" />
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="64" />
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="64" />
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="65" />
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="65" />
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/calendar.py" line="65" />
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context><context>
    <name>AuditModel</name>
    <message>
        <location filename="../../widgets/audit/model.py" line="35" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="36" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="38" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="40" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="42" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="43" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="63" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">账户</translation>
    </message>
    <message>
        <source>log in</source>
        <translation type="vanished">登录</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation type="vanished">登录失败</translation>
    </message>
    <message>
        <source>log out</source>
        <translation type="vanished">注销</translation>
    </message>
    <message>
        <source>session locked (idle)</source>
        <translation type="vanished">会话锁定（闲置）</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="vanished">账户锁定</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation type="vanished">账户解锁</translation>
    </message>
    <message>
        <source>account created</source>
        <translation type="vanished">创建账户</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="vanished">修改密码</translation>
    </message>
    <message>
        <source>action refused</source>
        <translation type="vanished">越权操作被拒绝</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation type="vanished">导出审计日志</translation>
    </message>
    <message>
        <source>briefing printed</source>
        <translation type="vanished">打印简报</translation>
    </message>
    <message>
        <source>briefing saved</source>
        <translation type="vanished">保存简报</translation>
    </message>
    <message>
        <source>briefing written</source>
        <translation type="vanished">生成简报文件</translation>
    </message>
</context><context>
    <name>AuditPage</name>
    <message>
        <location filename="../../widgets/audit/page.py" line="353" />
        <location filename="../../widgets/audit/page.py" line="76" />
        <location filename="../../widgets/pages.py" line="68" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="90" />
        <source>id or code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="94" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="96" />
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="97" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="98" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="100" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="101" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="102" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="314" />
        <location filename="../../widgets/audit/page.py" line="114" />
        <source>Choose an entry to see its fields.</source>
        <translation>选择一条记录查看各字段。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="120" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="121" />
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="122" />
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="139" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="141" />
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="223" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="228" />
        <source>%1 entries match (%2 loaded).</source>
        <translation>共 %1 条（已读取 %2 条）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="318" />
        <source>Entry %1 · %2 · %3 · %4 · %5
Hash %6</source>
        <translation>第 %1 条 · %2 · %3 · %4 · %5
哈希 %6</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="335" />
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="337" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="356" />
        <source>%1 entries exported to %2.</source>
        <translation>已导出 %1 条到 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="366" />
        <source>Checking the chain…</source>
        <translation>正在校验哈希链…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="376" />
        <source>Chain intact: %1 entries. Head: entry %2, hash %3</source>
        <translation>哈希链完整：共 %1 条。链头：第 %2 条，哈希 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="380" />
        <source>Chain BROKEN at entry %4 (%5). Checked %1 entries; head: entry %2, hash %3</source>
        <translation>哈希链在第 %4 条断裂（%5）。已校验 %1 条；链头：第 %2 条，哈希 %3</translation>
    </message>
</context><context>
    <name>Backups</name>
    <message>
        <location filename="../../widgets/backup.py" line="72" />
        <source>The %1 role cannot back up the database.</source>
        <translation>%1 角色无权备份数据库。</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="78" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="100" />
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="105" />
        <source>Last backup %1</source>
        <translation>上次备份 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="111" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context><context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../widgets/briefing/page.py" line="94" />
        <location filename="../../widgets/pages.py" line="66" />
        <source>Work briefing</source>
        <translation>工作简报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="116" />
        <source>Quarterly report</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="118" />
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="120" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="121" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="122" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="123" />
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="125" />
        <source>Export per department…</source>
        <translation>按部门导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="129" />
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="130" />
        <source>Masthead and distribution…</source>
        <translation>报头与报送…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="145" />
        <source>Problems and next steps: kept with the period and printed in section 8.</source>
        <translation>存在问题和下步打算：随本期保存，印在简报第八部分。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="148" />
        <source>Save text</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="153" />
        <source>Problems and next steps</source>
        <translation>存在问题和下步打算</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="290" />
        <source>Text saved.</source>
        <translation>文字已保存。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="291" />
        <source>The text is unchanged.</source>
        <translation>文字未改动。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="303" />
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="319" />
        <source>Briefing of %1 generated.</source>
        <translation>%1 简报已生成。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="322" />
        <source>The period has no data.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="509" />
        <location filename="../../widgets/briefing/page.py" line="370" />
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="371" />
        <source>Section 8 (problems and next steps) is empty. Print the briefing without it?</source>
        <translation>第八部分（存在问题和下步打算）尚未填写。仍要打印吗？</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="413" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="449" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="450" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="453" />
        <source>Save the briefing</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="490" />
        <source>%1 department briefings written to %2.</source>
        <translation>已将 %1 份部门简报写入 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="498" />
        <source>Folder for the department briefings</source>
        <translation>部门简报的保存文件夹</translation>
    </message>
    <message>
        <source>Quarterly briefing</source>
        <translation type="vanished">季度工作简报</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="vanished">季度</translation>
    </message>
    <message>
        <source>Problems and next steps: kept with the quarter and printed in section 7.</source>
        <translation type="vanished">存在问题和下步打算：随季度保存，印在简报第七部分。</translation>
    </message>
    <message>
        <source>The quarter has no data.</source>
        <translation type="vanished">本季度无数据。</translation>
    </message>
</context><context>
    <name>BriefingSettingsDialog</name>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="26" />
        <source>Masthead and distribution</source>
        <translation>报头与报送</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="31" />
        <source>Masthead title</source>
        <translation>报头名称</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="32" />
        <source>Signed off by (签发)</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="34" />
        <source>Reported to (报)</source>
        <translation>报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="36" />
        <source>Sent to (送)</source>
        <translation>送</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="37" />
        <source>Issued to (发)</source>
        <translation>发</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="45" />
        <source>not printed</source>
        <translation>不印</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="47" />
        <source>Copies printed (共印N份)</source>
        <translation>印数（共印N份）</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/settings_dialog.py" line="90" />
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
</context><context>
    <name>CalendarPane</name>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="80" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="103" />
        <source>休 holiday</source>
        <translation>休（节假日）</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="104" />
        <source>班 make-up working day</source>
        <translation>班（调休上班）</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="107" />
        <source>e.g. 春节</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="112" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="113" />
        <source>Enter the days</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="115" />
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="116" />
        <source>Export file…</source>
        <translation>导出文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="118" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="119" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="120" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="121" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="125" />
        <source>Enter a range</source>
        <translation>按日期范围录入</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="131" />
        <source>Red: holiday · 班: make-up working day · blue text: entered by the office · others from the official calendar</source>
        <translation>红色：节假日 · 班：调休上班 · 蓝字：本单位录入 · 其余取自国家公布的日历</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="169" />
        <source>%1: the official calendar covers this year.</source>
        <translation>%1 年：已含国家公布的节假日安排。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="172" />
        <source>%1: not in the official calendar; %2 days entered by the office.</source>
        <translation>%1 年：国家日历未含该年；本单位已录入 %2 天。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="176" />
        <source>%1: not in the official calendar and nothing entered yet — Monday to Friday is assumed. Enter the State Council's holidays here.</source>
        <translation>%1 年：国家日历未含该年，且尚未录入——暂按周一至周五计算。请在此录入国务院公布的节假日安排。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="183" />
        <source>%1 month</source>
        <translation>%1 月</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="207" />
        <source>entered by the office</source>
        <translation>本单位录入</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="208" />
        <source>official calendar</source>
        <translation>国务院公布</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="238" />
        <source>Entered %1 days: %2 case due dates and %3 complaint deadlines were counted again.</source>
        <translation>已录入 %1 天：重新计算了 %2 个办件承诺期限和 %3 个投诉时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="240" />
        <source>Entering %1 days would count again %2 case due dates and %3 complaint deadlines.</source>
        <translation>录入这 %1 天将重新计算 %2 个办件承诺期限和 %3 个投诉时限。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="294" />
        <location filename="../../widgets/settings/calendar.py" line="278" />
        <location filename="../../widgets/settings/calendar.py" line="259" />
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="265" />
        <source>Import calendar</source>
        <translation>导入工作日历</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/calendar.py" line="284" />
        <source>Export calendar</source>
        <translation>导出工作日历</translation>
    </message>
</context><context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="273" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="277" />
        <source>Your password has expired (or was set by the director); choose a new one to go on.</source>
        <translation>您的密码已过期（或由主任设置），请设置新密码后继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="285" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="286" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="287" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="288" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="304" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="307" />
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="313" />
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context><context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="25" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="66" />
        <location filename="../../widgets/settings/checklist.py" line="26" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="66" />
        <location filename="../../widgets/settings/checklist.py" line="27" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="66" />
        <location filename="../../widgets/settings/checklist.py" line="28" />
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="29" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="31" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="32" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="33" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="34" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="35" />
        <source>Retire / reinstate</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="65" />
        <source>Checklist item</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/checklist.py" line="92" />
        <location filename="../../widgets/settings/checklist.py" line="84" />
        <location filename="../../widgets/settings/checklist.py" line="77" />
        <location filename="../../widgets/settings/checklist.py" line="73" />
        <source>Checklist</source>
        <translation>巡查项目</translation>
    </message>
</context><context>
    <name>ChecklistRow</name>
    <message>
        <location filename="../../widgets/inspections/parts.py" line="109" />
        <source>✓ Pass</source>
        <translation>✓ 合格</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/parts.py" line="110" />
        <source>✗ Fail</source>
        <translation>✗ 不合格</translation>
    </message>
</context><context>
    <name>ComplaintDetail</name>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="49" />
        <source>Opened automatically from a bad evaluation</source>
        <translation>评价器差评自动登记</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="62" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="68" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="69" />
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="70" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="71" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="72" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="73" />
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="74" />
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="79" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="82" />
        <source>Evaluation</source>
        <translation>评价编号</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="87" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="93" />
        <source>History</source>
        <translation>办理记录</translation>
    </message>
</context><context>
    <name>ComplaintForms</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="42" />
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1过长：共 %2 个字，最多 %3 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="46" />
        <source>%1 is masked (it contains *); enter the real value or leave it empty.</source>
        <translation>%1是脱敏后的内容（含 *）；请填写真实内容，或留空。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="49" />
        <source>%1 is not a phone number: use 5–20 digits, spaces, +, - or brackets.</source>
        <translation>%1不是电话号码：请使用 5–20 位数字、空格、+、- 或括号。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="51" />
        <source>%1 contains control characters.</source>
        <translation>%1含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="58" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="101" />
        <source>%1 is empty; it must be filled in.</source>
        <translation>%1为空，必须填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="240" />
        <source>— not given —</source>
        <translation>— 未填 —</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="250" />
        <source>— nobody yet —</source>
        <translation>— 暂无 —</translation>
    </message>
</context><context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="14" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="15" />
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="16" />
        <source>Appealed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="17" />
        <source>Substantiated</source>
        <translation>属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="18" />
        <source>Unsubstantiated</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="19" />
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="20" />
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="21" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="22" />
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="28" />
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="29" />
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="30" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="31" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="32" />
        <source>Web</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="33" />
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="34" />
        <source>Inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="40" />
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="41" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="42" />
        <source>Start verification</source>
        <translation>开始核实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="43" />
        <source>Find substantiated</source>
        <translation>认定属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="44" />
        <source>Find unsubstantiated</source>
        <translation>认定不属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="46" />
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="47" />
        <source>Ruling: evaluation upheld</source>
        <translation>复核：维持评价</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="48" />
        <source>Ruling: appeal accepted</source>
        <translation>复核：申诉成立</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="50" />
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="51" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="52" />
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="53" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="54" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="55" />
        <source>Deadline recounted (calendar)</source>
        <translation>期限重算（工作日调整）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="56" />
        <source>Follow-up: dissatisfied, rectification reopened</source>
        <translation>回访不满意，重新整改</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="57" />
        <source>Category and handler set</source>
        <translation>设定类别和承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="63" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="64" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="65" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="71" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="73" />
        <location filename="../../widgets/complaints/labels.py" line="72" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="74" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="75" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="76" />
        <source>Verification finding</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="77" />
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="78" />
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="79" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="80" />
        <source>Substantiated at</source>
        <translation>认定属实时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="81" />
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="82" />
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="83" />
        <source>Citizen's satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="84" />
        <source>Complaint category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="85" />
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
</context><context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../widgets/complaints/page.py" line="450" />
        <location filename="../../widgets/complaints/page.py" line="90" />
        <location filename="../../widgets/complaints/page.py" line="68" />
        <location filename="../../widgets/pages.py" line="56" />
        <source>Complaint ledger</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="168" />
        <source>The ledger cannot be read: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="231" />
        <source>%1 of %2 entries shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="297" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="378" />
        <source>Import a ledger spreadsheet</source>
        <translation>导入台账表格</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="387" />
        <location filename="../../widgets/complaints/page.py" line="379" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="385" />
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="391" />
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="392" />
        <source>Export the citizens' names and phone numbers unmasked? Only do so if the file stays in the office.</source>
        <translation>是否导出未脱敏的投诉人姓名和联系电话？仅当文件留存于中心办公室时才可这样做。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="429" />
        <source>%1 was refused; nothing was imported.</source>
        <translation>%1 被拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="434" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="436" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="439" />
        <source>%1: %2 entries added, %3 already in the ledger (%4 rows/s).</source>
        <translation>%1：新增 %2 条，%3 条已在台账中（每秒 %4 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="444" />
        <source>%1: %2 entries exported (%3 rows/s).</source>
        <translation>%1：已导出 %2 条（每秒 %3 行）。</translation>
    </message>
</context><context>
    <name>Conflict</name>
    <message>
        <location filename="../../widgets/settings/common.py" line="114" />
        <location filename="../../widgets/conflict.py" line="15" />
        <source>Nothing was saved: someone else changed this record meanwhile.</source>
        <translation>未保存：此记录已被他人修改。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict.py" line="19" />
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
</context><context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="293" />
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="301" />
        <source>unchanged (%1)</source>
        <translation>不变（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="302" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="303" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="304" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="305" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="313" />
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="318" />
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="320" />
        <source>The reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="325" />
        <source>The citizen's name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="326" />
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="330" />
        <source>Nothing is changed; change a field or cancel.</source>
        <translation>没有任何更改；请修改某一项，或取消。</translation>
    </message>
</context><context>
    <name>Crash</name>
    <message>
        <location filename="../../widgets/crash.py" line="45" />
        <source>HallDesk — unexpected error</source>
        <translation>HallDesk — 意外错误</translation>
    </message>
    <message>
        <location filename="../../widgets/crash.py" line="102" />
        <source>Something went wrong: %1

HallDesk keeps running; what you saved is safe. The details are in %2.</source>
        <translation>出现错误：%1

HallDesk 仍在运行，已保存的内容不受影响。详细信息已记录在 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/crash.py" line="123" />
        <source>HallDesk stopped unexpectedly last time. Committed work is kept in the database. Show the crash report? (It is saved as %1.)</source>
        <translation>HallDesk 上次意外退出。已提交的工作均保存在数据库中。是否查看崩溃报告？（报告已保存为 %1。）</translation>
    </message>
    <message>
        <location filename="../../widgets/crash.py" line="128" />
        <source>The crash report of the last run:</source>
        <translation>上次运行的崩溃报告：</translation>
    </message>
    <message>
        <location filename="../../widgets/crash.py" line="135" />
        <source>HallDesk</source>
        <translation>政务大厅督查台</translation>
    </message>
</context><context>
    <name>Demo</name>
    <message>
        <location filename="../../widgets/demo.py" line="38" />
        <source>Creating the demo hall with 90 days of history…</source>
        <translation>正在创建演示大厅及 90 天历史数据…</translation>
    </message>
</context><context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../widgets/display/board.py" line="32" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="33" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="34" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="35" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="36" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="37" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="38" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="43" />
        <source>%1, %2-%3-%4</source>
        <translation>%2年%3月%4日 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="50" />
        <source>Granted</source>
        <translation>准予办理</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="51" />
        <source>Not granted</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="60" />
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="225" />
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="226" />
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="227" />
        <source>Handling department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="228" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="229" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="230" />
        <source>Completed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/display/window.py" line="44" />
        <location filename="../../widgets/display/board.py" line="274" />
        <source>Completed cases</source>
        <translation>办结公示</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="286" />
        <source>%1-%2 %3</source>
        <translation>%1月%2日%3</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="306" />
        <source>No case completed yet today.</source>
        <translation>今日暂无办结事项。</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="308" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="340" />
        <source>%1: %2 min</source>
        <translation>%1 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="346" />
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="vanished">今日办结 %1 件</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="vanished">昨日办结 %1 件</translation>
    </message>
    <message>
        <source>%2-%3: %1</source>
        <translation type="vanished">%2月%3日办结 %1 件</translation>
    </message>
    <message>
        <source>Citizens served today: %1</source>
        <translation type="vanished">今日服务 %1 人次</translation>
    </message>
    <message>
        <source>Average wait: %1 min</source>
        <translation type="vanished">平均等候 %1 分钟</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation type="vanished">满意率 %1</translation>
    </message>
</context><context>
    <name>FigureName</name>
    <message>
        <location filename="../../widgets/figure_names.py" line="16" />
        <source>Tickets issued</source>
        <translation>取号人次</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="17" />
        <source>Citizens served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="18" />
        <source>Tickets abandoned</source>
        <translation>弃号人次</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="19" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="20" />
        <source>Average wait</source>
        <translation>平均等候时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="21" />
        <source>Longest wait</source>
        <translation>最长等候时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="22" />
        <source>Average service time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="23" />
        <source>Open windows</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="24" />
        <source>Occupancy</source>
        <translation>忙碌率</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="25" />
        <source>Evaluations</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="26" />
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="27" />
        <source>Evaluation rate</source>
        <translation>评价率</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="28" />
        <source>Cases accepted</source>
        <translation>受理件</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="29" />
        <source>Cases completed</source>
        <translation>办结件</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="30" />
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="31" />
        <source>On-time completion rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="32" />
        <source>Yellow cards</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="33" />
        <source>Red cards</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="34" />
        <source>Substantiated complaints</source>
        <translation>属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="35" />
        <source>Total service time</source>
        <translation>办理总时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="36" />
        <source>Time on duty</source>
        <translation>在岗时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="37" />
        <source>Time serving</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="38" />
        <source>Time paused</source>
        <translation>暂停时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="39" />
        <source>Pauses</source>
        <translation>暂停次数</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="40" />
        <source>Idle time</source>
        <translation>空闲时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="41" />
        <source>Bad ratings</source>
        <translation>差评数</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="42" />
        <source>Evaluation device off</source>
        <translation>评价器关闭时长</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="43" />
        <source>Inspection findings</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="54" />
        <source>%1 today</source>
        <translation>今日%1</translation>
    </message>
    <message>
        <location filename="../../widgets/figure_names.py" line="60" />
        <source>%1: %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="283" />
        <source>%1 yesterday</source>
        <translation>昨日%1</translation>
    </message>
</context><context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="228" />
        <source>HallDesk — first start</source>
        <translation>政务大厅督查台 — 首次启动</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="230" />
        <source>This database has no accounts yet. Create the director's account: the director does everything, approves risk points and creates the other accounts (office, inspector, auditor).</source>
        <translation>该数据库尚无账户。请先创建主任账户：主任拥有全部权限，负责审定廉政风险点，并创建其他账户（办公室、巡查员、审计员）。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="238" />
        <source>Director's account</source>
        <translation>主任账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="239" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="240" />
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="242" />
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="242" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="247" />
        <source>Enter the name of the director's account.</source>
        <translation>请输入主任账户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="254" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context><context>
    <name>FloorPick</name>
    <message>
        <location filename="../../widgets/inspections/parts.py" line="202" />
        <source>Choose a window on the floor plan</source>
        <translation>在平面图上选择窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/parts.py" line="219" />
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
</context><context>
    <name>HallMap</name>
    <message>
        <location filename="../../widgets/overview/compact.py" line="158" />
        <location filename="../../widgets/overview/compact.py" line="132" />
        <source>%1′</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="514" />
        <location filename="../../widgets/overview/compact.py" line="360" />
        <source>R</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="516" />
        <location filename="../../widgets/overview/compact.py" line="363" />
        <source>Y</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="518" />
        <location filename="../../widgets/overview/compact.py" line="366" />
        <source>W</source>
        <translation>等</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="519" />
        <location filename="../../widgets/overview/compact.py" line="369" />
        <source>E</source>
        <translation>评</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="417" />
        <source>F%1</source>
        <translation>%1楼</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="491" />
        <source>Red cards: %1</source>
        <translation>红牌 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="494" />
        <source>Yellow cards: %1</source>
        <translation>黄牌 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="497" />
        <source>Long wait in its queue</source>
        <translation>本部门排队等候超时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="499" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="501" />
        <source>Open alerts: %1</source>
        <translation>未处理预警 %1 条</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="515" />
        <source>red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="517" />
        <source>yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="518" />
        <source>long wait</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="519" />
        <source>device off</source>
        <translation>评价器未开</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/compact.py" line="520" />
        <source>other alert</source>
        <translation>其他预警</translation>
    </message>
</context><context>
    <name>HallPane</name>
    <message>
        <location filename="../../widgets/settings/hall.py" line="52" />
        <source>e.g. 区政务服务管理办公室 (printed on the briefing)</source>
        <translation>如：区政务服务管理办公室（印在简报上）</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="55" />
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="56" />
        <source>Issuing unit</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="57" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="59" />
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="59" />
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="59" />
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="60" />
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="60" />
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="60" />
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="61" />
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="67" />
        <source>opens</source>
        <translation>开门</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="69" />
        <source>closes</source>
        <translation>关门</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="71" />
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="73" />
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="75" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="77" />
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="79" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="79" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="86" />
        <source>Add floor</source>
        <translation>添加楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="87" />
        <source>Remove floor</source>
        <translation>删除楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="95" />
        <source>Floors</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="99" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/hall.py" line="191" />
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
</context><context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="80" />
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="86" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="101" />
        <location filename="../../widgets/imports/wizard.py" line="97" />
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="112" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="113" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="259" />
        <location filename="../../widgets/imports/wizard.py" line="114" />
        <source>Mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="117" />
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="120" />
        <source>Save mapping as…</source>
        <translation>另存列映射…</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="128" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="128" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="128" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="128" />
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="151" />
        <source>The first rows as HallDesk reads them:</source>
        <translation>HallDesk 读到的前几行：</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="153" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="167" />
        <source>Check every row</source>
        <translation>检查全部行</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="169" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="172" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="174" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="192" />
        <source>None (headers as found)</source>
        <translation>无（按表头识别）</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="201" />
        <source>Vendor exports</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="201" />
        <source>Exports (%1)</source>
        <translation>导出文件 (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="285" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="306" />
        <source>Read as: %1, encoding %2, mapping %3</source>
        <translation>识别为：%1，编码 %2，列映射 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="309" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="382" />
        <location filename="../../widgets/imports/wizard.py" line="370" />
        <source>Save mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="371" />
        <source>Name of the mapping:</source>
        <translation>列映射名称：</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="436" />
        <source>Importing %1 files…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="452" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="463" />
        <source>%1: every row checked, %2 rows, no problem</source>
        <translation>%1：已检查全部 %2 行，没有问题</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="467" />
        <source>%1 rows, %2 events, %3 already known</source>
        <translation>%1 行，%2 条事件，%3 条已导入过</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/wizard.py" line="472" />
        <source>%1: cancelled, nothing imported</source>
        <translation>%1：已取消，未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="14" />
        <source>Queue tickets (排队叫号)</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="15" />
        <source>Evaluations (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="16" />
        <source>Cases (办件)</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="22" />
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="23" />
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="24" />
        <source>Issued at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="25" />
        <source>Called at</source>
        <translation>叫号时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="26" />
        <source>Service started</source>
        <translation>开始办理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="27" />
        <source>Finished at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="28" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="29" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="30" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="31" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="32" />
        <source>Evaluated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="33" />
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="34" />
        <source>Comment</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="35" />
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="36" />
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="37" />
        <source>Completed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="38" />
        <source>Promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="39" />
        <source>Legal days</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="40" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="41" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="42" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="49" />
        <source>Empty, but this row needs it.</source>
        <translation>此项为空，但本行必须填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="50" />
        <source>Not a time: use an Excel date or 2026-10-09 09:12:33, 2026/10/9 9:12, 2026年10月9日 09:12.</source>
        <translation>不是时间：请用 Excel 日期或 2026-10-09 09:12:33、2026/10/9 9:12、2026年10月9日 09:12。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="52" />
        <source>The year is out of range.</source>
        <translation>年份超出范围。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="53" />
        <source>The time is in the future.</source>
        <translation>时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="54" />
        <source>Earlier than the step before it.</source>
        <translation>早于前一环节的时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="55" />
        <source>No window of the hall has this code or number.</source>
        <translation>大厅没有此编号的窗口。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="57" />
        <source>No department or service item of the hall has this name.</source>
        <translation>大厅没有此名称的部门或办理事项。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="59" />
        <source>No staff member of the hall has this code or name.</source>
        <translation>大厅没有此工号或姓名的工作人员。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="61" />
        <source>Not a rating: use 1–5 or 非常满意 … 非常不满意.</source>
        <translation>不是评价：请用 1–5 或 非常满意 … 非常不满意。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="62" />
        <source>Not a status word HallDesk knows; name it in the mapping.</source>
        <translation>不认识的状态，请在列映射中说明。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="64" />
        <source>Not a number of days.</source>
        <translation>不是天数。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="65" />
        <source>Not a result: use 准予/通过 or 不予/驳回.</source>
        <translation>不是办理结果：请用 准予/通过 或 不予/驳回。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="66" />
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="67" />
        <source>Contains control characters.</source>
        <translation>含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/imports/labels.py" line="68" />
        <source>The department has no window.</source>
        <translation>该部门没有窗口。</translation>
    </message>
</context><context>
    <name>ImportReport</name>
    <message>
        <location filename="../../widgets/import_report.py" line="32" />
        <source>The column is missing from the header row.</source>
        <translation>表头行缺少此列。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="33" />
        <source>The number is empty; every entry needs one.</source>
        <translation>编号为空，每条记录都必须有编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="34" />
        <source>Longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="35" />
        <source>Not a date: use a spreadsheet date or YYYY-MM-DD HH:MM.</source>
        <translation>不是日期：请使用表格日期，或 YYYY-MM-DD HH:MM 格式。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="37" />
        <source>The time is in the future.</source>
        <translation>时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="38" />
        <source>Before 2000-01-01, earlier than any ledger HallDesk keeps.</source>
        <translation>早于 2000-01-01，不是有效的登记时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="40" />
        <source>Not a source; use one of %1.</source>
        <translation>不是有效来源，应为：%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="41" />
        <source>Not a state; use one of %1.</source>
        <translation>不是有效状态，应为：%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="42" />
        <source>No window of the hall has this code or name.</source>
        <translation>大厅中没有此编号或名称的窗口。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="43" />
        <source>Two windows have this name; give the window's code.</source>
        <translation>有两个窗口同名，请填写窗口编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="45" />
        <source>The complaint is empty.</source>
        <translation>投诉内容为空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="46" />
        <source>Only an entry from the evaluation device (%1) can be %2.</source>
        <translation>只有来源为%1的记录才能处于%2状态。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="48" />
        <source>An entry that is %1 must fill this column.</source>
        <translation>状态为%1的记录必须填写此列。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="49" />
        <source>An entry that is %1 cannot have this yet.</source>
        <translation>状态为%1的记录此列应为空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="50" />
        <source>The number is used twice (first in row %1).</source>
        <translation>编号重复（第一次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="51" />
        <source>Masked (contains *) and the entry is new: import the director's unmasked export, or leave the cell empty.</source>
        <translation>内容已脱敏（含 *）且为新记录：请导入主任导出的未脱敏表格，或将此格留空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="53" />
        <source>Number %1 is in the ledger already with %2 here; change the entry in the application, not by importing it again.</source>
        <translation>编号 %1 已在台账中，此处为“%2”；请在程序中修改该记录，而不是重新导入。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="55" />
        <source>Too long: %1 characters, at most %2.</source>
        <translation>过长：共 %1 个字，最多 %2 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="56" />
        <source>Contains control characters.</source>
        <translation>含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="57" />
        <source>Masked (contains *).</source>
        <translation>内容已脱敏（含 *）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="58" />
        <source>Not a phone number: use 5–20 digits, spaces, +, - or brackets.</source>
        <translation>不是电话号码：请使用 5–20 位数字、空格、+、- 或括号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="61" />
        <source>The cell is empty; it must be filled in.</source>
        <translation>此项为空，必须填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="62" />
        <source>The code is empty; fill it in, e.g. LZ-SH-003.</source>
        <translation>编号为空，请填写，如 LZ-SH-003。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="64" />
        <source>Not a code like LZ-SH-003 (letters and digits in up to four parts joined by hyphens).</source>
        <translation>编号格式不符，应如 LZ-SH-003（字母和数字，至多四段，以连字符连接）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="66" />
        <source>Not a category; use one of %1.</source>
        <translation>不是有效的类别，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="67" />
        <source>Not a risk type; use one of %1.</source>
        <translation>不是有效的风险类型，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="68" />
        <source>Not a phase; use one of %1.</source>
        <translation>不是有效的阶段，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="69" />
        <source>Not a whole number from 1 to 5.</source>
        <translation>应为 1 至 5 的整数。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="70" />
        <source>Not a department of the hall; give its code or name, or %1.</source>
        <translation>不是本中心的进驻单位，请填写单位编码或名称，或填写 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="72" />
        <source>Not a date: use a spreadsheet date or YYYY-MM-DD.</source>
        <translation>不是日期，请使用表格日期或 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="74" />
        <source>Not a grade; use 一级, 二级 or 三级.</source>
        <translation>不是有效的风险等级，请填写一级、二级或三级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="75" />
        <source>An escalation reason is given, but %1 is the grade of the score %2.</source>
        <translation>填写了升级理由，但 %1 就是分值 %2 对应的等级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="77" />
        <source>The score %1 gives %2; %3 needs its reason in the %4 column.</source>
        <translation>分值 %1 对应%2；定为%3须在“%4”列填写理由。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="79" />
        <source>The score %1 gives %2; a grade can be escalated by one at most.</source>
        <translation>分值 %1 对应%2；等级至多上调一级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="81" />
        <source>The code is used twice (first in row %1).</source>
        <translation>编号重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="82" />
        <source>The point was retired from the register.</source>
        <translation>该风险点已从台账中撤销。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="83" />
        <source>The point is in the register already with other values (%1); change it in the application.</source>
        <translation>该风险点已在台账中，但内容不同（%1）；请在程序中修改。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="102" />
        <source>Spreadsheet refused</source>
        <translation>表格被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="103" />
        <source>%1 was refused and nothing was imported. Fix these %2 cells and import it again:</source>
        <translation>%1 被拒绝，未导入任何内容。请修改以下 %2 处后重新导入：</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="108" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="108" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="109" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="109" />
        <source>What to fix</source>
        <translation>需要修改</translation>
    </message>
</context><context>
    <name>InspectionMode</name>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="62" />
        <source>HallDesk — on-site inspection</source>
        <translation>政务大厅督查台 — 现场巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="86" />
        <source>Floor plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="87" />
        <source>Finish round</source>
        <translation>结束巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="73" />
        <location filename="../../widgets/inspections/mode.py" line="88" />
        <source>Back to the tabs</source>
        <translation>返回主界面</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="115" />
        <source>Not saved: %1</source>
        <translation>未保存:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="146" />
        <source>On-site inspection</source>
        <translation>现场巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="375" />
        <location filename="../../widgets/inspections/mode.py" line="201" />
        <source>Round %1</source>
        <translation>巡查 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="203" />
        <source>(finished, read only)</source>
        <translation>(已结束,只读)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="218" />
        <source>%1 / %2 windows done</source>
        <translation>已查 %1 / %2 个窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="298" />
        <source>Attach a photo</source>
        <translation>附照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="298" />
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/mode.py" line="365" />
        <source>%1 of %2 windows were not visited. Finish the round anyway?</source>
        <translation>%2 个窗口中有 %1 个未巡查。仍要结束本轮巡查吗?</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="20" />
        <source>Live state not known yet.</source>
        <translation>实时状态尚未取得。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="23" />
        <source>Staff on duty: %1</source>
        <translation>在岗人员:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="28" />
        <source>Served today: %1</source>
        <translation>今日办结:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="32" />
        <source>Evaluation device on</source>
        <translation>评价器已开启</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="34" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="43" />
        <source>Round %1 finished</source>
        <translation>巡查 %1 已结束</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="45" />
        <source>Windows visited: %1 of %2; every item checked at %3.</source>
        <translation>到访窗口 %1 / %2 个;全部检查项已查的 %3 个。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="49" />
        <source>Items passed: %1; findings: %2 (%3 points deducted).</source>
        <translation>合格项 %1 个;发现问题 %2 项(扣 %3 分)。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="54" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="55" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/texts.py" line="56" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="54" />
        <source>All others pass</source>
        <translation>其余均合格</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="67" />
        <source>What did you see? (saved as you type)</source>
        <translation>看到了什么?(输入即保存)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="69" />
        <source>Attach photo…</source>
        <translation>附照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="77" />
        <source>Last findings at this window</source>
        <translation>该窗口近期巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="93" />
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="94" />
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="128" />
        <source>%1 · floor %2</source>
        <translation>%1 · %2 楼</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="136" />
        <source>No findings in earlier rounds.</source>
        <translation>以往巡查未发现问题。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="137" />
        <source>Window %1 of %2</source>
        <translation>第 %1 / %2 个窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="163" />
        <source>Note on “%1”</source>
        <translation>“%1”的说明</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="169" />
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="175" />
        <source>All saved</source>
        <translation>已全部保存</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/visit.py" line="176" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/launch.py" line="60" />
        <source>Interrupted inspection</source>
        <translation>巡查被中断</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/launch.py" line="61" />
        <source>Inspection round %1 was interrupted. Resume it now, where you left off?</source>
        <translation>巡查 %1 被中断。现在从中断处继续吗?</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="30" />
        <source>Resume this round</source>
        <translation>继续这轮巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="32" />
        <source>Finish it and start a new round</source>
        <translation>结束这轮并开始新一轮</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="33" />
        <source>Start a new round</source>
        <translation>开始新一轮巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="50" />
        <source>The %1 role cannot record inspections.</source>
        <translation>%1 角色不能记录巡查。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="56" />
        <source>Round %1, started %2, was interrupted: %3 of %4 windows done. Resume it where you left off?</source>
        <translation>巡查 %1(%2 开始)被中断:已查 %3 / %4 个窗口。从中断处继续吗?</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/start_end.py" line="62" />
        <source>Walk the hall window by window. Every toggle and note is saved as you make it.</source>
        <translation>逐个窗口巡查大厅。每次点选和说明都即时保存。</translation>
    </message>
</context><context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../widgets/inspections/page.py" line="87" />
        <location filename="../../widgets/pages.py" line="60" />
        <source>Inspections</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="104" />
        <source>Inspection mode</source>
        <translation>现场巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="105" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="109" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="122" />
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="143" />
        <location filename="../../widgets/inspections/page.py" line="131" />
        <source>Round</source>
        <translation>巡查轮次</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="132" />
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="133" />
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="134" />
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="135" />
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="183" />
        <location filename="../../widgets/inspections/page.py" line="136" />
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="189" />
        <location filename="../../widgets/inspections/page.py" line="182" />
        <location filename="../../widgets/inspections/page.py" line="137" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="141" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="142" />
        <source>Observed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="194" />
        <location filename="../../widgets/inspections/page.py" line="187" />
        <location filename="../../widgets/inspections/page.py" line="144" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="188" />
        <location filename="../../widgets/inspections/page.py" line="145" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="195" />
        <location filename="../../widgets/inspections/page.py" line="181" />
        <location filename="../../widgets/inspections/page.py" line="146" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="190" />
        <location filename="../../widgets/inspections/page.py" line="184" />
        <location filename="../../widgets/inspections/page.py" line="147" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="148" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="149" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="150" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="154" />
        <source>Show all findings</source>
        <translation>显示全部问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="160" />
        <source>View round</source>
        <translation>查看巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="161" />
        <source>Open complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="411" />
        <location filename="../../widgets/inspections/page.py" line="162" />
        <source>Link to risk point</source>
        <translation>关联风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="163" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="164" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="196" />
        <location filename="../../widgets/inspections/page.py" line="171" />
        <source>Rounds</source>
        <translation>巡查轮次</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="177" />
        <source>Findings of the quarter</source>
        <translation>本季度巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="197" />
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="200" />
        <source>Findings by checklist item</source>
        <translation>按检查项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="202" />
        <source>Findings by window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="203" />
        <source>Repeat offenders (same item, same window, 2+ rounds)</source>
        <translation>重复出现的问题(同一窗口同一检查项,两轮及以上)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="275" />
        <source>The inspections cannot be read: %1</source>
        <translation>无法读取巡查记录:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="288" />
        <source>%1 rounds · %2 window visits · %3 findings (%4 points) · %5 repeat offenders</source>
        <translation>巡查 %1 轮 · 到访窗口 %2 次 · 问题 %3 项(扣 %4 分)· 重复问题 %5 项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="300" />
        <source>No inspection round yet.</source>
        <translation>尚无巡查记录。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="310" />
        <source>Last round %1 by %2, %3: %4 windows visited, %5 findings</source>
        <translation>最近一轮 %1:%2,%3,巡查窗口 %4 个,发现问题 %5 项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="316" />
        <source>Every window was inspected this quarter.</source>
        <translation>本季度所有窗口均已巡查。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="319" />
        <source>Not inspected this quarter (%1): %2</source>
        <translation>本季度未巡查的窗口(%1 个):%2</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="334" />
        <source>%1 findings</source>
        <translation>%1 项问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="361" />
        <source>Choose a finding in the table first.</source>
        <translation>请先在表中选择一项问题。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="376" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="386" />
        <source>Complaint registered in the ledger</source>
        <translation>已登记到投诉台账</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="396" />
        <source>Linked to risk point %1</source>
        <translation>已关联风险点 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="409" />
        <source>The risk register has no points yet.</source>
        <translation>廉政风险点登记簿中还没有风险点。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="412" />
        <source>Risk point for finding %1:</source>
        <translation>问题 %1 关联的风险点:</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="420" />
        <source>Finding %1 voided</source>
        <translation>问题 %1 已作废</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="427" />
        <source>Void finding %1</source>
        <translation>作废问题 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="428" />
        <source>Why does this finding no longer count against the window?</source>
        <translation>为什么这项问题不再计入窗口考核?</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="449" />
        <source>No photo was taken for this finding.</source>
        <translation>这项问题没有照片。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="470" />
        <source>Choose a round first.</source>
        <translation>请先选择一轮巡查。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="494" />
        <source>Export the inspections</source>
        <translation>导出巡查记录</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="496" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="508" />
        <source>%1 findings exported to %2</source>
        <translation>%1 项问题已导出到 %2</translation>
    </message>
</context><context>
    <name>Instance</name>
    <message>
        <location filename="../../widgets/app.py" line="203" />
        <source>HallDesk is already open on this database (process %1) on this computer; use that window, or close it first.</source>
        <translation>本机已有 HallDesk 打开此数据库（进程 %1）；请使用该窗口，或先将其关闭。</translation>
    </message>
</context><context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="38" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="26" />
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="27" />
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="28" />
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="29" />
        <source>Session locked (idle)</source>
        <translation>会话锁定（空闲）</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="30" />
        <source>Account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="31" />
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="32" />
        <source>Account unlocked</source>
        <translation>账号解锁</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="33" />
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="34" />
        <source>Login settings changed</source>
        <translation>修改登录设置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="35" />
        <source>Person's name changed</source>
        <translation>修改姓名</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="36" />
        <source>Token issued</source>
        <translation>签发令牌</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="37" />
        <source>Tokens revoked</source>
        <translation>吊销令牌</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="38" />
        <source>Token used</source>
        <translation>使用令牌</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="39" />
        <source>Personal data compared</source>
        <translation>比对个人信息</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="40" />
        <source>Action refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="42" />
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="43" />
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="44" />
        <source>Database restored</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="45" />
        <source>Hall configuration loaded</source>
        <translation>载入大厅配置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="46" />
        <source>Calendar day entered</source>
        <translation>登记节假日/调休日</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="47" />
        <source>Attendance clock file imported</source>
        <translation>导入考勤机记录</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="48" />
        <source>Leave entered</source>
        <translation>登记请假/出差/公休</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="49" />
        <source>Leave removed</source>
        <translation>撤销请假/出差/公休</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="50" />
        <source>Monthly unit reports written</source>
        <translation>生成各单位月度报告</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="51" />
        <source>Title awarded</source>
        <translation>评定称号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="52" />
        <source>Title withdrawn</source>
        <translation>撤销称号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="53" />
        <source>Events fed in</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="54" />
        <source>Alerts acknowledged</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="56" />
        <source>Briefing printed</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="57" />
        <source>Briefing saved</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="58" />
        <source>Briefing written</source>
        <translation>生成简报</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="59" />
        <source>Briefing text saved</source>
        <translation>保存简报文字</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="60" />
        <source>Briefing settings saved</source>
        <translation>保存简报设置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="61" />
        <source>Briefing issue number assigned</source>
        <translation>分配简报期号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="63" />
        <source>Complaint registered</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="64" />
        <source>Complaint ledger imported</source>
        <translation>导入投诉台账</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="65" />
        <source>Complaint ledger exported</source>
        <translation>导出投诉台账</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="66" />
        <source>Complaint deadlines changed</source>
        <translation>修改投诉办理时限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="67" />
        <source>Complaint corrected</source>
        <translation>更正投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="68" />
        <source>Complaint category and handler set</source>
        <translation>设定投诉类别和承办人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="69" />
        <source>Complaint verification started</source>
        <translation>开始核实投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="70" />
        <source>Complaint found substantiated</source>
        <translation>认定投诉属实</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="71" />
        <source>Complaint found unsubstantiated</source>
        <translation>认定投诉不属实</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="73" />
        <source>Appeal recorded</source>
        <translation>登记申诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="74" />
        <source>Ruling: evaluation upheld</source>
        <translation>复核：维持评价</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="75" />
        <source>Ruling: appeal accepted</source>
        <translation>复核：申诉成立</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="76" />
        <source>Rectification recorded</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="77" />
        <source>Follow-up call recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="142" />
        <location filename="../../app/labels.py" line="78" />
        <source>Follow-up: dissatisfied, rectification reopened</source>
        <translation>回访不满意，重新整改</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="80" />
        <source>Complaint closed</source>
        <translation>投诉办结</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="81" />
        <source>Complaint voided</source>
        <translation>作废投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="82" />
        <source>Vendor export imported</source>
        <translation>导入厂商系统导出数据</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="83" />
        <source>Drop folder set</source>
        <translation>设置导入文件夹</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="84" />
        <source>Project templates changed</source>
        <translation>修改项目模板</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="86" />
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="87" />
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="88" />
        <source>Account's role changed</source>
        <translation>修改账户角色</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="89" />
        <source>Hall configuration exported</source>
        <translation>导出大厅配置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="90" />
        <source>Inspection checklist changed</source>
        <translation>修改巡查检查表</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="91" />
        <source>Department changed</source>
        <translation>修改进驻单位</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="92" />
        <source>Hall profile changed</source>
        <translation>修改大厅信息</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="93" />
        <source>Rules changed</source>
        <translation>修改规则设置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="94" />
        <source>Service items changed</source>
        <translation>修改窗口办理事项</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="95" />
        <source>Staff roster changed</source>
        <translation>修改人员名册</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="96" />
        <source>Staff roster exported</source>
        <translation>导出人员名册</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="97" />
        <source>Staff roster imported</source>
        <translation>导入人员名册</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="98" />
        <source>Window changed</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="100" />
        <source>Key project added</source>
        <translation>新增重点项目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="101" />
        <source>Approval item started</source>
        <translation>审批事项开始办理</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="102" />
        <source>Approval item restarted</source>
        <translation>审批事项重新办理</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="103" />
        <source>Approval item completed</source>
        <translation>审批事项办结</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="104" />
        <source>Returned for corrections</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="105" />
        <source>Case linked</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="106" />
        <source>Project status changed</source>
        <translation>项目状态变更</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="107" />
        <source>Supervision (督办) recorded</source>
        <translation>登记督办</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="108" />
        <source>Supervision answered</source>
        <translation>督办已答复</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="109" />
        <source>Key projects imported</source>
        <translation>导入重点项目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="110" />
        <source>Key projects exported</source>
        <translation>导出重点项目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="112" />
        <source>Risk point added</source>
        <translation>新增风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="113" />
        <source>Risk point changed</source>
        <translation>修改风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="114" />
        <source>Risk point escalated</source>
        <translation>风险点升级</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="115" />
        <source>Risk point approved</source>
        <translation>审定风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="116" />
        <source>Risk point reviewed</source>
        <translation>评估风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="149" />
        <location filename="../../app/labels.py" line="117" />
        <source>Risk point retired</source>
        <translation>撤销风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="150" />
        <location filename="../../app/labels.py" line="118" />
        <source>Complaint linked</source>
        <translation>关联投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="151" />
        <location filename="../../app/labels.py" line="119" />
        <source>Inspection finding linked</source>
        <translation>关联巡查问题</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="152" />
        <location filename="../../app/labels.py" line="120" />
        <source>Complaint unlinked</source>
        <translation>取消关联投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="153" />
        <location filename="../../app/labels.py" line="121" />
        <source>Inspection finding unlinked</source>
        <translation>取消关联巡查问题</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="122" />
        <source>Risk register imported</source>
        <translation>导入风险点登记簿</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="123" />
        <source>Risk register exported</source>
        <translation>导出风险点登记簿</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="125" />
        <source>Inspection round started</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="126" />
        <source>Inspection round finished</source>
        <translation>结束巡查</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="127" />
        <source>Inspection result recorded</source>
        <translation>登记巡查结果</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="128" />
        <source>Remaining items passed</source>
        <translation>其余项目合格</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="129" />
        <source>Inspection photo added</source>
        <translation>添加巡查照片</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="130" />
        <source>Complaint opened from a finding</source>
        <translation>由巡查问题登记投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="132" />
        <source>Inspection finding voided</source>
        <translation>作废巡查问题</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="133" />
        <source>Inspections exported</source>
        <translation>导出巡查记录</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="139" />
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="140" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="141" />
        <source>Deadline recounted (calendar)</source>
        <translation>期限重算（工作日调整）</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="143" />
        <source>Category and handler set</source>
        <translation>设定类别和承办人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="164" />
        <location filename="../../app/labels.py" line="144" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="145" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="146" />
        <source>Escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="147" />
        <source>Approved</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="148" />
        <source>Reviewed</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="158" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="159" />
        <source>Attendance imported</source>
        <translation>已导入考勤</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="160" />
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="161" />
        <source>Off duty from</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="162" />
        <source>Term</source>
        <translation>期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="163" />
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="165" />
        <source>Applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="166" />
        <source>Approval withdrawn</source>
        <translation>撤回审定</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="167" />
        <source>Approved by</source>
        <translation>审定人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="168" />
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="169" />
        <source>Done by</source>
        <translation>操作方</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="170" />
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="171" />
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="172" />
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="173" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="174" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="175" />
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="176" />
        <source>Started on</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="177" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="178" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="179" />
        <source>To change at login</source>
        <translation>登录时须修改</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="180" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="181" />
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="182" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="183" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="184" />
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="338" />
        <location filename="../../app/labels.py" line="187" />
        <location filename="../../app/labels.py" line="185" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="186" />
        <source>Complaints opened</source>
        <translation>登记投诉数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="188" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="189" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="349" />
        <location filename="../../app/labels.py" line="190" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="191" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="192" />
        <source>Departments</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="193" />
        <source>Person's name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="194" />
        <source>Already known</source>
        <translation>已有</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="195" />
        <source>Escalation reason</source>
        <translation>升级理由</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="196" />
        <source>Failed logins</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="337" />
        <location filename="../../app/labels.py" line="197" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="198" />
        <source>File checksum</source>
        <translation>文件校验值</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="199" />
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="200" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="201" />
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="202" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="203" />
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="204" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="205" />
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="348" />
        <location filename="../../app/labels.py" line="206" />
        <source>Checklist item</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="207" />
        <source>Checklist items</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="208" />
        <source>Likelihood</source>
        <translation>发生概率</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="209" />
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="210" />
        <source>Control measures</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="211" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="212" />
        <source>Next review</source>
        <translation>下次评估</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="213" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="214" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="215" />
        <source>Password expired</source>
        <translation>密码过期</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="216" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="217" />
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="218" />
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="219" />
        <source>Rectification working days</source>
        <translation>整改时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="220" />
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="221" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="222" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="223" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="224" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="225" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="226" />
        <source>Citizen's satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="227" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="228" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="229" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="230" />
        <source>Substantiated at</source>
        <translation>认定属实时间</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="231" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="232" />
        <source>New state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="233" />
        <source>Unmasked</source>
        <translation>未遮蔽</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="234" />
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="235" />
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="236" />
        <source>Verification working days</source>
        <translation>核实时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="237" />
        <source>Windows visited</source>
        <translation>巡查窗口数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="238" />
        <source>Was locked</source>
        <translation>原已锁定</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="351" />
        <location filename="../../app/labels.py" line="240" />
        <location filename="../../app/labels.py" line="239" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="241" />
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="242" />
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="243" />
        <source>Closed by the day's end</source>
        <translation>日终关闭</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="244" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="245" />
        <source>Estimated sessions</source>
        <translation>估算的在岗时段</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="246" />
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="247" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="248" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="249" />
        <source>Mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="250" />
        <source>Rejected rows</source>
        <translation>拒收行数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="251" />
        <source>Rejects file</source>
        <translation>拒收文件</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="252" />
        <source>Summary rows</source>
        <translation>汇总行数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="253" />
        <source>Event types</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="254" />
        <source>Issue number</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="255" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="256" />
        <source>Tokens</source>
        <translation>令牌数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="343" />
        <location filename="../../app/labels.py" line="257" />
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="258" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="259" />
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="260" />
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="261" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="262" />
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="263" />
        <source>Audit entry</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="264" />
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="265" />
        <source>Complaint deadlines moved</source>
        <translation>顺延的投诉期限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="266" />
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="267" />
        <source>Due dates moved</source>
        <translation>顺延的期限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="268" />
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="269" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="270" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="271" />
        <source>Checksum</source>
        <translation>校验值</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="272" />
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="278" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="279" />
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="280" />
        <source>Appealed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="281" />
        <source>Substantiated</source>
        <translation>属实</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="282" />
        <source>Unsubstantiated</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="283" />
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="284" />
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="285" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="286" />
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="288" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="289" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="290" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="292" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="293" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="294" />
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="296" />
        <source>Identify</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="297" />
        <source>Prevent</source>
        <translation>预防</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="298" />
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="299" />
        <source>Evaluate and accept</source>
        <translation>评估验收</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="304" />
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="305" />
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="306" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="307" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="308" />
        <source>Web</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="309" />
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="310" />
        <source>Inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="313" />
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="314" />
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="315" />
        <source>simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="316" />
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="317" />
        <source>queue system</source>
        <translation>排队系统</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="320" />
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="321" />
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="322" />
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="323" />
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="324" />
        <source>Setup</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="329" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="330" />
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="331" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="332" />
        <source>Event batch</source>
        <translation>事件批次</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="333" />
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="334" />
        <source>Briefing text</source>
        <translation>简报文字</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="335" />
        <source>Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="336" />
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="339" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="340" />
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="341" />
        <source>Inspection round</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="342" />
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="344" />
        <source>Key project</source>
        <translation>重点项目事项</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="345" />
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="346" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="347" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="350" />
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/labels.py" line="352" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context><context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../widgets/assessment/page.py" line="154" />
        <source>Enter leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="156" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="161" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="162" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="166" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="169" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context><context>
    <name>LedgerLayout</name>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="54" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="58" />
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="73" />
        <source>Registered from</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="81" />
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="86" />
        <source>Search number, complaint, window, citizen… (Ctrl+F)</source>
        <translation>搜索编号、投诉内容、窗口、投诉人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="99" />
        <source>Register a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="103" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="105" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="110" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="146" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="150" />
        <source>Category and handler…</source>
        <translation>类别和承办人…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="175" />
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="177" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="227" />
        <location filename="../../widgets/complaints/layout.py" line="188" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="227" />
        <location filename="../../widgets/complaints/layout.py" line="188" />
        <source>No category yet</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="229" />
        <location filename="../../widgets/complaints/layout.py" line="190" />
        <source>All handlers</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="229" />
        <location filename="../../widgets/complaints/layout.py" line="190" />
        <source>Nobody yet</source>
        <translation>未指定承办人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="219" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="221" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context><context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../widgets/complaints/model.py" line="41" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="41" />
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="42" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="42" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="43" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="43" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="60" />
        <location filename="../../widgets/complaints/model.py" line="44" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="44" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="45" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="45" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="46" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="46" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/model.py" line="47" />
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
</context><context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="149" />
        <source>Link a complaint or a finding</source>
        <translation>关联投诉或巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="150" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="151" />
        <source>Inspection finding</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="156" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="157" />
        <source>Complaint or finding</source>
        <translation>投诉或巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="158" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context><context>
    <name>LiveCharts</name>
    <message>
        <location filename="../../widgets/overview/charts.py" line="45" />
        <source>Waiting through the day</source>
        <translation>全天等候人数</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="67" />
        <location filename="../../widgets/overview/charts.py" line="47" />
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="54" />
        <source>Previous working day</source>
        <translation>上一工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="60" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="65" />
        <source>Citizens served per hour</source>
        <translation>每小时服务人次</translation>
    </message>
    <message>
        <source>Served per hour</source>
        <translation type="vanished">每小时办结</translation>
    </message>
</context><context>
    <name>LiveHallPage</name>
    <message>
        <location filename="../../widgets/overview/page.py" line="140" />
        <location filename="../../widgets/pages.py" line="54" />
        <source>Live hall</source>
        <translation>窗口实时状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="194" />
        <source>%1 (min)</source>
        <translation>%1(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="241" />
        <source>Whole hall</source>
        <translation>全馆</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="257" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="259" />
        <source>Acknowledge the selected alerts (a group row: all of its alerts)</source>
        <translation>确认所选预警(选中一组即确认该组全部预警)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="263" />
        <source>Show acknowledged</source>
        <translation>显示已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="274" />
        <source>Queues by department</source>
        <translation>各单位排队情况</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="325" />
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="328" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="413" />
        <source>The database cannot be reached: %1. Showing the last figures; retrying every second.</source>
        <translation>无法连接数据库:%1。当前显示的是最后一次获取的数据,每秒自动重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="460" />
        <source>Data as of %1 (from imported files)</source>
        <translation>数据截至 %1（导入文件）</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="463" />
        <source>; open, idle and vacant-window times: %1</source>
        <translation>；窗口在岗、空闲、空岗时间%1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="496" />
        <source>Alerts: %1 open, %2 acknowledged</source>
        <translation>预警:未处理 %1 条,已确认 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="582" />
        <location filename="../../widgets/overview/page.py" line="562" />
        <source>HallDesk</source>
        <translation>政务大厅督查台</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="vanished">当前等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="vanished">今日办结</translation>
    </message>
    <message>
        <source>Average wait today (min)</source>
        <translation type="vanished">今日平均等候(分钟)</translation>
    </message>
    <message>
        <source>Satisfaction today</source>
        <translation type="vanished">今日满意率</translation>
    </message>
    <message>
        <source>Open windows</source>
        <translation type="vanished">开放窗口</translation>
    </message>
    <message>
        <source>Yellow / red cards</source>
        <translation type="vanished">黄牌 / 红牌</translation>
    </message>
</context><context>
    <name>Login</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="72" />
        <source>This account is locked until %1 after too many failed logins; wait, or ask the director to unlock it.</source>
        <translation>登录失败次数过多，该账户已锁定至 %1；请稍候，或请主任解锁。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="77" />
        <source>Too many failed logins: this account is locked for %1 minutes.</source>
        <translation>登录失败次数过多：该账户已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="80" />
        <source>The account name or the password is wrong.</source>
        <translation>账户名或密码错误。</translation>
    </message>
</context><context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="185" />
        <source>HallDesk — log in</source>
        <translation>政务大厅督查台 — 登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="186" />
        <source>HallDesk — session locked</source>
        <translation>政务大厅督查台 — 会话已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="188" />
        <source>政务大厅督查台 HallDesk</source>
        <translation>政务大厅督查台 HallDesk</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="189" />
        <source>The session was locked after a time without use. Enter your password to go on.</source>
        <translation>长时间未操作，会话已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="197" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="198" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="199" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="199" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="200" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="206" />
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和密码。</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="85" />
        <source>HallDesk — service hall supervision</source>
        <translation>政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="134" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="138" />
        <source>Account: %1 (%2)</source>
        <translation>账户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="141" />
        <source>DEMO — %1, logged in automatically</source>
        <translation>演示 — %1，已自动登录</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="207" />
        <source>Drop folder for the vendor systems' exports</source>
        <translation>选择各业务系统导出文件的存放文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="214" />
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="231" />
        <source>Drop folder: %1 files imported or refused</source>
        <translation>导入文件夹：已处理 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="239" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="239" />
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="246" />
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="265" />
        <source>The %1 working-day calendar is not entered yet: due dates count Monday–Friday. Enter it in Settings → Working-day calendar.</source>
        <translation>%1 年工作日历尚未录入：期限暂按周一至周五计算。请在“系统设置 → 工作日历”中录入。</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="299" />
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="303" />
        <source>Feed: no events yet</source>
        <translation>数据接入:尚无事件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="308" />
        <source>Feed: the last event has an impossible time</source>
        <translation>数据接入：最后一条事件的时间不可能</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="314" />
        <source>Last event %1</source>
        <translation>最近事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="316" />
        <source>Feed silent since %1</source>
        <translation>数据接入中断,最后事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="365" />
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="vanished">账号:%1</translation>
    </message>
</context><context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="47" />
        <source>New key project</source>
        <translation>新建重点项目</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="55" />
        <source> (10,000 yuan)</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="61" />
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="62" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="63" />
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="64" />
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="65" />
        <source>Lead officer</source>
        <translation>牵头人</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="66" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="67" />
        <source>Project type (usual items)</source>
        <translation>项目类型（常用审批事项）</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="83" />
        <source>Enter the project's code and name.</source>
        <translation>请填写项目代码和项目名称。</translation>
    </message>
</context><context>
    <name>Password</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="50" />
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="52" />
        <source>The password is too long.</source>
        <translation>密码过长。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="53" />
        <source>The password must mix at least three of: upper-case letters, lower-case letters, digits, symbols.</source>
        <translation>密码须至少包含大写字母、小写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="56" />
        <source>The password must not contain the account name.</source>
        <translation>密码不能包含账户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="63" />
        <source>At least %1 characters, mixing three of upper-case, lower-case, digits and symbols, and not containing the account name.</source>
        <translation>至少 %1 个字符，包含大写字母、小写字母、数字、符号中的三类，且不含账户名。</translation>
    </message>
</context><context>
    <name>PointDialog</name>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="46" />
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="76" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="76" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="77" />
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="78" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="79" />
        <source>Procedure</source>
        <translation>程序环节</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="80" />
        <source>Risk description</source>
        <translation>风险描述</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="81" />
        <source>Likelihood (1–5)</source>
        <translation>发生概率(1–5)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="82" />
        <source>Impact (1–5)</source>
        <translation>影响程度(1–5)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="83" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="84" />
        <source>Control measures</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="85" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="86" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="87" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="101" />
        <source>%1 (score %2)</source>
        <translation>%1(分值 %2)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="vanished">进驻单位</translation>
    </message>
</context><context>
    <name>ProjectTemplatesPane</name>
    <message>
        <location filename="../../widgets/settings/projects.py" line="20" />
        <source>The usual approval items of each project type: a new key project starts with its type's items. Stages 1–4 (立项, 用地, 规划, 施工许可), limits in working days, departments by code.</source>
        <translation>各类项目的常用审批事项：新建重点项目时按其类型带出这些事项。阶段为 1–4（立项、用地、规划、施工许可），时限按工作日计，部门填部门代码。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/projects.py" line="49" />
        <location filename="../../widgets/settings/projects.py" line="28" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/projects.py" line="51" />
        <source>Saved: %1 project types; new projects use them from now on.</source>
        <translation>已保存 %1 个项目类型，新建项目自即日起按此带出事项。</translation>
    </message>
</context><context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../widgets/projects/page.py" line="93" />
        <location filename="../../widgets/pages.py" line="62" />
        <source>Key projects</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="115" />
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="116" />
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="117" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="118" />
        <source>Items done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="120" />
        <source>Working days</source>
        <translation>已用工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="121" />
        <source>Legal total</source>
        <translation>法定时限合计</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="128" />
        <location filename="../../widgets/projects/page.py" line="122" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="124" />
        <source>Next due</source>
        <translation>最近到期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="125" />
        <source>Overdue</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="130" />
        <source>Approval item</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="131" />
        <source>Handling department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="132" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="133" />
        <source>Waits for</source>
        <translation>前置事项</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="338" />
        <location filename="../../widgets/projects/page.py" line="134" />
        <source>Started on</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="135" />
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="136" />
        <source>Completed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="137" />
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="138" />
        <source>Legal</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="139" />
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="140" />
        <source>Days late</source>
        <translation>逾期工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="145" />
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="338" />
        <location filename="../../widgets/projects/page.py" line="146" />
        <source>Start item</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="349" />
        <location filename="../../widgets/projects/page.py" line="147" />
        <source>Complete item</source>
        <translation>事项办结</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="361" />
        <location filename="../../widgets/projects/page.py" line="148" />
        <source>Return for corrections</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="149" />
        <source>Link case…</source>
        <translation>关联办件…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="150" />
        <source>Supervise…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="151" />
        <source>Record answer…</source>
        <translation>登记督办答复…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="152" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="153" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="207" />
        <source>The projects cannot be read: %1</source>
        <translation>无法读取重点项目：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="215" />
        <source>%1 projects, %2 items overdue</source>
        <translation>共 %1 个项目，%2 个事项逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="250" />
        <source>%1 of %2 legal working days used (%3% faster than the legal limits)</source>
        <translation>已用 %1 个工作日，法定时限合计 %2 个工作日（比法定时限提速 %3%）</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="255" />
        <source>%1 working days so far; the legal limits add up to %2</source>
        <translation>已用 %1 个工作日，法定时限合计 %2 个工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="259" />
        <source>lead</source>
        <translation>牵头人</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="262" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="265" />
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="267" />
        <source>by</source>
        <translation>限</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="272" />
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="281" />
        <source>entered the project</source>
        <translation>录入项目</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="281" />
        <source>started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="282" />
        <source>started again</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="282" />
        <source>completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="283" />
        <source>returned for corrections</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="284" />
        <source>linked a case</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="284" />
        <source>changed the status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="285" />
        <source>supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="285" />
        <source>recorded the answer</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="329" />
        <source>Choose a project and one of its items first.</source>
        <translation>请先选择一个项目及其审批事项。</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="349" />
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="362" />
        <source>Missing materials:</source>
        <translation>需补正的材料：</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="372" />
        <source>Link case</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="373" />
        <source>The window's case number:</source>
        <translation>窗口办件编号：</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="381" />
        <source>Choose a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="395" />
        <source>The project has no supervision waiting for its answer.</source>
        <translation>该项目没有待答复的督办。</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="399" />
        <source>Record answer</source>
        <translation>登记督办答复</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="400" />
        <source>Answer to: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="405" />
        <source>Import key projects</source>
        <translation>导入重点项目</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="434" />
        <location filename="../../widgets/projects/page.py" line="406" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="425" />
        <source>%1 projects imported, %2 already there</source>
        <translation>导入 %1 个项目，%2 个已存在</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="433" />
        <source>Export key projects</source>
        <translation>导出重点项目</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/page.py" line="447" />
        <source>%1 items exported</source>
        <translation>已导出 %1 个审批事项</translation>
    </message>
</context><context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../widgets/overview/tables.py" line="88" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="89" />
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="90" />
        <source>Longest wait (min)</source>
        <translation>最长等候(分钟)</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="vanished">今日办结</translation>
    </message>
</context><context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="131" />
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="148" />
        <source>What the citizen complains about</source>
        <translation>群众投诉的内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="150" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="151" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="152" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="153" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="154" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="155" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="160" />
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="161" />
        <source>The citizen's name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="162" />
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="166" />
        <source>The time received is in the future.</source>
        <translation>受理时间晚于当前时间。</translation>
    </message>
</context><context>
    <name>RiskCharts</name>
    <message>
        <location filename="../../widgets/risks/charts.py" line="91" />
        <source>Points by category and grade; click a cell to list them</source>
        <translation>按类别和等级统计;点击单元格查看对应风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/charts.py" line="121" />
        <source>Likelihood (rows) × impact (columns); click a cell to list its points</source>
        <translation>发生概率(行)× 影响程度(列);点击单元格查看对应风险点</translation>
    </message>
</context><context>
    <name>RiskDetail</name>
    <message>
        <location filename="../../widgets/risks/detail.py" line="27" />
        <source>(escalated: %1)</source>
        <translation>(已升级:%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="29" />
        <source>Approved by %1 on %2</source>
        <translation>%1 于 %2 审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="32" />
        <source>Awaiting approval (审定)</source>
        <translation>待审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="33" />
        <source>Score %1 × %2 = %3, grade %4</source>
        <translation>分值 %1 × %2 = %3,%4</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="40" />
        <source>Control measures</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="47" />
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="51" />
        <source>History</source>
        <translation>记录</translation>
    </message>
</context><context>
    <name>RiskModel</name>
    <message>
        <location filename="../../widgets/risks/model.py" line="24" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="25" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="27" />
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="29" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="30" />
        <source>Procedure</source>
        <translation>程序环节</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="31" />
        <source>Risk description</source>
        <translation>风险描述</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="33" />
        <source>L</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="35" />
        <source>I</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="36" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="38" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="40" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="41" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="43" />
        <source>Approved</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="45" />
        <source>Next review</source>
        <translation>下次评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="47" />
        <source>Attention</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="53" />
        <source>review overdue</source>
        <translation>逾期未评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="55" />
        <source>substantiated complaint</source>
        <translation>关联属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/model.py" line="57" />
        <source>awaiting approval</source>
        <translation>待审定</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="vanished">进驻单位</translation>
    </message>
</context><context>
    <name>RiskRegisterPage</name>
    <message>
        <location filename="../../widgets/risks/page.py" line="78" />
        <location filename="../../widgets/pages.py" line="58" />
        <source>Risk register</source>
        <translation>廉政风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="102" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="103" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="105" />
        <source>All risk types</source>
        <translation>全部风险类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="107" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="109" />
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="111" />
        <source>All departments</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="113" />
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="114" />
        <source>Review overdue</source>
        <translation>逾期未评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="115" />
        <source>Substantiated complaint</source>
        <translation>关联属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="116" />
        <source>Awaiting approval</source>
        <translation>待审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="168" />
        <location filename="../../widgets/risks/page.py" line="117" />
        <source>Due for review</source>
        <translation>待评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="119" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="130" />
        <source>New point</source>
        <translation>新增风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="131" />
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="132" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="133" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="134" />
        <source>Record review</source>
        <translation>登记评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="135" />
        <source>Link complaint/finding</source>
        <translation>关联投诉/巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="136" />
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="137" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="138" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="166" />
        <source>Category × grade</source>
        <translation>类别 × 等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="167" />
        <source>Likelihood × impact</source>
        <translation>发生概率 × 影响程度</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="213" />
        <source>The register cannot be read: %1</source>
        <translation>无法读取风险点登记表:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="244" />
        <source>%1 of %2 points shown, %3 need attention</source>
        <translation>显示 %1 / %2 条风险点,%3 条需关注</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="255" />
        <source>Likelihood %1 × impact %2</source>
        <translation>发生概率 %1 × 影响程度 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="331" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="347" />
        <source>Choose a point in the table first.</source>
        <translation>请先在表格中选择一条风险点。</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="381" />
        <source>Escalate %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="382" />
        <source>Why is this point one grade higher than its score?</source>
        <translation>升级理由(比分值对应等级高一级的原因):</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="390" />
        <source>Review %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="391" />
        <source>Conclusion of the review (评估):</source>
        <translation>评估结论:</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="398" />
        <source>Retire %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="399" />
        <source>Why does this point leave the register?</source>
        <translation>撤销理由:</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="422" />
        <source>Import the risk register</source>
        <translation>导入廉政风险点登记表</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="454" />
        <location filename="../../widgets/risks/page.py" line="423" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="437" />
        <source>%1 was refused; nothing was imported.</source>
        <translation>%1 被拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="444" />
        <source>%1 points imported, %2 already in the register</source>
        <translation>导入 %1 条风险点,%2 条已在登记表中</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="452" />
        <source>Export the risk register</source>
        <translation>导出廉政风险点登记表</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="460" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context><context>
    <name>Roles</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="41" />
        <source>director</source>
        <translation>主任</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="42" />
        <source>office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="43" />
        <source>inspector</source>
        <translation>巡查员</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="44" />
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
</context><context>
    <name>Rules</name>
    <message>
        <location filename="../../widgets/settings/rules.py" line="29" />
        <source>Live alert thresholds</source>
        <translation>实时预警阈值</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="30" />
        <source>Assessment deductions</source>
        <translation>考核扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="31" />
        <source>Complaint deadlines</source>
        <translation>投诉办理时限</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="32" />
        <source>Risk grading and review</source>
        <translation>风险等级与复核</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="33" />
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="34" />
        <source>Monthly assessment</source>
        <translation>月度考评</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="35" />
        <source>Login and session security</source>
        <translation>登录与会话安全</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="41" />
        <source>Long wait after</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="42" />
        <source>Paused window vacant after</source>
        <translation>暂停空岗超过</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="43" />
        <source>Evaluation device off after</source>
        <translation>评价器关闭超过</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="44" />
        <source>Low evaluation rate below</source>
        <translation>评价率低于</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="45" />
        <source>… once a window has served</source>
        <translation>……窗口办结达到</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="46" />
        <source>Substantiated bad evaluation</source>
        <translation>差评属实</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="47" />
        <source>Other substantiated complaint</source>
        <translation>其他投诉属实</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="48" />
        <source>Inspection finding (default)</source>
        <translation>巡查发现问题（默认）</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="49" />
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="50" />
        <source>Verification within</source>
        <translation>核实时限</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="51" />
        <source>Rectification within</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="52" />
        <source>一级 from score</source>
        <translation>一级起始分值</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="53" />
        <source>二级 from score</source>
        <translation>二级起始分值</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="54" />
        <source>Review 一级 every</source>
        <translation>一级复核周期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="55" />
        <source>Review 二级 every</source>
        <translation>二级复核周期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="56" />
        <source>Review 三级 every</source>
        <translation>三级复核周期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="57" />
        <source>Due notice ahead</source>
        <translation>到期提前提示</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="58" />
        <source>Late after opening plus</source>
        <translation>上班后迟到宽限</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="59" />
        <source>Early before closing less</source>
        <translation>下班前早退宽限</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="60" />
        <source>Each day late</source>
        <translation>迟到每次扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="61" />
        <source>Each day left early</source>
        <translation>早退每次扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="62" />
        <source>Each punch missing</source>
        <translation>缺卡每次扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="63" />
        <source>Each day absent</source>
        <translation>旷工每天扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="64" />
        <source>Red board places</source>
        <translation>红榜名额</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="65" />
        <source>Black board places</source>
        <translation>黑榜名额</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="66" />
        <source>Failed logins that lock</source>
        <translation>连续登录失败锁定次数</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="67" />
        <source>Lock for</source>
        <translation>锁定时长</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="68" />
        <source>Idle lock after</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="69" />
        <source>Password expires after</source>
        <translation>密码有效期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="74" />
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="75" />
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="75" />
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="76" />
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="77" />
        <source>score</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="77" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="78" />
        <source>logins</source>
        <translation>次</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="79" />
        <source>places</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="84" />
        <source>Live alerts from the next refresh; past alerts stay.</source>
        <translation>下次刷新起作用于实时预警；已有预警不变。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="85" />
        <source>The assessment of every period shown or printed from now on (counted when shown, past quarters included).</source>
        <translation>此后显示或打印的各期考核（显示时计算，含以往季度）。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="87" />
        <source>The next review date of points of this grade, counted from their last review.</source>
        <translation>该等级风险点的下次复核日期，自上次复核起算。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="89" />
        <source>The grade of risk points scored or rescored from now on.</source>
        <translation>此后评分或重新评分的风险点的等级。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="90" />
        <source>The monthly assessment of every month shown or written from now on.</source>
        <translation>此后显示或导出的每个月的月度考评。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="92" />
        <source>The red and black boards of every month shown or written from now on.</source>
        <translation>此后显示或导出的每个月的红榜和黑榜。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="98" />
        <source>The deduction of checklist items added later without their own.</source>
        <translation>此后新增且未设扣分的巡查项目的扣分。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="100" />
        <source>Complaints registered from now on; open deadlines keep theirs.</source>
        <translation>此后登记的投诉；已有时限不变。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="102" />
        <source>Complaints found substantiated from now on.</source>
        <translation>此后认定属实的投诉。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="105" />
        <source>When a point shows as due for review.</source>
        <translation>风险点提示待复核的时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="108" />
        <location filename="../../widgets/settings/rules.py" line="106" />
        <source>The attendance of every month shown from now on.</source>
        <translation>此后显示的每个月的考勤。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="112" />
        <source>The next failed logins.</source>
        <translation>此后的登录失败。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="113" />
        <source>Accounts locked from now on.</source>
        <translation>此后锁定的账户。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="114" />
        <source>Sessions opened from now on.</source>
        <translation>此后开启的会话。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="115" />
        <source>The next login of every account (0: passwords never expire).</source>
        <translation>各账户的下次登录（0：密码永不过期）。</translation>
    </message>
</context><context>
    <name>RulesPane</name>
    <message>
        <location filename="../../widgets/settings/rules.py" line="149" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="179" />
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/rules.py" line="205" />
        <source>Saved; applies from now on.</source>
        <translation>已保存，即时生效。</translation>
    </message>
</context><context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../widgets/assessment/chart.py" line="47" />
        <source>(axis from %1)</source>
        <translation>（纵轴自 %1 起）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/chart.py" line="51" />
        <source>Nobody ranked this month</source>
        <translation>本月无人参加排名</translation>
    </message>
</context><context>
    <name>Settings</name>
    <message>
        <location filename="../../widgets/settings/common.py" line="130" />
        <source>Your role may not change this; it is shown read-only.</source>
        <translation>您的角色无权修改此项，仅供查看。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/common.py" line="154" />
        <source>yes</source>
        <translation>是</translation>
    </message>
</context><context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../widgets/settings/page.py" line="57" />
        <location filename="../../widgets/pages.py" line="70" />
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="29" />
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="30" />
        <source>Departments and windows</source>
        <translation>单位与窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="31" />
        <source>Staff roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="32" />
        <source>Inspection checklist</source>
        <translation>巡查项目</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="33" />
        <source>Rules</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="34" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="35" />
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/page.py" line="36" />
        <source>Project templates</source>
        <translation>重点项目模板</translation>
    </message>
</context><context>
    <name>StaffPane</name>
    <message>
        <location filename="../../widgets/settings/staff.py" line="123" />
        <location filename="../../widgets/settings/staff.py" line="46" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="123" />
        <location filename="../../widgets/settings/staff.py" line="47" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="124" />
        <location filename="../../widgets/settings/staff.py" line="48" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="124" />
        <location filename="../../widgets/settings/staff.py" line="49" />
        <source>Served windows</source>
        <translation>所在窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="125" />
        <location filename="../../widgets/settings/staff.py" line="50" />
        <source>On duty</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="125" />
        <location filename="../../widgets/settings/staff.py" line="51" />
        <source>Off duty</source>
        <translation>离岗日期</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="52" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="58" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="59" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="60" />
        <source>Retire / reinstate</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="61" />
        <source>Import spreadsheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="62" />
        <source>Export spreadsheet…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="97" />
        <source>window codes, e.g. W01、W02</source>
        <translation>窗口代码，如 W01、W02</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="122" />
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="179" />
        <location filename="../../widgets/settings/staff.py" line="161" />
        <location filename="../../widgets/settings/staff.py" line="158" />
        <location filename="../../widgets/settings/staff.py" line="145" />
        <location filename="../../widgets/settings/staff.py" line="137" />
        <location filename="../../widgets/settings/staff.py" line="133" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="161" />
        <source>%1 staff added, %2 changed.</source>
        <translation>新增 %1 人，修改 %2 人。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="167" />
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/staff.py" line="173" />
        <source>Export staff</source>
        <translation>导出人员</translation>
    </message>
</context><context>
    <name>StepDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="190" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="194" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="212" />
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
</context><context>
    <name>SuperviseDialog</name>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="118" />
        <source>Supervise: %1</source>
        <translation>督办：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="124" />
        <source>To whom</source>
        <translation>督办对象</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="125" />
        <source>What is asked</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="126" />
        <source>By</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/dialogs.py" line="137" />
        <source>Say to whom and what is asked.</source>
        <translation>请填写督办对象和督办事项。</translation>
    </message>
</context><context>
    <name>Timeline</name>
    <message>
        <location filename="../../widgets/overview/detail.py" line="43" />
        <source>Open</source>
        <translation>开窗</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="44" />
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="45" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../widgets/projects/timeline.py" line="69" />
        <source>Choose a project to see its timeline.</source>
        <translation>选择一个项目以查看其审批进度。</translation>
    </message>
</context><context>
    <name>TitleDialog</name>
    <message>
        <location filename="../../widgets/assessment/page.py" line="123" />
        <source>Award title</source>
        <translation>评定称号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="125" />
        <source>Holder</source>
        <translation>获得者</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="130" />
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="133" />
        <source>Month %1</source>
        <translation>月度（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="134" />
        <source>Quarter %1</source>
        <translation>季度（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="135" />
        <source>For</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../widgets/assessment/page.py" line="138" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context><context>
    <name>WindowDetailDialog</name>
    <message>
        <location filename="../../widgets/overview/detail.py" line="33" />
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="34" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="35" />
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="36" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="37" />
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="107" />
        <source>Window %1 — %2</source>
        <translation>窗口 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="114" />
        <source>%1 · served %2 · %3 evaluations</source>
        <translation>%1 · 办结 %2 件 · 评价 %3 次</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="122" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="123" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="124" />
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="125" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="137" />
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="138" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="139" />
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="140" />
        <source>Due</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="141" />
        <source>Card</source>
        <translation>预警牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="145" />
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="146" />
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="173" />
        <source>Evaluations today</source>
        <translation>今日评价</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/detail.py" line="176" />
        <source>Open cases</source>
        <translation>在办件</translation>
    </message>
</context><context>
    <name>WindowDialog</name>
    <message>
        <location filename="../../widgets/settings/windows.py" line="51" />
        <source>on the floor plan</source>
        <translation>放在平面图上</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="59" />
        <source>New window</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="60" />
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="61" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="62" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="63" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="64" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="66" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="67" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="78" />
        <source>Add a department first.</source>
        <translation>请先添加进驻单位。</translation>
    </message>
</context><context>
    <name>WindowTableModel</name>
    <message>
        <location filename="../../widgets/overview/model.py" line="24" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="25" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="26" />
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="27" />
        <source>Closed</source>
        <translation>未开窗</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="38" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="39" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="40" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="41" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="42" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="43" />
        <source>Staff on duty</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="44" />
        <source>Ticket</source>
        <translation>当前号</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="45" />
        <source>Service time</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="47" />
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="126" />
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="127" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="vanished">今日办结</translation>
    </message>
    <message>
        <source>Satisfaction today</source>
        <translation type="vanished">今日满意率</translation>
    </message>
</context><context>
    <name>WindowTile</name>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="118" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="120" />
        <source>Red cards: %1</source>
        <translation>红牌 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="123" />
        <source>Yellow cards: %1</source>
        <translation>黄牌 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="127" />
        <source>%1 alert(s)</source>
        <translation>%1 条预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="152" />
        <source>⊘ device off</source>
        <translation>⊘ 评价器关</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="157" />
        <source>Red card %1</source>
        <translation>红牌 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="160" />
        <source>Yellow card %1</source>
        <translation>黄牌 %1</translation>
    </message>
    <message>
        <source>Served today: %1</source>
        <translation type="vanished">今日办结:%1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="vanished">今日 %1</translation>
    </message>
</context><context>
    <name>WindowsPane</name>
    <message>
        <location filename="../../widgets/settings/windows.py" line="218" />
        <location filename="../../widgets/settings/windows.py" line="95" />
        <location filename="../../widgets/settings/windows.py" line="89" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="96" />
        <location filename="../../widgets/settings/windows.py" line="90" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="288" />
        <location filename="../../widgets/settings/windows.py" line="269" />
        <location filename="../../widgets/settings/windows.py" line="261" />
        <location filename="../../widgets/settings/windows.py" line="257" />
        <location filename="../../widgets/settings/windows.py" line="200" />
        <location filename="../../widgets/settings/windows.py" line="91" />
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="92" />
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="101" />
        <location filename="../../widgets/settings/windows.py" line="93" />
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="97" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="98" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="99" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="100" />
        <source>Service items</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="105" />
        <source>Add department…</source>
        <translation>添加单位…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="105" />
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="108" />
        <location filename="../../widgets/settings/windows.py" line="106" />
        <source>Retire / reinstate</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="107" />
        <source>Add window…</source>
        <translation>添加窗口…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="107" />
        <source>Change / move…</source>
        <translation>修改 / 调整…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="109" />
        <source>Service items…</source>
        <translation>办理事项…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="247" />
        <location filename="../../widgets/settings/windows.py" line="239" />
        <location filename="../../widgets/settings/windows.py" line="224" />
        <location filename="../../widgets/settings/windows.py" line="133" />
        <source>Departments</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="137" />
        <source>Floor plan of floor</source>
        <translation>楼层平面图：</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="145" />
        <source>Service windows</source>
        <translation>服务窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="161" />
        <source>Choose a window in the list, then double-click a free cell to place it there.</source>
        <translation>先在列表中选中窗口，再双击平面图上的空格把它放到那里。</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="217" />
        <source>New department</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="233" />
        <location filename="../../widgets/settings/windows.py" line="218" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="232" />
        <source>Rename %1</source>
        <translation>%1 改名</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="277" />
        <source>One service item a line, e.g. 企业设立登记</source>
        <translation>每行一个事项，如：企业设立登记</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="282" />
        <source>Service items of %1</source>
        <translation>%1 的办理事项</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/windows.py" line="283" />
        <source>Items</source>
        <translation>事项</translation>
    </message>
</context></TS>