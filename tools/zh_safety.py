"""Chinese for the crash-safety, backup and concurrent-edit strings (tools/fill_zh.py)."""

ZH = {
    "&Back up now": "立即备份(&B)",
    "The %1 role cannot back up the database.": "%1 角色无权备份数据库。",
    "Backing up…": "正在备份…",
    "No backup yet": "尚无备份",
    "Last backup %1": "上次备份 %1",
    "Backup failed": "备份失败",
    "Backup": "备份",
    "The backup failed: %1": "备份失败：%1",
    "Backup written to %1": "备份已写入 %1",
    "Nothing was saved: someone else changed this record meanwhile.":
        "未保存：此记录已被他人修改。",
    "Reload": "重新载入",
    "HallDesk — unexpected error": "HallDesk — 意外错误",
    "Something went wrong: %1\n\nHallDesk keeps running; what you saved is safe. "
    "The details are in %2.":
        "出现错误：%1\n\nHallDesk 仍在运行，已保存的内容不受影响。详细信息已记录在 %2。",
    "HallDesk stopped unexpectedly last time. Committed work is kept in the database. "
    "Show the crash report? (It is saved as %1.)":
        "HallDesk 上次意外退出。已提交的工作均保存在数据库中。是否查看崩溃报告？"
        "（报告已保存为 %1。）",
    "The crash report of the last run:": "上次运行的崩溃报告：",
    "HallDesk is already open on this database (process %1) on this computer; use that "
    "window, or close it first.":
        "本机已有 HallDesk 打开此数据库（进程 %1）；请使用该窗口，或先将其关闭。",
}
