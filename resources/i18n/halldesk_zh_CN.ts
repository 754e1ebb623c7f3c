<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../widgets/actions.py" line="55" />
        <source>About HallDesk</source>
        <translation>关于政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="56" />
        <source>HallDesk — supervision desk for the director of a government service hall.</source>
        <translation>政务大厅督查台——政务服务中心主任的督查工作台。</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="65" />
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="73" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="80" />
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="87" />
        <source>&amp;Inspection mode</source>
        <translation>现场巡查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="95" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="102" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="109" />
        <source>&amp;About HallDesk</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="117" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="118" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="119" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="128" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context><context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../widgets/overview/tables.py" line="27" />
        <source>Long wait</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="28" />
        <source>Vacant window</source>
        <translation>窗口空岗</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="29" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="31" />
        <source>Low evaluation rate</source>
        <translation>评价率偏低</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="32" />
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="33" />
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="133" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="134" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="135" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="136" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="155" />
        <source>Ticket %1 waiting %2 min</source>
        <translation>%1 号已等候 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="160" />
        <source>Paused for %1 min</source>
        <translation>暂停已 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="164" />
        <source>Closed; it was open on %1</source>
        <translation>未开窗(%1 曾开窗)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="168" />
        <source>Off for %1 min</source>
        <translation>已关闭 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="173" />
        <source>%1% rated of %2 served</source>
        <translation>办结 %2 件,评价率 %1%</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="178" />
        <source>Case %1 %2, due %3</source>
        <translation>办件 %1 %2,承诺期限 %3</translation>
    </message>
</context><context>
    <name>AuditModel</name>
    <message>
        <location filename="../../widgets/audit/model.py" line="29" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="30" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="32" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="33" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="35" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="37" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="44" />
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="45" />
        <source>failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="46" />
        <source>log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="47" />
        <source>session locked (idle)</source>
        <translation>会话锁定（闲置）</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="48" />
        <source>account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="49" />
        <source>account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="50" />
        <source>account created</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="51" />
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="52" />
        <source>action refused</source>
        <translation>越权操作被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="53" />
        <source>audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="54" />
        <source>briefing printed</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="55" />
        <source>briefing saved</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/model.py" line="56" />
        <source>briefing written</source>
        <translation>生成简报文件</translation>
    </message>
</context><context>
    <name>AuditPage</name>
    <message>
        <location filename="../../widgets/audit/page.py" line="341" />
        <location filename="../../widgets/audit/page.py" line="73" />
        <location filename="../../widgets/pages.py" line="64" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="87" />
        <source>id or code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="91" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="93" />
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="94" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="95" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="97" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="98" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="99" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="304" />
        <location filename="../../widgets/audit/page.py" line="111" />
        <source>Choose an entry to see its fields.</source>
        <translation>选择一条记录查看各字段。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="117" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="118" />
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="119" />
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="136" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="138" />
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="220" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="225" />
        <source>%1 entries match (%2 loaded).</source>
        <translation>共 %1 条（已读取 %2 条）。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="308" />
        <source>Entry %1 · %2 · %3 · %4 · %5
Hash %6</source>
        <translation>第 %1 条 · %2 · %3 · %4 · %5
哈希 %6</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="323" />
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="325" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="344" />
        <source>%1 entries exported to %2.</source>
        <translation>已导出 %1 条到 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="354" />
        <source>Checking the chain…</source>
        <translation>正在校验哈希链…</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="364" />
        <source>Chain intact: %1 entries. Head: entry %2, hash %3</source>
        <translation>哈希链完整：共 %1 条。链头：第 %2 条，哈希 %3</translation>
    </message>
    <message>
        <location filename="../../widgets/audit/page.py" line="368" />
        <source>Chain BROKEN at entry %4 (%5). Checked %1 entries; head: entry %2, hash %3</source>
        <translation>哈希链在第 %4 条断裂（%5）。已校验 %1 条；链头：第 %2 条，哈希 %3</translation>
    </message>
</context><context>
    <name>Backups</name>
    <message>
        <location filename="../../widgets/backup.py" line="71" />
        <source>The %1 role cannot back up the database.</source>
        <translation>%1 角色无权备份数据库。</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="77" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="99" />
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="104" />
        <source>Last backup %1</source>
        <translation>上次备份 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/backup.py" line="110" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context><context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../widgets/briefing/page.py" line="63" />
        <location filename="../../widgets/pages.py" line="62" />
        <source>Quarterly briefing</source>
        <translation>季度工作简报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="83" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="85" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="86" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="88" />
        <source>Export per department…</source>
        <translation>按部门导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="96" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="102" />
        <source>Problems and next steps: kept with the quarter and printed in section 7.</source>
        <translation>存在问题和下步打算：随季度保存，印在简报第七部分。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="105" />
        <source>Save text</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="110" />
        <source>Problems and next steps</source>
        <translation>存在问题和下步打算</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="230" />
        <source>Text saved.</source>
        <translation>文字已保存。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="231" />
        <source>The text is unchanged.</source>
        <translation>文字未改动。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="243" />
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="259" />
        <source>Briefing of %1 generated.</source>
        <translation>%1 简报已生成。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="262" />
        <source>The quarter has no data.</source>
        <translation>本季度无数据。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="344" />
        <source>Save the briefing</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="355" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="371" />
        <source>%1 department briefings written to %2.</source>
        <translation>已将 %1 份部门简报写入 %2。</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="379" />
        <source>Folder for the department briefings</source>
        <translation>部门简报的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../widgets/briefing/page.py" line="386" />
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
</context><context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="272" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="276" />
        <source>Your password has expired (or was set by the director); choose a new one to go on.</source>
        <translation>您的密码已过期（或由主任设置），请设置新密码后继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="284" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="285" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="286" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="287" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="303" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="306" />
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="312" />
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
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
        <location filename="../../widgets/complaints/detail.py" line="36" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="42" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="43" />
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="44" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="45" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="46" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="47" />
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="48" />
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="50" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="56" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/detail.py" line="62" />
        <source>History</source>
        <translation>办理记录</translation>
    </message>
</context><context>
    <name>ComplaintForms</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="37" />
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1过长：共 %2 个字，最多 %3 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="41" />
        <source>%1 is masked (it contains *); enter the real value or leave it empty.</source>
        <translation>%1是脱敏后的内容（含 *）；请填写真实内容，或留空。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="44" />
        <source>%1 is not a phone number: use 5–20 digits, spaces, +, - or brackets.</source>
        <translation>%1不是电话号码：请使用 5–20 位数字、空格、+、- 或括号。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="46" />
        <source>%1 contains control characters.</source>
        <translation>%1含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="53" />
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="96" />
        <source>%1 is empty; it must be filled in.</source>
        <translation>%1为空，必须填写。</translation>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="30" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="31" />
        <source>Web</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="32" />
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="33" />
        <source>Inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="39" />
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="40" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="41" />
        <source>Start verification</source>
        <translation>开始核实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="42" />
        <source>Find substantiated</source>
        <translation>认定属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="43" />
        <source>Find unsubstantiated</source>
        <translation>认定不属实</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="45" />
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="46" />
        <source>Ruling: evaluation upheld</source>
        <translation>复核：维持评价</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="47" />
        <source>Ruling: appeal accepted</source>
        <translation>复核：申诉成立</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="49" />
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="50" />
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="51" />
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="52" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="53" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="54" />
        <source>Deadline recounted (calendar)</source>
        <translation>期限重算（工作日调整）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="60" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="62" />
        <location filename="../../widgets/complaints/labels.py" line="61" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="63" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="64" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="65" />
        <source>Verification finding</source>
        <translation>核实结论</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="66" />
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="67" />
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="68" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="69" />
        <source>Substantiated at</source>
        <translation>认定属实时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="70" />
        <source>Rectification due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/labels.py" line="71" />
        <source>Verification due</source>
        <translation>核实期限</translation>
    </message>
</context><context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../widgets/complaints/page.py" line="412" />
        <location filename="../../widgets/complaints/page.py" line="86" />
        <location filename="../../widgets/complaints/page.py" line="65" />
        <location filename="../../widgets/pages.py" line="56" />
        <source>Complaint ledger</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="163" />
        <source>The ledger cannot be read: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="214" />
        <source>%1 of %2 entries shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="276" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="340" />
        <source>Import a ledger spreadsheet</source>
        <translation>导入台账表格</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="349" />
        <location filename="../../widgets/complaints/page.py" line="341" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="347" />
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="353" />
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="354" />
        <source>Export the citizens' names and phone numbers unmasked? Only do so if the file stays in the office.</source>
        <translation>是否导出未脱敏的投诉人姓名和联系电话？仅当文件留存于中心办公室时才可这样做。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="391" />
        <source>%1 was refused; nothing was imported.</source>
        <translation>%1 被拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="396" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="398" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="401" />
        <source>%1: %2 entries added, %3 already in the ledger (%4 rows/s).</source>
        <translation>%1：新增 %2 条，%3 条已在台账中（每秒 %4 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/page.py" line="406" />
        <source>%1: %2 entries exported (%3 rows/s).</source>
        <translation>%1：已导出 %2 条（每秒 %3 行）。</translation>
    </message>
</context><context>
    <name>Conflict</name>
    <message>
        <location filename="../../widgets/conflict.py" line="14" />
        <source>Nothing was saved: someone else changed this record meanwhile.</source>
        <translation>未保存：此记录已被他人修改。</translation>
    </message>
    <message>
        <location filename="../../widgets/conflict.py" line="18" />
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
</context><context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="228" />
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="236" />
        <source>unchanged (%1)</source>
        <translation>不变（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="237" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="238" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="239" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="240" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="248" />
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="253" />
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="255" />
        <source>The reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="260" />
        <source>The citizen's name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="261" />
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="265" />
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
        <location filename="../../widgets/app.py" line="88" />
        <source>Creating the demo hall with 90 days of history…</source>
        <translation>正在创建演示大厅及 90 天历史数据…</translation>
    </message>
</context><context>
    <name>DisplayBoard</name>
    <message>
        <location filename="../../widgets/display/board.py" line="31" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="32" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="33" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="34" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="35" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="36" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="37" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="42" />
        <source>%1, %2-%3-%4</source>
        <translation>%2年%3月%4日 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="49" />
        <source>Granted</source>
        <translation>准予办理</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="50" />
        <source>Not granted</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="59" />
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="224" />
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="225" />
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="226" />
        <source>Handling department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="227" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="228" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="229" />
        <source>Completed at</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../widgets/display/window.py" line="43" />
        <location filename="../../widgets/display/board.py" line="273" />
        <source>Completed cases</source>
        <translation>办结公示</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="277" />
        <source>today %1</source>
        <translation>今日办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="281" />
        <source>yesterday %1</source>
        <translation>昨日办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="283" />
        <source>%2-%3: %1</source>
        <translation>%2月%3日办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="303" />
        <source>No case completed yet today.</source>
        <translation>今日暂无办结事项。</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="305" />
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="336" />
        <source>Citizens served today: %1</source>
        <translation>今日服务 %1 人次</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="338" />
        <source>Average wait: %1 min</source>
        <translation>平均等候 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="340" />
        <source>Satisfaction: %1</source>
        <translation>满意率 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/display/board.py" line="344" />
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context><context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="227" />
        <source>HallDesk — first start</source>
        <translation>政务大厅督查台 — 首次启动</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="229" />
        <source>This database has no accounts yet. Create the director's account: the director does everything, approves risk points and creates the other accounts (office, inspector, auditor).</source>
        <translation>该数据库尚无账户。请先创建主任账户：主任拥有全部权限，负责审定廉政风险点，并创建其他账户（办公室、巡查员、审计员）。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="237" />
        <source>Director's account</source>
        <translation>主任账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="238" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="239" />
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="241" />
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="241" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="246" />
        <source>Enter the name of the director's account.</source>
        <translation>请输入主任账户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="253" />
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
    <name>ImportReport</name>
    <message>
        <location filename="../../widgets/import_report.py" line="31" />
        <source>The column is missing from the header row.</source>
        <translation>表头行缺少此列。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="32" />
        <source>The number is empty; every entry needs one.</source>
        <translation>编号为空，每条记录都必须有编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="33" />
        <source>Longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="34" />
        <source>Not a date: use a spreadsheet date or YYYY-MM-DD HH:MM.</source>
        <translation>不是日期：请使用表格日期，或 YYYY-MM-DD HH:MM 格式。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="36" />
        <source>The time is in the future.</source>
        <translation>时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="37" />
        <source>Not a source; use one of %1.</source>
        <translation>不是有效来源，应为：%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="38" />
        <source>Not a state; use one of %1.</source>
        <translation>不是有效状态，应为：%1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="39" />
        <source>No window of the hall has this code or name.</source>
        <translation>大厅中没有此编号或名称的窗口。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="40" />
        <source>Two windows have this name; give the window's code.</source>
        <translation>有两个窗口同名，请填写窗口编号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="42" />
        <source>The complaint is empty.</source>
        <translation>投诉内容为空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="43" />
        <source>Only an entry from the evaluation device (%1) can be %2.</source>
        <translation>只有来源为%1的记录才能处于%2状态。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="45" />
        <source>An entry that is %1 must fill this column.</source>
        <translation>状态为%1的记录必须填写此列。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="46" />
        <source>An entry that is %1 cannot have this yet.</source>
        <translation>状态为%1的记录此列应为空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="47" />
        <source>The number is used twice (first in row %1).</source>
        <translation>编号重复（第一次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="48" />
        <source>Masked (contains *) and the entry is new: import the director's unmasked export, or leave the cell empty.</source>
        <translation>内容已脱敏（含 *）且为新记录：请导入主任导出的未脱敏表格，或将此格留空。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="50" />
        <source>Number %1 is in the ledger already with %2 here; change the entry in the application, not by importing it again.</source>
        <translation>编号 %1 已在台账中，此处为“%2”；请在程序中修改该记录，而不是重新导入。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="52" />
        <source>Too long: %1 characters, at most %2.</source>
        <translation>过长：共 %1 个字，最多 %2 个字。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="53" />
        <source>Contains control characters.</source>
        <translation>含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="54" />
        <source>Masked (contains *).</source>
        <translation>内容已脱敏（含 *）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="55" />
        <source>Not a phone number: use 5–20 digits, spaces, +, - or brackets.</source>
        <translation>不是电话号码：请使用 5–20 位数字、空格、+、- 或括号。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="58" />
        <source>The cell is empty; it must be filled in.</source>
        <translation>此项为空，必须填写。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="59" />
        <source>The code is empty; fill it in, e.g. LZ-SH-003.</source>
        <translation>编号为空，请填写，如 LZ-SH-003。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="61" />
        <source>Not a code like LZ-SH-003 (letters and digits in up to four parts joined by hyphens).</source>
        <translation>编号格式不符，应如 LZ-SH-003（字母和数字，至多四段，以连字符连接）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="63" />
        <source>Not a category; use one of %1.</source>
        <translation>不是有效的类别，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="64" />
        <source>Not a risk type; use one of %1.</source>
        <translation>不是有效的风险类型，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="65" />
        <source>Not a phase; use one of %1.</source>
        <translation>不是有效的阶段，请填写 %1 之一。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="66" />
        <source>Not a whole number from 1 to 5.</source>
        <translation>应为 1 至 5 的整数。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="67" />
        <source>Not a department of the hall; give its code or name, or %1.</source>
        <translation>不是本中心的进驻单位，请填写单位编码或名称，或填写 %1。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="69" />
        <source>Not a date: use a spreadsheet date or YYYY-MM-DD.</source>
        <translation>不是日期，请使用表格日期或 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="71" />
        <source>Not a grade; use 一级, 二级 or 三级.</source>
        <translation>不是有效的风险等级，请填写一级、二级或三级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="72" />
        <source>An escalation reason is given, but %1 is the grade of the score %2.</source>
        <translation>填写了升级理由，但 %1 就是分值 %2 对应的等级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="74" />
        <source>The score %1 gives %2; %3 needs its reason in the %4 column.</source>
        <translation>分值 %1 对应%2；定为%3须在“%4”列填写理由。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="76" />
        <source>The score %1 gives %2; a grade can be escalated by one at most.</source>
        <translation>分值 %1 对应%2；等级至多上调一级。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="78" />
        <source>The code is used twice (first in row %1).</source>
        <translation>编号重复（首次出现在第 %1 行）。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="79" />
        <source>The point was retired from the register.</source>
        <translation>该风险点已从台账中撤销。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="80" />
        <source>The point is in the register already with other values (%1); change it in the application.</source>
        <translation>该风险点已在台账中，但内容不同（%1）；请在程序中修改。</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="99" />
        <source>Spreadsheet refused</source>
        <translation>表格被拒绝</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="100" />
        <source>%1 was refused and nothing was imported. Fix these %2 cells and import it again:</source>
        <translation>%1 被拒绝，未导入任何内容。请修改以下 %2 处后重新导入：</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="105" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="105" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="106" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../widgets/import_report.py" line="106" />
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
        <location filename="../../widgets/inspections/page.py" line="81" />
        <location filename="../../widgets/pages.py" line="60" />
        <source>Inspections</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="97" />
        <source>Inspection mode</source>
        <translation>现场巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="98" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="102" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="122" />
        <location filename="../../widgets/inspections/page.py" line="110" />
        <source>Round</source>
        <translation>巡查轮次</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="111" />
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="112" />
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="113" />
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="114" />
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="162" />
        <location filename="../../widgets/inspections/page.py" line="115" />
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="168" />
        <location filename="../../widgets/inspections/page.py" line="161" />
        <location filename="../../widgets/inspections/page.py" line="116" />
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="120" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="121" />
        <source>Observed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="173" />
        <location filename="../../widgets/inspections/page.py" line="166" />
        <location filename="../../widgets/inspections/page.py" line="123" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="167" />
        <location filename="../../widgets/inspections/page.py" line="124" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="174" />
        <location filename="../../widgets/inspections/page.py" line="160" />
        <location filename="../../widgets/inspections/page.py" line="125" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="169" />
        <location filename="../../widgets/inspections/page.py" line="163" />
        <location filename="../../widgets/inspections/page.py" line="126" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="127" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="128" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="129" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="133" />
        <source>Show all findings</source>
        <translation>显示全部问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="139" />
        <source>View round</source>
        <translation>查看巡查</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="140" />
        <source>Open complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="360" />
        <location filename="../../widgets/inspections/page.py" line="141" />
        <source>Link to risk point</source>
        <translation>关联风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="142" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="143" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="175" />
        <location filename="../../widgets/inspections/page.py" line="150" />
        <source>Rounds</source>
        <translation>巡查轮次</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="156" />
        <source>Findings of the quarter</source>
        <translation>本季度巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="176" />
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="179" />
        <source>Findings by checklist item</source>
        <translation>按检查项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="181" />
        <source>Findings by window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="182" />
        <source>Repeat offenders (same item, same window, 2+ rounds)</source>
        <translation>重复出现的问题(同一窗口同一检查项,两轮及以上)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="252" />
        <source>The inspections cannot be read: %1</source>
        <translation>无法读取巡查记录:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="264" />
        <source>%1 rounds · %2 window visits · %3 findings (%4 points) · %5 repeat offenders</source>
        <translation>巡查 %1 轮 · 到访窗口 %2 次 · 问题 %3 项(扣 %4 分)· 重复问题 %5 项</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="283" />
        <source>%1 findings</source>
        <translation>%1 项问题</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="310" />
        <source>Choose a finding in the table first.</source>
        <translation>请先在表中选择一项问题。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="325" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="335" />
        <source>Complaint registered in the ledger</source>
        <translation>已登记到投诉台账</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="345" />
        <source>Linked to risk point %1</source>
        <translation>已关联风险点 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="358" />
        <source>The risk register has no points yet.</source>
        <translation>廉政风险点登记簿中还没有风险点。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="361" />
        <source>Risk point for finding %1:</source>
        <translation>问题 %1 关联的风险点:</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="369" />
        <source>Finding %1 voided</source>
        <translation>问题 %1 已作废</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="376" />
        <source>Void finding %1</source>
        <translation>作废问题 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="377" />
        <source>Why does this finding no longer count against the window?</source>
        <translation>为什么这项问题不再计入窗口考核?</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="398" />
        <source>No photo was taken for this finding.</source>
        <translation>这项问题没有照片。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="419" />
        <source>Choose a round first.</source>
        <translation>请先选择一轮巡查。</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="443" />
        <source>Export the inspections</source>
        <translation>导出巡查记录</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="445" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/inspections/page.py" line="457" />
        <source>%1 findings exported to %2</source>
        <translation>%1 项问题已导出到 %2</translation>
    </message>
</context><context>
    <name>Instance</name>
    <message>
        <location filename="../../widgets/app.py" line="299" />
        <source>HallDesk is already open on this database (process %1) on this computer; use that window, or close it first.</source>
        <translation>本机已有 HallDesk 打开此数据库（进程 %1）；请使用该窗口，或先将其关闭。</translation>
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
        <location filename="../../widgets/complaints/layout.py" line="65" />
        <source>Registered from</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="73" />
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="78" />
        <source>Search number, complaint, window, citizen… (Ctrl+F)</source>
        <translation>搜索编号、投诉内容、窗口、投诉人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="85" />
        <source>Register a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="89" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="91" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="96" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="132" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="157" />
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="159" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="173" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/layout.py" line="175" />
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
        <location filename="../../widgets/complaints/model.py" line="59" />
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
</context><context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="148" />
        <source>Link a complaint or a finding</source>
        <translation>关联投诉或巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="149" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="150" />
        <source>Inspection finding</source>
        <translation>巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="155" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="156" />
        <source>Complaint or finding</source>
        <translation>投诉或巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="157" />
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
        <location filename="../../widgets/overview/charts.py" line="65" />
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
        <location filename="../../widgets/overview/charts.py" line="64" />
        <source>Served per hour</source>
        <translation>每小时办结</translation>
    </message>
</context><context>
    <name>LiveHallPage</name>
    <message>
        <location filename="../../widgets/overview/page.py" line="112" />
        <location filename="../../widgets/pages.py" line="54" />
        <source>Live hall</source>
        <translation>窗口实时状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="150" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="151" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="152" />
        <source>Average wait today (min)</source>
        <translation>今日平均等候(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="153" />
        <source>Satisfaction today</source>
        <translation>今日满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="154" />
        <source>Open windows</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="155" />
        <source>Yellow / red cards</source>
        <translation>黄牌 / 红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="185" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="194" />
        <source>Queues by department</source>
        <translation>各单位排队情况</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="233" />
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="236" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="298" />
        <source>The database cannot be reached: %1. Showing the last figures; retrying every second.</source>
        <translation>无法连接数据库:%1。当前显示的是最后一次获取的数据,每秒自动重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="348" />
        <source>Alerts: %1 open, %2 acknowledged</source>
        <translation>预警:未处理 %1 条,已确认 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="407" />
        <location filename="../../widgets/overview/page.py" line="387" />
        <source>HallDesk</source>
        <translation>政务大厅督查台</translation>
    </message>
</context><context>
    <name>Login</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="71" />
        <source>This account is locked until %1 after too many failed logins; wait, or ask the director to unlock it.</source>
        <translation>登录失败次数过多，该账户已锁定至 %1；请稍候，或请主任解锁。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="76" />
        <source>Too many failed logins: this account is locked for %1 minutes.</source>
        <translation>登录失败次数过多：该账户已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="79" />
        <source>The account name or the password is wrong.</source>
        <translation>账户名或密码错误。</translation>
    </message>
</context><context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="184" />
        <source>HallDesk — log in</source>
        <translation>政务大厅督查台 — 登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="185" />
        <source>HallDesk — session locked</source>
        <translation>政务大厅督查台 — 会话已锁定</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="187" />
        <source>政务大厅督查台 HallDesk</source>
        <translation>政务大厅督查台 HallDesk</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="188" />
        <source>The session was locked after a time without use. Enter your password to go on.</source>
        <translation>长时间未操作，会话已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="196" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="197" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="198" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="198" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="199" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="205" />
        <source>Enter the account name and the password.</source>
        <translation>请输入账户名和密码。</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="75" />
        <source>HallDesk — service hall supervision</source>
        <translation>政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="123" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="127" />
        <source>Account: %1 (%2)</source>
        <translation>账户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="130" />
        <source>DEMO — %1, logged in automatically</source>
        <translation>演示 — %1，已自动登录</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="168" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="168" />
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="175" />
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="189" />
        <source>Feed: no events yet</source>
        <translation>数据接入:尚无事件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="196" />
        <source>Last event %1</source>
        <translation>最近事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="198" />
        <source>Feed silent since %1</source>
        <translation>数据接入中断,最后事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="247" />
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="vanished">账号:%1</translation>
    </message>
</context><context>
    <name>Password</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="49" />
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="51" />
        <source>The password is too long.</source>
        <translation>密码过长。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="52" />
        <source>The password must mix at least three of: upper-case letters, lower-case letters, digits, symbols.</source>
        <translation>密码须至少包含大写字母、小写字母、数字、符号中的三类。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="55" />
        <source>The password must not contain the account name.</source>
        <translation>密码不能包含账户名。</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="62" />
        <source>At least %1 characters, mixing three of upper-case, lower-case, digits and symbols, and not containing the account name.</source>
        <translation>至少 %1 个字符，包含大写字母、小写字母、数字、符号中的三类，且不含账户名。</translation>
    </message>
</context><context>
    <name>PointDialog</name>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="45" />
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="75" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="75" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="76" />
        <source>Risk type</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="77" />
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="78" />
        <source>Procedure</source>
        <translation>程序环节</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="79" />
        <source>Risk description</source>
        <translation>风险描述</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="80" />
        <source>Likelihood (1–5)</source>
        <translation>发生概率(1–5)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="81" />
        <source>Impact (1–5)</source>
        <translation>影响程度(1–5)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="82" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="83" />
        <source>Control measures</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="84" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="85" />
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="86" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/dialogs.py" line="100" />
        <source>%1 (score %2)</source>
        <translation>%1(分值 %2)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="vanished">进驻单位</translation>
    </message>
</context><context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../widgets/overview/tables.py" line="84" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="85" />
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="86" />
        <source>Longest wait (min)</source>
        <translation>最长等候(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="87" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
</context><context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="126" />
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="143" />
        <source>What the citizen complains about</source>
        <translation>群众投诉的内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="144" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="145" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="146" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="147" />
        <source>Citizen</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="148" />
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="149" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="153" />
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="154" />
        <source>The citizen's name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="155" />
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="159" />
        <source>The time received is in the future.</source>
        <translation>受理时间晚于当前时间。</translation>
    </message>
</context><context>
    <name>RiskCharts</name>
    <message>
        <location filename="../../widgets/risks/charts.py" line="50" />
        <source>Points by category and grade; click a cell to list them</source>
        <translation>按类别和等级统计;点击单元格查看对应风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/charts.py" line="80" />
        <source>Likelihood (rows) × impact (columns); click a cell to list its points</source>
        <translation>发生概率(行)× 影响程度(列);点击单元格查看对应风险点</translation>
    </message>
</context><context>
    <name>RiskDetail</name>
    <message>
        <location filename="../../widgets/risks/detail.py" line="22" />
        <source>(escalated: %1)</source>
        <translation>(已升级:%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="24" />
        <source>Approved by %1 on %2</source>
        <translation>%1 于 %2 审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="26" />
        <source>Awaiting approval (审定)</source>
        <translation>待审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="27" />
        <source>Score %1 × %2 = %3, grade %4</source>
        <translation>分值 %1 × %2 = %3,%4</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="34" />
        <source>Control measures</source>
        <translation>防控措施</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="41" />
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/detail.py" line="45" />
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
        <location filename="../../widgets/risks/page.py" line="76" />
        <location filename="../../widgets/pages.py" line="58" />
        <source>Risk register</source>
        <translation>廉政风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="100" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="101" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="103" />
        <source>All risk types</source>
        <translation>全部风险类型</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="105" />
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="107" />
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="109" />
        <source>All departments</source>
        <translation>全部责任单位</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="111" />
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="112" />
        <source>Review overdue</source>
        <translation>逾期未评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="113" />
        <source>Substantiated complaint</source>
        <translation>关联属实投诉</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="114" />
        <source>Awaiting approval</source>
        <translation>待审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="166" />
        <location filename="../../widgets/risks/page.py" line="115" />
        <source>Due for review</source>
        <translation>待评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="117" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="128" />
        <source>New point</source>
        <translation>新增风险点</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="129" />
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="130" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="131" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="132" />
        <source>Record review</source>
        <translation>登记评估</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="133" />
        <source>Link complaint/finding</source>
        <translation>关联投诉/巡查问题</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="134" />
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="135" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="136" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="164" />
        <source>Category × grade</source>
        <translation>类别 × 等级</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="165" />
        <source>Likelihood × impact</source>
        <translation>发生概率 × 影响程度</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="211" />
        <source>The register cannot be read: %1</source>
        <translation>无法读取风险点登记表:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="242" />
        <source>%1 of %2 points shown, %3 need attention</source>
        <translation>显示 %1 / %2 条风险点,%3 条需关注</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="253" />
        <source>Likelihood %1 × impact %2</source>
        <translation>发生概率 %1 × 影响程度 %2</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="328" />
        <source>Nothing was changed: %1</source>
        <translation>未作任何修改:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="344" />
        <source>Choose a point in the table first.</source>
        <translation>请先在表格中选择一条风险点。</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="378" />
        <source>Escalate %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="379" />
        <source>Why is this point one grade higher than its score?</source>
        <translation>升级理由(比分值对应等级高一级的原因):</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="387" />
        <source>Review %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="388" />
        <source>Conclusion of the review (评估):</source>
        <translation>评估结论:</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="395" />
        <source>Retire %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="396" />
        <source>Why does this point leave the register?</source>
        <translation>撤销理由:</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="419" />
        <source>Import the risk register</source>
        <translation>导入廉政风险点登记表</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="451" />
        <location filename="../../widgets/risks/page.py" line="420" />
        <source>Spreadsheets (*.xlsx)</source>
        <translation>电子表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="434" />
        <source>%1 was refused; nothing was imported.</source>
        <translation>%1 被拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="441" />
        <source>%1 points imported, %2 already in the register</source>
        <translation>导入 %1 条风险点,%2 条已在登记表中</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="449" />
        <source>Export the risk register</source>
        <translation>导出廉政风险点登记表</translation>
    </message>
    <message>
        <location filename="../../widgets/risks/page.py" line="457" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context><context>
    <name>Roles</name>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="40" />
        <source>director</source>
        <translation>主任</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="41" />
        <source>office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="42" />
        <source>inspector</source>
        <translation>巡查员</translation>
    </message>
    <message>
        <location filename="../../widgets/security/dialogs.py" line="43" />
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
</context><context>
    <name>StepDialog</name>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="182" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="186" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/complaints/dialogs.py" line="196" />
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
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
    <name>WindowTableModel</name>
    <message>
        <location filename="../../widgets/overview/model.py" line="23" />
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="24" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="25" />
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="26" />
        <source>Closed</source>
        <translation>未开窗</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="37" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="38" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="39" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="40" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="41" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="42" />
        <source>Staff on duty</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="43" />
        <source>Ticket</source>
        <translation>当前号</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="44" />
        <source>Service time</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="45" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="46" />
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="47" />
        <source>Satisfaction today</source>
        <translation>今日满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="125" />
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="126" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context><context>
    <name>WindowTile</name>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="87" />
        <source>Served today: %1</source>
        <translation>今日办结:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="92" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="95" />
        <source>%1 alert(s)</source>
        <translation>%1 条预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="116" />
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="120" />
        <source>⊘ device off</source>
        <translation>⊘ 评价器关</translation>
    </message>
</context></TS>