<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../widgets/actions.py" line="25" />
        <source>About HallDesk</source>
        <translation>关于政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="26" />
        <source>HallDesk — supervision desk for the director of a government service hall.</source>
        <translation>政务大厅督查台——政务服务中心主任的督查工作台。</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="35" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="42" />
        <source>&amp;About HallDesk</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="50" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="51" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context><context>
    <name>Demo</name>
    <message>
        <location filename="../../widgets/app.py" line="67" />
        <source>Creating the demo hall with 90 days of history…</source>
        <translation>正在创建演示大厅及 90 天历史数据…</translation>
    </message>
</context><context>
    <name>LiveHallPage</name>
    <message>
        <location filename="../../widgets/overview/page.py" line="43" />
        <source>Live hall</source>
        <translation>窗口实时状态</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="56" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="57" />
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="58" />
        <source>Average wait today (min)</source>
        <translation>今日平均等候(分钟)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="59" />
        <source>Satisfaction today</source>
        <translation>今日满意率</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="60" />
        <source>Open windows</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="61" />
        <source>Yellow / red cards</source>
        <translation>黄牌 / 红牌</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/page.py" line="117" />
        <source>The database cannot be reached: %1. Showing the last figures; retrying every second.</source>
        <translation>无法连接数据库:%1。当前显示的是最后一次获取的数据,每秒自动重试。</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="40" />
        <source>HallDesk — service hall supervision</source>
        <translation>政务大厅督查台</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="51" />
        <source>Database: %1</source>
        <translation>数据库:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="53" />
        <source>Account: %1</source>
        <translation>账号:%1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="79" />
        <source>Feed: no events yet</source>
        <translation>数据接入:尚无事件</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="86" />
        <source>Last event %1</source>
        <translation>最近事件 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="88" />
        <source>Feed silent since %1</source>
        <translation>数据接入中断,最后事件 %1</translation>
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
</context></TS>