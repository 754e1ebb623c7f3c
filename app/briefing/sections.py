"""The record sections of the briefing: complaints, integrity risk points and
inspections."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, TableStyle

from app.briefing.complaints import MAX_LISTED, ComplaintSection
from app.briefing.inspections import InspectionSection
from app.briefing.keyfigures import fmt_rate
from app.briefing.risks import CATEGORIES, GRADES, RiskSection
from app.briefing.styles import Styles, grid
from app.records import complaint_rules as rules


def complaint_flowables(c: ComplaintSection, st: Styles) -> list[Any]:
    as_of = "—" if c.as_of is None else f"{c.as_of:%Y年%m月%d日}"
    out: list[Any] = [Paragraph(
        f"本季度登记投诉{c.registered}件；本季度认定属实{c.substantiated}件（计入窗口考核）。"
        f"本季度登记并已核实的{c.concluded}件中属实{c.found_substantiated}件，"
        f"属实率{fmt_rate(c.substantiated_rate)}。截至{as_of}，超期未核实"
        f"{c.overdue_verification}件，超期未整改{c.overdue_rectification}件。", st.body)]
    sources = [["来源", *(rules.SOURCE_LABELS[s] for s in rules.SOURCES), "合计"],
               ["件数", *(str(c.by_source.get(s, 0)) for s in rules.SOURCES),
                str(c.registered)]]
    out += [Paragraph("（一）按来源", st.h2), grid(sources, [60, *[56] * 6, 48], st)]
    states = [["状态", *(rules.STATE_LABELS[s] for s in rules.STATES)],
              ["件数", *(str(c.by_state.get(s, 0)) for s in rules.STATES)]]
    out += [Paragraph("（二）按当前状态", st.h2), grid(states, [50, *[48] * 9], st)]
    keys = [*c.categories, *([""] if c.by_category.get("") else [])]
    categories = [["类别", *(k or "未分类" for k in keys), "合计"],
                  ["件数", *(str(c.by_category.get(k, 0)) for k in keys), str(c.registered)]]
    width = min(60, 400 // max(len(keys), 1))
    out += [Paragraph("（三）按投诉类别", st.h2),
            grid(categories, [50, *[width] * len(keys), 40], st)]
    out.append(Paragraph("（四）本季度属实投诉", st.h2))
    if not c.listed:
        return [*out, Paragraph("本季度无属实投诉。", st.body)]
    data: list[list[Any]] = [["编号", "属实日期", "窗口", "部门", "来源", "核实结论"]]
    for e in c.listed:
        data.append([Paragraph(escape(e.code), st.cell), f"{e.day:%m-%d}", e.window,
                     Paragraph(escape(e.department), st.cell), e.source,
                     Paragraph(escape(e.finding), st.cell)])
    out.append(grid(data, [88, 44, 38, 70, 40, 200], st))
    if c.substantiated > MAX_LISTED:
        out.append(Paragraph(f"另有{c.substantiated - MAX_LISTED}件未列出，见投诉台账。",
                             st.small))
    out.append(Paragraph("投诉人姓名、电话等个人信息不在简报中出现。", st.small))
    return out


def risk_flowables(r: RiskSection | None, st: Styles) -> list[Any]:
    if r is None:
        return [Paragraph("廉政风险点登记簿尚无风险点：登记并审定后，本节列出按类别和等级的"
                          "风险点数、发生概率×影响程度热力图、到期待评估、新升级和本季度"
                          "关联投诉的风险点。", st.body)]
    out: list[Any] = [Paragraph(f"登记在册的风险点共{r.total}个。", st.body)]
    table = [["类别", *GRADES, "合计"]]
    for cat in CATEGORIES:
        counts = [r.by_category_grade.get((cat, g), 0) for g in GRADES]
        table.append([cat, *map(str, counts), str(sum(counts))])
    out += [Paragraph("（一）按类别和等级", st.h2), grid(table, [80, 60, 60, 60, 60], st)]
    heat: list[list[Any]] = [["概率＼影响", *(str(i) for i in range(1, 6))]]
    for lk in range(5, 0, -1):
        heat.append([str(lk), *(str(r.heat.get((lk, im), 0) or "") for im in range(1, 6))])
    heat_table = grid(heat, [70, 50, 50, 50, 50, 50], st)
    for lk in range(1, 6):
        for im in range(1, 6):
            score = lk * im
            shade = 0.95 if score <= 7 else 0.82 if score < 15 else 0.65
            heat_table.setStyle(TableStyle([("BACKGROUND", (im, 6 - lk), (im, 6 - lk),
                                             colors.Color(shade, shade, shade))]))
    out += [Paragraph("（二）发生概率×影响程度", st.h2), heat_table,
            Paragraph("格中为风险点数；底色越深等级越高（≥15一级，8–14二级，≤7三级）。",
                      st.small)]
    for title, rows in (("（三）到期待评估", [(c, d, f"{due:%Y-%m-%d}")
                                         for c, d, due in r.due_for_review]),
                        ("（四）本季度新升级", [(c, d, "") for c, d in r.escalated]),
                        ("（五）本季度关联投诉", [(c, d, "") for c, d in r.linked_complaints])):
        out.append(Paragraph(title, st.h2))
        if not rows:
            out.append(Paragraph("无。", st.body))
            continue
        out.append(grid([["编号", "说明", "日期"],
                         *([Paragraph(escape(a), st.cell), Paragraph(escape(b), st.cell), c]
                           for a, b, c in rows)], [90, 300, 80], st))
    out.append(Spacer(1, 4))
    return out


def inspection_flowables(s: InspectionSection, st: Styles) -> list[Any]:
    if not s.rounds and not s.findings:
        return [Paragraph("本季度无巡查记录。", st.body)]
    out: list[Any] = [Paragraph(
        f"本季度巡查{s.rounds}轮，到访窗口{s.visits}次（涉及{s.windows}个窗口），"
        f"发现问题{s.findings}项，扣{s.points:.1f}分（计入窗口考核）。", st.body)]
    items = [["检查项", "问题数", "涉及窗口", "扣分"]]
    items += [[Paragraph(escape(i.label), st.cell), str(i.findings), str(i.windows),
               f"{i.points:.1f}"] for i in s.by_item]
    out += [Paragraph("（一）按检查项", st.h2), grid(items, [150, 60, 60, 60], st)]
    out.append(Paragraph("（二）重复出现问题的窗口", st.h2))
    if not s.repeat:
        return [*out, Paragraph("无（同一窗口同一检查项在本季度两轮及以上巡查中不合格的，"
                                "列于此）。", st.body)]
    data: list[list[Any]] = [["窗口", "部门", "检查项", "出现轮次", "最近日期"]]
    data += [[r.window, Paragraph(escape(r.department), st.cell),
              Paragraph(escape(r.item), st.cell), str(r.rounds), f"{r.last_on:%m-%d}"]
             for r in s.repeat]
    out += [grid(data, [50, 110, 130, 60, 60], st), Spacer(1, 4)]
    return out
