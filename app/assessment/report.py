"""What the monthly report sent back to one unit (进驻单位) says: its windows and its
staff only — the assessment with the hall's ranks, each person's performance, the
attendance table, the month's substantiated complaints and inspection findings — as
tables decided once here and drawn by two writers (report_files.py: .xlsx and .pdf),
so both files say the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.assessment.monthly import BLACK, RED, MonthAssessment, StaffAssessment
from app.briefing.complaints import complaint_section
from app.figures.inspections import findings
from app.records.titles import KINDS
from models import Department, Hall, Window

TEXT, COUNT, RATE, MINUTES, SCORE = "text", "count", "rate", "minutes", "score"
Cell = str | int | float | None
NO_ATTENDANCE = "本月未导入考勤记录，考勤情况无数据（不按旷工计）。"
BOARD = {RED: "红榜", BLACK: "黑榜", "": ""}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 1.0              # relative width in the PDF


@dataclass
class Table:
    name: str                       # the sheet's name and the PDF's heading
    columns: Sequence[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    empty: str = "无"               # said instead of an empty table
    notes: list[str] = field(default_factory=list)


@dataclass
class UnitReport:
    hall: str
    month_title: str                # 2026年11月
    month_key: str                  # 2026-11
    department: str                 # code
    department_name: str
    tables: list[Table]
    notes: list[str]

    @property
    def title(self) -> str:
        return f"{self.hall}{self.month_title}月度考评报告（{self.department_name}）"


def minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _titles(kinds: list[str]) -> str:
    return "、".join(KINDS[k][0] for k in kinds if k in KINDS)


def _window_table(a: MonthAssessment) -> Table:
    t = Table("窗口考评", (Column("窗口", TEXT, 1.2), Column("服务人次", COUNT),
                         Column("评价数", COUNT), Column("差评", COUNT),
                         Column("满意率", RATE), Column("扣分", SCORE), Column("得分", SCORE),
                         Column("全厅排名", COUNT), Column("红黑榜", TEXT, 0.8),
                         Column("称号", TEXT, 1.6)),
              empty="本单位本月没有窗口。")
    for w in a.windows:
        t.rows.append([w.code + (f" {w.label}" if w.label and w.label != w.code else ""),
                       w.served, w.evaluations, w.bad, w.satisfaction,
                       round(sum(w.deductions.values()), 6), w.score,
                       w.rank if w.rank is not None else "未排名", BOARD[w.board],
                       _titles(w.titles)])
    if any(w.rank is None for w in a.windows):
        t.notes.append("“未排名”：本月服务人次为0，不参加排名。")
    return t


def _staff_table(a: MonthAssessment) -> Table:
    t = Table("人员绩效", (Column("工号", TEXT, 0.8), Column("姓名", TEXT, 0.9),
                         Column("窗口", TEXT, 0.9), Column("服务人次", COUNT),
                         Column("平均办理(分钟)", MINUTES), Column("空闲(分钟)", MINUTES),
                         Column("暂停次数", COUNT), Column("暂停(分钟)", MINUTES),
                         Column("评价率", RATE), Column("差评", COUNT),
                         Column("评价器关闭(分钟)", MINUTES), Column("属实投诉", COUNT),
                         Column("巡查问题", COUNT), Column("扣分", SCORE),
                         Column("得分", SCORE), Column("排名", COUNT), Column("红黑榜", TEXT)),
              empty="本单位本月没有在岗人员。")
    for s in a.staff:
        f = s.figures
        t.rows.append([
            s.code, s.name, "、".join(s.windows),
            0 if f is None else f.services, None if f is None else minutes(f.avg_service_s),
            None if f is None else minutes(f.idle_s), None if f is None else f.pauses,
            None if f is None else minutes(f.paused_s),
            None if f is None else f.evaluation_rate, None if f is None else f.bad,
            None if f is None else minutes(f.evaluator_off_s),
            None if f is None else f.complaints, None if f is None else f.findings,
            round(sum(s.deductions.values()), 6), s.score,
            s.rank if s.rank is not None else "未排名", BOARD[s.board]])
    return t


def _attendance_row(s: StaffAssessment) -> list[Cell]:
    p = s.attendance
    if p is None:
        return [s.code, s.name, None, None, None, None, None, None, None, None, None]
    return [s.code, s.name, p.working_days, p.normal, p.late, p.late_minutes, p.early,
            p.early_minutes, p.missing, p.absent, p.leave]


def _attendance_table(a: MonthAssessment) -> Table:
    t = Table("考勤", (Column("工号", TEXT, 0.8), Column("姓名", TEXT, 0.9),
                     Column("应出勤(天)", COUNT), Column("正常(天)", COUNT),
                     Column("迟到(次)", COUNT), Column("迟到(分钟)", COUNT),
                     Column("早退(次)", COUNT), Column("早退(分钟)", COUNT),
                     Column("缺卡(次)", COUNT), Column("旷工(天)", COUNT),
                     Column("请假(天)", COUNT)),
              empty=NO_ATTENDANCE if not a.attendance_imported else "本单位本月没有在岗人员。")
    if a.attendance_imported:
        t.rows = [_attendance_row(s) for s in a.staff]
    return t


def _complaints_table(session: Session, a: MonthAssessment, window_ids: list[int],
                      now: float) -> Table:
    t = Table("属实投诉", (Column("编号", TEXT, 1.2), Column("认定日期", TEXT),
                         Column("窗口", TEXT, 0.7), Column("来源", TEXT, 0.8),
                         Column("核实情况", TEXT, 4.0)),
              empty="本月本单位没有属实投诉。")
    if window_ids:
        section = complaint_section(session, a.period, now, window_ids)
        for e in sorted(section.listed, key=lambda e: (e.day, e.code)):
            t.rows.append([e.code, f"{e.day:%Y-%m-%d}", e.window, e.source, e.finding])
    return t


def _findings_table(session: Session, a: MonthAssessment, codes: set[str]) -> Table:
    import datetime as dt

    t = Table("巡查问题", (Column("巡查", TEXT, 1.2), Column("时间", TEXT, 1.1),
                         Column("窗口", TEXT, 0.7), Column("检查项", TEXT, 1.4),
                         Column("扣分", SCORE, 0.6), Column("说明", TEXT, 2.4)),
              empty="本月本单位窗口没有巡查问题。")
    for f in sorted((f for f in findings(session, a.period) if f.window in codes),
                    key=lambda f: f.observed_at):
        at = dt.datetime.fromtimestamp(f.observed_at, a.period.tz)
        t.rows.append([f.round_code, f"{at:%Y-%m-%d %H:%M}", f.window, f.item, f.points, f.note])
    return t


def unit_report(session: Session, assessment: MonthAssessment, department: str,
                now: float) -> UnitReport:
    """The report of ``department`` (a code) for the assessed month."""
    hall = session.scalars(select(Hall)).one()
    dept = session.scalars(select(Department).where(Department.code == department)).one()
    a = assessment.for_department(department)
    window_ids = list(session.scalars(select(Window.id).where(
        Window.department_id == dept.id)))
    codes = {w.code for w in a.windows}
    notes = [assessment.ranking_rule, assessment.staff_rule]
    if not assessment.attendance_imported:
        notes.insert(0, NO_ATTENDANCE)
    return UnitReport(
        hall.name, a.month.title, a.month.key, dept.code, dept.name,
        [_window_table(a), _staff_table(a), _attendance_table(a),
         _complaints_table(session, a, window_ids, now), _findings_table(session, a, codes)],
        notes)


def units(session: Session, assessment: MonthAssessment) -> list[tuple[str, str]]:
    """(code, name) of the units the month has something for: a window or a person."""
    codes = {w.department for w in assessment.windows} | {
        s.department for s in assessment.staff}
    return [(d.code, d.name) for d in session.scalars(
        select(Department).where(Department.code.in_(codes)).order_by(Department.code))]
