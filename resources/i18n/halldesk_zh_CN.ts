<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../widgets/actions.py" line="42" />
        <source>About HallDesk</source>
        <translation>关于政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="43" />
        <source>HallDesk — supervision desk for the director of a government service hall.</source>
        <translation>政务大厅督查台——政务服务中心主任的督查工作台。</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="52" />
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="67" />
        <source>&amp;About HallDesk</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="75" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="76" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="77" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="86" />
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
        <location filename="../../widgets/overview/tables.py" line="30" />
        <source>Low evaluation rate</source>
        <translation>评价率偏低</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="31" />
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="32" />
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="118" />
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="119" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="120" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="121" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="128" />
        <source>Ticket %1 waiting %2 min</source>
        <translation>%1 号已等候 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="133" />
        <source>Paused for %1 min</source>
        <translation>暂停已 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="137" />
        <source>Closed; it was open on %1</source>
        <translation>未开窗(%1 曾开窗)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="141" />
        <source>Off for %1 min</source>
        <translation>已关闭 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="146" />
        <source>%1% rated of %2 served</source>
        <translation>办结 %2 件,评价率 %1%</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="151" />
        <source>Case %1 %2, due %3</source>
        <translation>办件 %1 %2,承诺期限 %3</translation>
    </message>
</context><context>
    <name>Demo</name>
    <message>
        <location filename="../../widgets/app.py" line="69" />
        <source>Creating the demo hall with 90 days of history…</source>
        <translation>正在创建演示大厅及 90 天历史数据…</translation>
    </message>
</context><context>
    <name>LiveCharts</name>
    <message>
        <location filename="../../widgets/overview/charts.py" line="19" />
        <source>Waiting through the day</source>
        <translation>全天等候人数</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="39" />
        <location filename="../../widgets/overview/charts.py" line="21" />
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="28" />
        <source>Previous working day</source>
        <translation>上一工作日</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="34" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/charts.py" line="38" />
        <source>Served per hour</source>
        <translation>每小时办结</translation>
    </message>
</context><context>
    <name>LiveHallPage</name>
    <message>
        <location filename="../../widgets/overview/page.py" line="84" />
        <source>Live hall</source>
        <translation>窗口实时状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="122" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="123" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="124" />
        <source>Average wait today (min)</source>
        <translation>今日平均等候(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="125" />
        <source>Satisfaction today</source>
        <translation>今日满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="126" />
        <source>Open windows</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="127" />
        <source>Yellow / red cards</source>
        <translation>黄牌 / 红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="157" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="165" />
        <source>Queues by department</source>
        <translation>各单位排队情况</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="197" />
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="200" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="257" />
        <source>The database cannot be reached: %1. Showing the last figures; retrying every second.</source>
        <translation>无法连接数据库:%1。当前显示的是最后一次获取的数据,每秒自动重试。</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="298" />
        <source>Alerts: %1 open, %2 acknowledged</source>
        <translation>预警:未处理 %1 条,已确认 %2 条</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="351" />
        <location filename="../../widgets/overview/page.py" line="333" />
        <source>HallDesk</source>
        <translation>政务大厅督查台</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="42" />
        <source>HallDesk — service hall supervision</source>
        <translation>政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="53" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="55" />
        <source>Account: %1</source>
        <translation>账号:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="85" />
        <source>Feed: no events yet</source>
        <translation>数据接入:尚无事件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="92" />
        <source>Last event %1</source>
        <translation>最近事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="94" />
        <source>Feed silent since %1</source>
        <translation>数据接入中断,最后事件 %1</translation>
    </message>
</context><context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../widgets/overview/tables.py" line="79" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="80" />
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="81" />
        <source>Longest wait (min)</source>
        <translation>最长等候(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tables.py" line="82" />
        <source>Served today</source>
        <translation>今日办结</translation>
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
        <location filename="../../widgets/overview/model.py" line="32" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="33" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="34" />
        <source>Department</source>
        <translation>进驻单位</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="35" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="36" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="37" />
        <source>Staff on duty</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="38" />
        <source>Ticket</source>
        <translation>当前号</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="39" />
        <source>Service time</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="40" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="41" />
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="42" />
        <source>Satisfaction today</source>
        <translation>今日满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="120" />
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/model.py" line="121" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context><context>
    <name>WindowTile</name>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="54" />
        <source>Served today: %1</source>
        <translation>今日办结:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="59" />
        <source>Evaluation device off</source>
        <translation>评价器未开启</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="62" />
        <source>%1 alert(s)</source>
        <translation>%1 条预警</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="126" />
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/tiles.py" line="133" />
        <source>⊘ device off</source>
        <translation>⊘ 评价器关</translation>
    </message>
</context></TS>