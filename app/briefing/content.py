"""The briefing as a list of blocks (masthead, headings, paragraphs, tables, charts,
distribution): every word and number of docs/spec/briefing.md decided once, here, and
drawn by two renderers (pdf.py with ReportLab, docx.py with python-docx), so the PDF
and the Word copy say the same thing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing

from app.briefing import charts
from app.briefing.complaints import MAX_LISTED, ComplaintSection, SubstantiatedEntry
from app.briefing.data import RANKING_RULE, Briefing, Coverage
from app.briefing.inspections import InspectionSection
from app.briefing.keyfigures import (
    FORMATS,
    change,
    fmt_count,
    fmt_rate,
    fmt_score,
    key_figures,
)
from app.briefing.risks import CATEGORIES, GRADES, RiskSection
from app.records import complaint_rules as rules
from app.records import project_rules as prules
from app.security.anchor import PAPER_DIGITS

HEADINGS = ("一、主要指标", "二、窗口情况", "三、图表分析", "四、投诉处理", "五、廉政风险点",
            "六、巡查情况", "七、重点项目并联审批", "八、存在问题和下步打算")
NO_DATA = "无数据"
MAX_DUE = 15                       # reviews due listed in the body; the appendix has all
LIGHT, DARK = 0.9, 0.75


@dataclass(frozen=True)
class Masthead:
    title: str                     # 政务服务工作简报
    issue: str                     # 第3期
    issuer: str                    # left of the rule: 示范区政务服务中心编
    signer: str                    # 签发：… (or "")
    date: str                      # 2026年10月08日


@dataclass(frozen=True)
class Title:
    text: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"            # body, small, notice, center


@dataclass(frozen=True)
class Grid:
    rows: list[list[str]]
    widths: Sequence[float]        # points, of the PDF's 481-point frame
    shade: dict[int, float] = field(default_factory=dict)          # row → grey
    cells: dict[tuple[int, int], float] = field(default_factory=dict)  # (col, row) → grey
    left: frozenset[int] = frozenset()     # columns aligned left (text)


@dataclass(frozen=True)
class Chart:
    drawing: Drawing


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page (a heading with its chart)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class NeedSpace:
    """Start a new page unless ``cm`` centimetres are left (PDF only)."""

    cm: float


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Distribution:
    lines: tuple[tuple[str, str], ...]     # ("报", "区政府办公室"), …
    copies: str                            # 共印30份 or ""


Block = Masthead | Title | Heading | Para | Grid | Chart | Keep | NeedSpace | PageBreak | \
    Distribution


def _d(day: dt.date) -> str:
    return f"{day:%Y年%m月%d日}"


def title(b: Briefing) -> str:
    return f"{b.term.title}工作简报"


def as_of(c: Coverage) -> str:
    """"（数据截至12月02日）" for a period under way, else ""."""
    return f"（数据截至{c.data_to:%m月%d日}）" if c.ongoing else ""


def running_title(b: Briefing) -> str:
    """The title of the page header: the term, the department, a partial period said."""
    dept = f"（{b.department[1]}）" if b.department else ""
    return title(b) + dept + as_of(b.coverage)


def checksum(b: Briefing) -> str:
    """The audit head in one short line, printed on the last page only."""
    if b.audit_hash is None:
        return "校验码：无（审计日志为空）"
    # `halldesk audit verify --expect SEQ:CODE` checks it against the database
    return f"校验码：{b.audit_hash[:PAPER_DIGITS]}（审计日志第{b.audit_seq}条）"


def file_title(b: Briefing) -> str:
    """示范区政务服务中心2026年第三季度工作简报（工商分局）: the name a saved file gets."""
    return b.hall + title(b) + (f"（{b.department[1]}）" if b.department else "")


# -- sections ------------------------------------------------------------------------
def _head(b: Briefing) -> list[Block]:
    s = b.settings
    issuer = b.issuing_unit or b.hall
    out: list[Block] = [Masthead(
        s.title, f"{b.issue_year}年第{b.issue}期" if b.issue_year != b.printed_on.year
        else f"第{b.issue}期", f"{issuer}编", f"签发：{s.signer}" if s.signer else "",
        _d(b.printed_on))]
    c = b.coverage
    period = f"统计期间：{_d(b.period.start)}至{_d(b.period.end - dt.timedelta(days=1))}"
    if c.ongoing and c.begins_late:
        period += f"（本{b.term.word}尚未结束，数据自{_d(c.data_from)}至{_d(c.data_to)}）"
    elif c.ongoing:
        period += f"（本{b.term.word}尚未结束，数据截至{_d(c.data_to)}）"
    elif c.begins_late:
        period += f"（数据自{_d(c.data_from)}起）"
    lines = [period]
    if b.department:
        lines.append(f"本册只含{b.department[1]}的窗口：{'、'.join(b.window_codes) or '无'}。")
    sub = f"（{b.department[1]}）" if b.department else ""
    out.append(Title(title(b) + sub, tuple(lines)))
    if b.empty:
        out.append(Para(f"本{b.term.word}无业务数据：以下各项以“无数据”或“—”表示。",
                        "notice"))
    return out


def _column_word(b: Briefing) -> tuple[str, str, str]:
    if b.term.word == "月":
        return "本月", "上月", "去年同月"
    return "本季度", "上季度", "去年同期"


def _coverage_note(label: str, c: Coverage, what: str) -> str | None:
    if c.no_data:
        return f"{label}无数据，不作{what}。"
    if c.ongoing:
        return f"{label}尚未结束（数据截至{_d(c.data_to)}），不作{what}。"
    if c.begins_late:
        return f"{label}数据自{_d(c.data_from)}起，不完整（标*），不作{what}。"
    return None


def _key_figures(b: Briefing) -> list[Block]:
    now_w, prev_w, year_w = _column_word(b)
    rows = key_figures(b.figures, b.previous, b.last_year,
                       (b.complaints, b.prev_complaints, b.year_complaints),
                       b.department is not None)
    cur, prev, year = b.coverage, b.prev_coverage, b.year_coverage

    def shown(kind: str, value: float | None, c: Coverage) -> str:
        if c.no_data:
            return NO_DATA
        return FORMATS[kind](value) + ("*" if c.begins_late else "")

    def vs(kind: str, now: float | None, before: float | None, c: Coverage) -> str:
        return change(kind, now, before) if cur.complete and c.complete else "—"

    data = [["指标", now_w, prev_w, "环比", year_w, "同比"]]
    for k in rows:
        data.append([k.label, NO_DATA if cur.no_data else FORMATS[k.kind](k.value),
                     shown(k.kind, k.previous, prev), vs(k.kind, k.value, k.previous, prev),
                     shown(k.kind, k.last_year, year),
                     vs(k.kind, k.value, k.last_year, year)])
    out: list[Block] = [Heading(HEADINGS[0]), Grid(data, [90, 78, 78, 80, 78, 78])]
    notes = [n for n in (_coverage_note(now_w, cur, "环比、同比"),
                         None if cur.no_data or not cur.complete
                         else _coverage_note(prev_w, prev, "环比"),
                         None if cur.no_data or not cur.complete
                         else _coverage_note(year_w, year, "同比")) if n]
    notes.append("办结率为办结数与受理数之比（最高100%）；按时办结率为按承诺时限（工作日）"
                 "办结的比例；满意率为“基本满意”及以上评价占全部评价的比例；红牌为到期未"
                 "按时办结的办件；环比、同比对次数与时长为相对变化，对比率为百分点之差；"
                 "“无数据”表示该期没有记录。")
    if b.department:
        notes.append("取号与等候为全厅排队口径，不分部门，故不列。")
    return [*out, *(Para(n, "small") for n in notes)]


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _windows(b: Briefing) -> list[Block]:
    out: list[Block] = [NeedSpace(4), Heading(HEADINGS[1])]
    if not b.windows and not b.idle:
        return [*out, Para("没有窗口。")]
    marks = {"best": "前三", "worst": "后三"}
    data = [["名次", "窗口", "部门", "服务人次", "平均办理（分钟）", "忙碌率", "好评/差评",
             "属实投诉", "巡查问题", "得分", "标注"]]
    shade: dict[int, float] = {}
    for i, r in enumerate(b.windows, start=1):
        data.append([str(r.rank), r.code + (f" {r.label}" if r.label else ""), r.department,
                     fmt_count(r.served), _minutes(r.avg_service_s), fmt_rate(r.occupancy),
                     f"{r.good}/{r.bad}", fmt_count(r.substantiated), fmt_count(r.findings),
                     fmt_score(r.score), marks.get(r.mark, "")])
        if r.mark:
            shade[i] = LIGHT if r.mark == "best" else DARK
    if b.windows:
        out.append(Grid(data, [26, 104, 70, 38, 40, 36, 42, 30, 30, 34, 30], shade,
                        left=frozenset({1, 2})))
    else:
        out.append(Para(f"本{b.term.word}没有窗口开展业务，不排名。"))
    if b.idle:
        out.append(Para(f"本{b.term.word}未开展业务的窗口（服务人次为0，不参加排名）："
                        + "、".join(r.code + (f" {r.label}" if r.label else "")
                                   for r in b.idle) + "。"))
    if b.titles:
        out.append(Para(f"本{b.term.word}评定：" + "；".join(
            f"{t.name} {t.holder}" + (f"（{t.holder_name}）" if t.holder_name != t.holder
                                     else "") + (f"（{t.term}）" if t.term != b.term.key else "")
            for t in b.titles) + "。"))
    out.append(Para(RANKING_RULE.replace("本期", f"本{b.term.word}"), "small"))
    out.append(Para("忙碌率为办理时间占在岗（除暂停）时间的比例；得分为100分减去属实投诉、"
                    "巡查问题与红牌的扣分；“前三”浅灰、“后三”深灰。", "small"))
    return out


def _charts(b: Briefing, font: str) -> list[Block]:
    by = "窗口" if b.department else "部门"
    n = 2 if b.department else 3
    out: list[Block] = [Keep((Heading(HEADINGS[2]), Heading("（一）每日受理与办结办件", 2),
                              Chart(charts.daily_cases(b.period.start, b.days, b.accepted,
                                                       b.completed, font, NO_DATA))))]
    if b.department is None:
        out.append(Keep((Heading("（二）各时段平均等候人数（全厅负荷）", 2),
                         Chart(charts.hourly_waiting(b.hourly_waiting, font, NO_DATA)))))
    rates = [(r.label, r.rate) for r in b.satisfaction]
    drawing, low = charts.satisfaction(rates, font, NO_DATA)
    axis = (f"横轴自{low}%起，以显出差别；" if low > 0 else "")
    out.append(Keep((Heading(f"（{'一二三'[n - 1]}）各{by}满意率（由高到低）", 2),
                     Chart(drawing),
                     Para(f"图中数值为满意率（%）；{axis}无评价的{by}不列。", "small"))))
    return out


def _complaint_rows(entries: list[SubstantiatedEntry]) -> list[list[str]]:
    return [["编号", "属实日期", "窗口", "该窗口件数", "部门", "来源", "核实结论"],
            *([e.code, f"{e.day:%m-%d}", e.window, str(e.window_total), e.department,
               e.source, e.finding] for e in entries)]


COMPLAINT_WIDTHS = [84, 40, 34, 40, 66, 36, 180]


def _complaints(c: ComplaintSection, word: str, appendix: int | None) -> list[Block]:
    as_of_day = "—" if c.as_of is None else _d(c.as_of)
    out: list[Block] = [NeedSpace(5), Heading(HEADINGS[3]), Para(
        f"本{word}登记投诉{c.registered}件；本{word}认定属实{c.substantiated}件（计入窗口"
        f"考核）。本{word}登记并已核实的{c.concluded}件中属实{c.found_substantiated}件，"
        f"属实率{fmt_rate(c.substantiated_rate)}。截至{as_of_day}，超期未核实"
        f"{c.overdue_verification}件，超期未整改{c.overdue_rectification}件。")]
    sources = [["来源", *(rules.SOURCE_LABELS[s] for s in rules.SOURCES), "合计"],
               ["件数", *(str(c.by_source.get(s, 0)) for s in rules.SOURCES),
                str(c.registered)]]
    out += [Heading("（一）按来源", 2), Grid(sources, [60, *[52] * len(rules.SOURCES), 48])]
    states = [["状态", *(rules.STATE_LABELS[s] for s in rules.STATES)],
              ["件数", *(str(c.by_state.get(s, 0)) for s in rules.STATES)]]
    out += [Heading("（二）按当前状态", 2), Grid(states, [50, *[48] * 9])]
    keys = [*c.categories, *([""] if c.by_category.get("") else [])]
    categories = [["类别", *(k or "未分类" for k in keys), "合计"],
                  ["件数", *(str(c.by_category.get(k, 0)) for k in keys), str(c.registered)]]
    width = min(60, 400 // max(len(keys), 1))
    out += [Heading("（三）按投诉类别", 2), Grid(categories, [50, *[width] * len(keys), 40])]
    out.append(Heading(f"（四）本{word}属实投诉（按窗口属实件数由多到少）", 2))
    if not c.listed:
        return [*out, Para(f"本{word}无属实投诉。")]
    out.append(Grid(_complaint_rows(c.listed[:MAX_LISTED]), COMPLAINT_WIDTHS,
                    left=frozenset({4, 6})))
    if appendix is not None:
        out.append(Para(f"以上为前{MAX_LISTED}件；全部{c.substantiated}件见附件{appendix}。",
                        "small"))
    out.append(Para("投诉人姓名、电话等个人信息不在简报中出现。", "small"))
    return out


def _due_rows(r: RiskSection, rows: list[tuple[str, str, dt.date]]) -> list[list[str]]:
    out = [["编号", "岗位 · 环节", "评估到期日", "状态"]]
    for code, what, due in rows:
        late = r.overdue_days(due)
        out.append([code, what, f"{due:%Y-%m-%d}",
                    f"逾期{late}天" if late > 0 else "今日到期" if late == 0 else "未到期"])
    return out


DUE_WIDTHS = [90, 250, 70, 70]


def _risks(r: RiskSection | None, word: str, appendix: int | None) -> list[Block]:
    out: list[Block] = [NeedSpace(5), Heading(HEADINGS[4])]
    if r is None:
        return [*out, Para("廉政风险点登记簿尚无风险点：登记并审定后，本节列出按类别和等级"
                           "的风险点数、发生概率×影响程度热力图、到期待评估、新升级和关联"
                           "投诉的风险点。")]
    out.append(Para(f"登记在册的风险点共{r.total}个。"))
    table = [["类别", *GRADES, "合计"]]
    for cat in CATEGORIES:
        counts = [r.by_category_grade.get((cat, g), 0) for g in GRADES]
        table.append([cat, *map(str, counts), str(sum(counts))])
    out += [Heading("（一）按类别和等级", 2), Grid(table, [80, 60, 60, 60, 60])]
    heat = [["概率＼影响", *(str(i) for i in range(1, 6))]]
    cells: dict[tuple[int, int], float] = {}
    for lk in range(5, 0, -1):
        heat.append([str(lk), *(str(r.heat.get((lk, im), 0) or "") for im in range(1, 6))])
        for im in range(1, 6):
            score = lk * im
            cells[(im, 6 - lk)] = 0.95 if score <= 7 else 0.82 if score < 15 else 0.65
    out += [Heading("（二）发生概率×影响程度", 2), Grid(heat, [70, 50, 50, 50, 50, 50],
                                                    cells=cells),
            Para("格中为风险点数；底色越深等级越高（≥15一级，8–14二级，≤7三级）。", "small")]
    out.append(Heading("（三）到期待评估（逾期最久的在前）", 2))
    if not r.due_for_review:
        out.append(Para("无。"))
    else:
        late = sum(1 for _c, _w, due in r.due_for_review if r.overdue_days(due) > 0)
        as_of_day = "—" if r.as_of is None else _d(r.as_of)
        out.append(Para(f"截至{as_of_day}，到期待评估{len(r.due_for_review)}个，其中已逾期"
                        f"{late}个。"))
        out.append(Grid(_due_rows(r, r.due_for_review[:MAX_DUE]), DUE_WIDTHS,
                        left=frozenset({1})))
        if appendix is not None:
            out.append(Para(f"以上为前{MAX_DUE}个；全部见附件{appendix}。", "small"))
    for heading, rows in ((f"（四）本{word}新升级", r.escalated),
                          (f"（五）本{word}关联投诉", r.linked_complaints)):
        out.append(Heading(heading, 2))
        if not rows:
            out.append(Para("无。"))
            continue
        out.append(Grid([["编号", "说明", "日期"],
                         *([a, b, f"{c:%Y-%m-%d}"] for a, b, c in rows)], [90, 310, 80],
                        left=frozenset({1})))
    return out


def _inspections(s: InspectionSection, word: str) -> list[Block]:
    out: list[Block] = [Heading(HEADINGS[5])]
    if not s.rounds and not s.findings:
        return [*out, Para(f"本{word}无巡查记录。")]
    out.append(Para(
        f"本{word}巡查{s.rounds}轮，到访窗口{s.visits}次（涉及{s.windows}个窗口），"
        f"发现问题{s.findings}项，扣{s.points:.1f}分（计入窗口考核）。"))
    items = [["检查项", "问题数", "涉及窗口", "扣分"]]
    items += [[i.label, str(i.findings), str(i.windows), f"{i.points:.1f}"]
              for i in sorted(s.by_item, key=lambda i: -i.findings)]
    out += [Heading("（一）按检查项（问题多的在前）", 2),
            Grid(items, [150, 60, 60, 60], left=frozenset({0}))]
    out.append(Heading("（二）重复出现问题的窗口", 2))
    if not s.repeat:
        return [*out, Para(f"无（同一窗口同一检查项在本{word}两轮及以上巡查中不合格的，"
                           "列于此）。")]
    data = [["窗口", "部门", "检查项", "出现轮次", "最近日期"]]
    data += [[r.window, r.department, r.item, str(r.rounds), f"{r.last_on:%m-%d}"]
             for r in sorted(s.repeat, key=lambda r: (-r.rounds, r.window))]
    return [*out, Grid(data, [50, 110, 130, 60, 60], left=frozenset({1, 2}))]


def _projects(b: Briefing) -> list[Block]:
    """Each project's stage, items done, elapsed working days against the promised and
    legal totals (提速: the share of the legal time saved), then the overdue items with
    their 督办 (most overdue first)."""
    out: list[Block] = [NeedSpace(5), Heading(HEADINGS[6])]
    if not b.projects:
        return [*out, Para("暂无重点项目。")]
    items = [i for p in b.projects for i in p.items]
    done = sum(1 for i in items if i.state == prules.DONE)
    late = [(p, i) for p in b.projects for i in p.overdue]
    active = sum(1 for p in b.projects if p.status == prules.ACTIVE)
    started = sum(1 for p in b.projects if p.status == prules.STARTED)
    out.append(Para(
        f"截至{_d(b.printed_on)}，重点项目{len(b.projects)}个（在办{active}个、已开工"
        f"{started}个），审批事项{len(items)}项，已办结{done}项，逾期{len(late)}项。"
        "已用时限按工作日计，承诺、法定时限按前置事项关系取最长链合计；提速=1−已用/法定。"))
    rows = [["项目", "阶段", "办结/事项", "已用", "承诺合计", "法定合计", "提速"]]
    for p in b.projects:
        stage = "已全部办结" if p.current_stage is None else prules.STAGES[p.current_stage]
        speed = ("办理中" if not p.complete else
                 NO_DATA if p.speed_up is None else f"{p.speed_up * 100:.0f}%")
        rows.append([f"{p.code} {p.name}", stage, f"{p.done}/{len(p.items)}",
                     str(p.elapsed_workdays), str(p.promised_total), str(p.legal_total),
                     speed])
    out.append(Grid(rows, [170, 56, 56, 40, 52, 52, 45], left=frozenset({0})))
    out.append(Heading("（一）逾期事项及督办（逾期最久的在前）", 2))
    if not late:
        return [*out, Para("无逾期事项。")]
    data = [["项目", "事项", "部门", "到期", "逾期", "督办"]]
    for p, i in sorted(late, key=lambda pi: (-pi[1].overdue_days, pi[0].code, pi[1].key)):
        sups = [s for s in p.supervisions if s.item_key == i.key]
        sup = "未督办" if not sups else (
            f"{sups[-1].to_whom}，限{sups[-1].by_date:%m-%d}，"
            + ("已答复" if sups[-1].answer else "未答复"))
        data.append([p.code, f"{i.key} {i.name}", i.department,
                     "" if i.due is None else f"{i.due:%m-%d}", f"{i.overdue_days}个工作日",
                     sup])
    return [*out, Grid(data, [62, 130, 60, 40, 56, 133], left=frozenset({1, 2, 5}))]


def _note(b: Briefing) -> list[Block]:
    out: list[Block] = [Heading(HEADINGS[7])]
    if not b.note.strip():
        return [*out, Para(f"（本{b.term.word}尚未填写。）")]
    return [*out, *(Para(line.strip()) for line in b.note.splitlines() if line.strip())]


def _distribution(b: Briefing) -> list[Block]:
    s = b.settings
    lines = tuple((label, text) for label, text in (("报", s.report_to), ("送", s.send_to),
                                                    ("发", s.issue_to)) if text)
    copies = f"共印{s.copies}份" if s.copies else ""
    if not lines and not copies:
        return []
    return [Distribution(lines, copies)]


def compose(b: Briefing, font: str) -> list[Block]:
    """Every block of the briefing, in order; ``font`` draws the charts."""
    word = b.term.word
    long_complaints = len(b.complaints.listed) > MAX_LISTED
    long_due = b.risks is not None and len(b.risks.due_for_review) > MAX_DUE
    numbers = iter(range(1, 3))
    a_complaints = next(numbers) if long_complaints else None
    a_due = next(numbers) if long_due else None
    out = [*_head(b), *_key_figures(b), *_windows(b), *_charts(b, font),
           *_complaints(b.complaints, word, a_complaints),
           *_risks(b.risks, word, a_due), *_inspections(b.inspections, word),
           *_projects(b), *_note(b)]
    if a_complaints is not None:
        out += [PageBreak(), Heading(f"附件{a_complaints}：本{word}属实投诉明细（共"
                                     f"{b.complaints.substantiated}件，按窗口属实件数由多到少）"),
                Grid(_complaint_rows(b.complaints.listed), COMPLAINT_WIDTHS,
                     left=frozenset({4, 6}))]
    if a_due is not None and b.risks is not None:
        out += [PageBreak() if a_complaints is None else NeedSpace(4),
                Heading(f"附件{a_due}：到期待评估风险点明细（共{len(b.risks.due_for_review)}"
                        "个，逾期最久的在前）"),
                Grid(_due_rows(b.risks, b.risks.due_for_review), DUE_WIDTHS,
                     left=frozenset({1}))]
    return [*out, *_distribution(b)]
